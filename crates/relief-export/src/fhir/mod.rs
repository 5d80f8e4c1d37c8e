//! FHIR R4: the journal as a Bundle of type collection.
