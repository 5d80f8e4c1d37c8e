//! The Progress and Today views' data: one snapshot of the journal, read with
//! range queries, handed to relief-core's statistics.
//!
//! This is where the journal's records meet the rules, so the app's commands
//! and the benchmark (`cargo xtask bench data`) call the very same functions.
//! Nothing here computes a statistic itself; it chooses which records each
//! statistic needs, and reads each kind of record once, and only the columns
//! the statistics count: pain as each day's sums (`pain_days`, migration 009),
//! sessions as tallies (`tallies.rs`, 007 and 008), plans decoded once per
//! open journal, so ten years stay within a few milliseconds.

use std::sync::Mutex;

use chrono::{Datelike, Days, NaiveDate};
use relief_core::{
    active_days_of_tallies, active_days_this_week_of_tallies, adherence_of_tallies,
    pain_series_of_daily_sums, psfs_trend, relief_monitor, timeline, DailyPainSum, DateRange,
    DaySpan, MonitorState, PainScore, Procedure, ProgressRange, ProgressView, QuietReason,
    TodaySummary,
};
use rusqlite::Connection;

use crate::measures;
use crate::plans::PlanMemo;
use crate::{pain, plans, procedures, reminders, sessions, tallies, walking, Journal, StoreError};

impl Journal {
    /// The Progress section for `range` ending `today` (the person's local
    /// date).
    pub fn progress(
        &self,
        range: ProgressRange,
        today: NaiveDate,
    ) -> Result<ProgressView, StoreError> {
        self.read(|conn| progress(conn, &self.plan_memo, range, today))
    }

    /// The Progress view for any `range` (a report's chosen dates), with the
    /// monitor as it stands on `today`.
    pub fn progress_between(
        &self,
        range: DateRange,
        today: NaiveDate,
    ) -> Result<ProgressView, StoreError> {
        self.read(|conn| progress_in(conn, &self.plan_memo, range, today))
    }

    /// Today's line about the week, and the monitor.
    pub fn today_summary(&self, today: NaiveDate) -> Result<TodaySummary, StoreError> {
        self.read(|conn| {
            let week = week_so_far(today);
            let sessions = tallies::tallies_between(conn, week.first(), week.last())?;
            let walking = walking::between(conn, week)?;
            let anchor = Anchor::find(conn, today)?;
            let pain = match anchor.date.filter(|d| *d <= today) {
                Some(date) => pain::daily_sums_between(conn, date, today)?,
                None => Vec::new(),
            };
            Ok(TodaySummary {
                active_days_this_week: active_days_this_week_of_tallies(&sessions, &walking, today),
                monitor: anchor.monitor(&pain, today),
            })
        })
    }
}

fn progress(
    conn: &Connection,
    plan_memo: &Mutex<PlanMemo>,
    choice: ProgressRange,
    today: NaiveDate,
) -> Result<ProgressView, StoreError> {
    let earliest = match choice {
        ProgressRange::All => earliest_record(conn)?,
        _ => None,
    };
    progress_in(conn, plan_memo, choice.days(today, earliest), today)
}

fn progress_in(
    conn: &Connection,
    plan_memo: &Mutex<PlanMemo>,
    range: DateRange,
    today: NaiveDate,
) -> Result<ProgressView, StoreError> {
    let anchor = Anchor::find(conn, today)?;

    // One read of pain serves both the chart (with the six days its first
    // rolling means look back on) and the monitor (from the procedure on).
    let look_back = range
        .first()
        .checked_sub_days(Days::new(6))
        .unwrap_or(range.first());
    let from = anchor.date.filter(|d| *d < look_back).unwrap_or(look_back);
    let pain = pain::daily_sums_between(conn, from, range.last())?;

    // Sessions as counted, not whole: decoding ten years of exercises' JSON
    // is what once made "all" slow.
    let sessions = tallies::tallies_between(conn, range.first(), range.last())?;
    let skips = reminders::skip_reasons_between(conn, range.first(), range.last())?;
    let walks = walking::between(conn, range)?;
    let psfs: Vec<_> = measures::psfs_between(conn, range.first(), range.last())?
        .into_iter()
        .map(|r| r.psfs)
        .collect();
    Ok(ProgressView {
        range: DaySpan {
            first: range.first(),
            last: range.last(),
        },
        pain: pain_series_of_daily_sums(&pain, anchor.baseline, range),
        adherence: adherence_of_tallies(
            &plans::all_remembered(conn, plan_memo)?,
            &sessions,
            &skips,
            range,
        ),
        active_days: active_days_of_tallies(&sessions, &walks, range),
        psfs: psfs_trend(&psfs),
        measures: measures::measures_between(conn, range.first(), range.last())?,
        monitor: anchor.monitor(&pain, today),
    })
}

/// The procedure the timeline counts from (the latest one done, else the
/// next planned), with the usual pain before it.
struct Anchor {
    date: Option<NaiveDate>,
    baseline: Option<PainScore>,
}

impl Anchor {
    fn find(conn: &Connection, today: NaiveDate) -> Result<Anchor, StoreError> {
        let all: Vec<Procedure> = procedures::all(conn)?;
        let procedure = timeline::for_procedures(&all, today)
            .and_then(|t| all.iter().find(|p| p.id == t.procedure_id));
        Ok(Anchor {
            date: procedure.map(|p| p.date),
            baseline: procedure.and_then(|p| p.baseline_pain),
        })
    }

    /// The monitor on `today`, from `pain` that includes every day since the
    /// procedure. Without a procedure there is no baseline to compare
    /// with, which is what the monitor says.
    fn monitor(&self, pain: &[DailyPainSum], today: NaiveDate) -> MonitorState {
        let Some(date) = self.date else {
            return MonitorState::Quiet {
                reason: QuietReason::NoBaseline,
            };
        };
        let daily = match DateRange::new(date, today) {
            Ok(since) if self.baseline.is_some() => {
                pain_series_of_daily_sums(pain, self.baseline, since).days
            }
            // Planned, not yet done, or no baseline: the monitor says why
            // without needing any day.
            _ => Vec::new(),
        };
        relief_monitor(self.baseline, date, &daily, today)
    }
}

/// The earliest date of anything the person logged: a pain entry, a
/// session, a walk, a PSFS or a total.
fn earliest_record(conn: &Connection) -> Result<Option<NaiveDate>, StoreError> {
    Ok([
        pain::first_day(conn)?,
        sessions::first_day(conn)?,
        walking::first_day(conn)?,
        measures::first_day(conn)?,
    ]
    .into_iter()
    .flatten()
    .min())
}

/// Monday to `today`.
fn week_so_far(today: NaiveDate) -> DateRange {
    let monday = today
        .checked_sub_days(Days::new(u64::from(today.weekday().num_days_from_monday())))
        .unwrap_or(today);
    DateRange::new(monday, today).unwrap_or(DateRange::one_day(today))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    /// The range queries' WHERE clauses, as the modules write them, are
    /// answered from their indexes: ten years of entries are never scanned.
    #[test]
    fn range_queries_use_their_indexes() {
        let dir = tempfile::tempdir().unwrap();
        let now = chrono::DateTime::parse_from_rfc3339("2026-03-29T09:30:00+01:00").unwrap();
        let journal = Journal::open(dir.path(), now).unwrap().journal;
        let conn = journal.lock();
        let check = |sql: &str, index: &str| {
            let plan: Vec<String> = conn
                .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
                .unwrap()
                .query_map([], |r| r.get(3))
                .unwrap()
                .map(Result::unwrap)
                .collect();
            assert!(
                plan.iter().any(|step| step.contains(index)),
                "{sql}: {plan:?}"
            );
        };
        check(
            "SELECT id FROM pain_entries WHERE substr(recorded_at, 1, 10) BETWEEN 'a' AND 'b'
             AND deleted_at IS NULL",
            "USING INDEX pain_entries_by_day",
        );
        check(
            "SELECT e.session_id FROM sessions s JOIN session_exercises e ON e.session_id = s.id
             WHERE substr(s.started_at, 1, 10) BETWEEN 'a' AND 'b' AND s.deleted_at IS NULL",
            "USING INDEX sessions_by_day",
        );
        check(
            "SELECT skip_reason FROM reminder_events
             WHERE substr(set_for, 1, 10) BETWEEN 'a' AND 'b' AND outcome = 'skipped'",
            "USING INDEX reminder_events_skipped_by_day",
        );
        check(
            "SELECT date FROM walking WHERE date BETWEEN 'a' AND 'b'",
            "USING PRIMARY KEY",
        );
        // The session counts (migrations 007 and 008): whole years and
        // months, whether a session did anything, and the month rewritten
        // after each write.
        check(
            "SELECT times FROM session_exercise_months WHERE month BETWEEN 'a' AND 'b'",
            "USING INDEX session_exercise_months_by_month",
        );
        check(
            "SELECT times FROM session_exercise_years WHERE year BETWEEN 'a' AND 'b'",
            "USING INDEX session_exercise_years_by_year",
        );
        check(
            "SELECT EXISTS (SELECT 1 FROM session_exercises e
                            WHERE e.session_id = 1 AND e.skipped_reason IS NULL
                              AND e.not_done = 0)",
            "USING COVERING INDEX session_exercises_tally",
        );
        check(
            "SELECT count(*) FROM sessions s JOIN session_exercises e ON e.session_id = s.id
             WHERE substr(s.started_at, 1, 10) BETWEEN 'a' || '-01' AND 'a' || '-31'
             AND s.deleted_at IS NULL",
            "USING INDEX sessions_by_day",
        );
    }

    #[test]
    fn the_week_starts_on_monday() {
        let week = week_so_far(date("2026-03-29"));
        assert_eq!((week.first(), week.day_count()), (date("2026-03-23"), 7));
        let monday = week_so_far(date("2026-03-23"));
        assert_eq!(monday.day_count(), 1);
    }
}
