//! Progress statistics: what the Progress section and Today draw, as pure
//! functions of plain data the journal already holds.
//!
//! Daily pain and its rolling average with the clinically important change band
//! (`pain`), sessions against the plan week by week (`adherence`), which days
//! were active (`active`), the relief-window monitor that notices when recent
//! pain is drifting back towards where it was before the procedure (`monitor`),
//! and the function measures a person enters (`measures`: PSFS, and ODI or RMDQ
//! totals scored elsewhere). Everything here counts and compares; nothing
//! diagnoses, advises or changes a dose. It never reads the clock or the journal:
//! `today` and every record are arguments. Each function is linear in the days of
//! its range plus its records, so ten years of entries stay instant.

mod active;
mod adherence;
mod measures;
mod monitor;
mod pain;
mod tally;
mod view;

use chrono::{DateTime, Datelike, Days, FixedOffset, NaiveDate};

use crate::CoreError;

pub use active::{
    active_days, active_days_of_tallies, active_days_this_week, active_days_this_week_of_tallies,
    ActiveDay,
};
pub use adherence::{
    adherence, adherence_of_tallies, Adherence, ExerciseAdherence, ExerciseKey, RangeAdherence,
    SkipCount, SkipKind, WeekAdherence,
};
pub use measures::{
    psfs_trend, Measure, Psfs, PsfsActivity, PsfsDraft, PsfsPoint, PsfsRecord, PsfsTrend,
    ScoredMeasure, ScoredMeasureDraft, ScoredMeasureRecord, MAX_ACTIVITY_CHARS,
    MAX_SCORED_BY_CHARS, PSFS_ACTIVITIES, PSFS_SCORE_MAX,
};
pub use monitor::{
    relief_monitor, MonitorState, QuietReason, MONITOR_HOLD_DAYS, MONITOR_MIN_DAYS,
    MONITOR_WINDOW_DAYS,
};
pub use pain::{
    pain_series, pain_series_of_daily_sums, ChangeBand, DailyPainSum, PainDay, PainSeries,
    PAIN_MCID, ROLLING_DAYS, ROLLING_MIN_DAYS,
};
pub use tally::{Met, SessionTallies};
pub use view::{DaySpan, ProgressRange, ProgressView, TodaySummary};

/// The longest range a statistic accepts: fifty years of days. A longer one is a
/// typo in a year, and refusing it keeps every table a few thousand rows.
pub const MAX_RANGE_DAYS: usize = 50 * 366;

/// The days a statistic covers, both ends included, in the person's local dates.
/// Checked once (`new`), so the functions that take one cannot fail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateRange {
    first: NaiveDate,
    last: NaiveDate,
}

impl DateRange {
    /// The days from `first` to `last`, both included. Refused when `last` comes
    /// before `first` or the range is longer than `MAX_RANGE_DAYS`.
    pub fn new(first: NaiveDate, last: NaiveDate) -> Result<DateRange, CoreError> {
        let span = (last - first).num_days();
        if span < 0 || span >= MAX_RANGE_DAYS as i64 {
            return Err(CoreError::DateRangeInvalid {
                from: first.to_string(),
                to: last.to_string(),
            });
        }
        Ok(DateRange { first, last })
    }

    /// `day` alone: always a valid range.
    pub fn one_day(day: NaiveDate) -> DateRange {
        DateRange {
            first: day,
            last: day,
        }
    }

    pub fn first(&self) -> NaiveDate {
        self.first
    }

    pub fn last(&self) -> NaiveDate {
        self.last
    }

    /// How many days the range holds; at least one.
    pub fn day_count(&self) -> usize {
        // `new` bounds the span, so it is small and not negative.
        (self.last - self.first).num_days() as usize + 1
    }

    /// Each day in order.
    pub fn days(&self) -> impl Iterator<Item = NaiveDate> {
        self.first.iter_days().take(self.day_count())
    }

    pub fn contains(&self, date: NaiveDate) -> bool {
        (self.first..=self.last).contains(&date)
    }

    /// The day's position in the range, from 0; none outside it.
    fn index(&self, date: NaiveDate) -> Option<usize> {
        index_from(self.first, self.day_count(), date)
    }
}

/// `date`'s position among `count` days from `start`; none outside them.
fn index_from(start: NaiveDate, count: usize, date: NaiveDate) -> Option<usize> {
    usize::try_from((date - start).num_days())
        .ok()
        .filter(|i| *i < count)
}

/// The person's own date for a moment: the date in the offset they were in, so
/// a session at 23:30 on holiday counts for that evening, not the next day at home.
fn local_date(at: DateTime<FixedOffset>) -> NaiveDate {
    at.date_naive()
}

/// `days` before `date`, or the earliest date there is: a range that starts at
/// the edge of the calendar has no days before it to look back on.
fn days_before(date: NaiveDate, days: usize) -> NaiveDate {
    date.checked_sub_days(Days::new(days as u64))
        .unwrap_or(NaiveDate::MIN)
}

/// The Monday that starts `date`'s ISO week.
fn week_start(date: NaiveDate) -> NaiveDate {
    days_before(date, date.weekday().num_days_from_monday() as usize)
}

/// A count as `u32`, saturating: a count that large is no longer a number
/// anyone reads.
fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// The mean pain of each of `days` days from `start` (none on days without a
/// reading), from `(date, total, count)` sums in any order, a day's sums added
/// together. One pass over the sums, one over the days.
fn daily_means(
    sums: impl IntoIterator<Item = (NaiveDate, u32, u32)>,
    start: NaiveDate,
    days: usize,
) -> Vec<(Option<f64>, u32)> {
    let mut totals = vec![(0u32, 0u32); days];
    for (date, total, count) in sums {
        if let Some(i) = index_from(start, days, date) {
            totals[i].0 = totals[i].0.saturating_add(total);
            totals[i].1 = totals[i].1.saturating_add(count);
        }
    }
    totals
        .into_iter()
        .map(|(sum, n)| ((n > 0).then(|| f64::from(sum) / f64::from(n)), n))
        .collect()
}

/// For each day, the mean of the daily means over the `window` days ending that
/// day, when at least `min_days` of them have a reading; windows that would
/// reach before the first day are none. Each window is summed afresh rather
/// than slid: the window is a constant (a week or two), so this stays linear in
/// the days, and a running sum's rounding cannot drift over years of entries.
fn rolling_means(daily: &[Option<f64>], window: usize, min_days: usize) -> Vec<Option<f64>> {
    (0..daily.len())
        .map(|i| {
            let start = (i + 1).checked_sub(window)?;
            let (sum, with_data) = daily[start..=i]
                .iter()
                .flatten()
                .fold((0.0, 0usize), |(s, n), m| (s + m, n + 1));
            (with_data >= min_days).then(|| sum / with_data as f64)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    /// One row per case: the range's ends and the code it must fail with, or
    /// its length in days.
    fn check(first: &str, last: &str, expected: Result<usize, &str>) {
        let got = DateRange::new(date(first), date(last))
            .map(|r| r.day_count())
            .map_err(|e| e.code());
        assert_eq!(got, expected, "{first}..={last}");
    }

    #[test]
    fn ranges() {
        check("2026-03-01", "2026-03-01", Ok(1));
        check("2026-03-01", "2026-03-31", Ok(31));
        check("2024-02-01", "2024-03-01", Ok(30));
        check("2026-03-02", "2026-03-01", Err("date_range_invalid"));
        check("2000-01-01", "2049-12-31", Ok(18_263));
        check("2000-01-01", "2050-02-14", Err("date_range_invalid"));
        let edge = DateRange::new(NaiveDate::MIN, NaiveDate::MIN).unwrap();
        assert_eq!(days_before(edge.first(), 6), NaiveDate::MIN);
    }

    #[test]
    fn rolling_needs_a_full_window_and_enough_days() {
        let d = [Some(2.0), None, Some(4.0), Some(6.0), None];
        assert_eq!(
            rolling_means(&d, 3, 2),
            [None, None, Some(3.0), Some(5.0), Some(5.0)]
        );
        assert_eq!(rolling_means(&d, 3, 3), [None; 5]);
        assert_eq!(week_start(date("2026-03-01")), date("2026-02-23"));
        assert_eq!(week_start(date("2026-03-02")), date("2026-03-02"));
    }
}
