//! Exercise sessions: what a person did in one guided session, exercise by
//! exercise, and how it felt at the end.
//!
//! A `SessionDraft` is what the guided session collected; `validate` checks it
//! against `now` and returns a `Session` the journal may store; `summary` counts
//! it up for the end screen and Progress. Pain before and after are recorded as
//! the person gives them and never interpreted here: nothing in this module
//! decides a dose or judges a session from them.
//!
//! Each exercise of a session ends one of three ways (`Outcome`): done, with
//! what was actually done; skipped, with the reason given; or not done, passed
//! over or never reached. Only done counts as done, anywhere. An exercise that
//! records nothing done and no skip is not done, whoever wrote it (a guided
//! session, an older version of the app, a backup): `SessionExercise::settled`
//! says so once, and every write goes through it.

use chrono::{DateTime, FixedOffset, TimeDelta};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::exercises::Dose;
use crate::pain::{max_future, MAX_NOTE_CHARS};
use crate::plan::{field_text, ExerciseRef, MAX_ITEMS};
use crate::records::check_date;
use crate::{CoreError, PainScore};

/// Most sets recorded for one exercise: the most a dose may plan (`SETS`).
const MAX_SETS: usize = 10;
/// Most reps in one set, and longest hold in seconds, that a person may record.
/// Generous on purpose: doing more than planned is recorded, not refused.
const MAX_REPS_DONE: u32 = 100;
const MAX_HOLD_DONE: u32 = 600;
/// Longest "other" skip reason.
const MAX_REASON_CHARS: usize = 200;
/// A session longer than a day (to the second) is a mistyped time.
pub const MAX_SESSION: TimeDelta = TimeDelta::hours(24);

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "reason", rename_all = "camelCase")]
#[ts(tag = "reason", rename_all = "camelCase")]
pub enum SkipReason {
    TooPainful,
    NoTime,
    NoSpaceOrEquipment,
    Other {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[ts(optional)]
        text: Option<String>,
    },
}

/// One exercise of a session: what was planned and what was done.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct SessionExercise {
    pub exercise: ExerciseRef,
    pub planned: Dose,
    #[serde(default)]
    pub sets_done: u8,
    /// Reps done in each set.
    #[serde(default)]
    pub reps_done: Vec<u8>,
    /// Seconds held, one entry per hold.
    #[serde(default)]
    pub hold_seconds: Vec<u16>,
    /// Minutes done, for a timed exercise such as walking.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub minutes_done: Option<u16>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub skipped: Option<SkipReason>,
    /// Passed over or not reached: neither done nor skipped with a reason.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    #[ts(as = "Option<bool>", optional)]
    pub not_done: bool,
}

/// How one exercise of a session ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome<'a> {
    Done,
    Skipped(&'a SkipReason),
    /// Passed over or not reached.
    NotDone,
}

/// What the guided session collected, before any rule has looked at it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct SessionDraft {
    /// RFC 3339 with offset.
    pub started_at: String,
    pub finished_at: String,
    pub exercises: Vec<SessionExercise>,
    /// How hard it felt, 0–10, whole.
    pub effort: f64,
    #[serde(default)]
    #[ts(optional)]
    pub pain_before: Option<f64>,
    #[serde(default)]
    #[ts(optional)]
    pub pain_after: Option<f64>,
    #[serde(default)]
    #[ts(optional)]
    pub note: Option<String>,
}

/// A session that has passed every rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct Session {
    #[ts(type = "string")]
    pub started_at: DateTime<FixedOffset>,
    #[ts(type = "string")]
    pub finished_at: DateTime<FixedOffset>,
    pub exercises: Vec<SessionExercise>,
    pub effort: u8,
    pub pain_before: Option<PainScore>,
    pub pain_after: Option<PainScore>,
    pub note: Option<String>,
}

/// A session as the journal keeps it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct SessionRecord {
    #[ts(type = "number")]
    pub id: i64,
    pub session: Session,
    /// The plan that was current when the session was done, if any.
    #[ts(type = "number | null")]
    pub plan_id: Option<i64>,
}

/// A session counted up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct SessionSummary {
    pub exercises_done: u32,
    pub exercises_skipped: u32,
    /// Passed over or not reached.
    pub exercises_not_done: u32,
    pub total_reps: u32,
    pub total_hold_seconds: u32,
    /// Whole minutes from start to finish.
    pub minutes: u32,
}

impl SessionDraft {
    /// Checks every rule against `now` (the person's local time). Errors about one
    /// exercise name it as a path, such as `exercises[1].repsDone[0]`.
    pub fn validate(&self, now: DateTime<FixedOffset>) -> Result<Session, CoreError> {
        let started_at = parse_time(&self.started_at)?;
        let finished_at = parse_time(&self.finished_at)?;
        if finished_at < started_at {
            return Err(CoreError::SessionEndsBeforeStart {
                started: started_at.to_rfc3339(),
                finished: finished_at.to_rfc3339(),
            });
        }
        if finished_at - started_at > MAX_SESSION {
            return Err(CoreError::SessionTooLong {
                minutes: (finished_at - started_at).num_minutes(),
            });
        }
        check_date(started_at.date_naive())?;
        if finished_at > now + max_future() {
            return Err(CoreError::TimeInFuture {
                value: finished_at.to_rfc3339(),
            });
        }
        let count = self.exercises.len();
        if !(1..=MAX_ITEMS).contains(&count) {
            return Err(CoreError::SessionExerciseCount {
                count,
                max: MAX_ITEMS,
            });
        }
        let exercises = self
            .exercises
            .iter()
            .enumerate()
            .map(|(i, e)| e.validate(&format!("exercises[{i}]")))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Session {
            started_at,
            finished_at,
            exercises,
            effort: effort(self.effort)?,
            pain_before: self.pain_before.map(PainScore::try_from).transpose()?,
            pain_after: self.pain_after.map(PainScore::try_from).transpose()?,
            note: field_text(self.note.as_deref(), "note", MAX_NOTE_CHARS)?,
        })
    }
}

impl SessionExercise {
    /// How this exercise ended. An exercise that was neither skipped nor
    /// marked not done, but records nothing done, is not done: `settled`
    /// makes that explicit before anything is stored.
    pub fn outcome(&self) -> Outcome<'_> {
        match &self.skipped {
            Some(reason) => Outcome::Skipped(reason),
            None if self.not_done || !self.did_something() => Outcome::NotDone,
            None => Outcome::Done,
        }
    }

    pub fn is_done(&self) -> bool {
        self.outcome() == Outcome::Done
    }

    /// The exercise as it must be stored: a skipped or not-done exercise
    /// keeps no counts (whatever the screen had counted is not part of the
    /// record), and one with nothing done is marked not done. The one rule
    /// for every writer: the guided session, a correction, a restored backup
    /// and the journal's own migration (010) all give the same answer.
    pub fn settled(&self) -> SessionExercise {
        let nothing = |not_done: bool| SessionExercise {
            sets_done: 0,
            reps_done: vec![],
            hold_seconds: vec![],
            minutes_done: None,
            not_done,
            ..self.clone()
        };
        match self.outcome() {
            Outcome::Skipped(_) => nothing(false),
            Outcome::NotDone => nothing(true),
            Outcome::Done => self.clone(),
        }
    }

    /// Whether anything at all was recorded as done: a rep, a hold, minutes,
    /// or (for a dose of sets without counts, as an older app wrote) a set.
    /// A timed exercise marked with 0 minutes did nothing.
    fn did_something(&self) -> bool {
        self.reps_done.iter().any(|r| *r > 0)
            || !self.hold_seconds.is_empty()
            || self.minutes_done.is_some_and(|m| m > 0)
            || (self.minutes_done.is_none() && self.reps_done.is_empty() && self.sets_done > 0)
    }

    fn validate(&self, at: &str) -> Result<SessionExercise, CoreError> {
        let exercise = self.exercise.validate(&format!("{at}.exercise"))?;
        let planned = self.planned.validate(&format!("{at}.planned"))?;
        if self.not_done && self.skipped.is_some() {
            return Err(CoreError::ExerciseOutcomeConflict {
                field: format!("{at}.notDone"),
            });
        }
        let skipped = match &self.skipped {
            Some(SkipReason::Other { text }) => Some(SkipReason::Other {
                text: field_text(
                    text.as_deref(),
                    &format!("{at}.skipped.text"),
                    MAX_REASON_CHARS,
                )?,
            }),
            other => other.clone(),
        };
        if skipped.is_some() || self.not_done {
            return Ok(SessionExercise {
                exercise,
                planned,
                skipped,
                ..self.clone()
            }
            .settled());
        }
        let range = |field: String, value: u32, max: u32| {
            if value <= max {
                Ok(())
            } else {
                Err(CoreError::DoseOutOfRange {
                    field,
                    value,
                    min: 0,
                    max,
                })
            }
        };
        range(
            format!("{at}.setsDone"),
            u32::from(self.sets_done),
            MAX_SETS as u32,
        )?;
        // One hold per rep of every set, at most.
        let most_entries = MAX_SETS * crate::exercises::REPS.1 as usize;
        for (name, len, max) in [
            ("repsDone", self.reps_done.len(), MAX_SETS),
            ("holdSeconds", self.hold_seconds.len(), most_entries),
        ] {
            if len > max {
                return Err(CoreError::ListTooLong {
                    field: format!("{at}.{name}"),
                    count: len,
                    max,
                });
            }
        }
        for (i, reps) in self.reps_done.iter().enumerate() {
            range(
                format!("{at}.repsDone[{i}]"),
                u32::from(*reps),
                MAX_REPS_DONE,
            )?;
        }
        for (i, seconds) in self.hold_seconds.iter().enumerate() {
            range(
                format!("{at}.holdSeconds[{i}]"),
                u32::from(*seconds),
                MAX_HOLD_DONE,
            )?;
        }
        if let Some(minutes) = self.minutes_done {
            range(
                format!("{at}.minutesDone"),
                u32::from(minutes),
                crate::exercises::MINUTES.1,
            )?;
        }
        Ok(SessionExercise {
            exercise,
            planned,
            skipped: None,
            ..self.clone()
        }
        .settled())
    }
}

/// Counts a session up. Pure: the same session always gives the same summary.
/// Only exercises done count as done, and only their reps, holds and minutes.
pub fn summary(session: &Session) -> SessionSummary {
    let done = || session.exercises.iter().filter(|e| e.is_done());
    let count = |outcome: fn(&Outcome<'_>) -> bool| {
        let n = session
            .exercises
            .iter()
            .filter(|e| outcome(&e.outcome()))
            .count();
        u32::try_from(n).unwrap_or(u32::MAX)
    };
    SessionSummary {
        exercises_done: count(|o| *o == Outcome::Done),
        exercises_skipped: count(|o| matches!(o, Outcome::Skipped(_))),
        exercises_not_done: count(|o| *o == Outcome::NotDone),
        total_reps: done()
            .flat_map(|e| &e.reps_done)
            .map(|r| u32::from(*r))
            .sum(),
        total_hold_seconds: done()
            .flat_map(|e| &e.hold_seconds)
            .map(|s| u32::from(*s))
            .sum(),
        minutes: u32::try_from((session.finished_at - session.started_at).num_minutes())
            .unwrap_or(0),
    }
}

/// Effort uses the same 0–10 whole scale as pain, with its own error so the
/// message can say "effort".
fn effort(value: f64) -> Result<u8, CoreError> {
    PainScore::try_from(value)
        .map(PainScore::get)
        .map_err(|_| CoreError::EffortOutOfRange { value })
}

fn parse_time(text: &str) -> Result<DateTime<FixedOffset>, CoreError> {
    let text = text.trim();
    DateTime::parse_from_rfc3339(text).map_err(|_| CoreError::TimeUnreadable {
        value: text.chars().take(64).collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339("2026-11-25T18:00:00+00:00").unwrap()
    }

    fn done(id: &str, reps: &[u8], holds: &[u16]) -> SessionExercise {
        SessionExercise {
            exercise: ExerciseRef::Library { id: id.into() },
            planned: Dose::Reps { sets: 2, reps: 10 },
            sets_done: u8::try_from(reps.len().max(holds.len())).unwrap(),
            reps_done: reps.to_vec(),
            hold_seconds: holds.to_vec(),
            minutes_done: None,
            skipped: None,
            not_done: false,
        }
    }

    fn passed_over(id: &str) -> SessionExercise {
        done(id, &[], &[])
    }

    fn skipped(id: &str, reason: SkipReason) -> SessionExercise {
        SessionExercise {
            skipped: Some(reason),
            ..done(id, &[3], &[])
        }
    }

    fn draft(exercises: Vec<SessionExercise>) -> SessionDraft {
        SessionDraft {
            started_at: "2026-11-25T17:00:00+00:00".into(),
            finished_at: "2026-11-25T17:25:30+00:00".into(),
            exercises,
            effort: 4.0,
            pain_before: Some(3.0),
            pain_after: Some(3.0),
            note: None,
        }
    }

    /// One row per case: the draft, and the field (or "-") and code it must fail
    /// with, or None if valid.
    fn check(d: SessionDraft, expected: Option<(&str, &str)>) {
        let result = d.validate(now());
        let got = result
            .as_ref()
            .err()
            .map(|e| (e.field().unwrap_or("-"), e.code()));
        assert_eq!(got, expected, "{d:?} gave {result:?}");
    }

    #[test]
    fn sessions() {
        let one = || vec![done("glute-bridge", &[10, 8], &[])];
        let with = |f: fn(&mut SessionDraft)| {
            let mut d = draft(vec![done("glute-bridge", &[10, 8], &[])]);
            f(&mut d);
            d
        };
        check(draft(one()), None);
        check(draft(vec![]), Some(("exercises", "session_exercise_count")));
        check(with(|d| d.effort = 0.0), None);
        check(with(|d| d.effort = 10.0), None);
        check(
            with(|d| d.effort = 11.0),
            Some(("-", "effort_out_of_range")),
        );
        check(with(|d| d.effort = 2.5), Some(("-", "effort_out_of_range")));
        check(
            with(|d| d.effort = f64::NAN),
            Some(("-", "effort_out_of_range")),
        );
        check(
            with(|d| d.pain_before = Some(-1.0)),
            Some(("-", "pain_out_of_range")),
        );
        check(
            with(|d| d.pain_after = Some(6.5)),
            Some(("-", "pain_not_whole")),
        );
        check(with(|d| d.pain_before = None), None);
        check(
            with(|d| d.note = Some("n".repeat(MAX_NOTE_CHARS + 1))),
            Some(("note", "text_too_long")),
        );
        check(
            with(|d| d.finished_at = "2026-11-25T16:59:59+00:00".into()),
            Some(("-", "session_ends_before_start")),
        );
        check(
            with(|d| d.finished_at = "2026-11-27T17:00:00+00:00".into()),
            Some(("-", "session_too_long")),
        );
        check(
            with(|d| d.finished_at = "2026-11-26T17:00:00+00:00".into()),
            None,
        );
        check(
            with(|d| d.finished_at = "2026-11-26T17:00:01+00:00".into()),
            Some(("-", "session_too_long")),
        );
        check(
            with(|d| {
                d.started_at = "1979-12-31T23:50:00+00:00".into();
                d.finished_at = "1980-01-01T00:10:00+00:00".into();
            }),
            Some(("-", "date_implausible")),
        );
        check(
            with(|d| d.exercises = vec![done("glute-bridge", &[1], &[]); MAX_ITEMS + 1]),
            Some(("exercises", "session_exercise_count")),
        );
        check(
            with(|d| d.exercises = vec![done("glute-bridge", &[1], &[]); MAX_ITEMS]),
            None,
        );
        check(
            with(|d| {
                d.started_at = "2026-11-26T18:00:00+00:00".into();
                d.finished_at = "2026-11-26T18:00:01+00:00".into();
            }),
            Some(("-", "time_in_future")),
        );
        check(
            with(|d| d.started_at = "after lunch".into()),
            Some(("-", "time_unreadable")),
        );
    }

    #[test]
    fn exercises() {
        let check_one = |e: SessionExercise, expected| check(draft(vec![e]), expected);
        check_one(
            done("moonwalk", &[1], &[]),
            Some(("exercises[0].exercise.id", "exercise_unknown")),
        );
        check_one(
            done("walking", &[101], &[]),
            Some(("exercises[0].repsDone[0]", "dose_out_of_range")),
        );
        check_one(
            done("walking", &[], &[5, 601]),
            Some(("exercises[0].holdSeconds[1]", "dose_out_of_range")),
        );
        check_one(
            done("walking", &[1; 11], &[]),
            Some(("exercises[0].setsDone", "dose_out_of_range")),
        );
        check_one(
            SessionExercise {
                planned: Dose::Minutes { minutes: 0 },
                ..done("walking", &[], &[])
            },
            Some(("exercises[0].planned.minutes", "dose_out_of_range")),
        );
        check_one(
            skipped(
                "walking",
                SkipReason::Other {
                    text: Some("r".repeat(MAX_REASON_CHARS + 1)),
                },
            ),
            Some(("exercises[0].skipped.text", "text_too_long")),
        );
        check_one(skipped("walking", SkipReason::NoSpaceOrEquipment), None);
        check_one(
            SessionExercise {
                not_done: true,
                ..skipped("walking", SkipReason::NoTime)
            },
            Some(("exercises[0].notDone", "exercise_outcome_conflict")),
        );
    }

    /// One row per case: an exercise as a writer sent it, and how it is
    /// stored: its outcome, and whether its counts survive.
    #[test]
    fn outcomes_are_settled_before_they_are_stored() {
        let check = |e: SessionExercise, outcome: &str, counts_kept: bool| {
            let stored = draft(vec![e.clone()]).validate(now()).unwrap().exercises[0].clone();
            let got = match stored.outcome() {
                Outcome::Done => "done",
                Outcome::Skipped(_) => "skipped",
                Outcome::NotDone => "not done",
            };
            assert_eq!(got, outcome, "{e:?}");
            assert_eq!(stored.not_done, outcome == "not done", "{e:?}: explicit");
            let has_counts = stored.sets_done > 0
                || !stored.reps_done.is_empty()
                || !stored.hold_seconds.is_empty()
                || stored.minutes_done.is_some();
            assert_eq!(has_counts, counts_kept, "{e:?}");
            assert_eq!(stored.settled(), stored, "settling twice changes nothing");
        };
        check(done("dead-bug", &[10, 10], &[]), "done", true);
        // Three reps of a set, then Next: done, as far as it went.
        check(done("dead-bug", &[3], &[]), "done", true);
        check(done("pelvic-tilt", &[1], &[0]), "done", true);
        // Passed over with Next or the arrow keys, or never reached.
        check(passed_over("bird-dog"), "not done", false);
        check(done("bird-dog", &[0, 0], &[]), "not done", false);
        let walked = |minutes| SessionExercise {
            planned: Dose::Minutes { minutes: 10 },
            sets_done: 1,
            minutes_done: Some(minutes),
            ..passed_over("walking")
        };
        check(walked(12), "done", true);
        // "Mark as done" with 0 minutes did nothing.
        check(walked(0), "not done", false);
        // An older app's record of sets without counts is still done.
        check(
            SessionExercise {
                sets_done: 2,
                ..passed_over("dead-bug")
            },
            "done",
            true,
        );
        // Marked not done: what the screen had counted goes.
        check(
            SessionExercise {
                not_done: true,
                ..done("dead-bug", &[4], &[])
            },
            "not done",
            false,
        );
        check(
            skipped("glute-bridge", SkipReason::TooPainful),
            "skipped",
            false,
        );
    }

    fn summary_of(exercises: Vec<SessionExercise>) -> SessionSummary {
        summary(&draft(exercises).validate(now()).unwrap())
    }

    #[test]
    fn summaries() {
        let check = |exercises, counts: (u32, u32, u32), reps, holds| {
            let s = summary_of(exercises);
            assert_eq!(
                (
                    (s.exercises_done, s.exercises_skipped, s.exercises_not_done),
                    s.total_reps,
                    s.total_hold_seconds
                ),
                (counts, reps, holds)
            );
            assert_eq!(s.minutes, 25, "whole minutes, rounded down");
        };
        check(vec![done("dead-bug", &[10, 10, 8], &[])], (1, 0, 0), 28, 0);
        check(
            vec![
                done("pelvic-tilt", &[5], &[5, 5, 4, 5, 5]),
                done("dead-bug", &[10], &[]),
                skipped("glute-bridge", SkipReason::TooPainful),
                skipped("walking", SkipReason::NoTime),
            ],
            (2, 2, 0),
            15,
            24,
        );
        // What a skipped exercise had counted before it was skipped is dropped.
        check(
            vec![skipped("bird-dog", SkipReason::NoTime)],
            (0, 1, 0),
            0,
            0,
        );
        // Three done, one skipped, five passed over: 3 done, not 8 or 9.
        let mut nine = vec![
            done("pelvic-tilt", &[5], &[5, 5, 5, 5, 5]),
            done("dead-bug", &[10], &[]),
            done("cat-camel", &[6], &[]),
            skipped("glute-bridge", SkipReason::NoTime),
        ];
        nine.extend(
            [
                "bird-dog",
                "curl-up",
                "side-bridge",
                "knee-rolls",
                "knee-to-chest",
            ]
            .map(passed_over),
        );
        check(nine, (3, 1, 5), 21, 25);
    }

    #[test]
    fn skip_reasons_in_json() {
        let json = |r: SkipReason| serde_json::to_string(&r).unwrap();
        assert_eq!(json(SkipReason::TooPainful), r#"{"reason":"tooPainful"}"#);
        assert_eq!(
            json(SkipReason::NoSpaceOrEquipment),
            r#"{"reason":"noSpaceOrEquipment"}"#
        );
        assert_eq!(
            json(SkipReason::Other {
                text: Some("dog".into())
            }),
            r#"{"reason":"other","text":"dog"}"#
        );
    }
}
