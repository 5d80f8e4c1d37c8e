//! Quiet hours: a daily stretch of wall-clock time, often across midnight
//! (21:30–07:30), when no reminder rings. A reminder that falls inside waits for
//! the end (`Defer`) or is skipped (`Drop`), as the person chose.
//!
//! The start is inside and the end is not, so a reminder at exactly the end
//! rings on time. The end is a wall time like any reminder's and follows the
//! same daylight-saving rules (`schedule::instant`).

use chrono::{DateTime, NaiveTime, TimeZone, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::schedule::{instant_after, wall};
use super::LocalTime;
use crate::CoreError;

/// Rounds of deferral before giving up. One is always enough but for quiet
/// hours of nearly a day whose end falls in a DST gap: the gap can push the
/// end past the next start, and the next day's end is clear.
const MAX_DEFERRALS: usize = 3;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub enum WhenQuiet {
    /// Ring when quiet hours end.
    Defer,
    /// Skip it: the next one will come.
    Drop,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct QuietHours {
    pub start: LocalTime,
    pub end: LocalTime,
    pub when_due: WhenQuiet,
}

impl QuietHours {
    /// Refuses a time out of range (field `start.hour`, …) and quiet hours that
    /// start when they end: that would mean either none or all day, and neither
    /// is what a person meant.
    pub fn validate(&self) -> Result<QuietHours, CoreError> {
        self.start.validate("start")?;
        self.end.validate("end")?;
        if self.start == self.end {
            return Err(CoreError::QuietHoursEmpty);
        }
        Ok(*self)
    }

    /// Whether the wall-clock `time` is inside quiet hours. Unvalidated quiet
    /// hours (25:00, or start equal to end) hold nothing back.
    pub fn contains(&self, time: NaiveTime) -> bool {
        let (Some(start), Some(end)) = (self.start.naive(), self.end.naive()) else {
            return false;
        };
        if start <= end {
            start <= time && time < end
        } else {
            time >= start || time < end
        }
    }

    /// Where quiet hours put a reminder due at `due`: unchanged outside them,
    /// the end of this stretch of quiet inside them (`Defer`), or nowhere
    /// (`Drop`).
    pub(crate) fn apply<Tz: TimeZone>(&self, tz: &Tz, due: DateTime<Utc>) -> Option<DateTime<Utc>> {
        let mut due = due;
        for _ in 0..MAX_DEFERRALS {
            if !self.contains(wall(tz, due).time()) {
                return Some(due);
            }
            if self.when_due == WhenQuiet::Drop {
                return None;
            }
            due = self.end_after(tz, due)?;
        }
        Some(due)
    }

    /// The end of the stretch of quiet holding `due`: today's end if it is
    /// still to come, else tomorrow's (quiet hours across midnight).
    pub(crate) fn end_after<Tz: TimeZone>(
        &self,
        tz: &Tz,
        due: DateTime<Utc>,
    ) -> Option<DateTime<Utc>> {
        let end = self.end.naive()?;
        let local = wall(tz, due);
        let date = if local.time() < end {
            local.date()
        } else {
            local.date().succ_opt()?
        };
        instant_after(tz, date.and_time(end), due)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono_tz::{Europe, Tz};

    fn night(when_due: WhenQuiet) -> QuietHours {
        QuietHours {
            start: LocalTime::new(21, 30),
            end: LocalTime::new(7, 30),
            when_due,
        }
    }

    fn utc(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text).unwrap().to_utc()
    }

    /// One row per case: quiet hours in London, a reminder due at `due`, and
    /// when it rings (none: skipped).
    fn check(quiet: QuietHours, due: &str, expected: Option<&str>) {
        let zone: Tz = Europe::London;
        let got = quiet.apply(&zone, utc(due));
        assert_eq!(got, expected.map(utc), "{quiet:?} at {due}");
    }

    #[test]
    fn across_midnight() {
        let defer = night(WhenQuiet::Defer);
        check(defer, "2026-01-15T21:29:00Z", Some("2026-01-15T21:29:00Z"));
        check(defer, "2026-01-15T21:30:00Z", Some("2026-01-16T07:30:00Z"));
        check(defer, "2026-01-15T23:59:00Z", Some("2026-01-16T07:30:00Z"));
        check(defer, "2026-01-16T00:00:00Z", Some("2026-01-16T07:30:00Z"));
        check(defer, "2026-01-16T07:29:00Z", Some("2026-01-16T07:30:00Z"));
        check(defer, "2026-01-16T07:30:00Z", Some("2026-01-16T07:30:00Z"));
        let drop = night(WhenQuiet::Drop);
        check(drop, "2026-01-15T21:30:00Z", None);
        check(drop, "2026-01-16T07:29:00Z", None);
        check(drop, "2026-01-16T07:30:00Z", Some("2026-01-16T07:30:00Z"));
        check(drop, "2026-01-16T12:00:00Z", Some("2026-01-16T12:00:00Z"));
    }

    #[test]
    fn within_one_day() {
        let nap = QuietHours {
            start: LocalTime::new(13, 0),
            end: LocalTime::new(15, 0),
            when_due: WhenQuiet::Defer,
        };
        check(nap, "2026-01-15T12:59:00Z", Some("2026-01-15T12:59:00Z"));
        check(nap, "2026-01-15T13:00:00Z", Some("2026-01-15T15:00:00Z"));
        check(nap, "2026-01-15T15:00:00Z", Some("2026-01-15T15:00:00Z"));
        check(nap, "2026-01-15T23:00:00Z", Some("2026-01-15T23:00:00Z"));
    }

    #[test]
    fn across_daylight_saving() {
        // In summer 07:30 BST is 06:30 UTC; the night clocks go forward, the
        // deferred reminder still waits for 07:30 on the wall.
        let defer = night(WhenQuiet::Defer);
        check(defer, "2026-03-28T22:00:00Z", Some("2026-03-29T06:30:00Z"));
        check(defer, "2026-10-24T21:00:00Z", Some("2026-10-25T07:30:00Z"));
        // Quiet hours ending in the gap end when the clocks jump.
        let gap = QuietHours {
            start: LocalTime::new(0, 30),
            end: LocalTime::new(1, 30),
            when_due: WhenQuiet::Defer,
        };
        check(gap, "2026-03-29T00:45:00Z", Some("2026-03-29T01:00:00Z"));
        // Quiet hours ending in the repeated hour end the first time it comes…
        let fold = QuietHours {
            start: LocalTime::new(0, 30),
            end: LocalTime::new(1, 30),
            when_due: WhenQuiet::Defer,
        };
        check(fold, "2026-10-24T23:45:00Z", Some("2026-10-25T00:30:00Z"));
        // …and never send a reminder back in time: one in the second 01:10
        // (a snooze, say) waits for the second 01:30.
        check(fold, "2026-10-25T01:10:00Z", Some("2026-10-25T01:30:00Z"));
        // Quiet all day but 01:00–01:02, which the clocks skip on 29 March:
        // the shifted end is already the next start, so a Saturday reminder
        // waits for Monday's end, never rings inside quiet hours (the case
        // the property test once found).
        let all_but_two_minutes = QuietHours {
            start: LocalTime::new(1, 2),
            end: LocalTime::new(1, 0),
            when_due: WhenQuiet::Defer,
        };
        check(
            all_but_two_minutes,
            "2026-03-28T02:00:00Z",
            Some("2026-03-30T00:00:00Z"),
        );
    }

    #[test]
    fn validation() {
        let check = |q: QuietHours, expected: Option<(&str, &str)>| {
            let result = q.validate();
            let got = result
                .as_ref()
                .err()
                .map(|e| (e.field().unwrap_or("-"), e.code()));
            assert_eq!(got, expected, "{q:?}");
        };
        check(night(WhenQuiet::Defer), None);
        let mut q = night(WhenQuiet::Drop);
        q.end = q.start;
        check(q, Some(("end", "quiet_hours_empty")));
        q.start = LocalTime::new(24, 0);
        check(q, Some(("start.hour", "time_out_of_range")));
        q.start = LocalTime::new(21, 0);
        q.end = LocalTime::new(7, 75);
        check(q, Some(("end.minute", "time_out_of_range")));
        assert!(!q.contains(NaiveTime::from_hms_opt(22, 0, 0).unwrap()));
    }
}
