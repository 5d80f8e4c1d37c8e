//! The Patient-Specific Functional Scale as FHIR: the answers as a
//! QuestionnaireResponse, and their mean as a score Observation that points
//! back to it through `derivedFrom` (the pattern of HL7's PCO guide).
//!
//! The PSFS has no LOINC code and no published FHIR Questionnaire, so the
//! bundle carries a small one of its own (`PSFS_QUESTIONNAIRE`) with five
//! numbered activity slots. Each response item keeps its slot's linkId
//! (`activity-1` …) and, as its text, the activity in the person's own words;
//! the answer is the 0–10 score. The PSFS is free to use, and the activities
//! are the person's, so nothing licensed is shipped here.

use relief_core::stats::PSFS_ACTIVITIES;
use relief_store::PsfsRecord;
use serde_json::{json, Value};

use super::codes::{self, PSFS_QUESTIONNAIRE};
use super::{ids, text, Context, Entry};

pub fn psfs(records: &[PsfsRecord], context: &Context) -> Vec<Entry> {
    let records: Vec<&PsfsRecord> = records
        .iter()
        .filter(|r| context.period.contains(r.psfs.recorded_on))
        .collect();
    if records.is_empty() {
        return vec![];
    }
    // A slot for every activity a record holds, even one past the journal's
    // limit (only a corrupt journal has one), so each linkId resolves.
    let slots = records
        .iter()
        .map(|r| r.psfs.activities.len())
        .fold(PSFS_ACTIVITIES.1, usize::max);
    let mut entries = vec![Entry {
        full_url: ids::urn("questionnaire/psfs"),
        resource: questionnaire(slots),
    }];
    for record in records {
        let response = Entry {
            full_url: ids::urn(&format!("psfs/{}", record.id)),
            resource: response(record, context),
        };
        let score = Entry {
            full_url: ids::urn(&format!("psfs/{}/score", record.id)),
            resource: score(record, &response.full_url, context),
        };
        entries.push(response);
        entries.push(score);
    }
    entries
}

/// The local PSFS Questionnaire, with `slots` numbered activities.
fn questionnaire(slots: usize) -> Value {
    let items: Vec<Value> = (1..=slots)
        .map(|n| {
            json!({
                "linkId": format!("activity-{n}"),
                "text": format!(
                    "Activity {n} that you find hard: how well can you do it today? \
                     (0 = unable, 10 = able as before the problem)"
                ),
                "type": "integer",
                "required": false,
            })
        })
        .collect();
    json!({
        "resourceType": "Questionnaire",
        "url": PSFS_QUESTIONNAIRE,
        "name": "PatientSpecificFunctionalScale",
        "title": "Patient-Specific Functional Scale (PSFS)",
        "status": "active",
        "subjectType": ["Patient"],
        "item": items,
    })
}

fn response(record: &PsfsRecord, context: &Context) -> Value {
    let items: Vec<Value> = record
        .psfs
        .activities
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let mut item = json!({
                "linkId": format!("activity-{}", i + 1),
                "answer": [{ "valueInteger": a.score }],
            });
            if let Some(name) = text::string(&a.name) {
                super::put(&mut item, "text", Some(json!(name)));
            }
            item
        })
        .collect();
    json!({
        "resourceType": "QuestionnaireResponse",
        "questionnaire": PSFS_QUESTIONNAIRE,
        "status": "completed",
        "subject": context.subject(),
        "authored": record.psfs.recorded_on.to_string(),
        "author": context.subject(),
        "item": items,
    })
}

fn score(record: &PsfsRecord, response: &str, context: &Context) -> Value {
    let activities = &record.psfs.activities;
    let mut resource = json!({
        "resourceType": "Observation",
        "status": "final",
        "category": codes::survey(),
        "code": codes::local(
            "psfs-mean",
            "Patient-Specific Functional Scale: mean of the activity scores (0-10)",
        ),
        "subject": context.subject(),
        "effectiveDateTime": record.psfs.recorded_on.to_string(),
        "performer": [context.subject()],
        "derivedFrom": [ids::reference(response)],
    });
    if activities.is_empty() {
        // Only a corrupt journal has a PSFS without activities.
        super::put(
            &mut resource,
            "dataAbsentReason",
            Some(codes::absent("error", "Error", "No activity was scored")),
        );
    } else {
        let sum: u32 = activities.iter().map(|a| u32::from(a.score)).sum();
        // At most five activities: the count is exact as f64.
        let mean = f64::from(sum) / activities.len() as f64;
        super::put(
            &mut resource,
            "valueQuantity",
            codes::score(codes::round(mean, 2)),
        );
    }
    resource
}
