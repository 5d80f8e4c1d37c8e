//! Sessions as the statistics count them: each session's day, minutes and
//! whether anything was done (or a day's sessions added up), and how many
//! times each exercise was done or skipped (and why), with when it was first
//! met.
//!
//! A whole `SessionRecord` carries every set, rep and hold and each custom
//! exercise's words, and adherence and active days read none of them. On ten
//! years of sessions, building those records (about seventeen thousand
//! exercises) took longer than every statistic of the Progress section
//! together, so the journal hands over this lean form instead, with days and
//! exercises already added up (an exercise's times a month at a time, as long
//! as it says when the first of them was). Nothing here judges a session; it only
//! keeps what is counted.

use std::collections::HashMap;

use chrono::{DateTime, FixedOffset, NaiveDate};

use super::{local_date, ExerciseKey, SkipKind};
use crate::{ExerciseRef, Outcome, SessionRecord};

/// The sessions of a range and their exercises, counted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SessionTallies {
    /// Each exercise named by any count, in the order first added.
    exercises: Vec<ExerciseKey>,
    /// `exercises`' positions, by library id and by custom name, so counting
    /// an exercise already named costs a look-up and no copy of its name.
    library: HashMap<String, usize>,
    custom: HashMap<String, usize>,
    sessions: Vec<SessionTally>,
    counts: Vec<ExerciseCount>,
}

/// One session, or a day's sessions added up, counted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct SessionTally {
    /// The person's own date of the start.
    pub(super) date: NaiveDate,
    /// How many of the sessions count as doing the routine: at least one
    /// exercise done. A session where every exercise was skipped or passed
    /// over is kept for its skip reasons, but nobody did the routine that day.
    pub(super) done: u32,
    /// Whole minutes from start to finish of those sessions; a finish before
    /// the start counts 0.
    pub(super) minutes: u32,
}

/// How many times one exercise was done, or skipped for one kind of reason.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct ExerciseCount {
    /// Its place in `SessionTallies::exercises`.
    pub(super) exercise: usize,
    /// The kind of skip reason; none for times it was done.
    pub(super) skipped: Option<SkipKind>,
    pub(super) times: u32,
    pub(super) first: Met,
}

/// When the first of some times an exercise was met: the date of its session,
/// and a key that sorts it among every exercise of every session in the order
/// they were done. Adherence lists exercises done off-plan in that order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Met {
    pub date: NaiveDate,
    /// Sorts as the sessions were done, then as the exercises came in the
    /// session: the journal uses the start's UTC milliseconds, the session's
    /// id and the exercise's position.
    pub order: (i64, i64, i64),
}

impl SessionTallies {
    pub fn new() -> SessionTallies {
        SessionTallies::default()
    }

    /// Adds a session; `did_something` says whether any of its exercises was
    /// done (not skipped, not passed over). Its exercises are counted apart, with
    /// `add_library_count` and `add_custom_count`.
    pub fn add_session(
        &mut self,
        started_at: DateTime<FixedOffset>,
        finished_at: DateTime<FixedOffset>,
        did_something: bool,
    ) {
        let minutes = u32::try_from((finished_at - started_at).num_minutes()).unwrap_or(0);
        self.sessions.push(SessionTally {
            date: local_date(started_at),
            done: u32::from(did_something),
            minutes: if did_something { minutes } else { 0 },
        });
    }

    /// Counts the library exercise `id` done (`skipped` none) or skipped
    /// `times` times, the first of them `first`.
    pub fn add_library_count(
        &mut self,
        id: &str,
        skipped: Option<SkipKind>,
        times: u32,
        first: Met,
    ) {
        let exercise = match self.library.get(id) {
            Some(&known) => known,
            None => {
                let new = self.name(ExerciseKey::Library { id: id.to_owned() });
                self.library.insert(id.to_owned(), new);
                new
            }
        };
        self.count(exercise, skipped, times, first);
    }

    /// Counts the custom exercise called `name`, as `add_library_count`.
    /// Custom exercises are told apart by name, as adherence shows them.
    pub fn add_custom_count(
        &mut self,
        name: &str,
        skipped: Option<SkipKind>,
        times: u32,
        first: Met,
    ) {
        let exercise = match self.custom.get(name) {
            Some(&known) => known,
            None => {
                let new = self.name(ExerciseKey::Custom {
                    name: name.to_owned(),
                });
                self.custom.insert(name.to_owned(), new);
                new
            }
        };
        self.count(exercise, skipped, times, first);
    }

    /// Adds a day's sessions in which something was done, already added up:
    /// how many, and their minutes (as `active_days` counts them).
    pub fn add_day(&mut self, date: NaiveDate, sessions: u32, minutes: u32) {
        self.sessions.push(SessionTally {
            date,
            done: sessions,
            minutes,
        });
    }

    /// How many sessions or days of sessions were added.
    pub fn len(&self) -> usize {
        self.sessions.len()
    }

    pub fn is_empty(&self) -> bool {
        self.sessions.is_empty()
    }

    pub(super) fn sessions(&self) -> &[SessionTally] {
        &self.sessions
    }

    pub(super) fn counts(&self) -> &[ExerciseCount] {
        &self.counts
    }

    /// The exercise a count is about.
    pub(super) fn exercise(&self, index: usize) -> &ExerciseKey {
        &self.exercises[index]
    }

    /// How many distinct exercises the counts name.
    pub(super) fn exercise_count(&self) -> usize {
        self.exercises.len()
    }

    fn name(&mut self, exercise: ExerciseKey) -> usize {
        self.exercises.push(exercise);
        self.exercises.len() - 1
    }

    fn count(&mut self, exercise: usize, skipped: Option<SkipKind>, times: u32, first: Met) {
        self.counts.push(ExerciseCount {
            exercise,
            skipped,
            times,
            first,
        });
    }
}

impl From<&[SessionRecord]> for SessionTallies {
    /// The tallies of whole records, met in the order given: each exercise
    /// of each session is one time.
    fn from(records: &[SessionRecord]) -> SessionTallies {
        let mut tallies = SessionTallies::new();
        for (n, record) in records.iter().enumerate() {
            let session = &record.session;
            let did_something = session.exercises.iter().any(|e| e.is_done());
            tallies.add_session(session.started_at, session.finished_at, did_something);
            for (position, e) in session.exercises.iter().enumerate() {
                // Passed over or not reached: neither done nor skipped, so
                // counted by neither (adherence's "not done" is what the
                // plan asked for beyond both).
                let skipped = match e.outcome() {
                    Outcome::Done => None,
                    Outcome::Skipped(reason) => Some(SkipKind::from(reason)),
                    Outcome::NotDone => continue,
                };
                let met = Met {
                    date: local_date(session.started_at),
                    // Slice positions fit an i64 on every platform Rust has.
                    order: (n as i64, position as i64, 0),
                };
                match &e.exercise {
                    ExerciseRef::Library { id } => tallies.add_library_count(id, skipped, 1, met),
                    ExerciseRef::Custom(custom) => {
                        tallies.add_custom_count(&custom.name, skipped, 1, met)
                    }
                }
            }
        }
        tallies
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::Dose;
    use crate::{CustomExercise, Session, SessionExercise, SkipReason};

    fn at(text: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(text).unwrap()
    }

    fn exercise(exercise: ExerciseRef, skipped: Option<SkipReason>) -> SessionExercise {
        SessionExercise {
            exercise,
            planned: Dose::Minutes { minutes: 10 },
            sets_done: 0,
            reps_done: vec![],
            hold_seconds: vec![],
            minutes_done: Some(10),
            skipped,
            not_done: false,
        }
    }

    fn record(started: &str, finished: &str, exercises: Vec<SessionExercise>) -> SessionRecord {
        SessionRecord {
            id: 1,
            session: Session {
                started_at: at(started),
                finished_at: at(finished),
                exercises,
                effort: 2,
                pain_before: None,
                pain_after: None,
                note: None,
            },
            plan_id: None,
        }
    }

    #[test]
    fn records_are_tallied_one_time_each() {
        let walking = || ExerciseRef::Library {
            id: "walking".into(),
        };
        let squat = ExerciseRef::Custom(CustomExercise {
            name: "Wall squat".into(),
            purpose: None,
            position: None,
            steps: vec!["Slide down".into()],
            key_points: vec![],
            stop_if: None,
        });
        let records = [
            record(
                "2026-03-02T23:30:00-05:00",
                "2026-03-03T00:05:00-05:00",
                vec![
                    exercise(walking(), None),
                    exercise(squat, Some(SkipReason::Other { text: None })),
                ],
            ),
            // Finished before it started: no minutes, not a panic.
            record(
                "2026-03-04T08:00:00+00:00",
                "2026-03-04T07:00:00+00:00",
                vec![exercise(walking(), Some(SkipReason::NoTime))],
            ),
        ];
        let tallies = SessionTallies::from(&records[..]);
        let sessions: Vec<_> = tallies
            .sessions()
            .iter()
            .map(|s| (s.date.to_string(), s.done, s.minutes))
            .collect();
        assert_eq!(
            sessions,
            [
                // Its own date, not the next day in UTC.
                ("2026-03-02".to_owned(), 1, 35),
                ("2026-03-04".to_owned(), 0, 0),
            ]
        );
        assert_eq!(tallies.exercise_count(), 2, "walking is named once");
        let counts: Vec<_> = tallies
            .counts()
            .iter()
            .map(|c| {
                (
                    tallies.exercise(c.exercise).clone(),
                    c.skipped,
                    c.times,
                    c.first.date.to_string(),
                    c.first.order,
                )
            })
            .collect();
        let walking = ExerciseKey::Library {
            id: "walking".into(),
        };
        let squat = ExerciseKey::Custom {
            name: "Wall squat".into(),
        };
        assert_eq!(
            counts,
            [
                (walking.clone(), None, 1, "2026-03-02".into(), (0, 0, 0)),
                (
                    squat,
                    Some(SkipKind::Other),
                    1,
                    "2026-03-02".into(),
                    (0, 1, 0)
                ),
                (
                    walking,
                    Some(SkipKind::NoTime),
                    1,
                    "2026-03-04".into(),
                    (1, 0, 0)
                ),
            ]
        );
    }
}
