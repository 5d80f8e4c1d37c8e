//! Reminders: what a person asked to be reminded of and when, and the scheduler
//! that decides which reminders are due, as pure functions of plain data.
//!
//! Times are wall-clock times: a reminder at 08:00 is at 08:00 on every day,
//! whatever daylight saving does (`schedule`). Quiet hours hold reminders back at
//! night (`quiet`); a snooze or a pause holds them back on request (`snooze`);
//! `check` turns all of it into what to show now, what was missed while the app
//! was closed, and when the next one is (`due`); what the person then did is a
//! `ReminderEvent` for the journal (`events`). `calendar` writes the same
//! reminders as an iCalendar file (`ics`). This module never reads the clock or
//! knows about Tauri, the journal or notifications: `now`, the last check and the
//! time zone are always arguments, so tests pin them and any zone can be tried.

mod due;
mod events;
mod ics;
mod quiet;
mod schedule;
mod snooze;

use chrono::{Months, NaiveDateTime, NaiveTime, Timelike};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::plan::field_text;
use crate::records::check_date;
use crate::CoreError;

pub use due::{check, Check, CATCH_UP_WINDOW, GRACE};
pub use events::{ReminderEvent, ReminderEventRecord, ReminderOutcome, SchedulerState};
pub use ics::calendar;
pub use quiet::{QuietHours, WhenQuiet};
pub use schedule::{occurrences, Occurrence};
pub use snooze::{later_today, snooze_until, Pause, Snooze, SnoozeChoice, Snoozes, MORNING};

/// Longest reminder message, in characters: it has to fit in a notification.
pub const MAX_MESSAGE_CHARS: usize = 200;
/// Most times a day for one reminder. Eight covers "every two hours while
/// awake"; more is nagging, and each time is a notification.
pub const MAX_TIMES_PER_DAY: usize = 8;
/// A one-off reminder more than this many years ahead is a typo in the year.
pub const ONCE_MAX_YEARS_AHEAD: u32 = 5;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub enum ReminderKind {
    /// Do the exercise routine.
    Routine,
    /// Log pain in the journal.
    Diary,
    /// Book or attend a follow-up with the clinic.
    FollowUp,
    Custom,
}

/// A day of the week, written as the UI and the journal store it (`"mon"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(rename_all = "lowercase")]
pub enum Weekday {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

impl Weekday {
    /// Monday first, as ISO 8601 and most of the world's calendars count.
    pub const ALL: [Weekday; 7] = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ];

    pub fn of(day: chrono::Weekday) -> Weekday {
        Weekday::ALL[day.num_days_from_monday() as usize]
    }
}

/// A wall-clock time of day: 0–23 hours, 0–59 minutes. No seconds: people set
/// reminders to the minute.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct LocalTime {
    pub hour: u8,
    pub minute: u8,
}

impl LocalTime {
    /// Unchecked: `validate` (or `naive`, which says none) refuses 25:00.
    pub const fn new(hour: u8, minute: u8) -> LocalTime {
        LocalTime { hour, minute }
    }

    /// The time as chrono sees it; none when out of range, so unvalidated data
    /// from elsewhere schedules nothing rather than panicking.
    pub fn naive(self) -> Option<NaiveTime> {
        NaiveTime::from_hms_opt(self.hour.into(), self.minute.into(), 0)
    }

    /// Refuses an hour over 23 or a minute over 59, naming the field under `at`
    /// (`schedule.times[1].hour`).
    pub(crate) fn validate(self, at: &str) -> Result<LocalTime, CoreError> {
        if self.hour > 23 {
            return Err(CoreError::TimeOutOfRange {
                field: format!("{at}.hour"),
                value: self.hour,
            });
        }
        if self.minute > 59 {
            return Err(CoreError::TimeOutOfRange {
                field: format!("{at}.minute"),
                value: self.minute,
            });
        }
        Ok(self)
    }
}

/// When a reminder falls.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase")]
#[ts(tag = "kind", rename_all = "camelCase")]
pub enum Schedule {
    /// At each of `times` on each of `days`, in local wall-clock time.
    Weekly {
        days: Vec<Weekday>,
        times: Vec<LocalTime>,
    },
    /// Once, at a local wall-clock date and time (`2026-12-01T09:30:00`, no
    /// offset): a follow-up call, say.
    Once {
        #[ts(type = "string")]
        at: NaiveDateTime,
    },
}

/// A stored reminder, as the journal returns it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct Reminder {
    #[ts(type = "number")]
    pub id: i64,
    pub kind: ReminderKind,
    /// Plain text the person wrote or kept, shown as the notification's body.
    pub message: String,
    pub enabled: bool,
    pub schedule: Schedule,
}

/// What the person set up, before any rule has looked at it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct ReminderDraft {
    pub kind: ReminderKind,
    pub message: String,
    pub enabled: bool,
    pub schedule: Schedule,
}

/// A reminder that has passed every rule and may be stored: its message
/// trimmed, its days and times sorted without repeats, a one-off time to the
/// minute.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidReminder {
    pub kind: ReminderKind,
    pub message: String,
    pub enabled: bool,
    pub schedule: Schedule,
}

impl ValidReminder {
    /// The stored reminder, once the journal has given it an id.
    pub fn with_id(self, id: i64) -> Reminder {
        Reminder {
            id,
            kind: self.kind,
            message: self.message,
            enabled: self.enabled,
            schedule: self.schedule,
        }
    }
}

impl ReminderDraft {
    /// Checks every rule against `now_local`, the person's wall-clock time now.
    /// Errors name the field as a path, such as `schedule.times[1].hour`
    /// (`CoreError::field`).
    pub fn validate(&self, now_local: NaiveDateTime) -> Result<ValidReminder, CoreError> {
        let valid = self.validate_kept(now_local)?;
        // A disabled one-off in the past is harmless, and refusing it would
        // stop a person switching off one that has already rung.
        if let Schedule::Once { at } = valid.schedule {
            if valid.enabled && at <= now_local {
                return Err(CoreError::ReminderInPast { at: at.to_string() });
            }
        }
        Ok(valid)
    }

    /// Every rule of `validate` but one: a one-off may be in the past. For a
    /// reminder already kept (in the journal, or a backup of it), whose time
    /// has every right to have passed since it was set.
    pub fn validate_kept(&self, now_local: NaiveDateTime) -> Result<ValidReminder, CoreError> {
        let message =
            field_text(Some(&self.message), "message", MAX_MESSAGE_CHARS)?.ok_or_else(|| {
                CoreError::FieldRequired {
                    field: "message".into(),
                }
            })?;
        Ok(ValidReminder {
            kind: self.kind,
            message,
            enabled: self.enabled,
            schedule: self.schedule.validate(now_local)?,
        })
    }
}

impl Schedule {
    fn validate(&self, now_local: NaiveDateTime) -> Result<Schedule, CoreError> {
        match self {
            Schedule::Weekly { days, times } => {
                if days.is_empty() {
                    return Err(CoreError::NoWeekday);
                }
                if times.is_empty() {
                    return Err(CoreError::NoTime);
                }
                for (i, time) in times.iter().enumerate() {
                    time.validate(&format!("schedule.times[{i}]"))?;
                }
                let mut days = days.clone();
                days.sort();
                days.dedup();
                let mut times = times.clone();
                times.sort();
                times.dedup();
                if times.len() > MAX_TIMES_PER_DAY {
                    return Err(CoreError::TooManyTimes {
                        count: times.len(),
                        max: MAX_TIMES_PER_DAY,
                    });
                }
                Ok(Schedule::Weekly { days, times })
            }
            Schedule::Once { at } => {
                let at = at
                    .with_second(0)
                    .and_then(|t| t.with_nanosecond(0))
                    .unwrap_or(*at);
                let latest = now_local
                    .checked_add_months(Months::new(12 * ONCE_MAX_YEARS_AHEAD))
                    .unwrap_or(NaiveDateTime::MAX);
                if at > latest {
                    return Err(CoreError::DateImplausible {
                        value: at.date().to_string(),
                    });
                }
                check_date(at.date())?;
                Ok(Schedule::Once { at })
            }
        }
    }
}

/// The reminders offered on first use: gentle, once a day each. The messages
/// are passed in because the app words them in the person's language; once
/// saved they are the person's own text to edit.
pub fn default_reminders(routine_message: &str, diary_message: &str) -> Vec<ReminderDraft> {
    let every_day = |hour: u8| Schedule::Weekly {
        days: Weekday::ALL.to_vec(),
        times: vec![LocalTime::new(hour, 0)],
    };
    vec![
        ReminderDraft {
            kind: ReminderKind::Routine,
            message: routine_message.to_owned(),
            enabled: true,
            // Mid-morning: after the stiffness of getting up, before the day fills.
            schedule: every_day(10),
        },
        ReminderDraft {
            kind: ReminderKind::Diary,
            message: diary_message.to_owned(),
            enabled: true,
            // Early evening, so the day's pain can be logged before tiredness.
            schedule: every_day(19),
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn now() -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 11, 25)
            .unwrap()
            .and_hms_opt(9, 30, 20)
            .unwrap()
    }

    fn at(text: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap()
    }

    fn weekly(days: &[Weekday], times: &[(u8, u8)]) -> Schedule {
        Schedule::Weekly {
            days: days.to_vec(),
            times: times.iter().map(|(h, m)| LocalTime::new(*h, *m)).collect(),
        }
    }

    fn draft(message: &str, schedule: Schedule) -> ReminderDraft {
        ReminderDraft {
            kind: ReminderKind::Custom,
            message: message.into(),
            enabled: true,
            schedule,
        }
    }

    /// One row per case: the draft, and the field and code it must fail with.
    fn check(d: ReminderDraft, expected: Option<(&str, &str)>) {
        let result = d.validate(now());
        let got = result
            .as_ref()
            .err()
            .map(|e| (e.field().unwrap_or("-"), e.code()));
        assert_eq!(got, expected, "{d:?} gave {result:?}");
    }

    #[test]
    fn drafts() {
        use Weekday::*;
        let daily = weekly(&[Mon, Wed], &[(8, 0), (20, 30)]);
        check(draft("Walk", daily.clone()), None);
        check(draft("Walk", weekly(&[Sun], &[(23, 59), (0, 0)])), None);
        check(
            draft("Walk", weekly(&[Mon], &[(8, 0), (24, 0)])),
            Some(("schedule.times[1].hour", "time_out_of_range")),
        );
        check(
            draft("Walk", weekly(&[Mon], &[(8, 60)])),
            Some(("schedule.times[0].minute", "time_out_of_range")),
        );
        check(
            draft("Walk", weekly(&[], &[(8, 0)])),
            Some(("schedule.days", "no_weekday")),
        );
        check(
            draft("Walk", weekly(&[Mon], &[])),
            Some(("schedule.times", "no_time")),
        );
        let eight: Vec<(u8, u8)> = (0..8).map(|h| (8 + h, 0)).collect();
        check(draft("Walk", weekly(&[Mon], &eight)), None);
        let nine: Vec<(u8, u8)> = (0..9).map(|h| (8 + h, 0)).collect();
        check(
            draft("Walk", weekly(&[Mon], &nine)),
            Some(("schedule.times", "too_many_times")),
        );
        // The same time twice is one time, not two towards the limit.
        let repeated = [eight.clone(), vec![(8, 0)]].concat();
        check(draft("Walk", weekly(&[Mon], &repeated)), None);
        check(
            draft("", daily.clone()),
            Some(("message", "field_required")),
        );
        check(
            draft("  \n ", daily.clone()),
            Some(("message", "field_required")),
        );
        check(draft(&"é".repeat(MAX_MESSAGE_CHARS), daily.clone()), None);
        check(
            draft(&"a".repeat(MAX_MESSAGE_CHARS + 1), daily),
            Some(("message", "text_too_long")),
        );
    }

    #[test]
    fn one_offs() {
        let once = |text: &str| Schedule::Once { at: at(text) };
        check(draft("Call the clinic", once("2026-11-25 09:31")), None);
        check(
            draft("Call the clinic", once("2026-11-25 09:30")),
            Some(("schedule.at", "reminder_in_past")),
        );
        check(
            draft("Call the clinic", once("2025-11-25 09:31")),
            Some(("schedule.at", "reminder_in_past")),
        );
        let mut switched_off = draft("Call the clinic", once("2026-11-24 09:00"));
        switched_off.enabled = false;
        check(switched_off, None);
        check(draft("Call", once("2031-11-25 09:00")), None);
        check(
            draft("Call", once("2131-11-25 09:00")),
            Some(("-", "date_implausible")),
        );
        let mut kept = draft("Call", once("1980-01-01 00:00"));
        kept.enabled = false;
        check(kept.clone(), None);
        kept.schedule = once("1979-12-31 23:59");
        check(kept, Some(("-", "date_implausible")));
        // A one-off that has rung, as the journal or a backup keeps it.
        let rung = draft("Call the clinic", once("2025-11-25 09:31"));
        assert!(rung.validate_kept(now()).is_ok());
        assert_eq!(
            rung.validate_kept(now()).unwrap(),
            ValidReminder {
                kind: ReminderKind::Custom,
                message: "Call the clinic".into(),
                enabled: true,
                schedule: once("2025-11-25 09:31"),
            }
        );
    }

    #[test]
    fn validation_tidies() {
        use Weekday::*;
        let valid = draft(
            "  Walk  ",
            weekly(&[Fri, Mon, Fri], &[(20, 0), (8, 5), (20, 0)]),
        )
        .validate(now())
        .unwrap();
        assert_eq!(valid.message, "Walk");
        assert_eq!(valid.schedule, weekly(&[Mon, Fri], &[(8, 5), (20, 0)]));
        let once = draft(
            "Call",
            Schedule::Once {
                at: at("2026-12-01 09:30") + chrono::Duration::seconds(42),
            },
        )
        .validate(now())
        .unwrap();
        assert_eq!(
            once.schedule,
            Schedule::Once {
                at: at("2026-12-01 09:30")
            },
            "to the minute"
        );
        assert_eq!(once.with_id(7).id, 7);
    }

    #[test]
    fn defaults_are_gentle_and_valid() {
        let defaults = default_reminders("Time for your exercises", "How is your pain today?");
        let kinds: Vec<_> = defaults.iter().map(|d| d.kind).collect();
        assert_eq!(kinds, [ReminderKind::Routine, ReminderKind::Diary]);
        for d in &defaults {
            let valid = d.validate(now()).unwrap();
            let Schedule::Weekly { days, times } = valid.schedule else {
                panic!("defaults repeat")
            };
            assert_eq!((days.len(), times.len()), (7, 1), "once a day, every day");
        }
        assert_eq!(defaults[1].message, "How is your pain today?");
    }

    #[test]
    fn json_shape() {
        let reminder = draft("Walk", weekly(&[Weekday::Mon], &[(8, 0)])).validate(now());
        let json = serde_json::to_value(reminder.unwrap().with_id(3)).unwrap();
        assert_eq!(
            json,
            serde_json::json!({
                "id": 3, "kind": "custom", "message": "Walk", "enabled": true,
                "schedule": {"kind": "weekly", "days": ["mon"], "times": [{"hour": 8, "minute": 0}]}
            })
        );
        let once: Schedule = serde_json::from_value(
            serde_json::json!({"kind": "once", "at": "2026-12-01T09:30:00"}),
        )
        .unwrap();
        assert_eq!(
            once,
            Schedule::Once {
                at: at("2026-12-01 09:30")
            }
        );
        let kind: ReminderKind = serde_json::from_str("\"followUp\"").unwrap();
        assert_eq!(kind, ReminderKind::FollowUp);
    }
}
