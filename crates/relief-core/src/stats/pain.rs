//! Daily pain for the Progress chart: each day's mean, a 7-day rolling mean to
//! smooth the day-to-day noise, and the band of clinically important change
//! around the person's baseline.
//!
//! Days are the person's own dates: an entry counts for the date it has in the
//! offset it was recorded in. The numbers are shown, never interpreted: the band
//! marks where a change starts to matter to people in studies, not what this
//! person should do.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{daily_means, days_before, local_date, rolling_means, DateRange};
use crate::{PainEntry, PainScore};

/// The minimal clinically important difference on the 0–10 pain scale: 2 points
/// (Ostelo 2008; see the clinical reference). Smaller changes are within what
/// people report from one day to the next.
pub const PAIN_MCID: u8 = 2;
/// Days in the rolling mean: a week evens out weekdays and weekends.
pub const ROLLING_DAYS: usize = 7;
/// Days with a reading that a rolling mean needs. A single reading should not
/// make an average: one bad day would then look like a bad week. Three of seven
/// is what someone who logs every other day reaches, so they still see a line.
pub const ROLLING_MIN_DAYS: usize = 3;

/// One day of the pain chart.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct PainDay {
    #[ts(type = "string")]
    pub date: NaiveDate,
    /// The mean of the day's readings; none on a day without one.
    pub mean: Option<f64>,
    /// How many readings the day has.
    pub readings: u32,
    /// The mean of the daily means over the 7 days ending this day; none when
    /// fewer than `ROLLING_MIN_DAYS` of them have a reading.
    pub rolling_mean: Option<f64>,
}

/// The baseline ± `PAIN_MCID`, kept on the 0–10 scale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct ChangeBand {
    pub low: u8,
    pub high: u8,
}

/// The pain chart for a range of days.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct PainSeries {
    /// One per day of the range, in order.
    pub days: Vec<PainDay>,
    /// Usual pain before the procedure, when the person gave it.
    pub baseline: Option<PainScore>,
    /// Where a change from the baseline is smaller than `PAIN_MCID`; none
    /// without a baseline.
    pub band: Option<ChangeBand>,
    pub mcid: u8,
}

/// The pain chart over `range` from `entries` in any order; entries outside the
/// range are ignored, except the six days before it, which the first days'
/// rolling means look back on. Linear in the days plus the entries.
pub fn pain_series(
    entries: &[PainEntry],
    baseline: Option<PainScore>,
    range: DateRange,
) -> PainSeries {
    series(
        entries
            .iter()
            .map(|e| (local_date(e.recorded_at), u32::from(e.score.get()), 1)),
        baseline,
        range,
    )
}

/// A day's live pain readings added up, as the journal keeps them: the day,
/// the sum of its scores and how many there are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DailyPainSum {
    pub date: NaiveDate,
    pub total: u32,
    pub readings: u32,
}

/// `pain_series` from each day's readings added up, which is all the chart and
/// the monitor look at: the journal reads one row a day for years of entries
/// rather than every entry with its notes and tags. Days without a reading
/// are simply absent.
pub fn pain_series_of_daily_sums(
    days: &[DailyPainSum],
    baseline: Option<PainScore>,
    range: DateRange,
) -> PainSeries {
    series(
        days.iter().map(|d| (d.date, d.total, d.readings)),
        baseline,
        range,
    )
}

/// The series from readings added up per day, `(date, total, count)`; a day
/// may come more than once (each entry alone, say).
fn series(
    sums: impl IntoIterator<Item = (NaiveDate, u32, u32)>,
    baseline: Option<PainScore>,
    range: DateRange,
) -> PainSeries {
    let start = days_before(range.first(), ROLLING_DAYS - 1);
    // From the first day looked back on to the last day of the range.
    let span = (range.first() - start).num_days() as usize + range.day_count();
    let daily = daily_means(sums, start, span);
    let means: Vec<Option<f64>> = daily.iter().map(|(m, _)| *m).collect();
    let rolling = rolling_means(&means, ROLLING_DAYS, ROLLING_MIN_DAYS);
    let skip = span - range.day_count();
    let days = range
        .days()
        .zip(daily.into_iter().zip(rolling).skip(skip))
        .map(|(date, ((mean, readings), rolling_mean))| PainDay {
            date,
            mean,
            readings,
            rolling_mean,
        })
        .collect();
    PainSeries {
        days,
        baseline,
        band: baseline.map(|b| ChangeBand {
            low: b.get().saturating_sub(PAIN_MCID),
            high: (b.get() + PAIN_MCID).min(10),
        }),
        mcid: PAIN_MCID,
    }
}

#[cfg(test)]
mod tests {
    use chrono::{DateTime, FixedOffset};

    use super::*;

    fn date(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    fn entry(at: &str, score: u8) -> PainEntry {
        let at = DateTime::<FixedOffset>::parse_from_rfc3339(at).unwrap();
        PainEntry {
            id: 1,
            score: PainScore::try_from(f64::from(score)).unwrap(),
            note: None,
            recorded_at: at,
            updated_at: at,
            worst_24h: None,
            average_24h: None,
            interference: None,
            tags: Vec::new(),
        }
    }

    fn series(entries: &[PainEntry], first: &str, last: &str) -> PainSeries {
        let range = DateRange::new(date(first), date(last)).unwrap();
        pain_series(entries, None, range)
    }

    /// One row per case: the day, and its mean, readings and rolling mean.
    fn check(s: &PainSeries, day: &str, mean: Option<f64>, readings: u32, rolling: Option<f64>) {
        let got = s.days.iter().find(|d| d.date == date(day)).unwrap();
        assert_eq!(
            (got.mean, got.readings, got.rolling_mean),
            (mean, readings, rolling),
            "{day}"
        );
    }

    /// Each day's readings added up give the very series the entries give,
    /// whatever the order of the days and however a day's sums are split.
    #[test]
    fn daily_sums_give_the_series_of_their_entries() {
        let entries: Vec<PainEntry> = (0..40u8)
            .map(|i| {
                let day = 1 + u32::from(i) * 7 % 31;
                let hour = 6 + i % 14;
                entry(&format!("2026-03-{day:02}T{hour:02}:00:00+02:00"), i % 11)
            })
            .collect();
        let range = DateRange::new(date("2026-03-05"), date("2026-03-28")).unwrap();
        let baseline = PainScore::try_from(7.0).ok();
        let mut sums: Vec<DailyPainSum> = Vec::new();
        for e in &entries {
            let date = e.recorded_at.date_naive();
            match sums.iter_mut().find(|s| s.date == date) {
                Some(s) => {
                    s.total += u32::from(e.score.get());
                    s.readings += 1;
                }
                None => sums.push(DailyPainSum {
                    date,
                    total: u32::from(e.score.get()),
                    readings: 1,
                }),
            }
        }
        sums.reverse();
        let expected = pain_series(&entries, baseline, range);
        assert!(expected.days.iter().any(|d| d.readings > 1));
        assert_eq!(pain_series_of_daily_sums(&sums, baseline, range), expected);
        // A day split in two rows still counts as one day.
        let busy = sums.iter().position(|s| s.readings > 1).unwrap();
        let whole = sums[busy];
        sums[busy].readings = 1;
        sums[busy].total = 0;
        sums.push(DailyPainSum {
            date: whole.date,
            total: whole.total,
            readings: whole.readings - 1,
        });
        assert_eq!(pain_series_of_daily_sums(&sums, baseline, range), expected);
    }

    #[test]
    fn daily_means_and_the_rolling_mean() {
        let entries = [
            entry("2026-03-01T08:00:00+00:00", 4),
            entry("2026-03-01T20:00:00+00:00", 7),
            entry("2026-03-03T09:00:00+00:00", 5),
            entry("2026-03-04T09:00:00+00:00", 3),
            entry("2026-03-05T09:00:00+00:00", 2),
            entry("2026-03-12T09:00:00+00:00", 9),
        ];
        let s = series(&entries, "2026-03-01", "2026-03-12");
        assert_eq!(s.days.len(), 12);
        assert_eq!(s.days[0].date, date("2026-03-01"));
        check(&s, "2026-03-01", Some(5.5), 2, None);
        check(&s, "2026-03-02", None, 0, None);
        check(&s, "2026-03-03", Some(5.0), 1, None);
        // Three days with readings: the mean of their means, not of the readings.
        check(
            &s,
            "2026-03-04",
            Some(3.0),
            1,
            Some((5.5 + 5.0 + 3.0) / 3.0),
        );
        check(
            &s,
            "2026-03-07",
            None,
            0,
            Some((5.5 + 5.0 + 3.0 + 2.0) / 4.0),
        );
        // 1 March has left the window; three days remain.
        check(&s, "2026-03-08", None, 0, Some((5.0 + 3.0 + 2.0) / 3.0));
        check(&s, "2026-03-10", None, 0, None);
        check(&s, "2026-03-12", Some(9.0), 1, None);
    }

    #[test]
    fn the_first_days_look_back_before_the_range() {
        let entries = [
            entry("2026-02-23T09:00:00+00:00", 6),
            entry("2026-02-27T09:00:00+00:00", 4),
            entry("2026-03-01T09:00:00+00:00", 2),
            // Outside the window of every day shown.
            entry("2026-02-20T09:00:00+00:00", 10),
            entry("2026-03-09T09:00:00+00:00", 10),
        ];
        let s = series(&entries, "2026-03-01", "2026-03-02");
        check(&s, "2026-03-01", Some(2.0), 1, Some(4.0));
        // 23 February has left the window: two days are not enough.
        check(&s, "2026-03-02", None, 0, None);
    }

    #[test]
    fn an_entry_counts_on_the_date_of_its_own_offset() {
        let entries = [
            // 23:30 in New York is already 2 March in UTC.
            entry("2026-03-01T23:30:00-05:00", 8),
            entry("2026-03-02T00:30:00+01:00", 2),
        ];
        let s = series(&entries, "2026-03-01", "2026-03-02");
        check(&s, "2026-03-01", Some(8.0), 1, None);
        check(&s, "2026-03-02", Some(2.0), 1, None);
    }

    #[test]
    fn the_change_band() {
        let range = DateRange::new(date("2026-03-01"), date("2026-03-01")).unwrap();
        let band =
            |b: u8| pain_series(&[], Some(PainScore::try_from(f64::from(b)).unwrap()), range).band;
        assert_eq!(band(6), Some(ChangeBand { low: 4, high: 8 }));
        assert_eq!(band(1), Some(ChangeBand { low: 0, high: 3 }));
        assert_eq!(band(9), Some(ChangeBand { low: 7, high: 10 }));
        let none = pain_series(&[], None, range);
        assert_eq!((none.band, none.mcid), (None, 2));
    }
}
