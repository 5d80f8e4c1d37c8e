//! The check the app runs on every tick: which reminders to show now, which
//! were missed while the app was closed or the computer asleep, and when the
//! next one rings.
//!
//! The app ticks every 30 seconds and passes the time of its last check, so
//! every time a reminder rings falls in exactly one check's window
//! (`last_check < due <= now`) and is shown at most once, however the ticks
//! fall. A time is first moved where the person's wishes put it, in this order
//! and until nothing moves: a snooze of its reminder, the pause, quiet hours
//! (see `snooze` and `quiet`). Then the latest time of each reminder in the
//! window is shown: as a notification when it is recent (`GRACE`), or in the
//! one catch-up prompt when it was missed (`CATCH_UP_WINDOW`). A reminder
//! missed three times is one line in that prompt, not three, and nothing
//! older than the window comes back: after a night with the laptop shut, the
//! person sees one gentle list, never a burst.

use chrono::{DateTime, Duration, TimeZone, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::schedule::{collapse, occurrences, sane};
use super::snooze::SNOOZE_REACH;
use super::{Occurrence, QuietHours, Reminder, Schedule, Snoozes};

/// How late a reminder may be and still ring as a notification. Four ticks:
/// a tick that runs a little late, or a computer waking from a short sleep,
/// still rings on time.
pub const GRACE: Duration = Duration::minutes(2);
/// How far back missed reminders are offered in the catch-up prompt. Half a
/// day covers a night or a working day away; older ones are news no one needs.
pub const CATCH_UP_WINDOW: Duration = Duration::hours(12);
/// How far back a time may be moved from and still land in a window: quiet
/// hours defer by less than a day, plus a DST gap.
const QUIET_REACH: Duration = Duration::days(2);
/// How far ahead `next` looks: a week of a weekly schedule, plus quiet hours.
const NEXT_REACH: Duration = Duration::days(9);
/// Rounds of snooze, pause and quiet hours before a time is taken as settled;
/// each round only moves it later, and two always suffice in practice.
const MAX_ROUNDS: usize = 4;

/// The outcome of one check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct Check {
    /// Show now, one notification each: at most one per reminder.
    pub due: Vec<Occurrence>,
    /// Missed within the catch-up window: one prompt listing them, at most one
    /// per reminder (its latest), and none for a reminder in `due`.
    pub catch_up: Vec<Occurrence>,
    /// The next reminder to ring (which one, and when), for "Next reminder: …";
    /// none when no enabled reminder will ring again.
    pub next: Option<Occurrence>,
}

/// The reminders to show at `now`, given that the previous check was at
/// `last_check`, in the person's time zone `tz`.
///
/// The app should save `max(last_check, now)` as the next `last_check`: if the
/// clock goes back, nothing is due until it catches up, rather than ringing
/// twice. Disabled reminders never ring.
pub fn check<Tz: TimeZone>(
    reminders: &[Reminder],
    quiet: Option<&QuietHours>,
    snoozes: &Snoozes,
    last_check: DateTime<Utc>,
    now: DateTime<Utc>,
    tz: &Tz,
) -> Check {
    let wishes = Wishes { quiet, snoozes, tz };
    let oldest = last_check.max(now - CATCH_UP_WINDOW);
    let mut due = Vec::new();
    let mut catch_up = Vec::new();
    let enabled: Vec<&Reminder> = reminders.iter().filter(|r| r.enabled).collect();
    for reminder in &enabled {
        if let Some(latest) = wishes.rings(reminder, oldest, now).pop() {
            if now - latest.due <= GRACE {
                due.push(latest);
            } else {
                catch_up.push(latest);
            }
        }
    }
    let order = |o: &Occurrence| (o.due, o.reminder_id);
    due.sort_by_key(order);
    catch_up.sort_by_key(order);
    let next = enabled
        .iter()
        .filter_map(|r| wishes.next(r, now))
        .min_by_key(order);
    Check {
        due,
        catch_up,
        next,
    }
}

/// What the person asked of their reminders, and where they are.
struct Wishes<'a, Tz: TimeZone> {
    quiet: Option<&'a QuietHours>,
    snoozes: &'a Snoozes,
    tz: &'a Tz,
}

impl<Tz: TimeZone> Wishes<'_, Tz> {
    /// When `reminder` rings with `after < due <= until`, once snoozes, the
    /// pause and quiet hours have had their say; in order, one per instant.
    fn rings(
        &self,
        reminder: &Reminder,
        after: DateTime<Utc>,
        until: DateTime<Utc>,
    ) -> Vec<Occurrence> {
        // Every move is later, so a time that lands in the window was set for
        // no later than its end, and no earlier than the longest move allows.
        // A one-off has a single time, found wherever it is: a pause may have
        // held it back for weeks.
        let from = match reminder.schedule {
            Schedule::Once { .. } => DateTime::<Utc>::MIN_UTC,
            Schedule::Weekly { .. } => {
                let reach = match self.snoozes.until_for(reminder.id) {
                    // A snooze ending just before the window can still send
                    // its times into it through quiet hours.
                    Some(s) if s + QUIET_REACH > after => QUIET_REACH + SNOOZE_REACH,
                    _ => QUIET_REACH,
                };
                sane(after) - reach
            }
        };
        let mut found: Vec<Occurrence> = occurrences(reminder, self.tz, from, until)
            .into_iter()
            .filter_map(|o| self.settle(reminder, o))
            .filter(|o| after < o.due && o.due <= until)
            .collect();
        collapse(&mut found);
        found
    }

    /// Where `o` rings once every wish is met; none when one hides it.
    fn settle(&self, reminder: &Reminder, mut o: Occurrence) -> Option<Occurrence> {
        for _ in 0..MAX_ROUNDS {
            let before = o.due;
            if let Some(until) = self.snoozes.until_for(reminder.id) {
                if until - SNOOZE_REACH <= o.due && o.due < until {
                    o.due = until;
                }
            }
            if let Some(pause) = self.snoozes.pause() {
                if pause.from <= o.due && o.due < pause.until {
                    match reminder.schedule {
                        Schedule::Weekly { .. } => return None,
                        Schedule::Once { .. } => o.due = pause.until,
                    }
                }
            }
            if let Some(quiet) = self.quiet {
                o.due = quiet.apply(self.tz, o.due)?;
            }
            if o.due == before {
                break;
            }
        }
        Some(o)
    }

    /// The first time after `now` that `reminder` rings.
    fn next(&self, reminder: &Reminder, now: DateTime<Utc>) -> Option<Occurrence> {
        let first = |after: DateTime<Utc>, until: DateTime<Utc>| {
            self.rings(reminder, after, until).first().copied()
        };
        if let Schedule::Once { .. } = reminder.schedule {
            return first(now, DateTime::<Utc>::MAX_UTC);
        }
        // A long pause hides a weekly reminder past the first look; look again
        // from the pause's end rather than walk every week of it.
        let after_pause = || {
            let until = self.snoozes.pause()?.until;
            (until > now + NEXT_REACH).then_some(())?;
            first(until - Duration::minutes(1), until + NEXT_REACH)
        };
        first(now, now + NEXT_REACH).or_else(after_pause)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reminders::{LocalTime, Pause, ReminderKind, Weekday, WhenQuiet};
    use chrono::NaiveDateTime;
    use chrono_tz::Europe::London;

    fn utc(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text).unwrap().to_utc()
    }

    fn daily(id: i64, times: &[(u8, u8)]) -> Reminder {
        Reminder {
            id,
            kind: ReminderKind::Routine,
            message: format!("Reminder {id}"),
            enabled: true,
            schedule: Schedule::Weekly {
                days: Weekday::ALL.to_vec(),
                times: times.iter().map(|(h, m)| LocalTime::new(*h, *m)).collect(),
            },
        }
    }

    fn once(id: i64, at: &str) -> Reminder {
        Reminder {
            schedule: Schedule::Once {
                at: NaiveDateTime::parse_from_str(at, "%Y-%m-%d %H:%M").unwrap(),
            },
            ..daily(id, &[])
        }
    }

    fn night(when_due: WhenQuiet) -> QuietHours {
        QuietHours {
            start: LocalTime::new(21, 30),
            end: LocalTime::new(7, 30),
            when_due,
        }
    }

    /// What a check shows, in words: `id@HH:MM local>due HH:MM UTC`.
    #[derive(Debug, PartialEq)]
    struct Shown {
        due: Vec<String>,
        catch_up: Vec<String>,
        next: Option<String>,
    }

    fn words(list: &[Occurrence]) -> Vec<String> {
        list.iter()
            .map(|o| {
                format!(
                    "{}@{}>{}",
                    o.reminder_id,
                    o.local.format("%d %H:%M"),
                    o.due.format("%d %H:%M")
                )
            })
            .collect()
    }

    /// One row per case: reminders in London (winter, so local is UTC), quiet
    /// hours, snoozes, the window, and what the check shows.
    fn check_at(
        reminders: &[Reminder],
        quiet: Option<QuietHours>,
        snoozes: &Snoozes,
        (last, now): (&str, &str),
        expected: (&[&str], &[&str], Option<&str>),
    ) {
        let got = check(
            reminders,
            quiet.as_ref(),
            snoozes,
            utc(last),
            utc(now),
            &London,
        );
        let got = Shown {
            due: words(&got.due),
            catch_up: words(&got.catch_up),
            next: got.next.map(|n| n.due.format("%d %H:%M").to_string()),
        };
        let expected = Shown {
            due: expected.0.iter().map(|s| s.to_string()).collect(),
            catch_up: expected.1.iter().map(|s| s.to_string()).collect(),
            next: expected.2.map(str::to_owned),
        };
        assert_eq!(got, expected, "window {last} .. {now}");
    }

    const NONE: &[&str] = &[];

    #[test]
    fn due_now_and_next() {
        let none = Snoozes::default();
        let r = [daily(1, &[(10, 0), (19, 0)])];
        check_at(
            &r,
            None,
            &none,
            ("2026-01-15T09:59:40Z", "2026-01-15T10:00:10Z"),
            (&["1@15 10:00>15 10:00"], NONE, Some("15 19:00")),
        );
        // Within the grace it is still a notification; after it, catch-up.
        check_at(
            &r,
            None,
            &none,
            ("2026-01-15T09:59:00Z", "2026-01-15T10:02:00Z"),
            (&["1@15 10:00>15 10:00"], NONE, Some("15 19:00")),
        );
        check_at(
            &r,
            None,
            &none,
            ("2026-01-15T09:59:00Z", "2026-01-15T10:02:01Z"),
            (NONE, &["1@15 10:00>15 10:00"], Some("15 19:00")),
        );
        // The window excludes its start: the previous check showed it.
        check_at(
            &r,
            None,
            &none,
            ("2026-01-15T10:00:00Z", "2026-01-15T10:00:30Z"),
            (NONE, NONE, Some("15 19:00")),
        );
        // A weekly reminder: the next is six days away.
        let mondays = Reminder {
            schedule: Schedule::Weekly {
                days: vec![Weekday::Mon],
                times: vec![LocalTime::new(9, 0)],
            },
            ..daily(3, &[])
        };
        check_at(
            &[mondays],
            None,
            &none,
            ("2026-01-13T08:00:00Z", "2026-01-13T08:00:30Z"),
            (NONE, NONE, Some("19 09:00")),
        );
        let mut off = daily(2, &[(10, 0)]);
        off.enabled = false;
        check_at(
            &[off],
            None,
            &none,
            ("2026-01-15T09:59:00Z", "2026-01-15T10:00:30Z"),
            (NONE, NONE, None),
        );
    }

    #[test]
    fn catch_up_collapses() {
        let none = Snoozes::default();
        let r = [
            daily(1, &[(6, 0), (8, 0), (10, 0)]),
            daily(2, &[(9, 0)]),
            once(3, "2026-01-15 07:00"),
            daily(4, &[(12, 0)]),
        ];
        // Asleep from 05:00 to 10:01: each reminder once, its latest; the one
        // due now is a notification only.
        check_at(
            &r,
            None,
            &none,
            ("2026-01-15T05:00:00Z", "2026-01-15T10:01:00Z"),
            (
                &["1@15 10:00>15 10:00"],
                &["3@15 07:00>15 07:00", "2@15 09:00>15 09:00"],
                Some("15 12:00"),
            ),
        );
        // Away for two days: only the last twelve hours come back.
        check_at(
            &r,
            None,
            &none,
            ("2026-01-13T05:00:00Z", "2026-01-15T19:00:00Z"),
            (
                NONE,
                &[
                    "2@15 09:00>15 09:00",
                    "1@15 10:00>15 10:00",
                    "4@15 12:00>15 12:00",
                ],
                Some("16 06:00"),
            ),
        );
        // The clock went back: nothing is due twice.
        check_at(
            &r,
            None,
            &none,
            ("2026-01-15T10:30:00Z", "2026-01-15T10:01:00Z"),
            (NONE, NONE, Some("15 12:00")),
        );
    }

    #[test]
    fn quiet_hours() {
        let none = Snoozes::default();
        let r = [daily(1, &[(6, 0), (7, 0), (22, 0)]), daily(2, &[(12, 0)])];
        // Deferred times collapse into one at the end of quiet hours.
        check_at(
            &r,
            Some(night(WhenQuiet::Defer)),
            &none,
            ("2026-01-16T07:29:00Z", "2026-01-16T07:30:00Z"),
            (&["1@16 07:00>16 07:30"], NONE, Some("16 12:00")),
        );
        check_at(
            &r,
            Some(night(WhenQuiet::Defer)),
            &none,
            ("2026-01-15T21:00:00Z", "2026-01-16T07:29:00Z"),
            (NONE, NONE, Some("16 07:30")),
        );
        check_at(
            &r,
            Some(night(WhenQuiet::Drop)),
            &none,
            ("2026-01-15T21:00:00Z", "2026-01-16T07:31:00Z"),
            (NONE, NONE, Some("16 12:00")),
        );
    }

    #[test]
    fn snoozes_and_pauses() {
        let r = [daily(1, &[(10, 0), (10, 30)]), daily(2, &[(10, 0)])];
        let mut snoozed = Snoozes::default();
        snoozed.snooze(1, utc("2026-01-15T11:01:00Z"));
        // Snoozed at 10:01 for an hour: 10:30 is folded into 11:01.
        check_at(
            &r,
            None,
            &snoozed,
            ("2026-01-15T10:00:30Z", "2026-01-15T11:00:30Z"),
            (NONE, NONE, Some("15 11:01")),
        );
        check_at(
            &r,
            None,
            &snoozed,
            ("2026-01-15T11:00:30Z", "2026-01-15T11:01:00Z"),
            (&["1@15 10:30>15 11:01"], NONE, Some("16 10:00")),
        );
        // Paused for a day: repeating reminders are skipped, a one-off waits.
        let paused = Snoozes {
            paused: Some(Pause {
                from: utc("2026-01-15T08:00:00Z"),
                until: utc("2026-01-16T09:00:00Z"),
            }),
            per_reminder: vec![],
        };
        let with_once = [daily(2, &[(10, 0)]), once(3, "2026-01-15 15:00")];
        check_at(
            &with_once,
            None,
            &paused,
            ("2026-01-15T08:00:00Z", "2026-01-16T08:59:00Z"),
            (NONE, NONE, Some("16 09:00")),
        );
        check_at(
            &with_once,
            None,
            &paused,
            ("2026-01-16T08:59:00Z", "2026-01-16T09:00:00Z"),
            (&["3@15 15:00>16 09:00"], NONE, Some("16 10:00")),
        );
        // A one-off that rang before the pause does not ring again after it.
        let early = [once(3, "2026-01-15 07:00")];
        check_at(
            &early,
            None,
            &paused,
            ("2026-01-16T08:59:00Z", "2026-01-16T09:00:00Z"),
            (NONE, NONE, None),
        );
        // Snoozes and pauses from a damaged preferences file do no harm.
        let odd = Snoozes {
            paused: Some(Pause {
                from: DateTime::<Utc>::MIN_UTC,
                until: DateTime::<Utc>::MAX_UTC,
            }),
            per_reminder: vec![
                crate::reminders::Snooze {
                    reminder_id: 1,
                    until: DateTime::<Utc>::MAX_UTC,
                },
                crate::reminders::Snooze {
                    reminder_id: 2,
                    until: DateTime::<Utc>::MIN_UTC,
                },
            ],
        };
        let quiet = night(WhenQuiet::Defer);
        let shown = check(
            &r,
            Some(&quiet),
            &odd,
            utc("2026-01-15T09:00:00Z"),
            utc("2026-01-15T10:00:00Z"),
            &London,
        );
        assert!(shown.due.is_empty() && shown.catch_up.is_empty());
        // A long pause: the next time is found after it.
        let long = Snoozes {
            paused: Some(Pause {
                from: utc("2026-01-15T08:00:00Z"),
                until: utc("2026-03-01T09:00:00Z"),
            }),
            per_reminder: vec![],
        };
        check_at(
            &r[1..],
            None,
            &long,
            ("2026-01-15T09:00:00Z", "2026-01-15T10:00:00Z"),
            (NONE, NONE, Some("01 10:00")),
        );
    }
}
