//! Exercise plans as CarePlans (intent `plan`).
//!
//! The current plan is `active`. Earlier plans are exported too, as `revoked`
//! (R4: "terminated prior to reaching completion, though it may have been
//! superseded by a new plan"), each with the period it was current and the
//! next plan pointing back at it through `replaces`: a physio's plan that was
//! later edited is part of the history the journal keeps on purpose. With a
//! `period`, only plans current on at least one of its days are exported.
//!
//! Each item is an activity whose `detail.code` names the exercise (library
//! id as a project code, or the physio's own name as text), whose
//! `description` is the dose (as the CSV writes it: "2 × 10") and the item's note, and whose `scheduledString`
//! is how often. Plan-level words (notes, review date, where the plan came
//! from) are notes, since R4's CarePlan has no field for a review date.

use std::borrow::Cow;

use relief_core::{PlanItem, PlanRecord, PlanSource};
use serde::ser::SerializeSeq;

use super::ids::{self, Urn};
use super::model::{
    Activity, ActivityDetail, CarePlan, CodeableConcept, Entry, Period, Reference, Resource,
};
use super::{exercise, notes, text, Context};
use crate::names;

pub fn care_plans<S: SerializeSeq>(
    records: &[PlanRecord],
    context: &Context,
    out: &mut S,
) -> Result<(), S::Error> {
    // The fullUrl of the plan exported just before this one, in journal order
    // (oldest first), for `replaces`.
    let mut previous: Option<Urn> = None;
    // The snapshot lists plans oldest first; sorting again keeps `replaces`
    // right even for a list that is not.
    let mut records: Vec<&PlanRecord> = records.iter().collect();
    records.sort_by_key(|r| (r.created_at, r.id));
    for record in records {
        let from = record.created_at.date_naive();
        let to = record.replaced_at.map(|at| at.date_naive());
        if !super::overlaps(context.period, from, to) {
            previous = None;
            continue;
        }
        let full_url = ids::urn(&format!("plan/{}", record.id));
        out.serialize_element(&Entry {
            full_url,
            resource: Resource::CarePlan(resource(record, previous, context)),
        })?;
        previous = Some(full_url);
    }
    Ok(())
}

fn resource<'a>(
    record: &'a PlanRecord,
    replaces: Option<Urn>,
    context: &'a Context,
) -> CarePlan<'a> {
    let plan = &record.plan;
    let current = record.replaced_at.is_none();
    let title =
        text::optional(plan.title.as_deref()).unwrap_or(Cow::Borrowed(match record.source {
            PlanSource::Default => "Home exercise plan (the app's default)",
            _ => "Home exercise plan",
        }));
    let created = text::date_time(&record.created_at);
    CarePlan {
        replaces: replaces.map(|urn| [Reference::to(urn)]),
        status: if current { "active" } else { "revoked" },
        intent: "plan",
        title,
        subject: context.subject(),
        period: Period {
            start: Cow::Owned(created.clone()),
            end: record
                .replaced_at
                .map(|end| Cow::Owned(text::date_time(&end))),
        },
        created,
        author: text::optional(plan.author.as_deref()).map(Reference::named),
        activity: plan
            .items
            .iter()
            .map(|item| activity(item, current, context))
            .collect(),
        note: notes([
            plan.notes.as_deref().map(Cow::Borrowed),
            plan.review_date
                .map(|d| Cow::Owned(format!("Review date set by the plan's author: {d}."))),
            Some(Cow::Borrowed(source_text(record.source))),
        ]),
    }
}

fn activity<'a>(item: &'a PlanItem, current: bool, context: &'a Context) -> Activity<'a> {
    let code = match item.exercise.library_id() {
        Some(id) => context.exercise(id),
        None => CodeableConcept::text(exercise::name(&item.exercise)).into(),
    };
    let dose = names::dose(&item.dose);
    let description = match text::optional(item.notes.as_deref()) {
        Some(note) => format!("{dose}. {note}"),
        None => dose,
    };
    Activity {
        detail: ActivityDetail {
            code,
            // An active plan's exercises are under way; a replaced plan's
            // were stopped when it was replaced.
            status: if current { "in-progress" } else { "stopped" },
            scheduled_string: schedule_text(item),
            description,
        },
    }
}

/// "5 days a week, twice a day".
fn schedule_text(item: &PlanItem) -> String {
    let days = match item.days_per_week {
        7 => "every day".to_owned(),
        1 => "1 day a week".to_owned(),
        n => format!("{n} days a week"),
    };
    let times = match item.times_per_day {
        1 => "once a day".to_owned(),
        2 => "twice a day".to_owned(),
        n => format!("{n} times a day"),
    };
    format!("{days}, {times}")
}

fn source_text(source: PlanSource) -> &'static str {
    match source {
        PlanSource::Default => "Source: the app's default plan for the person's phase.",
        PlanSource::Edited => "Source: changed by the person in the plan editor.",
        PlanSource::File => "Source: imported from a physiotherapist's plan file.",
    }
}

#[cfg(test)]
mod tests {
    use relief_core::exercises::Dose;
    use relief_core::ExerciseRef;

    use super::*;

    #[test]
    fn schedules_read_plainly() {
        let item = |days, times| PlanItem {
            exercise: ExerciseRef::Library {
                id: "walking".into(),
            },
            dose: Dose::Minutes { minutes: 10 },
            days_per_week: days,
            times_per_day: times,
            notes: None,
        };
        assert_eq!(schedule_text(&item(7, 1)), "every day, once a day");
        assert_eq!(schedule_text(&item(5, 2)), "5 days a week, twice a day");
        assert_eq!(schedule_text(&item(1, 3)), "1 day a week, 3 times a day");
    }
}
