//! When a reminder falls: its wall-clock times turned into instants, with the
//! daylight-saving rules a person would expect of an alarm clock.
//!
//! 08:00 means 08:00 on the wall clock every day, in summer and in winter. On the
//! night clocks go forward, a time that does not exist (02:30 when 02:00 jumps to
//! 03:00) rings at the first instant after the gap, 03:00: late rather than never.
//! On the night clocks go back, a time that happens twice rings once, the first
//! time. Half-hour and other odd offsets need nothing special because every rule
//! asks the time zone, never adds hours. Nothing here knows quiet hours, snoozes
//! or the last check: see `due`.

use chrono::{
    DateTime, Datelike, Duration, LocalResult, NaiveDate, NaiveDateTime, TimeZone, Timelike, Utc,
};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Reminder, Schedule, Weekday};

/// Longest clock jump to look across. Real gaps are an hour or less (half an
/// hour on Lord Howe Island); Samoa skipped a whole day in 2011.
const MAX_GAP: Duration = Duration::hours(26);

/// One time a reminder rings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct Occurrence {
    #[ts(type = "number")]
    pub reminder_id: i64,
    /// The wall-clock time it was set for (`2026-03-29T02:30:00`), which the UI
    /// shows; the time it rings may be later (a DST gap, quiet hours, a snooze).
    #[ts(type = "string")]
    pub local: NaiveDateTime,
    /// The instant it rings, RFC 3339 in UTC.
    #[ts(type = "string")]
    pub due: DateTime<Utc>,
}

/// The times `reminder` rings with `after < due <= until`, in order, from its
/// schedule alone (enabled or not; no quiet hours or snoozes). Two wall times
/// that ring at the same instant (02:15 and 02:30 in a gap) ring once, labelled
/// with the later.
pub fn occurrences<Tz: TimeZone>(
    reminder: &Reminder,
    tz: &Tz,
    after: DateTime<Utc>,
    until: DateTime<Utc>,
) -> Vec<Occurrence> {
    let (after, until) = (sane(after), sane(until));
    if after >= until {
        return vec![];
    }
    let occurrence = |local: NaiveDateTime| {
        instant(tz, local).map(|due| Occurrence {
            reminder_id: reminder.id,
            local,
            due,
        })
    };
    let mut found: Vec<Occurrence> = match &reminder.schedule {
        Schedule::Once { at } => occurrence(*at).into_iter().collect(),
        Schedule::Weekly { days, times } => {
            // A wall time rings on its own date or, across a gap, up to a day
            // later: from the day before the window's first date to its last.
            let first = wall(tz, after).date().pred_opt().unwrap_or(NaiveDate::MIN);
            let last = wall(tz, until).date();
            let times: Vec<_> = times.iter().filter_map(|t| t.naive()).collect();
            first
                .iter_days()
                .take_while(|d| *d <= last)
                .filter(|d| days.contains(&Weekday::of(d.weekday())))
                .flat_map(|d| times.iter().map(move |t| d.and_time(*t)))
                .filter_map(occurrence)
                .collect()
        }
    };
    found.retain(|o| after < o.due && o.due <= until);
    collapse(&mut found);
    found
}

/// Sorts by due instant and keeps one occurrence per reminder and instant: the
/// one set for the latest wall time.
pub(crate) fn collapse(found: &mut Vec<Occurrence>) {
    found.sort_by_key(|o| (o.due, o.reminder_id, o.local));
    found.dedup_by(|later, earlier| {
        if (later.due, later.reminder_id) == (earlier.due, earlier.reminder_id) {
            earlier.local = later.local;
            true
        } else {
            false
        }
    });
}

/// The instant a wall-clock time rings: itself when it exists once, the first
/// of the two when clocks go back, the first instant after the gap when clocks
/// go forward. None outside the years 1900–9000, where no reminder falls and
/// chrono's arithmetic could overflow.
pub(crate) fn instant<Tz: TimeZone>(tz: &Tz, local: NaiveDateTime) -> Option<DateTime<Utc>> {
    instant_after(tz, local, DateTime::<Utc>::MIN_UTC)
}

/// As `instant`, but never at or before `floor`: when clocks go back and the
/// first of the two instants has passed, the second. The end of quiet hours
/// needs this, or 01:30 on the repeated hour could defer a reminder backwards.
pub(crate) fn instant_after<Tz: TimeZone>(
    tz: &Tz,
    local: NaiveDateTime,
    floor: DateTime<Utc>,
) -> Option<DateTime<Utc>> {
    if !(1900..=9000).contains(&local.year()) {
        return None;
    }
    let utc = |t: DateTime<Tz>| t.with_timezone(&Utc);
    match tz.from_local_datetime(&local) {
        LocalResult::Single(t) => Some(utc(t)),
        LocalResult::Ambiguous(a, b) => {
            let (a, b) = (utc(a), utc(b));
            let (first, second) = (a.min(b), a.max(b));
            Some(if first > floor { first } else { second })
        }
        LocalResult::None => after_gap(tz, local),
    }
}

/// The first instant after the gap that swallowed `local`: the wall clock read
/// minute by minute until a time exists. Transitions fall on whole minutes in
/// every zone's rules since the 1970s, so the first whole minute that exists is
/// the moment the clocks changed.
fn after_gap<Tz: TimeZone>(tz: &Tz, local: NaiveDateTime) -> Option<DateTime<Utc>> {
    let start = local.with_second(0)?.with_nanosecond(0)?;
    (1..=MAX_GAP.num_minutes())
        .map(|m| start + Duration::minutes(m))
        .find_map(|probe| tz.from_local_datetime(&probe).earliest())
        .map(|t| t.with_timezone(&Utc))
}

/// The wall-clock time at instant `t`.
pub(crate) fn wall<Tz: TimeZone>(tz: &Tz, t: DateTime<Utc>) -> NaiveDateTime {
    sane(t).with_timezone(tz).naive_local()
}

/// `t` held within years 1900–9000. Stored snoozes and pauses come from outside;
/// an instant near the calendar's ends would overflow when turned into local
/// time, and no reminder falls there.
pub(crate) fn sane(t: DateTime<Utc>) -> DateTime<Utc> {
    let bound = |year| {
        NaiveDate::from_ymd_opt(year, 1, 1)
            .and_then(|d| d.and_hms_opt(0, 0, 0))
            .map(|d| d.and_utc())
            .expect("1 January of 1900 and 9000 are dates")
    };
    t.clamp(bound(1900), bound(9000))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reminders::{LocalTime, ReminderKind};
    use chrono_tz::Tz;

    fn utc(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text).unwrap().to_utc()
    }

    fn daily(times: &[(u8, u8)]) -> Reminder {
        Reminder {
            id: 1,
            kind: ReminderKind::Routine,
            message: "Walk".into(),
            enabled: true,
            schedule: Schedule::Weekly {
                days: Weekday::ALL.to_vec(),
                times: times.iter().map(|(h, m)| LocalTime::new(*h, *m)).collect(),
            },
        }
    }

    /// One row per case: a daily reminder's times, the zone and local date,
    /// and the (wall time set, UTC instant) it rings on that date.
    fn check(zone: Tz, date: &str, times: &[(u8, u8)], expected: &[(&str, &str)]) {
        let day = NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap();
        let start = zone
            .from_local_datetime(&day.and_hms_opt(0, 0, 0).unwrap())
            .earliest()
            .unwrap()
            .to_utc();
        let end = zone
            .from_local_datetime(&day.succ_opt().unwrap().and_hms_opt(0, 0, 0).unwrap())
            .earliest()
            .unwrap()
            .to_utc();
        let got: Vec<(String, String)> = occurrences(
            &daily(times),
            &zone,
            start - Duration::seconds(1),
            end - Duration::seconds(1),
        )
        .iter()
        .map(|o| (o.local.format("%H:%M").to_string(), o.due.to_rfc3339()))
        .collect();
        let expected: Vec<(String, String)> = expected
            .iter()
            .map(|(l, u)| (l.to_string(), utc(u).to_rfc3339()))
            .collect();
        assert_eq!(got, expected, "{zone} on {date}, {times:?}");
    }

    #[test]
    fn wall_clock_in_summer_and_winter() {
        use chrono_tz::{America, Asia, Europe};
        check(
            Europe::London,
            "2026-01-15",
            &[(8, 0)],
            &[("08:00", "2026-01-15T08:00:00Z")],
        );
        check(
            Europe::London,
            "2026-07-15",
            &[(8, 0)],
            &[("08:00", "2026-07-15T07:00:00Z")],
        );
        check(
            Asia::Kolkata,
            "2026-07-15",
            &[(8, 0)],
            &[("08:00", "2026-07-15T02:30:00Z")],
        );
        check(
            America::St_Johns,
            "2026-01-15",
            &[(8, 0)],
            &[("08:00", "2026-01-15T11:30:00Z")],
        );
        check(
            America::St_Johns,
            "2026-07-15",
            &[(8, 0)],
            &[("08:00", "2026-07-15T10:30:00Z")],
        );
    }

    #[test]
    fn clocks_go_forward() {
        use chrono_tz::{America, Australia, Europe};
        // 01:00 GMT becomes 02:00 BST on 29 March 2026.
        check(
            Europe::London,
            "2026-03-29",
            &[(0, 59), (1, 0), (1, 30), (2, 0), (8, 0)],
            &[
                ("00:59", "2026-03-29T00:59:00Z"),
                ("02:00", "2026-03-29T01:00:00Z"),
                ("08:00", "2026-03-29T07:00:00Z"),
            ],
        );
        // 02:00 EST becomes 03:00 EDT on 8 March 2026.
        check(
            America::New_York,
            "2026-03-08",
            &[(2, 30)],
            &[("02:30", "2026-03-08T07:00:00Z")],
        );
        // 02:00 NST (−3:30) becomes 03:00 NDT (−2:30) on 8 March 2026.
        check(
            America::St_Johns,
            "2026-03-08",
            &[(2, 30), (3, 0)],
            &[("03:00", "2026-03-08T05:30:00Z")],
        );
        // 02:00 AEST becomes 03:00 AEDT on 4 October 2026.
        check(
            Australia::Sydney,
            "2026-10-04",
            &[(2, 15)],
            &[("02:15", "2026-10-03T16:00:00Z")],
        );
    }

    #[test]
    fn clocks_go_back() {
        use chrono_tz::{America, Australia, Europe};
        // 02:00 BST becomes 01:00 GMT on 25 October 2026: 01:30 happens twice.
        check(
            Europe::London,
            "2026-10-25",
            &[(1, 30), (2, 0)],
            &[
                ("01:30", "2026-10-25T00:30:00Z"),
                ("02:00", "2026-10-25T02:00:00Z"),
            ],
        );
        check(
            America::New_York,
            "2026-11-01",
            &[(1, 30)],
            &[("01:30", "2026-11-01T05:30:00Z")],
        );
        check(
            America::St_Johns,
            "2026-11-01",
            &[(1, 15)],
            &[("01:15", "2026-11-01T03:45:00Z")],
        );
        // 03:00 AEDT becomes 02:00 AEST on 5 April 2026.
        check(
            Australia::Sydney,
            "2026-04-05",
            &[(2, 30)],
            &[("02:30", "2026-04-04T15:30:00Z")],
        );
    }

    #[test]
    fn weekdays_and_one_offs() {
        let zone = chrono_tz::Europe::London;
        let mondays = Reminder {
            schedule: Schedule::Weekly {
                days: vec![Weekday::Mon, Weekday::Thu],
                times: vec![LocalTime::new(9, 0)],
            },
            ..daily(&[])
        };
        // 23 November 2026 is a Monday.
        let got: Vec<String> = occurrences(
            &mondays,
            &zone,
            utc("2026-11-23T09:00:00Z"),
            utc("2026-12-03T09:00:00Z"),
        )
        .iter()
        .map(|o| o.local.to_string())
        .collect();
        assert_eq!(
            got,
            [
                "2026-11-26 09:00:00",
                "2026-11-30 09:00:00",
                "2026-12-03 09:00:00"
            ],
            "after is excluded, until included"
        );
        let once = Reminder {
            schedule: Schedule::Once {
                at: NaiveDate::from_ymd_opt(2026, 12, 1)
                    .unwrap()
                    .and_hms_opt(9, 30, 0)
                    .unwrap(),
            },
            ..daily(&[])
        };
        let window = |a, b| occurrences(&once, &zone, utc(a), utc(b)).len();
        assert_eq!(window("2026-11-25T00:00:00Z", "2026-12-02T00:00:00Z"), 1);
        assert_eq!(window("2026-12-01T09:30:00Z", "2026-12-02T00:00:00Z"), 0);
        assert_eq!(window("2026-12-02T00:00:00Z", "2026-11-25T00:00:00Z"), 0);
    }

    #[test]
    fn unvalidated_data_schedules_nothing_rather_than_panicking() {
        let zone = chrono_tz::Europe::London;
        let broken = daily(&[(25, 0), (8, 61)]);
        assert!(occurrences(
            &broken,
            &zone,
            utc("2026-11-25T00:00:00Z"),
            utc("2026-12-25T00:00:00Z")
        )
        .is_empty());
        let far = occurrences(
            &daily(&[(8, 0)]),
            &zone,
            DateTime::<Utc>::MAX_UTC - Duration::days(3),
            DateTime::<Utc>::MAX_UTC,
        );
        assert!(far.is_empty());
    }
}
