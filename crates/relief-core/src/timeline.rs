//! The relief window on a timeline: where a person stands, counted from their
//! latest procedure, and what that part of the window is for.
//!
//! Phases follow what clinics tell patients (see docs/clinical-sources in the Learn
//! section): soreness first, relief building over weeks, months to build strength,
//! then a time when relief may fade (the nerves may regrow). The boundaries are
//! calendar facts, never computed from pain scores.

use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::Procedure;

/// Days in Recovery: the first two weeks.
const RECOVERY_DAYS: i64 = 14;
/// Relief builds until the end of week 6.
const RELIEF_BUILDS_UNTIL_DAY: i64 = 42;
/// Strengthen lasts until month 10; Review until month 15.
const REVIEW_FROM_MONTH: u32 = 10;
const BEYOND_FROM_MONTH: u32 = 15;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(rename_all = "kebab-case")]
pub enum Phase {
    /// The procedure is still to come.
    Planned,
    /// First 2 weeks: soreness is expected; walking and gentle mobility.
    Recovery,
    /// Weeks 2–6: relief builds; start the routine.
    ReliefBuilds,
    /// Months 2–10: the window to build strength.
    Strengthen,
    /// Months 10–15: relief may wear off; plan a follow-up.
    Review,
    /// After month 15: past the usual window.
    Beyond,
}

/// "You are here", at the grain a person thinks in: days at first, then weeks,
/// then months.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "unit", content = "count", rename_all = "kebab-case")]
#[ts(rename_all = "kebab-case")]
pub enum Here {
    DaysUntil(u32),
    Day(u32),
    Week(u32),
    Month(u32),
}

/// Where a person stands on `today`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct Position {
    pub phase: Phase,
    pub here: Here,
    /// Whole days since the procedure; negative while it is planned.
    pub days_since: i32,
}

/// One phase with its dates, to draw the whole timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct PhaseSpan {
    pub phase: Phase,
    #[ts(type = "string")]
    pub starts: NaiveDate,
    /// The first day of the next phase; none for the last.
    #[ts(type = "string | null")]
    pub ends: Option<NaiveDate>,
}

/// Where a person stands on `today`, counted from the procedure on `procedure`.
/// The procedure day is day 1 of week 1 of month 1.
pub fn position(procedure: NaiveDate, today: NaiveDate) -> Position {
    let days_since = (today - procedure).num_days();
    let clamp = |n: i64| u32::try_from(n).unwrap_or(u32::MAX);
    let days_i32 =
        i32::try_from(days_since).unwrap_or(if days_since < 0 { i32::MIN } else { i32::MAX });
    if days_since < 0 {
        return Position {
            phase: Phase::Planned,
            here: Here::DaysUntil(clamp(-days_since)),
            days_since: days_i32,
        };
    }
    let months = whole_months(procedure, today);
    let (phase, here) = if days_since < RECOVERY_DAYS {
        (Phase::Recovery, Here::Day(clamp(days_since + 1)))
    } else if days_since < RELIEF_BUILDS_UNTIL_DAY {
        (Phase::ReliefBuilds, Here::Week(clamp(days_since / 7 + 1)))
    } else if months < REVIEW_FROM_MONTH {
        (Phase::Strengthen, Here::Month(months + 1))
    } else if months < BEYOND_FROM_MONTH {
        (Phase::Review, Here::Month(months + 1))
    } else {
        (Phase::Beyond, Here::Month(months + 1))
    };
    Position {
        phase,
        here,
        days_since: days_i32,
    }
}

/// The phases after a procedure on `procedure`, with their dates.
pub fn spans(procedure: NaiveDate) -> Vec<PhaseSpan> {
    let day = |n: i64| procedure + chrono::Duration::days(n);
    let month = |n: u32| procedure.checked_add_months(Months::new(n));
    let starts = [
        (Phase::Recovery, Some(procedure)),
        (Phase::ReliefBuilds, Some(day(RECOVERY_DAYS))),
        (Phase::Strengthen, Some(day(RELIEF_BUILDS_UNTIL_DAY))),
        (Phase::Review, month(REVIEW_FROM_MONTH)),
        (Phase::Beyond, month(BEYOND_FROM_MONTH)),
    ];
    starts
        .iter()
        .enumerate()
        .filter_map(|(i, (phase, start))| {
            Some(PhaseSpan {
                phase: *phase,
                starts: (*start)?,
                ends: starts.get(i + 1).and_then(|(_, s)| *s),
            })
        })
        .collect()
}

/// The timeline as the app shows it: which procedure it counts from, where the
/// person stands, and every phase with its dates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct Timeline {
    #[ts(type = "number")]
    pub procedure_id: i64,
    #[ts(type = "string")]
    pub procedure_date: NaiveDate,
    pub position: Position,
    pub phases: Vec<PhaseSpan>,
}

/// The timeline for a person's procedures on `today`; none until they record one.
pub fn for_procedures(procedures: &[Procedure], today: NaiveDate) -> Option<Timeline> {
    let dates: Vec<NaiveDate> = procedures.iter().map(|p| p.date).collect();
    let date = anchor(&dates, today)?;
    let procedure = procedures.iter().find(|p| p.date == date)?;
    Some(Timeline {
        procedure_id: procedure.id,
        procedure_date: date,
        position: position(date, today),
        phases: spans(date),
    })
}

/// Which procedure the timeline counts from: the latest one already done; if none
/// is done yet, the next planned one.
pub fn anchor(dates: &[NaiveDate], today: NaiveDate) -> Option<NaiveDate> {
    let latest_done = dates.iter().filter(|d| **d <= today).max();
    latest_done
        .or_else(|| dates.iter().filter(|d| **d > today).min())
        .copied()
}

/// Whole calendar months from `from` to `to`: the largest m with from + m months
/// ≤ to. chrono clamps month ends (31 Jan + 1 month = 28 or 29 Feb), which is how
/// people count months too.
fn whole_months(from: NaiveDate, to: NaiveDate) -> u32 {
    let guess = u32::try_from((to - from).num_days() / 28).unwrap_or(0);
    (0..=guess)
        .rev()
        .find(|m| {
            from.checked_add_months(Months::new(*m))
                .is_some_and(|d| d <= to)
        })
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    fn check(procedure: &str, today: &str, phase: Phase, here: Here) {
        let p = position(date(procedure), date(today));
        assert_eq!(
            (p.phase, p.here),
            (phase, here),
            "procedure {procedure}, today {today}"
        );
    }

    #[test]
    fn phases() {
        check("2026-11-25", "2026-11-25", Phase::Recovery, Here::Day(1));
        check("2026-11-25", "2026-12-08", Phase::Recovery, Here::Day(14));
        check(
            "2026-11-25",
            "2026-12-09",
            Phase::ReliefBuilds,
            Here::Week(3),
        );
        check(
            "2026-11-05",
            "2026-11-25",
            Phase::ReliefBuilds,
            Here::Week(3),
        );
        check(
            "2026-11-25",
            "2027-01-05",
            Phase::ReliefBuilds,
            Here::Week(6),
        );
        check(
            "2026-11-25",
            "2027-01-06",
            Phase::Strengthen,
            Here::Month(2),
        );
        check(
            "2026-11-25",
            "2027-09-24",
            Phase::Strengthen,
            Here::Month(10),
        );
        check("2026-11-25", "2027-09-25", Phase::Review, Here::Month(11));
        check("2026-11-25", "2028-02-24", Phase::Review, Here::Month(15));
        check("2026-11-25", "2028-02-25", Phase::Beyond, Here::Month(16));
        check("2019-03-01", "2026-11-25", Phase::Beyond, Here::Month(93));
    }

    #[test]
    fn planned() {
        check(
            "2026-12-01",
            "2026-11-25",
            Phase::Planned,
            Here::DaysUntil(6),
        );
        check(
            "2026-11-26",
            "2026-11-25",
            Phase::Planned,
            Here::DaysUntil(1),
        );
        assert_eq!(
            position(date("2026-12-01"), date("2026-11-25")).days_since,
            -6
        );
    }

    #[test]
    fn month_ends_and_leap_years() {
        // 31 January + 1 month is the end of February, in leap and common years.
        check(
            "2024-01-31",
            "2024-02-28",
            Phase::ReliefBuilds,
            Here::Week(5),
        );
        check(
            "2024-01-31",
            "2024-03-12",
            Phase::ReliefBuilds,
            Here::Week(6),
        );
        check(
            "2024-01-31",
            "2024-03-13",
            Phase::Strengthen,
            Here::Month(2),
        );
        check(
            "2023-12-31",
            "2024-10-30",
            Phase::Strengthen,
            Here::Month(10),
        );
        check("2023-12-31", "2024-10-31", Phase::Review, Here::Month(11));
        check(
            "2024-02-29",
            "2024-12-28",
            Phase::Strengthen,
            Here::Month(10),
        );
        check("2024-02-29", "2024-12-29", Phase::Review, Here::Month(11));
        check("2024-02-29", "2025-05-28", Phase::Review, Here::Month(15));
        check("2024-02-29", "2025-05-29", Phase::Beyond, Here::Month(16));
        assert_eq!(whole_months(date("2023-01-31"), date("2023-02-28")), 1);
        assert_eq!(whole_months(date("2023-01-31"), date("2023-02-27")), 0);
        assert_eq!(whole_months(date("2024-01-31"), date("2024-02-29")), 1);
    }

    #[test]
    fn the_whole_timeline() {
        let all = spans(date("2026-11-25"));
        let phases: Vec<_> = all
            .iter()
            .map(|s| (s.phase, s.starts.to_string()))
            .collect();
        assert_eq!(
            phases,
            [
                (Phase::Recovery, "2026-11-25".into()),
                (Phase::ReliefBuilds, "2026-12-09".into()),
                (Phase::Strengthen, "2027-01-06".into()),
                (Phase::Review, "2027-09-25".into()),
                (Phase::Beyond, "2028-02-25".into()),
            ]
        );
        assert_eq!(all[0].ends, Some(all[1].starts));
        assert_eq!(all[4].ends, None);
        // Every day maps to the phase whose span holds it.
        let mut day = date("2026-11-25");
        while day < date("2028-06-01") {
            let p = position(date("2026-11-25"), day).phase;
            let span = all.iter().find(|s| s.phase == p).unwrap();
            assert!(
                span.starts <= day && span.ends.is_none_or(|e| day < e),
                "{day}: {p:?}"
            );
            day += chrono::Duration::days(1);
        }
    }

    #[test]
    fn the_timeline_follows_the_latest_procedure() {
        let record = |id: i64, d: &str| Procedure {
            id,
            date: date(d),
            region: crate::Region::Lumbar,
            levels: vec![],
            side: None,
            clinic: None,
            clinician: None,
            clinic_phone: None,
            baseline_pain: None,
            notes: None,
        };
        let today = date("2026-11-25");
        assert_eq!(for_procedures(&[], today), None);
        let repeat = [
            record(1, "2025-06-01"),
            record(2, "2026-11-05"),
            record(3, "2027-05-01"),
        ];
        let timeline = for_procedures(&repeat, today).unwrap();
        assert_eq!(
            (timeline.procedure_id, timeline.position.here),
            (2, Here::Week(3))
        );
        assert_eq!(timeline.phases[0].starts, date("2026-11-05"));
    }

    #[test]
    fn which_procedure_counts() {
        let today = date("2026-11-25");
        assert_eq!(anchor(&[], today), None);
        let dates = [
            date("2025-01-10"),
            date("2026-03-02"),
            date("2027-01-15"),
            date("2027-03-01"),
        ];
        assert_eq!(
            anchor(&dates, today),
            Some(date("2026-03-02")),
            "latest done"
        );
        assert_eq!(
            anchor(&dates[2..], today),
            Some(date("2027-01-15")),
            "next planned"
        );
        assert_eq!(anchor(&[today], today), Some(today));
    }
}
