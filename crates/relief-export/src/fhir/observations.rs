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

use std::borrow::Cow;

use relief_core::pain::{PainTag, Walk};
use relief_core::ScoredMeasureRecord;
use relief_core::{Measure, PainEntry, PainScore};
use serde::ser::SerializeSeq;

use super::codes::{self, LOINC_ODI_SCORE};
use super::json::Fragment;
use super::model::{Component, Concept, Entry, Observation, Reference, Resource};
use super::{exercise, ids, notes, text, Context};

pub fn pain<S: SerializeSeq>(
    entries: &[PainEntry],
    context: &Context,
    out: &mut S,
) -> Result<(), S::Error> {
    for e in entries {
        if context.period.contains(e.recorded_at.date_naive()) {
            out.serialize_element(&Entry {
                full_url: ids::urn(&format!("pain/{}", e.id)),
                resource: Resource::Observation(pain_resource(e, context)),
            })?;
        }
    }
    Ok(())
}

fn pain_resource<'a>(e: &'a PainEntry, context: &'a Context) -> Observation<'a> {
    let fixed = &context.fixed;
    let ratings = [
        (&fixed.worst_24h, e.worst_24h),
        (&fixed.average_24h, e.average_24h),
        (&fixed.interference, e.interference),
    ]
    .into_iter()
    .filter_map(|(code, score)| score.map(|s| rating(code, s)));
    let tags = e.tags.iter().map(|&tag| Component {
        value_codeable_concept: Some(codes::local(tag.name(), tag_text(tag)).into()),
        ..Component::new((&fixed.pain_context).into())
    });
    Observation {
        effective_date_time: Some(text::date_time(&e.recorded_at)),
        // When the journal last wrote it: a later edit shows here.
        issued: Some(text::date_time(&e.updated_at)),
        performer: Some([context.subject()]),
        value_integer: Some(u32::from(e.score.get())),
        note: notes([e.note.as_deref().map(Cow::Borrowed)]),
        component: ratings.chain(tags).collect(),
        ..Observation::new(
            "final",
            &fixed.survey,
            (&fixed.pain).into(),
            context.subject(),
        )
    }
}

fn rating(code: &Fragment, score: PainScore) -> Component<'_> {
    Component {
        value_integer: Some(u32::from(score.get())),
        ..Component::new(code.into())
    }
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
pub fn walking<S: SerializeSeq>(
    walks: &[Walk],
    context: &Context,
    out: &mut S,
) -> Result<(), S::Error> {
    for w in walks {
        if context.period.contains(w.date) {
            out.serialize_element(&Entry {
                full_url: ids::urn(&format!("walk/{}", w.date)),
                resource: Resource::Observation(walk_resource(w, context)),
            })?;
        }
    }
    Ok(())
}

fn walk_resource<'a>(w: &Walk, context: &'a Context) -> Observation<'a> {
    Observation {
        effective_date_time: Some(w.date.to_string()),
        performer: Some([context.subject()]),
        value_quantity: codes::minutes(f64::from(w.minutes)),
        component: vec![exercise::library_component(exercise::WALKING, context)],
        ..Observation::new(
            "final",
            &context.fixed.activity,
            (&context.fixed.walking).into(),
            context.subject(),
        )
    }
}

pub fn measures<S: SerializeSeq>(
    records: &[ScoredMeasureRecord],
    context: &Context,
    out: &mut S,
) -> Result<(), S::Error> {
    for r in records {
        if context.period.contains(r.measure.recorded_on) {
            out.serialize_element(&Entry {
                full_url: ids::urn(&format!("measure/{}", r.id)),
                resource: Resource::Observation(measure_resource(r, context)),
            })?;
        }
    }
    Ok(())
}

fn measure_resource<'a>(r: &'a ScoredMeasureRecord, context: &'a Context) -> Observation<'a> {
    let m = &r.measure;
    let (code, value) = match m.measure {
        // Both totals are scores, unit `{score}` (a UCUM annotation, as
        // LOINC gives for 97909-6): the ODI total is read as a percentage
        // of the maximum, but it is not a proportion of anything measured.
        Measure::Odi => (
            codes::loinc(LOINC_ODI_SCORE, "Oswestry Disability Index total"),
            codes::score(m.total),
        ),
        Measure::Rmdq => (
            codes::local("rmdq-total", "Roland-Morris Disability Questionnaire total"),
            codes::score(m.total),
        ),
    };
    // Only a corrupt journal holds a total that is not a number; say so
    // rather than write JSON no FHIR reader accepts.
    let absent = value
        .is_none()
        .then(|| codes::absent("error", "Error", "The total is not a number"));
    Observation {
        effective_date_time: Some(m.recorded_on.to_string()),
        performer: text::optional(m.scored_by.as_deref()).map(|s| [Reference::named(s)]),
        value_quantity: value,
        data_absent_reason: absent,
        ..Observation::new(
            "final",
            &context.fixed.survey,
            Concept::Made(code),
            context.subject(),
        )
    }
}
