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
use relief_core::PsfsRecord;
use serde::ser::SerializeSeq;

use super::codes::{self, PSFS_QUESTIONNAIRE};
use super::ids::{self, Urn};
use super::model::{
    Answer, Entry, Observation, Questionnaire, QuestionnaireItem, QuestionnaireResponse, Reference,
    Resource, ResponseItem,
};
use super::{text, Context};

pub fn psfs<S: SerializeSeq>(
    records: &[PsfsRecord],
    context: &Context,
    out: &mut S,
) -> Result<(), S::Error> {
    let records: Vec<&PsfsRecord> = records
        .iter()
        .filter(|r| context.period.contains(r.psfs.recorded_on))
        .collect();
    if records.is_empty() {
        return Ok(());
    }
    // A slot for every activity a record holds, even one past the journal's
    // limit (only a corrupt journal has one), so each linkId resolves.
    let slots = records
        .iter()
        .map(|r| r.psfs.activities.len())
        .fold(PSFS_ACTIVITIES.1, usize::max);
    out.serialize_element(&Entry {
        full_url: ids::urn("questionnaire/psfs"),
        resource: Resource::Questionnaire(questionnaire(slots)),
    })?;
    for record in records {
        let response_url = ids::urn(&format!("psfs/{}", record.id));
        out.serialize_element(&Entry {
            full_url: response_url,
            resource: Resource::QuestionnaireResponse(response(record, context)),
        })?;
        out.serialize_element(&Entry {
            full_url: ids::urn(&format!("psfs/{}/score", record.id)),
            resource: Resource::Observation(score(record, response_url, context)),
        })?;
    }
    Ok(())
}

/// The local PSFS Questionnaire, with `slots` numbered activities.
fn questionnaire(slots: usize) -> Questionnaire {
    let item = (1..=slots)
        .map(|n| QuestionnaireItem {
            link_id: format!("activity-{n}"),
            text: format!(
                "Activity {n} that you find hard: how well can you do it today? \
                 (0 = unable, 10 = able as before the problem)"
            ),
            kind: "integer",
            required: false,
        })
        .collect();
    Questionnaire {
        url: PSFS_QUESTIONNAIRE,
        name: "PatientSpecificFunctionalScale",
        title: "Patient-Specific Functional Scale (PSFS)",
        status: "active",
        subject_type: ["Patient"],
        item,
    }
}

fn response<'a>(record: &'a PsfsRecord, context: &'a Context) -> QuestionnaireResponse<'a> {
    let item = record
        .psfs
        .activities
        .iter()
        .enumerate()
        .map(|(i, a)| ResponseItem {
            link_id: format!("activity-{}", i + 1),
            text: text::string(&a.name),
            answer: [Answer {
                value_integer: u32::from(a.score),
            }],
        })
        .collect();
    QuestionnaireResponse {
        questionnaire: PSFS_QUESTIONNAIRE,
        status: "completed",
        subject: context.subject(),
        authored: record.psfs.recorded_on.to_string(),
        author: context.subject(),
        item,
    }
}

fn score<'a>(record: &PsfsRecord, response: Urn, context: &'a Context) -> Observation<'a> {
    let activities = &record.psfs.activities;
    let observation = Observation {
        effective_date_time: Some(record.psfs.recorded_on.to_string()),
        performer: Some([context.subject()]),
        derived_from: Some([Reference::to(response)]),
        ..Observation::new(
            "final",
            &context.fixed.survey,
            codes::local(
                "psfs-mean",
                "Patient-Specific Functional Scale: mean of the activity scores (0-10)",
            )
            .into(),
            context.subject(),
        )
    };
    if activities.is_empty() {
        // Only a corrupt journal has a PSFS without activities.
        return Observation {
            data_absent_reason: Some(codes::absent("error", "Error", "No activity was scored")),
            ..observation
        };
    }
    let sum: u32 = activities.iter().map(|a| u32::from(a.score)).sum();
    // At most five activities: the count is exact as f64.
    let mean = f64::from(sum) / activities.len() as f64;
    Observation {
        value_quantity: codes::score(codes::round(mean, 2)),
        ..observation
    }
}
