//! The relief-window monitor: notices, gently, when recent pain has been
//! drifting back towards where it was before the procedure, so the person can
//! think about talking to their clinician before the relief is gone.
//!
//! It compares numbers and says only what it compared. It makes no diagnosis,
//! computes no advice and changes no dose: the UI words its one message as
//! information ("your recent pain is getting closer to where it was before the
//! procedure; this can happen as relief wears off; consider talking to your
//! clinician"). Its rules are deliberately slow to speak: a bad week must not
//! frighten anyone, so the return has to be large (half of the relief gained)
//! and lasting (two weeks of two-week averages) before it says anything.

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{index_from, rolling_means, PainDay, PAIN_MCID};
use crate::PainScore;

/// Days in each average the monitor compares: two weeks smooth out a flare.
pub const MONITOR_WINDOW_DAYS: usize = 14;
/// Days with a reading each two-week average needs: more than half, so an
/// average of four good days is not taken for a fortnight.
pub const MONITOR_MIN_DAYS: usize = 8;
/// How long the recent average must stay at or above the threshold before the
/// monitor speaks: every daily two-week average of the last 14 days.
pub const MONITOR_HOLD_DAYS: usize = 14;
/// Averages of whole numbers land on exact halves often; this keeps a
/// rounding error in the last bit from deciding "at or above".
const EPSILON: f64 = 1e-9;

/// Why the monitor has nothing to say.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub enum QuietReason {
    /// The procedure record has no baseline pain to compare with.
    NoBaseline,
    /// Too few days with a reading: some two-week window it needs has fewer than
    /// `MONITOR_MIN_DAYS`, or the procedure is too recent for the windows to
    /// exist (the earliest the monitor can speak is 26 days after it).
    TooLittleData,
    /// The best two-week average is less than `PAIN_MCID` below the baseline:
    /// there was no clear relief to return from.
    NoImprovement,
    /// Recent pain has not stayed at or above the threshold for long enough.
    Steady,
}

/// What the monitor says on a day.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "state", rename_all = "camelCase")]
#[ts(tag = "state", rename_all = "camelCase")]
pub enum MonitorState {
    Quiet {
        reason: QuietReason,
    },
    /// The recent two-week average has regained at least half of the relief,
    /// and has stayed there for `MONITOR_HOLD_DAYS`.
    ConsiderTalkingToClinician {
        /// The two-week average ending today.
        recent: f64,
        /// The lowest two-week average since the procedure.
        best: f64,
        baseline: PainScore,
        /// The first day of the current run of two-week averages at or above
        /// the threshold: "since 3 March".
        #[ts(type = "string")]
        since: NaiveDate,
    },
}

/// What the monitor says on `today` for a procedure on `procedure` with the
/// usual pain `baseline` before it, from `daily` pain (a `pain_series`'s days,
/// from the procedure to today; days outside that span are ignored, and a date
/// given twice keeps its last mean).
///
/// The two-week average ending on a day is the mean of its daily means, counted
/// only when it lies wholly on or after the procedure day and has
/// `MONITOR_MIN_DAYS` days with a reading. "Best" is the lowest of them;
/// "improvement" is baseline − best; the threshold is best + improvement / 2.
/// The monitor speaks when each of the last `MONITOR_HOLD_DAYS` averages is at
/// or above the threshold. Linear in the days since the procedure.
pub fn relief_monitor(
    baseline: Option<PainScore>,
    procedure: NaiveDate,
    daily: &[PainDay],
    today: NaiveDate,
) -> MonitorState {
    let quiet = |reason| MonitorState::Quiet { reason };
    let Some(baseline) = baseline else {
        return quiet(QuietReason::NoBaseline);
    };
    let Some(days) = usize::try_from((today - procedure).num_days() + 1)
        .ok()
        .filter(|n| *n >= MONITOR_WINDOW_DAYS + MONITOR_HOLD_DAYS - 1)
    else {
        return quiet(QuietReason::TooLittleData);
    };
    let mut means = vec![None; days];
    for day in daily {
        if let Some(i) = index_from(procedure, days, day.date) {
            means[i] = day.mean;
        }
    }
    let averages = rolling_means(&means, MONITOR_WINDOW_DAYS, MONITOR_MIN_DAYS);
    let Some(best) = averages.iter().flatten().copied().reduce(f64::min) else {
        return quiet(QuietReason::TooLittleData);
    };
    let improvement = f64::from(baseline.get()) - best;
    if improvement + EPSILON < f64::from(PAIN_MCID) {
        return quiet(QuietReason::NoImprovement);
    }
    let threshold = best + improvement / 2.0;
    let recent = &averages[days - MONITOR_HOLD_DAYS..];
    if recent.iter().any(Option::is_none) {
        return quiet(QuietReason::TooLittleData);
    }
    let at_or_above = |a: &Option<f64>| a.is_some_and(|a| a + EPSILON >= threshold);
    if !recent.iter().all(at_or_above) {
        return quiet(QuietReason::Steady);
    }
    // The run goes back at least MONITOR_HOLD_DAYS, and stops at the first
    // average that is below the threshold or missing: the best one is below it,
    // and the first 13 days have none, so `since` is within the span.
    let run = averages.iter().rev().take_while(|a| at_or_above(a)).count();
    match (
        averages[days - 1],
        procedure.checked_add_days(Days::new((days - run) as u64)),
    ) {
        (Some(recent), Some(since)) => MonitorState::ConsiderTalkingToClinician {
            recent,
            best,
            baseline,
            since,
        },
        // Unreachable: the last average was checked above, and `since` is on or
        // before today. Quiet is the safe answer if it ever were.
        _ => quiet(QuietReason::Steady),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    fn days(from: NaiveDate, means: &[Option<f64>]) -> Vec<PainDay> {
        from.iter_days()
            .zip(means)
            .map(|(date, mean)| PainDay {
                date,
                mean: *mean,
                readings: u32::from(mean.is_some()),
                rolling_mean: None,
            })
            .collect()
    }

    fn score(n: u8) -> PainScore {
        PainScore::try_from(f64::from(n)).unwrap()
    }

    /// One row per case: the daily means from the procedure day, the number of
    /// days to today, and what the monitor must say.
    fn check(baseline: Option<u8>, means: &[Option<f64>], expected: &MonitorState) {
        let procedure = date("2026-01-05");
        let today = procedure + chrono::Duration::days(means.len() as i64 - 1);
        let got = relief_monitor(
            baseline.map(score),
            procedure,
            &days(procedure, means),
            today,
        );
        assert_eq!(&got, expected, "{means:?}");
    }

    fn quiet(reason: QuietReason) -> MonitorState {
        MonitorState::Quiet { reason }
    }

    #[test]
    fn reasons_to_stay_quiet() {
        let flat = |value: f64, n: usize| vec![Some(value); n];
        check(None, &flat(7.0, 60), &quiet(QuietReason::NoBaseline));
        check(Some(7), &flat(3.0, 26), &quiet(QuietReason::TooLittleData));
        check(Some(7), &flat(3.0, 27), &quiet(QuietReason::Steady));
        check(Some(7), &flat(6.0, 60), &quiet(QuietReason::NoImprovement));
        check(Some(7), &flat(5.5, 60), &quiet(QuietReason::NoImprovement));
        // Seven readings a fortnight is one short of enough.
        let every_other: Vec<_> = (0..60).map(|i| (i % 2 == 0).then_some(3.0)).collect();
        check(Some(7), &every_other, &quiet(QuietReason::TooLittleData));
        // Enough earlier, too little lately: it does not guess.
        let mut gone_quiet = flat(3.0, 60);
        gone_quiet.extend((0..20).map(|i| (i % 3 == 0).then_some(7.0)));
        check(Some(7), &gone_quiet, &quiet(QuietReason::TooLittleData));
    }

    #[test]
    fn the_threshold_is_inclusive() {
        // Best 3, baseline 7: threshold 5. Four weeks at exactly 5 speak.
        let mut at = vec![Some(3.0); 30];
        at.extend(vec![Some(5.0); 27]);
        check(
            Some(7),
            &at,
            &MonitorState::ConsiderTalkingToClinician {
                recent: 5.0,
                best: 3.0,
                baseline: score(7),
                since: date("2026-01-05") + chrono::Duration::days(30 + 13),
            },
        );
        // An improvement of exactly the MCID counts; threshold 6.
        let mut small = vec![Some(5.0); 30];
        small.extend(vec![Some(6.0); 27]);
        let got = relief_monitor(
            Some(score(7)),
            date("2026-01-05"),
            &days(date("2026-01-05"), &small),
            date("2026-01-05") + chrono::Duration::days(56),
        );
        assert!(matches!(
            got,
            MonitorState::ConsiderTalkingToClinician { .. }
        ));
    }
}
