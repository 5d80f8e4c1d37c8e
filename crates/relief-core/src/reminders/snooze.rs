//! Snoozes and the pause: reminders held back because the person asked.
//!
//! A snooze is for one reminder that just rang: "again in ten minutes". Every
//! time of that reminder from shortly before the snooze's end (`SNOOZE_REACH`)
//! up to it rings once, at the end. A pause is for all reminders, for a while
//! ("I'm away this week"). Repeating reminders that fall in a pause are
//! skipped rather than saved up, so the person does not come back to a pile of
//! them; a one-off falls only once, so it rings when the pause ends instead of
//! being lost. This module holds the state and words the choices; `due` applies
//! them.

use chrono::{DateTime, Days, Duration, TimeZone, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::schedule::{instant_after, sane, wall};
use super::{LocalTime, QuietHours};
use crate::CoreError;

/// "Until tomorrow" without quiet hours: 08:00 on the wall clock.
pub const MORNING: LocalTime = LocalTime::new(8, 0);
/// When "tomorrow" starts for a person still up after midnight: at 00:30,
/// "until tomorrow" means this morning, not the morning after.
const DAY_TURNS_AT: Duration = Duration::hours(4);
/// How far before its end a snooze gathers a reminder's times. Longer than any
/// `SnoozeChoice` plus the catch-up window, so the time that was snoozed,
/// however late it was seen, is always gathered.
pub(crate) const SNOOZE_REACH: Duration = Duration::days(3);

/// One reminder held back until `until`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct Snooze {
    #[ts(type = "number")]
    pub reminder_id: i64,
    #[ts(type = "string")]
    pub until: DateTime<Utc>,
}

/// Every reminder held back from `from` until `until`. The start matters: a
/// one-off that rang before the pause must not ring again when it ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct Pause {
    #[ts(type = "string")]
    pub from: DateTime<Utc>,
    #[ts(type = "string")]
    pub until: DateTime<Utc>,
}

/// What the person has held back. The app keeps it with the preferences.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct Snoozes {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub paused: Option<Pause>,
    #[serde(default)]
    pub per_reminder: Vec<Snooze>,
}

impl Snoozes {
    /// Holds `reminder_id` back until `until`, replacing any earlier snooze of it.
    pub fn snooze(&mut self, reminder_id: i64, until: DateTime<Utc>) {
        self.per_reminder.retain(|s| s.reminder_id != reminder_id);
        self.per_reminder.push(Snooze { reminder_id, until });
    }

    /// Forgets snoozes and a pause that ended before `now`, minus the snooze
    /// reach: an ended snooze still gathers the times just before it, so it is
    /// kept until it can no longer change anything.
    pub fn prune(&mut self, now: DateTime<Utc>) {
        let cutoff = now - SNOOZE_REACH;
        self.per_reminder.retain(|s| s.until > cutoff);
        if self.paused.is_some_and(|p| p.until <= now) {
            self.paused = None;
        }
    }

    /// The end of `reminder_id`'s snooze, if it has one, within the years
    /// `schedule::sane` allows, so arithmetic on it cannot overflow.
    pub(crate) fn until_for(&self, reminder_id: i64) -> Option<DateTime<Utc>> {
        self.per_reminder
            .iter()
            .filter(|s| s.reminder_id == reminder_id)
            .map(|s| sane(s.until))
            .max()
    }

    /// The pause, within the years `schedule::sane` allows.
    pub(crate) fn pause(&self) -> Option<Pause> {
        self.paused.map(|p| Pause {
            from: sane(p.from),
            until: sane(p.until),
        })
    }
}

/// The choices a notification offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub enum SnoozeChoice {
    TenMinutes,
    ThirtyMinutes,
    OneHour,
    UntilTomorrow,
}

/// When a snooze chosen at `now` ends.
///
/// "Until tomorrow" means tomorrow at the end of quiet hours, or at `MORNING`
/// (08:00) without them, on the wall clock; "tomorrow" turns at 04:00, so a
/// person still up at 00:30 gets this morning. A short snooze that would end
/// inside quiet hours ends when they do, even when quiet hours drop reminders:
/// the person asked to see this one again.
pub fn snooze_until<Tz: TimeZone>(
    choice: SnoozeChoice,
    now: DateTime<Utc>,
    tz: &Tz,
    quiet: Option<&QuietHours>,
) -> DateTime<Utc> {
    let until = match choice {
        SnoozeChoice::TenMinutes => now + Duration::minutes(10),
        SnoozeChoice::ThirtyMinutes => now + Duration::minutes(30),
        SnoozeChoice::OneHour => now + Duration::hours(1),
        SnoozeChoice::UntilTomorrow => tomorrow_morning(now, tz, quiet),
    };
    match quiet {
        Some(q) if q.contains(wall(tz, until).time()) => q.end_after(tz, until).unwrap_or(until),
        _ => until,
    }
}

/// "Move it to later today", from the catch-up prompt: today at `at` on the
/// wall clock (the first instant after a DST gap). A time already past is
/// `reminder_in_past`, so the person picks again rather than losing it.
pub fn later_today<Tz: TimeZone>(
    at: LocalTime,
    now: DateTime<Utc>,
    tz: &Tz,
) -> Result<DateTime<Utc>, CoreError> {
    let at = at.validate("at")?;
    let time = at.naive().ok_or(CoreError::TimeOutOfRange {
        field: "at".into(),
        value: at.hour,
    })?;
    let local = wall(tz, now).date().and_time(time);
    match super::schedule::instant(tz, local) {
        Some(instant) if instant > now => Ok(instant),
        _ => Err(CoreError::ReminderInPast {
            at: local.format("%Y-%m-%d %H:%M").to_string(),
        }),
    }
}

fn tomorrow_morning<Tz: TimeZone>(
    now: DateTime<Utc>,
    tz: &Tz,
    quiet: Option<&QuietHours>,
) -> DateTime<Utc> {
    let fallback = now + Duration::days(1);
    let Some(morning) = quiet.map_or(MORNING, |q| q.end).naive() else {
        return fallback;
    };
    let today = (wall(tz, now) - DAY_TURNS_AT).date();
    // Quiet hours ending before 04:00 could put "tomorrow" in the past; then
    // the day after.
    [1, 2]
        .iter()
        .filter_map(|days| today.checked_add_days(Days::new(*days)))
        .filter_map(|date| instant_after(tz, date.and_time(morning), now))
        .find(|t| *t > now)
        .unwrap_or(fallback)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reminders::WhenQuiet;
    use chrono_tz::{America, Asia, Europe, Tz};

    fn utc(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text).unwrap().to_utc()
    }

    fn night() -> QuietHours {
        QuietHours {
            start: LocalTime::new(21, 30),
            end: LocalTime::new(7, 30),
            when_due: WhenQuiet::Drop,
        }
    }

    /// One row per case: zone, quiet hours, the choice made at `now`, and when
    /// the snooze ends.
    fn check(zone: Tz, quiet: Option<QuietHours>, choice: SnoozeChoice, now: &str, ends: &str) {
        let got = snooze_until(choice, utc(now), &zone, quiet.as_ref());
        assert_eq!(got, utc(ends), "{choice:?} at {now} in {zone}");
    }

    #[test]
    fn choices() {
        use SnoozeChoice::*;
        let london = Europe::London;
        check(
            london,
            None,
            TenMinutes,
            "2026-01-15T10:00:00Z",
            "2026-01-15T10:10:00Z",
        );
        check(
            london,
            None,
            ThirtyMinutes,
            "2026-01-15T10:00:00Z",
            "2026-01-15T10:30:00Z",
        );
        check(
            london,
            None,
            OneHour,
            "2026-01-15T10:00:00Z",
            "2026-01-15T11:00:00Z",
        );
        check(
            london,
            None,
            UntilTomorrow,
            "2026-01-15T10:00:00Z",
            "2026-01-16T08:00:00Z",
        );
        check(
            london,
            Some(night()),
            UntilTomorrow,
            "2026-01-15T10:00:00Z",
            "2026-01-16T07:30:00Z",
        );
        // Up after midnight: tomorrow is this morning.
        check(
            london,
            None,
            UntilTomorrow,
            "2026-01-16T00:30:00Z",
            "2026-01-16T08:00:00Z",
        );
        check(
            london,
            None,
            UntilTomorrow,
            "2026-01-16T04:00:00Z",
            "2026-01-17T08:00:00Z",
        );
        // A short snooze into quiet hours waits for their end.
        check(
            london,
            Some(night()),
            TenMinutes,
            "2026-01-15T21:25:00Z",
            "2026-01-16T07:30:00Z",
        );
        check(
            london,
            Some(night()),
            TenMinutes,
            "2026-01-15T21:15:00Z",
            "2026-01-15T21:25:00Z",
        );
    }

    #[test]
    fn tomorrow_is_on_the_wall_clock() {
        use SnoozeChoice::UntilTomorrow;
        // The night the clocks go forward, 08:00 BST is 07:00 UTC.
        check(
            Europe::London,
            None,
            UntilTomorrow,
            "2026-03-28T20:00:00Z",
            "2026-03-29T07:00:00Z",
        );
        check(
            Asia::Kolkata,
            None,
            UntilTomorrow,
            "2026-03-28T20:00:00Z",
            "2026-03-29T02:30:00Z",
        );
        check(
            America::St_Johns,
            None,
            UntilTomorrow,
            "2026-11-01T12:00:00Z",
            "2026-11-02T11:30:00Z",
        );
        // Quiet hours ending at 02:00: at 03:00 "tomorrow" is the next day.
        let early = QuietHours {
            start: LocalTime::new(22, 0),
            end: LocalTime::new(2, 0),
            when_due: WhenQuiet::Defer,
        };
        check(
            Europe::London,
            Some(early),
            UntilTomorrow,
            "2026-01-16T03:00:00Z",
            "2026-01-17T02:00:00Z",
        );
    }

    #[test]
    fn state() {
        let mut snoozes = Snoozes::default();
        snoozes.snooze(1, utc("2026-01-15T10:10:00Z"));
        snoozes.snooze(2, utc("2026-01-15T11:00:00Z"));
        snoozes.snooze(1, utc("2026-01-15T10:30:00Z"));
        assert_eq!(snoozes.until_for(1), Some(utc("2026-01-15T10:30:00Z")));
        assert_eq!(snoozes.until_for(3), None);
        snoozes.paused = Some(Pause {
            from: utc("2026-01-15T09:00:00Z"),
            until: utc("2026-01-16T09:00:00Z"),
        });
        snoozes.prune(utc("2026-01-17T09:00:00Z"));
        assert_eq!(snoozes.paused, None);
        assert_eq!(snoozes.per_reminder.len(), 2, "kept while they can gather");
        snoozes.prune(utc("2026-01-19T09:00:00Z"));
        assert!(snoozes.per_reminder.is_empty());
        let json: Snoozes = serde_json::from_str("{}").unwrap();
        assert_eq!(json, Snoozes::default());
        assert_eq!(
            serde_json::to_string(&Snoozes::default()).unwrap(),
            r#"{"perReminder":[]}"#
        );
    }

    #[test]
    fn later_today_is_on_the_wall_clock_and_never_in_the_past() {
        let london = Europe::London;
        // 29 March 2026: clocks jump 01:00 -> 02:00 in London. 01:30 does not
        // exist, so it is 02:00 BST (01:00 UTC).
        let at = |h, m| LocalTime::new(h, m);
        assert_eq!(
            later_today(at(1, 30), utc("2026-03-29T00:10:00Z"), &london),
            Ok(utc("2026-03-29T01:00:00Z"))
        );
        assert_eq!(
            later_today(at(18, 0), utc("2026-07-01T09:00:00Z"), &london),
            Ok(utc("2026-07-01T17:00:00Z"))
        );
        assert_eq!(
            later_today(at(9, 0), utc("2026-07-01T09:00:00Z"), &london).map_err(|e| e.code()),
            Err("reminder_in_past")
        );
        assert_eq!(
            later_today(at(25, 0), utc("2026-07-01T09:00:00Z"), &london).map_err(|e| e.code()),
            Err("time_out_of_range")
        );
    }
}
