//! Observations of what the person reports: the pain diary, walking, and the
//! ODI and RMDQ totals.
//!
//! A pain entry is LOINC 72514-3 with `valueInteger` 0–10, category `survey`,
//! the person as performer, the time they felt it with its offset, and their
//! note as `Observation.note`. The diary's additions (worst and average pain
//! of the last 24 hours, interference, tags) are components with this
//! project's codes: they are the same kind of 0–10 self-report, but no LOINC
//! code for them was confirmed, and their words come from the Brief Pain
//! Inventory, which is licensed. Leaving them out would lose what the person
//! took the time to say.
//!
//! ODI totals are LOINC 97909-6 in percent; RMDQ totals (no LOINC code
//! confirmed) have text and a project code. Neither carries item text.

use chrono::NaiveDate;
use relief_core::pain::{PainTag, Walk};
use relief_core::{Measure, PainEntry, PainScore};
use relief_store::ScoredMeasureRecord;
use serde_json::{json, Value};

use super::codes::{self, LOINC_EXERCISE_DURATION, LOINC_ODI_SCORE, LOINC_PAIN};
use super::{exercise, ids, notes, put, text, Context, Entry};

pub fn pain(entries: &[PainEntry], context: &Context) -> Vec<Entry> {
    entries
        .iter()
        .filter(|e| context.period.contains(e.recorded_at.date_naive()))
        .map(|e| Entry {
            full_url: ids::urn(&format!("pain/{}", e.id)),
            resource: pain_resource(e, context),
        })
        .collect()
}

fn pain_resource(e: &PainEntry, context: &Context) -> Value {
    let mut resource = json!({
        "resourceType": "Observation",
        "status": "final",
        "category": codes::survey(),
        "code": codes::loinc(LOINC_PAIN, "Pain score (0-10)"),
        "subject": context.subject(),
        "effectiveDateTime": text::date_time(&e.recorded_at),
        // When the journal last wrote it: a later edit shows here.
        "issued": text::date_time(&e.updated_at),
        "performer": [context.subject()],
        "valueInteger": e.score.get(),
    });
    put(&mut resource, "note", notes([e.note.clone()]));
    let mut components: Vec<Value> = [
        (
            "worst-24h",
            "Worst pain in the last 24 hours (0-10)",
            e.worst_24h,
        ),
        (
            "average-24h",
            "Average pain in the last 24 hours (0-10)",
            e.average_24h,
        ),
        (
            "interference",
            "How much pain got in the way of activity (0-10)",
            e.interference,
        ),
    ]
    .into_iter()
    .filter_map(|(code, words, score)| score.map(|s| rating(code, words, s)))
    .collect();
    components.extend(e.tags.iter().map(|&tag| {
        json!({
            "code": codes::local("pain-context", "When the pain was felt"),
            "valueCodeableConcept": codes::local(tag.name(), tag_text(tag)),
        })
    }));
    put(&mut resource, "component", Some(Value::Array(components)));
    resource
}

fn rating(code: &str, words: &str, score: PainScore) -> Value {
    json!({
        "code": codes::local(code, words),
        "valueInteger": score.get(),
    })
}

fn tag_text(tag: PainTag) -> &'static str {
    match tag {
        PainTag::Morning => "In the morning",
        PainTag::AfterExercise => "After exercise",
        PainTag::Work => "At work",
        PainTag::Sleep => "At night or in sleep",
    }
}

/// A day's walking minutes, as LOINC 55411-3 for that day. The journal keeps
/// one number a day, without times, so the effective time is the date.
pub fn walking(walks: &[Walk], context: &Context) -> Vec<Entry> {
    walks
        .iter()
        .filter(|w| context.period.contains(w.date))
        .map(|w| Entry {
            full_url: ids::urn(&format!("walk/{}", w.date)),
            resource: walk_resource(w, context),
        })
        .collect()
}

fn walk_resource(w: &Walk, context: &Context) -> Value {
    let mut resource = json!({
        "resourceType": "Observation",
        "status": "final",
        "category": codes::activity(),
        "code": codes::loinc(LOINC_EXERCISE_DURATION, "Walking: minutes in the day"),
        "subject": context.subject(),
        "effectiveDateTime": w.date.to_string(),
        "performer": [context.subject()],
        "component": [exercise::library_component("walking")],
    });
    put(
        &mut resource,
        "valueQuantity",
        codes::minutes(f64::from(w.minutes)),
    );
    resource
}

pub fn measures(records: &[ScoredMeasureRecord], context: &Context) -> Vec<Entry> {
    records
        .iter()
        .filter(|r| context.period.contains(r.measure.recorded_on))
        .map(|r| Entry {
            full_url: ids::urn(&format!("measure/{}", r.id)),
            resource: measure_resource(r, context),
        })
        .collect()
}

fn measure_resource(r: &ScoredMeasureRecord, context: &Context) -> Value {
    let m = &r.measure;
    let (code, value) = match m.measure {
        Measure::Odi => (
            codes::loinc(LOINC_ODI_SCORE, "Oswestry Disability Index total"),
            codes::quantity(m.total, "%", "%"),
        ),
        Measure::Rmdq => (
            codes::local("rmdq-total", "Roland-Morris Disability Questionnaire total"),
            codes::score(m.total),
        ),
    };
    let mut resource = json!({
        "resourceType": "Observation",
        "status": "final",
        "category": codes::survey(),
        "code": code,
        "subject": context.subject(),
        "effectiveDateTime": date(m.recorded_on),
    });
    let scored_by = text::optional(m.scored_by.as_deref());
    put(
        &mut resource,
        "performer",
        scored_by.map(|s| json!([ids::display(&s)])),
    );
    match value {
        Some(value) => put(&mut resource, "valueQuantity", Some(value)),
        // Only a corrupt journal holds a total that is not a number; say so
        // rather than write JSON no FHIR reader accepts.
        None => put(
            &mut resource,
            "dataAbsentReason",
            Some(codes::absent("error", "Error", "The total is not a number")),
        ),
    }
    resource
}

fn date(d: NaiveDate) -> String {
    d.to_string()
}
