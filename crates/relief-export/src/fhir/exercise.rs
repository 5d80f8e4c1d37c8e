//! Exercise sessions as Observations of exercise duration (LOINC 55411-3,
//! minutes in UCUM `min`, category `activity`).
//!
//! Each session is a parent Observation whose value is the session's own time
//! (start to finish) and whose `hasMember` lists one Observation per exercise
//! of the session, in the session's order. The parent also carries what the
//! session screen asked: pain before and after, how hard it felt, the note.
//!
//! Skipped exercises are kept, with status `cancelled` (R4: "not started or
//! not completed") and `dataAbsentReason` `not-performed` whose text is the
//! reason: a physio reading the record wants to see what was skipped and why
//! as much as what was done, and leaving them out would make a session of
//! four planned exercises look like a session of two. Exercises passed over
//! or not reached are kept the same way, their text saying so: only a done
//! exercise has a value.
//!
//! An exercise's minutes: the minutes the person recorded when there are
//! some (timed exercises such as walking). Otherwise they are estimated from
//! the session's time: what is left of start-to-finish once the recorded
//! minutes of its other exercises are taken off, shared evenly among the done
//! exercises without minutes, to a tenth of a minute and never below zero.
//! Reps and holds do not give a duration (rests between sets are not
//! recorded), so they travel as components instead, and every estimate says
//! so in `Observation.method`.

use std::borrow::Cow;

use relief_core::{ExerciseRef, Outcome, Session, SessionExercise, SessionRecord, SkipReason};
use serde::ser::SerializeSeq;

use super::codes;
use super::ids::{self, Urn};
use super::model::{CodeableConcept, Component, Entry, Observation, Period, Reference, Resource};
use super::{notes, text, Context};
use crate::names;

/// The text of an exercise passed over or not reached in a session.
const NOT_DONE: &str = "Not done: passed over or not reached in the session";

/// The library id of walking, the exercise of a day's walk.
pub const WALKING: &str = "walking";

pub fn sessions<S: SerializeSeq>(
    records: &[SessionRecord],
    context: &Context,
    out: &mut S,
) -> Result<(), S::Error> {
    for record in records {
        if context
            .period
            .contains(record.session.started_at.date_naive())
        {
            session(record, context, out)?;
        }
    }
    Ok(())
}

/// The parent Observation, then its members.
fn session<S: SerializeSeq>(
    record: &SessionRecord,
    context: &Context,
    out: &mut S,
) -> Result<(), S::Error> {
    let s = &record.session;
    // What the parent and all its members share is made once: the period's
    // text, the estimate, and the members' fullUrls (also the parent's
    // `hasMember`).
    let (start, end) = (
        text::date_time(&s.started_at),
        text::date_time(&s.finished_at),
    );
    let period = || Period {
        start: Cow::Borrowed(start.as_str()),
        end: Some(Cow::Borrowed(end.as_str())),
    };
    let estimate = estimated_minutes(s);
    let members: Vec<Urn> = (0..s.exercises.len())
        .map(|i| ids::urn(&format!("session/{}/exercise/{i}", record.id)))
        .collect();

    let fixed = &context.fixed;
    let pain = [
        (&fixed.pain_before_session, s.pain_before),
        (&fixed.pain_after_session, s.pain_after),
    ]
    .into_iter()
    .filter_map(|(code, score)| {
        score.map(|score| Component {
            value_integer: Some(u32::from(score.get())),
            ..Component::new(code.into())
        })
    });
    let effort = Component {
        value_integer: Some(u32::from(s.effort)),
        ..Component::new((&fixed.effort).into())
    };
    let parent = Observation {
        effective_period: Some(period()),
        performer: Some([context.subject()]),
        value_quantity: codes::minutes(codes::round(session_minutes(s), 1)),
        note: notes([s.note.as_deref().map(Cow::Borrowed)]),
        has_member: members.iter().map(|&m| Reference::to(m)).collect(),
        component: pain.chain([effort]).collect(),
        ..Observation::new(
            "final",
            &fixed.activity,
            (&fixed.session).into(),
            context.subject(),
        )
    };
    out.serialize_element(&Entry {
        full_url: ids::urn(&format!("session/{}", record.id)),
        resource: Resource::Observation(parent),
    })?;

    for (e, &full_url) in s.exercises.iter().zip(&members) {
        out.serialize_element(&Entry {
            full_url,
            resource: Resource::Observation(member(e, period(), estimate, context)),
        })?;
    }
    Ok(())
}

/// One exercise of a session; `estimate` is `estimated_minutes` of the
/// session, for a done exercise without recorded minutes.
fn member<'a>(
    e: &'a SessionExercise,
    period: Period<'a>,
    estimate: f64,
    context: &'a Context,
) -> Observation<'a> {
    let fixed = &context.fixed;
    let observation = Observation {
        effective_period: Some(period),
        ..Observation::new(
            "final",
            &fixed.activity,
            (&fixed.exercise_duration).into(),
            context.subject(),
        )
    };
    // Room for what a done exercise adds (`done_components`), so that the
    // list is allocated once.
    let mut components = Vec::with_capacity(5);
    components.push(exercise_component(&e.exercise, context));
    components.push(Component {
        value_string: Some(names::dose(&e.planned)),
        ..Component::new((&fixed.planned_dose).into())
    });

    match e.outcome() {
        Outcome::Skipped(reason) => {
            let other = match reason {
                SkipReason::Other { text } => text.as_deref(),
                _ => None,
            };
            return Observation {
                status: "cancelled",
                data_absent_reason: Some(codes::absent(
                    "not-performed",
                    "Not Performed",
                    format!("Skipped: {}", skip_text(reason)),
                )),
                note: notes([other.map(Cow::Borrowed)]),
                component: components,
                ..observation
            };
        }
        Outcome::NotDone => {
            return Observation {
                status: "cancelled",
                data_absent_reason: Some(codes::absent(
                    "not-performed",
                    "Not Performed",
                    NOT_DONE.to_owned(),
                )),
                component: components,
                ..observation
            };
        }
        Outcome::Done => {}
    }
    components.extend(done_components(e, context));
    let (minutes, method) = match e.minutes_done {
        Some(minutes) => (f64::from(minutes), None),
        None => (estimate, Some(&fixed.estimate)),
    };
    Observation {
        performer: Some([context.subject()]),
        value_quantity: codes::minutes(minutes),
        method,
        component: components,
        ..observation
    }
}

/// Minutes from start to finish. A finish before the start (only a corrupt
/// journal has one) counts as zero.
fn session_minutes(s: &Session) -> f64 {
    let seconds = (s.finished_at - s.started_at).num_seconds().max(0);
    // A session is at most a day: the cast is exact.
    seconds as f64 / 60.0
}

/// The estimate described in the module's overview, for one done exercise
/// without recorded minutes.
fn estimated_minutes(s: &Session) -> f64 {
    let done = s.exercises.iter().filter(|e| e.is_done());
    let (recorded, unknown) =
        done.fold((0.0, 0u32), |(recorded, unknown), e| match e.minutes_done {
            Some(m) => (recorded + f64::from(m), unknown),
            None => (recorded, unknown + 1),
        });
    let left = (session_minutes(s) - recorded).max(0.0);
    codes::round(left / f64::from(unknown.max(1)), 1)
}

/// What was done besides minutes: sets, reps and seconds held.
fn done_components<'a>(
    e: &SessionExercise,
    context: &'a Context,
) -> impl Iterator<Item = Component<'a>> {
    let fixed = &context.fixed;
    let sets = (e.sets_done > 0).then(|| Component {
        value_integer: Some(u32::from(e.sets_done)),
        ..Component::new((&fixed.sets_done).into())
    });
    let reps = (!e.reps_done.is_empty()).then(|| Component {
        value_integer: Some(e.reps_done.iter().map(|&r| u32::from(r)).sum()),
        ..Component::new((&fixed.reps_done).into())
    });
    let holds = (!e.hold_seconds.is_empty()).then(|| {
        let total: u32 = e.hold_seconds.iter().map(|&s| u32::from(s)).sum();
        Component {
            value_quantity: codes::quantity(f64::from(total), "s", "s"),
            ..Component::new((&fixed.hold_seconds).into())
        }
    });
    [sets, reps, holds].into_iter().flatten()
}

/// Which exercise: the library id (or the physio's own name) as a component,
/// so every member keeps the same LOINC code.
fn exercise_component<'a>(exercise: &'a ExerciseRef, context: &'a Context) -> Component<'a> {
    match exercise {
        ExerciseRef::Library { id } => library_component(id, context),
        ExerciseRef::Custom(_) => Component {
            value_codeable_concept: Some(CodeableConcept::text(name(exercise)).into()),
            ..Component::new((&context.fixed.exercise).into())
        },
    }
}

/// The component naming library exercise `id`.
pub fn library_component<'a>(id: &'a str, context: &'a Context) -> Component<'a> {
    Component {
        value_codeable_concept: Some(context.exercise(id)),
        ..Component::new((&context.fixed.exercise).into())
    }
}

/// The exercise's name for text: the physio's words for their own exercise,
/// the library's English name otherwise (`names`, as the CSV and report).
pub fn name(exercise: &ExerciseRef) -> Cow<'_, str> {
    let name = match exercise {
        ExerciseRef::Library { id } => Cow::Owned(names::library_name(id)),
        ExerciseRef::Custom(custom) => Cow::Borrowed(custom.name.as_str()),
    };
    text::owned(name).unwrap_or(Cow::Borrowed("Own exercise"))
}

fn skip_text(reason: &SkipReason) -> &'static str {
    match reason {
        SkipReason::TooPainful => "too painful",
        SkipReason::NoTime => "no time",
        SkipReason::NoSpaceOrEquipment => "no space or equipment",
        SkipReason::Other { .. } => "other reason",
    }
}

#[cfg(test)]
mod tests {
    use chrono::DateTime;
    use relief_core::Dose;

    use super::*;

    fn exercise(minutes: Option<u16>, skipped: bool) -> SessionExercise {
        SessionExercise {
            exercise: ExerciseRef::Library {
                id: "glute-bridge".into(),
            },
            planned: Dose::Reps { sets: 2, reps: 10 },
            sets_done: 2,
            reps_done: vec![10, 8],
            hold_seconds: vec![],
            minutes_done: minutes,
            skipped: skipped.then_some(SkipReason::NoTime),
            not_done: false,
        }
    }

    fn session(exercises: Vec<SessionExercise>) -> Session {
        Session {
            started_at: DateTime::parse_from_rfc3339("2026-11-25T17:00:00+00:00").unwrap(),
            finished_at: DateTime::parse_from_rfc3339("2026-11-25T17:25:30+00:00").unwrap(),
            exercises,
            effort: 4,
            pain_before: None,
            pain_after: None,
            note: None,
        }
    }

    #[test]
    fn estimates_share_what_is_left() {
        // 25.5 minutes, 10 of them walked, two exercises without minutes and
        // one skipped (which takes no share).
        let s = session(vec![
            exercise(Some(10), false),
            exercise(None, false),
            exercise(None, false),
            exercise(None, true),
        ]);
        assert_eq!(estimated_minutes(&s), 7.8);
        // More recorded than the session lasted: nothing left, not negative.
        let s = session(vec![exercise(Some(40), false), exercise(None, false)]);
        assert_eq!(estimated_minutes(&s), 0.0);
    }
}
