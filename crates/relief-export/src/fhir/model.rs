//! The FHIR R4 resources and datatypes the export writes, as typed structs
//! serialised straight to JSON.
//!
//! Why typed structs and not `serde_json::Value`: a ten-year journal is some
//! 28,000 resources, and building them as `Value` trees (a map, a key and a
//! value allocated for every field, then all of it moved, written and freed)
//! took ten times the export's time budget. These structs borrow the
//! journal's text and the constant codes, and are written once, in place.
//!
//! Each struct holds only the elements the export uses, in the order of the
//! R4 specification, so the JSON reads in the order a FHIR reader expects
//! (`resourceType` first). FHIR forbids `null` and empty arrays: every
//! optional element is skipped when absent and every list when empty, so an
//! absent thing stays absent whichever mapping forgot to check.
//!
//! Field names are camelCase like FHIR's own. Lists that hold at most one
//! element here (a performer, a reference) are one-element arrays rather than
//! `Vec`s, which would allocate for every resource. Codes that thousands of
//! resources repeat are `Concept::Fixed`, rendered once per export (`json`
//! says why), so these structs are written through `json` only.

use std::borrow::Cow;

use serde::{Serialize, Serializer};

use super::ids::Urn;
use super::json::Fragment;

/// One entry of the bundle.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Entry<'a> {
    pub full_url: Urn,
    pub resource: Resource<'a>,
}

/// Every kind of resource the bundle holds; the variant names are FHIR's
/// resource types and become `resourceType`, written first.
#[derive(Serialize)]
#[serde(tag = "resourceType")]
pub enum Resource<'a> {
    Patient(Patient<'a>),
    Procedure(Procedure<'a>),
    Observation(Observation<'a>),
    Questionnaire(Questionnaire),
    QuestionnaireResponse(QuestionnaireResponse<'a>),
    CarePlan(CarePlan<'a>),
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Patient<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<[Text<'a>; 1]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub birth_date: Option<String>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Procedure<'a> {
    pub status: &'static str,
    pub code: CodeableConcept<'a>,
    pub subject: Reference<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub performed_date_time: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub performer: Option<[Performer<'a>; 1]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<Reference<'a>>,
    pub body_site: [CodeableConcept<'a>; 1],
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub note: Vec<Text<'a>>,
}

/// `Procedure.performer`: who did it.
#[derive(Serialize)]
pub struct Performer<'a> {
    pub actor: Reference<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Observation<'a> {
    pub status: &'static str,
    /// `[CodeableConcept]`, the same for every Observation of a kind.
    pub category: &'a Fragment,
    pub code: Concept<'a>,
    pub subject: Reference<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub effective_date_time: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub effective_period: Option<Period<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub issued: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub performer: Option<[Reference<'a>; 1]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value_quantity: Option<Quantity>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value_integer: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data_absent_reason: Option<CodeableConcept<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub note: Vec<Text<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub method: Option<&'a Fragment>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub has_member: Vec<Reference<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub derived_from: Option<[Reference<'a>; 1]>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub component: Vec<Component<'a>>,
}

impl<'a> Observation<'a> {
    /// An Observation with what every one of the export's has, and nothing
    /// else yet.
    pub fn new(
        status: &'static str,
        category: &'a Fragment,
        code: Concept<'a>,
        subject: Reference<'a>,
    ) -> Self {
        Observation {
            status,
            category,
            code,
            subject,
            effective_date_time: None,
            effective_period: None,
            issued: None,
            performer: None,
            value_quantity: None,
            value_integer: None,
            data_absent_reason: None,
            note: Vec::new(),
            method: None,
            has_member: Vec::new(),
            derived_from: None,
            component: Vec::new(),
        }
    }
}

/// `Observation.component`: a code and its one value.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Component<'a> {
    pub code: Concept<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value_quantity: Option<Quantity>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value_codeable_concept: Option<Concept<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value_string: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value_integer: Option<u32>,
}

impl<'a> Component<'a> {
    /// A component of `code` with no value yet.
    pub fn new(code: Concept<'a>) -> Self {
        Component {
            code,
            value_quantity: None,
            value_codeable_concept: None,
            value_string: None,
            value_integer: None,
        }
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Questionnaire {
    pub url: &'static str,
    pub name: &'static str,
    pub title: &'static str,
    pub status: &'static str,
    pub subject_type: [&'static str; 1],
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub item: Vec<QuestionnaireItem>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct QuestionnaireItem {
    pub link_id: String,
    pub text: String,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub required: bool,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct QuestionnaireResponse<'a> {
    pub questionnaire: &'static str,
    pub status: &'static str,
    pub subject: Reference<'a>,
    pub authored: String,
    pub author: Reference<'a>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub item: Vec<ResponseItem<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ResponseItem<'a> {
    pub link_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<Cow<'a, str>>,
    pub answer: [Answer; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Answer {
    pub value_integer: u32,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CarePlan<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub replaces: Option<[Reference<'a>; 1]>,
    pub status: &'static str,
    pub intent: &'static str,
    pub title: Cow<'a, str>,
    pub subject: Reference<'a>,
    pub period: Period<'a>,
    pub created: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author: Option<Reference<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub activity: Vec<Activity<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub note: Vec<Text<'a>>,
}

#[derive(Serialize)]
pub struct Activity<'a> {
    pub detail: ActivityDetail<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ActivityDetail<'a> {
    pub code: Concept<'a>,
    pub status: &'static str,
    pub scheduled_string: String,
    pub description: String,
}

// --- Datatypes -----------------------------------------------------------------

/// A CodeableConcept, rendered ahead of time or made for one record.
#[derive(Serialize)]
#[serde(untagged)]
pub enum Concept<'a> {
    Fixed(&'a Fragment),
    Made(CodeableConcept<'a>),
}

impl<'a> From<CodeableConcept<'a>> for Concept<'a> {
    fn from(concept: CodeableConcept<'a>) -> Self {
        Concept::Made(concept)
    }
}

impl<'a> From<&'a Fragment> for Concept<'a> {
    fn from(concept: &'a Fragment) -> Self {
        Concept::Fixed(concept)
    }
}

/// A CodeableConcept: at most one coding here, and the text a person reads.
#[derive(Serialize)]
pub struct CodeableConcept<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub coding: Option<[Coding<'a>; 1]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<Cow<'a, str>>,
}

impl<'a> CodeableConcept<'a> {
    /// Words only, no code (a procedure or exercise no code was found for).
    pub fn text(text: impl Into<Cow<'a, str>>) -> Self {
        CodeableConcept {
            coding: None,
            text: Some(text.into()),
        }
    }
}

#[derive(Serialize)]
pub struct Coding<'a> {
    pub system: &'static str,
    pub code: &'a str,
    pub display: Cow<'a, str>,
}

/// A Reference: to an entry of the bundle, or only a name (a clinic, a
/// clinician: the journal holds no resource for them, only the words).
#[derive(Serialize)]
#[serde(untagged)]
pub enum Reference<'a> {
    /// Rendered ahead of time: the Patient, named by nearly every resource.
    Fixed(&'a Fragment),
    /// To an entry of the same bundle, by its fullUrl.
    To { reference: Urn },
    /// Only a name.
    Named { display: Cow<'a, str> },
}

impl<'a> Reference<'a> {
    pub fn to(urn: Urn) -> Self {
        Reference::To { reference: urn }
    }

    pub fn named(text: Cow<'a, str>) -> Self {
        Reference::Named { display: text }
    }
}

/// A Period; the strings are FHIR dateTimes.
#[derive(Serialize, Clone)]
pub struct Period<'a> {
    pub start: Cow<'a, str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<Cow<'a, str>>,
}

/// `{ "text": … }`: an Annotation (a note), or a HumanName given as words.
#[derive(Serialize)]
pub struct Text<'a> {
    pub text: Cow<'a, str>,
}

/// A UCUM Quantity.
#[derive(Serialize)]
pub struct Quantity {
    pub value: Decimal,
    pub unit: &'static str,
    pub system: &'static str,
    pub code: &'static str,
}

/// A FHIR decimal: finite by construction (JSON, and so FHIR, has no NaN or
/// infinity; serde_json would write them as `null`), and written as a person
/// would, 12 rather than 12.0 for a whole value, so an RMDQ total reads as
/// the count it is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Decimal(f64);

impl Decimal {
    /// `None` for NaN or infinity.
    pub fn new(value: f64) -> Option<Self> {
        value.is_finite().then_some(Decimal(value))
    }
}

impl Serialize for Decimal {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let value = self.0;
        // Whole values well inside i64 are exact as integers.
        if value.fract() == 0.0 && value.abs() < 1e15 {
            serializer.serialize_i64(value as i64)
        } else {
            serializer.serialize_f64(value)
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::super::json::to_value;
    use super::*;

    #[test]
    fn decimals_are_written_plainly() {
        let json = |v: f64| Decimal::new(v).map(|d| to_value(&d));
        assert_eq!(json(12.0), Some(json!(12)));
        assert_eq!(json(-0.0), Some(json!(0)));
        assert_eq!(json(34.5), Some(json!(34.5)));
        assert_eq!(json(f64::NAN), None);
        assert_eq!(json(f64::INFINITY), None);
    }

    #[test]
    fn absent_and_empty_are_left_out() {
        let category = Fragment::render(&[CodeableConcept::text("Survey")]).expect("JSON");
        let observation = Resource::Observation(Observation::new(
            "final",
            &category,
            CodeableConcept::text("Pain").into(),
            Reference::named("me".into()),
        ));
        assert_eq!(
            to_value(&observation),
            json!({
                "resourceType": "Observation",
                "status": "final",
                "category": [{ "text": "Survey" }],
                "code": { "text": "Pain" },
                "subject": { "display": "me" },
            })
        );
    }
}
