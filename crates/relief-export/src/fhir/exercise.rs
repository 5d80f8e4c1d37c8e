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
//! four planned exercises look like a session of two.
//!
//! An exercise's minutes: the minutes the person recorded when there are
//! some (timed exercises such as walking). Otherwise they are estimated from
//! the session's time: what is left of start-to-finish once the recorded
//! minutes of its other exercises are taken off, shared evenly among the done
//! exercises without minutes, to a tenth of a minute and never below zero.
//! Reps and holds do not give a duration (rests between sets are not
//! recorded), so they travel as components instead, and every estimate says
//! so in `Observation.method`.

use relief_core::{ExerciseRef, Session, SessionExercise, SessionRecord, SkipReason};
use serde_json::{json, Value};

use super::codes::{self, LOINC_EXERCISE_DURATION};
use super::{ids, notes, put, text, Context, Entry};
use crate::names;

pub fn sessions(records: &[SessionRecord], context: &Context) -> Vec<Entry> {
    records
        .iter()
        .filter(|r| context.period.contains(r.session.started_at.date_naive()))
        .flat_map(|r| session(r, context))
        .collect()
}

fn session(record: &SessionRecord, context: &Context) -> Vec<Entry> {
    let s = &record.session;
    let members: Vec<Entry> = s
        .exercises
        .iter()
        .enumerate()
        .map(|(i, e)| Entry {
            full_url: ids::urn(&format!("session/{}/exercise/{i}", record.id)),
            resource: member(s, e, context),
        })
        .collect();

    let mut parent = json!({
        "resourceType": "Observation",
        "status": "final",
        "category": codes::activity(),
        "code": codes::loinc(LOINC_EXERCISE_DURATION, "Exercise session"),
        "subject": context.subject(),
        "effectivePeriod": period(s),
        "performer": [context.subject()],
        "hasMember": members
            .iter()
            .map(|m| ids::reference(&m.full_url))
            .collect::<Vec<_>>(),
    });
    put(
        &mut parent,
        "valueQuantity",
        codes::minutes(codes::round(session_minutes(s), 1)),
    );
    put(&mut parent, "note", notes([s.note.clone()]));
    let mut components = Vec::new();
    for (code, words, score) in [
        (
            "pain-before-session",
            "Pain before the session (0-10)",
            s.pain_before,
        ),
        (
            "pain-after-session",
            "Pain after the session (0-10)",
            s.pain_after,
        ),
    ] {
        if let Some(score) = score {
            components.push(json!({
                "code": codes::local(code, words),
                "valueInteger": score.get(),
            }));
        }
    }
    components.push(json!({
        "code": codes::local("effort", "How hard the session felt (0-10)"),
        "valueInteger": s.effort,
    }));
    put(&mut parent, "component", Some(Value::Array(components)));

    let mut entries = vec![Entry {
        full_url: ids::urn(&format!("session/{}", record.id)),
        resource: parent,
    }];
    entries.extend(members);
    entries
}

fn member(s: &Session, e: &SessionExercise, context: &Context) -> Value {
    let mut resource = json!({
        "resourceType": "Observation",
        "category": codes::activity(),
        "code": codes::loinc(LOINC_EXERCISE_DURATION, "Exercise duration"),
        "subject": context.subject(),
        "effectivePeriod": period(s),
    });
    let mut components = vec![exercise_component(&e.exercise)];
    components.push(json!({
        "code": codes::local("planned-dose", "Planned dose"),
        "valueString": names::dose(&e.planned),
    }));

    if let Some(reason) = &e.skipped {
        put(&mut resource, "status", Some(json!("cancelled")));
        put(
            &mut resource,
            "dataAbsentReason",
            Some(codes::absent(
                "not-performed",
                "Not Performed",
                &format!("Skipped: {}", skip_text(reason)),
            )),
        );
        let other = match reason {
            SkipReason::Other { text } => text.clone(),
            _ => None,
        };
        put(&mut resource, "note", notes([other]));
    } else {
        put(&mut resource, "status", Some(json!("final")));
        put(&mut resource, "performer", Some(json!([context.subject()])));
        match e.minutes_done {
            Some(minutes) => put(
                &mut resource,
                "valueQuantity",
                codes::minutes(f64::from(minutes)),
            ),
            None => {
                put(
                    &mut resource,
                    "valueQuantity",
                    codes::minutes(estimated_minutes(s)),
                );
                put(
                    &mut resource,
                    "method",
                    Some(json!({ "text": ESTIMATE_METHOD })),
                );
            }
        }
        components.extend(done_components(e));
    }
    put(&mut resource, "component", Some(Value::Array(components)));
    resource
}

const ESTIMATE_METHOD: &str = "Estimated: the session's time (start to finish) less the minutes \
     recorded for its other exercises, shared evenly among the exercises done without recorded \
     minutes";

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
    let done = s.exercises.iter().filter(|e| e.skipped.is_none());
    let (recorded, unknown) =
        done.fold((0.0, 0u32), |(recorded, unknown), e| match e.minutes_done {
            Some(m) => (recorded + f64::from(m), unknown),
            None => (recorded, unknown + 1),
        });
    let left = (session_minutes(s) - recorded).max(0.0);
    codes::round(left / f64::from(unknown.max(1)), 1)
}

/// What was done besides minutes: sets, reps and seconds held.
fn done_components(e: &SessionExercise) -> Vec<Value> {
    let mut components = Vec::new();
    if e.sets_done > 0 {
        components.push(json!({
            "code": codes::local("sets-done", "Sets done"),
            "valueInteger": e.sets_done,
        }));
    }
    if !e.reps_done.is_empty() {
        let total: u32 = e.reps_done.iter().map(|&r| u32::from(r)).sum();
        components.push(json!({
            "code": codes::local("reps-done", "Repetitions done, all sets"),
            "valueInteger": total,
        }));
    }
    if !e.hold_seconds.is_empty() {
        let total: u32 = e.hold_seconds.iter().map(|&s| u32::from(s)).sum();
        let mut component = json!({
            "code": codes::local("hold-seconds", "Seconds held, all holds"),
        });
        put(
            &mut component,
            "valueQuantity",
            codes::quantity(f64::from(total), "s", "s"),
        );
        components.push(component);
    }
    components
}

/// Which exercise: the library id (or the physio's own name) as a component,
/// so every member keeps the same LOINC code.
fn exercise_component(exercise: &ExerciseRef) -> Value {
    match exercise {
        ExerciseRef::Library { id } => library_component(id),
        ExerciseRef::Custom(_) => json!({
            "code": codes::local("exercise", "Exercise"),
            "valueCodeableConcept": { "text": name(exercise) },
        }),
    }
}

pub fn library_component(id: &str) -> Value {
    json!({
        "code": codes::local("exercise", "Exercise"),
        "valueCodeableConcept": codes::local(id, &names::readable(id)),
    })
}

/// The exercise's name for text: the physio's words for their own exercise,
/// the library id made readable otherwise (`names` says why).
pub fn name(exercise: &ExerciseRef) -> String {
    text::string(&names::exercise_name(exercise)).unwrap_or_else(|| "Own exercise".into())
}

fn skip_text(reason: &SkipReason) -> &'static str {
    match reason {
        SkipReason::TooPainful => "too painful",
        SkipReason::NoTime => "no time",
        SkipReason::NoSpaceOrEquipment => "no space or equipment",
        SkipReason::Other { .. } => "other reason",
    }
}

fn period(s: &Session) -> Value {
    json!({
        "start": text::date_time(&s.started_at),
        "end": text::date_time(&s.finished_at),
    })
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
