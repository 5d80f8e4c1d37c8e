//! What the Progress section and Today are given to draw: plain data made of
//! the statistics in this module, for one stretch of days. The journal
//! (relief-store) fills them from its records; exports (relief-export) read
//! them; neither defines them.

use chrono::{Days, Months, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{
    ActiveDay, Adherence, DateRange, MonitorState, PainSeries, PsfsTrend, ScoredMeasureRecord,
    MAX_RANGE_DAYS,
};

/// The stretch of time the Progress section shows, ending today.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub enum ProgressRange {
    /// The last 28 days.
    #[serde(rename = "4w")]
    #[ts(rename = "4w")]
    FourWeeks,
    /// Since the same date three months ago, not counting that day.
    #[serde(rename = "3m")]
    #[ts(rename = "3m")]
    ThreeMonths,
    #[serde(rename = "12m")]
    #[ts(rename = "12m")]
    TwelveMonths,
    /// From the earliest record (pain, session, walk or measure); today alone
    /// when there is none yet.
    #[serde(rename = "all")]
    #[ts(rename = "all")]
    All,
}

impl ProgressRange {
    /// The days this choice covers on `today`; `earliest` is the date of the
    /// earliest record, which only "all" looks at. A range never starts after
    /// today or more than `MAX_RANGE_DAYS` before it, so it is always valid.
    pub fn days(self, today: NaiveDate, earliest: Option<NaiveDate>) -> DateRange {
        let months_back = |n| {
            today
                .checked_sub_months(Months::new(n))
                .and_then(|d| d.checked_add_days(Days::new(1)))
        };
        let first = match self {
            ProgressRange::FourWeeks => today.checked_sub_days(Days::new(27)),
            ProgressRange::ThreeMonths => months_back(3),
            ProgressRange::TwelveMonths => months_back(12),
            ProgressRange::All => earliest,
        };
        let longest = today
            .checked_sub_days(Days::new(MAX_RANGE_DAYS as u64 - 1))
            .unwrap_or(NaiveDate::MIN);
        let first = first.unwrap_or(today).clamp(longest, today);
        // `first` is within MAX_RANGE_DAYS on or before today: a valid range.
        DateRange::new(first, today).unwrap_or(DateRange::one_day(today))
    }
}

/// A range's first and last days, for the UI to label the charts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct DaySpan {
    #[ts(type = "string")]
    pub first: NaiveDate,
    #[ts(type = "string")]
    pub last: NaiveDate,
}

/// Everything the Progress section draws for one range.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct ProgressView {
    pub range: DaySpan,
    /// Daily pain with its rolling mean, and the change band around the
    /// baseline of the procedure the timeline counts from.
    pub pain: PainSeries,
    pub adherence: Adherence,
    pub active_days: Vec<ActiveDay>,
    /// Each PSFS activity's scores within the range.
    pub psfs: Vec<PsfsTrend>,
    /// ODI and RMDQ totals within the range, oldest first.
    pub measures: Vec<ScoredMeasureRecord>,
    /// What the relief-window monitor says today, whatever the range.
    pub monitor: MonitorState,
}

/// What Today shows of progress.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct TodaySummary {
    /// Active days from Monday to today.
    pub active_days_this_week: u32,
    pub monitor: MonitorState,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    /// One row per case: the choice, today, the earliest record, and the
    /// range's first day (it always ends today).
    fn check(choice: ProgressRange, today: &str, earliest: Option<&str>, first: &str) {
        let range = choice.days(date(today), earliest.map(date));
        assert_eq!(
            (range.first(), range.last()),
            (date(first), date(today)),
            "{choice:?} on {today}"
        );
    }

    #[test]
    fn ranges() {
        use ProgressRange::*;
        check(FourWeeks, "2026-03-29", None, "2026-03-02");
        check(ThreeMonths, "2026-03-29", None, "2025-12-30");
        check(ThreeMonths, "2026-05-31", None, "2026-03-01");
        check(TwelveMonths, "2026-03-29", None, "2025-03-30");
        check(TwelveMonths, "2024-02-29", None, "2023-03-01");
        check(All, "2026-03-29", Some("2019-07-01"), "2019-07-01");
        check(All, "2026-03-29", None, "2026-03-29");
        // An entry dated tomorrow (a day ahead is allowed) starts nothing.
        check(All, "2026-03-29", Some("2026-03-30"), "2026-03-29");
        // A typo in a year does not make a range the statistics refuse.
        check(All, "2026-03-29", Some("0026-03-29"), "1976-02-21");
        let json = serde_json::to_string(&[FourWeeks, ThreeMonths, TwelveMonths, All]).unwrap();
        assert_eq!(json, r#"["4w","3m","12m","all"]"#);
    }
}
