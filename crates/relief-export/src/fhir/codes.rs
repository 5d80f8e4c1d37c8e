//! The code systems and codes the export uses, and small builders for the
//! FHIR datatypes made of them (CodeableConcept, Quantity). The concepts
//! that thousands of resources repeat are `Fixed`: rendered once per export.
//!
//! Only codes whose meaning was checked against LOINC's own pages are sent as
//! LOINC: pain (72514-3), exercise duration (55411-3) and the ODI score
//! (97909-6). Everything else (the PSFS mean, the RMDQ total, the diary's
//! additions, exercises) is this project's own vocabulary under `LOCAL`,
//! always with a `text` a person can read without knowing the system.
//! LOINC is used under its licence, whose attribution notice is in the
//! README's Licence section.

use std::borrow::Cow;

use super::json::Fragment;
use super::model::{CodeableConcept, Coding, Decimal, Quantity};

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
pub fn loinc(
    (code, display): (&'static str, &'static str),
    text: &'static str,
) -> CodeableConcept<'static> {
    CodeableConcept {
        coding: Some([Coding {
            system: LOINC,
            code,
            display: Cow::Borrowed(display),
        }]),
        text: Some(Cow::Borrowed(text)),
    }
}

/// A CodeableConcept of one of the project's own codes; its words are both
/// the coding's display and the text.
pub fn local<'a>(code: &'a str, text: impl Into<Cow<'a, str>>) -> CodeableConcept<'a> {
    let text = text.into();
    CodeableConcept {
        coding: Some([Coding {
            system: LOCAL,
            code,
            display: text.clone(),
        }]),
        text: Some(text),
    }
}

/// An `Observation.category` of one code.
fn category(code: &'static str, display: &'static str) -> [CodeableConcept<'static>; 1] {
    [CodeableConcept {
        coding: Some([Coding {
            system: OBSERVATION_CATEGORY,
            code,
            display: Cow::Borrowed(display),
        }]),
        text: None,
    }]
}

/// How an exercise's minutes were estimated (`exercise` explains it).
pub const ESTIMATE_METHOD: &str = "Estimated: the session's time (start to finish) less the \
     minutes recorded for its other exercises, shared evenly among the exercises done without \
     recorded minutes";

/// Declares `Fixed`: one field per concept, each the JSON of the value
/// written beside it, so a name and its words are read together.
macro_rules! fixed {
    ($($(#[$doc:meta])* $name:ident = $value:expr,)*) => {
        /// The concepts that every pain entry, session or exercise repeats,
        /// rendered once per export and copied into each resource (`json`
        /// says why). Rarer concepts are made where they are used.
        pub struct Fixed {
            $($(#[$doc])* pub $name: Fragment,)*
        }

        impl Fixed {
            pub fn render() -> Result<Self, serde_json::Error> {
                Ok(Fixed {
                    $($name: Fragment::render(&$value)?,)*
                })
            }
        }
    };
}

fixed! {
    /// `Observation.category` of what the person reports.
    survey = category("survey", "Survey"),
    /// `Observation.category` of what the person did.
    activity = category("activity", "Activity"),
    pain = loinc(LOINC_PAIN, "Pain score (0-10)"),
    worst_24h = local("worst-24h", "Worst pain in the last 24 hours (0-10)"),
    average_24h = local("average-24h", "Average pain in the last 24 hours (0-10)"),
    interference = local("interference", "How much pain got in the way of activity (0-10)"),
    pain_context = local("pain-context", "When the pain was felt"),
    session = loinc(LOINC_EXERCISE_DURATION, "Exercise session"),
    pain_before_session = local("pain-before-session", "Pain before the session (0-10)"),
    pain_after_session = local("pain-after-session", "Pain after the session (0-10)"),
    effort = local("effort", "How hard the session felt (0-10)"),
    exercise_duration = loinc(LOINC_EXERCISE_DURATION, "Exercise duration"),
    /// The code of the component that names the exercise.
    exercise = local("exercise", "Exercise"),
    planned_dose = local("planned-dose", "Planned dose"),
    sets_done = local("sets-done", "Sets done"),
    reps_done = local("reps-done", "Repetitions done, all sets"),
    hold_seconds = local("hold-seconds", "Seconds held, all holds"),
    /// `Observation.method` of an estimated duration.
    estimate = CodeableConcept::text(ESTIMATE_METHOD),
    walking = loinc(LOINC_EXERCISE_DURATION, "Walking: minutes in the day"),
}

/// A UCUM quantity, or `None` when the number cannot be written as a FHIR
/// decimal (NaN or infinite: only corrupt data gets here).
pub fn quantity(value: f64, unit: &'static str, code: &'static str) -> Option<Quantity> {
    Some(Quantity {
        value: Decimal::new(value)?,
        unit,
        system: UCUM,
        code,
    })
}

pub fn minutes(value: f64) -> Option<Quantity> {
    quantity(value, "min", "min")
}

pub fn score(value: f64) -> Option<Quantity> {
    quantity(value, "{score}", "{score}")
}

/// Rounds to `places` decimals, for derived values (means, estimates) whose
/// float noise would otherwise show as 5.333333333333333.
pub fn round(value: f64, places: i32) -> f64 {
    let scale = 10f64.powi(places);
    (value * scale).round() / scale
}

/// `dataAbsentReason`, with the person-readable reason as its text.
pub fn absent<'a>(
    code: &'static str,
    display: &'static str,
    text: impl Into<Cow<'a, str>>,
) -> CodeableConcept<'a> {
    CodeableConcept {
        coding: Some([Coding {
            system: DATA_ABSENT_REASON,
            code,
            display: Cow::Borrowed(display),
        }]),
        text: Some(text.into()),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::super::json::to_value;
    use super::*;

    #[test]
    fn rounding_hides_float_noise() {
        assert_eq!(round(16.0 / 3.0, 2), 5.33);
        assert_eq!(round(7.75, 1), 7.8);
    }

    #[test]
    fn local_codes_read_as_their_text() {
        assert_eq!(
            serde_json::to_value(local("effort", "How hard")).expect("JSON"),
            json!({
                "coding": [{ "system": LOCAL, "code": "effort", "display": "How hard" }],
                "text": "How hard",
            })
        );
        let fixed = Fixed::render().expect("JSON");
        assert_eq!(
            to_value(&fixed.survey),
            json!([{ "coding": [{ "system": OBSERVATION_CATEGORY, "code": "survey", "display": "Survey" }] }])
        );
    }
}
