//! The code systems and codes the export uses, and small builders for the
//! FHIR datatypes made of them (CodeableConcept, Quantity).
//!
//! Only codes whose meaning was checked against LOINC's own pages are sent as
//! LOINC: pain (72514-3), exercise duration (55411-3) and the ODI score
//! (97909-6). Everything else (the PSFS mean, the RMDQ total, the diary's
//! additions, exercises) is this project's own vocabulary under `LOCAL`,
//! always with a `text` a person can read without knowing the system.
//! LOINC is used under its licence, whose attribution notice travels with the
//! app's documentation.

use serde_json::{json, Value};

pub const LOINC: &str = "http://loinc.org";
pub const UCUM: &str = "http://unitsofmeasure.org";
pub const OBSERVATION_CATEGORY: &str = "http://terminology.hl7.org/CodeSystem/observation-category";
pub const DATA_ABSENT_REASON: &str = "http://terminology.hl7.org/CodeSystem/data-absent-reason";

/// The project's own code system. A system is an identifier, not an address
/// anyone fetches: `.invalid` keeps it from ever resolving to someone else's
/// site. Change it only with care: a receiver that stored earlier exports
/// matches codes by system and code.
pub const LOCAL: &str = "https://example.invalid/relief-window/fhir/CodeSystem/journal";

/// Canonical URL of the PSFS Questionnaire shipped inside each bundle.
pub const PSFS_QUESTIONNAIRE: &str =
    "https://example.invalid/relief-window/fhir/Questionnaire/psfs";

pub const LOINC_PAIN: (&str, &str) = (
    "72514-3",
    "Pain severity - 0-10 verbal numeric rating [Score] - Reported",
);
pub const LOINC_EXERCISE_DURATION: (&str, &str) = ("55411-3", "Exercise duration");
pub const LOINC_ODI_SCORE: (&str, &str) = ("97909-6", "Oswestry disability index score ODI");

/// A CodeableConcept of one LOINC code, with the text a person reads.
pub fn loinc((code, display): (&str, &str), text: &str) -> Value {
    json!({
        "coding": [{ "system": LOINC, "code": code, "display": display }],
        "text": text,
    })
}

/// A CodeableConcept of one of the project's own codes.
pub fn local(code: &str, text: &str) -> Value {
    json!({
        "coding": [{ "system": LOCAL, "code": code, "display": text }],
        "text": text,
    })
}

/// `Observation.category`: `survey` for what the person reports, `activity`
/// for what they did.
pub fn category(code: &str, display: &str) -> Value {
    json!([{
        "coding": [{ "system": OBSERVATION_CATEGORY, "code": code, "display": display }],
    }])
}

pub fn survey() -> Value {
    category("survey", "Survey")
}

pub fn activity() -> Value {
    category("activity", "Activity")
}

/// A UCUM quantity, or `None` when the number cannot be written as a FHIR
/// decimal (NaN or infinite: only corrupt data gets here).
pub fn quantity(value: f64, unit: &str, code: &str) -> Option<Value> {
    Some(json!({
        "value": number(value)?,
        "unit": unit,
        "system": UCUM,
        "code": code,
    }))
}

pub fn minutes(value: f64) -> Option<Value> {
    quantity(value, "min", "min")
}

pub fn score(value: f64) -> Option<Value> {
    quantity(value, "{score}", "{score}")
}

/// A JSON number as a person would write it: 12 rather than 12.0 for a whole
/// value, so an RMDQ total reads as the count it is. `None` for NaN or
/// infinity, which JSON (and so FHIR) cannot hold.
pub fn number(value: f64) -> Option<Value> {
    if !value.is_finite() {
        return None;
    }
    // Whole values well inside i64 are exact as integers.
    if value.fract() == 0.0 && value.abs() < 1e15 {
        return Some(json!(value as i64));
    }
    Some(json!(value))
}

/// Rounds to `places` decimals, for derived values (means, estimates) whose
/// float noise would otherwise show as 5.333333333333333.
pub fn round(value: f64, places: i32) -> f64 {
    let scale = 10f64.powi(places);
    (value * scale).round() / scale
}

/// `dataAbsentReason`, with the person-readable reason as its text.
pub fn absent(code: &str, display: &str, text: &str) -> Value {
    json!({
        "coding": [{ "system": DATA_ABSENT_REASON, "code": code, "display": display }],
        "text": text,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_written_plainly() {
        assert_eq!(number(12.0), Some(json!(12)));
        assert_eq!(number(34.5), Some(json!(34.5)));
        assert_eq!(number(f64::NAN), None);
        assert_eq!(number(f64::INFINITY), None);
        assert_eq!(round(16.0 / 3.0, 2), 5.33);
    }
}
