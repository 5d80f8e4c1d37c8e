//! Deterministic identities for the bundle's entries.
//!
//! Every entry's `fullUrl` is a `urn:uuid:` made from a fixed namespace and a
//! name such as `pain/17` (the record's kind and its journal id): the same
//! journal exported twice gives the same UUIDs, so a receiver can tell an entry
//! it already has, and tests can compare two exports byte for byte. Nothing
//! here reads a clock or a random source.
//!
//! The names hold journal ids only, never a person's details, so a UUID says
//! nothing about whose record it is. The flip side: two different journals
//! give the same UUID to their own `pain/1`; a receiver keeping several
//! people's exports must keep them apart by patient, as it would anyway.

use std::fmt;

use serde::{Serialize, Serializer};
use uuid::Uuid;

use super::json::UrnString;

/// The export's own namespace, made once at random and fixed for ever:
/// changing it would change every fullUrl of every future export.
const NAMESPACE: Uuid = Uuid::from_u128(0x84cb0763_cb21_4e3a_965b_b497f941ecc9);

/// An entry's `urn:uuid:`. It is kept as the UUID (16 bytes, `Copy`) and
/// written as text only when the bundle is: one session's members are named
/// twice (as entries and in the parent's `hasMember`) and the Patient by
/// nearly every resource, so no text is made and copied for each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Urn(Uuid);

/// The `urn:uuid:` of the entry named `name` (such as `session/4/exercise/2`).
pub fn urn(name: &str) -> Urn {
    Urn(Uuid::new_v5(&NAMESPACE, name.as_bytes()))
}

impl fmt::Display for Urn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Lower case: FHIR's `urn:uuid:` is lower case.
        write!(f, "{}", self.0.urn())
    }
}

impl Serialize for Urn {
    /// Through `json`, in one copy: no String is made for each of some
    /// 100,000 fullUrls and references, and nothing is scanned for escapes.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        UrnString::new(self.0).serialize(serializer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_name_gives_the_same_urn() {
        assert_eq!(urn("pain/1"), urn("pain/1"));
        assert_ne!(urn("pain/1"), urn("pain/2"));
        assert_ne!(urn("pain/1"), urn("session/1"));
        let text = urn("pain/1").to_string();
        let uuid = text.strip_prefix("urn:uuid:").expect("urn prefix");
        let parsed = Uuid::parse_str(uuid).expect("a UUID");
        assert_eq!(parsed.get_version_num(), 5);
        assert_eq!(uuid, uuid.to_lowercase(), "FHIR wants lower case");
        assert_eq!(
            super::super::json::to_value(&urn("pain/1")),
            serde_json::Value::String(text.clone()),
            "written as displayed"
        );
    }
}
