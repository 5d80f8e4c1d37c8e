//! Exercise sessions: what a person did in one guided session, exercise by
//! exercise, and how it felt at the end.
//!
//! A `SessionDraft` is what the guided session collected; `validate` checks it
//! against `now` and returns a `Session` the journal may store; `summary` counts
//! it up for the end screen and Progress. Pain before and after are recorded as
//! the person gives them and never interpreted here: nothing in this module
//! decides a dose or judges a session from them.

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::exercises::Dose;
use crate::pain::{max_future, MAX_NOTE_CHARS};
use crate::plan::{field_text, ExerciseRef, MAX_ITEMS};
use crate::{CoreError, PainScore};

/// Most sets recorded for one exercise: the most a dose may plan (`SETS`).
const MAX_SETS: usize = 10;
/// Most reps in one set, and longest hold in seconds, that a person may record.
/// Generous on purpose: doing more than planned is recorded, not refused.
const MAX_REPS_DONE: u32 = 100;
const MAX_HOLD_DONE: u32 = 600;
/// Longest "other" skip reason.
const MAX_REASON_CHARS: usize = 200;
/// A session longer than a day is a mistyped time.
const MAX_SESSION_MINUTES: i64 = 24 * 60;

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
        let minutes = (finished_at - started_at).num_minutes();
        if minutes > MAX_SESSION_MINUTES {
            return Err(CoreError::SessionTooLong { minutes });
        }
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
    fn validate(&self, at: &str) -> Result<SessionExercise, CoreError> {
        let exercise = self.exercise.validate(&format!("{at}.exercise"))?;
        let planned = self.planned.validate(&format!("{at}.planned"))?;
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
        if skipped.is_some() {
            // A skipped exercise was not done; whatever the screen had counted so
            // far is not part of the record.
            return Ok(SessionExercise {
                exercise,
                planned,
                sets_done: 0,
                reps_done: vec![],
                hold_seconds: vec![],
                minutes_done: None,
                skipped,
            });
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
        })
    }
}

/// Counts a session up. Pure: the same session always gives the same summary.
pub fn summary(session: &Session) -> SessionSummary {
    let done = || session.exercises.iter().filter(|e| e.skipped.is_none());
    let sum = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    SessionSummary {
        exercises_done: sum(done().count()),
        exercises_skipped: sum(session.exercises.len() - done().count()),
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
        }
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
    }

    fn summary_of(exercises: Vec<SessionExercise>) -> SessionSummary {
        summary(&draft(exercises).validate(now()).unwrap())
    }

    #[test]
    fn summaries() {
        let check = |exercises, done, skipped, reps, holds| {
            let s = summary_of(exercises);
            assert_eq!(
                (
                    s.exercises_done,
                    s.exercises_skipped,
                    s.total_reps,
                    s.total_hold_seconds
                ),
                (done, skipped, reps, holds)
            );
            assert_eq!(s.minutes, 25, "whole minutes, rounded down");
        };
        check(vec![done("dead-bug", &[10, 10, 8], &[])], 1, 0, 28, 0);
        check(
            vec![
                done("pelvic-tilt", &[5], &[5, 5, 4, 5, 5]),
                done("dead-bug", &[10], &[]),
                skipped("glute-bridge", SkipReason::TooPainful),
                skipped("walking", SkipReason::NoTime),
            ],
            2,
            2,
            15,
            24,
        );
        // What a skipped exercise had counted before it was skipped is dropped.
        check(vec![skipped("bird-dog", SkipReason::NoTime)], 0, 1, 0, 0);
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
