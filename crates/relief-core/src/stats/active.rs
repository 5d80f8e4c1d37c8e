//! Active days, for the calendar heatmap and Today's "this week" line.
//!
//! A day is active when the person did some of their routine or walked. Only
//! what was done is counted: there is no "missed" here, because a rest day is
//! not a failure and the app must never make anyone feel guilty for one.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{week_start, DateRange, SessionTallies};
use crate::SessionRecord;

/// One day of the heatmap.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct ActiveDay {
    #[ts(type = "string")]
    pub date: NaiveDate,
    /// A session with something done, or some walking.
    pub active: bool,
    /// Sessions with at least one exercise done.
    pub sessions: u32,
    /// Whole minutes of those sessions, start to finish.
    pub session_minutes: u32,
    /// Minutes walked, as logged.
    pub walking_minutes: u32,
}

/// Each day of `range` with what was done, from `sessions` and `walking`
/// (minutes on a date; several for one date add up), both in any order.
/// Kept apart, session and walking minutes are never counted twice here; the
/// caller decides whether a logged walk was part of a session.
pub fn active_days(
    sessions: &[SessionRecord],
    walking: &[(NaiveDate, u32)],
    range: DateRange,
) -> Vec<ActiveDay> {
    active_days_of_tallies(&SessionTallies::from(sessions), walking, range)
}

/// `active_days` from sessions already tallied, as the journal reads them for
/// the Progress section and Today.
pub fn active_days_of_tallies(
    sessions: &SessionTallies,
    walking: &[(NaiveDate, u32)],
    range: DateRange,
) -> Vec<ActiveDay> {
    let mut days: Vec<ActiveDay> = range
        .days()
        .map(|date| ActiveDay {
            date,
            active: false,
            sessions: 0,
            session_minutes: 0,
            walking_minutes: 0,
        })
        .collect();
    for session in sessions.sessions() {
        if let Some(day) = range.index(session.date) {
            let day = &mut days[day];
            day.sessions = day.sessions.saturating_add(session.done);
            day.session_minutes = day.session_minutes.saturating_add(session.minutes);
        }
    }
    for (date, minutes) in walking {
        if let Some(day) = range.index(*date) {
            days[day].walking_minutes = days[day].walking_minutes.saturating_add(*minutes);
        }
    }
    for day in &mut days {
        day.active = day.sessions > 0 || day.walking_minutes > 0;
    }
    days
}

/// How many days of `today`'s week (Monday to today) were active. Only a count
/// of what was done: the days still to come and the rest days are not named.
pub fn active_days_this_week(
    sessions: &[SessionRecord],
    walking: &[(NaiveDate, u32)],
    today: NaiveDate,
) -> u32 {
    active_days_this_week_of_tallies(&SessionTallies::from(sessions), walking, today)
}

/// `active_days_this_week` from sessions already tallied.
pub fn active_days_this_week_of_tallies(
    sessions: &SessionTallies,
    walking: &[(NaiveDate, u32)],
    today: NaiveDate,
) -> u32 {
    // Monday to today is at most seven days, so the range is always valid.
    DateRange::new(week_start(today), today).map_or(0, |week| {
        super::count(
            active_days_of_tallies(sessions, walking, week)
                .iter()
                .filter(|d| d.active)
                .count(),
        )
    })
}

#[cfg(test)]
mod tests {
    use chrono::{DateTime, Duration, FixedOffset};

    use super::*;
    use crate::exercises::Dose;
    use crate::{ExerciseRef, Session, SessionExercise, SkipReason};

    fn date(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    fn session(started: &str, minutes: i64, skipped: Option<SkipReason>) -> SessionRecord {
        let started_at = DateTime::<FixedOffset>::parse_from_rfc3339(started).unwrap();
        SessionRecord {
            id: 1,
            session: Session {
                started_at,
                finished_at: started_at + Duration::minutes(minutes),
                exercises: vec![SessionExercise {
                    exercise: ExerciseRef::Library {
                        id: "walking".into(),
                    },
                    planned: Dose::Minutes { minutes: 10 },
                    sets_done: 0,
                    reps_done: vec![],
                    hold_seconds: vec![],
                    minutes_done: Some(10),
                    skipped,
                    not_done: false,
                }],
                effort: 2,
                pain_before: None,
                pain_after: None,
                note: None,
            },
            plan_id: None,
        }
    }

    fn days() -> Vec<ActiveDay> {
        let sessions = [
            session("2026-03-02T08:00:00+00:00", 20, None),
            session("2026-03-02T18:00:00+00:00", 15, None),
            session("2026-03-03T08:00:00+00:00", 20, Some(SkipReason::NoTime)),
            // Late evening abroad: counts for the 4th, its own date.
            session("2026-03-04T23:30:00-05:00", 10, None),
            session("2026-03-09T08:00:00+00:00", 20, None),
        ];
        let walking = [
            (date("2026-03-05"), 30),
            (date("2026-03-05"), 10),
            (date("2026-03-06"), 0),
            (date("2026-02-28"), 30),
        ];
        active_days(
            &sessions,
            &walking,
            DateRange::new(date("2026-03-02"), date("2026-03-08")).unwrap(),
        )
    }

    /// One row per day: active, sessions, session minutes, walking minutes.
    fn check(day: &str, expected: (bool, u32, u32, u32)) {
        let all = days();
        let d = all.iter().find(|d| d.date == date(day)).unwrap();
        assert_eq!(
            (d.active, d.sessions, d.session_minutes, d.walking_minutes),
            expected,
            "{day}"
        );
    }

    #[test]
    fn heatmap() {
        assert_eq!(days().len(), 7);
        check("2026-03-02", (true, 2, 35, 0));
        check("2026-03-03", (false, 0, 0, 0));
        check("2026-03-04", (true, 1, 10, 0));
        check("2026-03-05", (true, 0, 0, 40));
        check("2026-03-06", (false, 0, 0, 0));
        check("2026-03-08", (false, 0, 0, 0));
    }

    #[test]
    fn this_week() {
        let sessions = [
            session("2026-03-02T08:00:00+00:00", 20, None),
            session("2026-03-04T08:00:00+00:00", 20, None),
            session("2026-03-09T08:00:00+00:00", 20, None),
        ];
        let walking = [(date("2026-03-05"), 25), (date("2026-03-01"), 25)];
        let count = |today: &str| active_days_this_week(&sessions, &walking, date(today));
        assert_eq!(count("2026-03-02"), 1);
        assert_eq!(count("2026-03-04"), 2);
        assert_eq!(count("2026-03-08"), 3);
        // A new week starts from nothing, whatever last week was.
        assert_eq!(count("2026-03-09"), 1);
        assert_eq!(count("2026-03-10"), 1);
        assert_eq!(count("2026-03-01"), 1, "Sunday ends the week");
    }
}
