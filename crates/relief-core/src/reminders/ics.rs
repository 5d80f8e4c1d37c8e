//! Reminders as an iCalendar file (RFC 5545), for a person who wants them in
//! their phone's calendar too.
//!
//! Times are floating: `DTSTART:20261201T080000`, with no `Z` and no `TZID`.
//! RFC 5545 (3.3.5, form #1) defines a floating time as the same wall-clock time
//! in whatever zone the calendar is in, which is exactly what a reminder here
//! means: 08:00 stays 08:00 when the person travels or the clocks change.
//! Pinning a zone would make the phone ring at 03:00 after a flight west.
//! Output is strict so any conforming parser reads it: CRLF line ends, lines
//! folded at 75 octets without splitting a character, TEXT escaped.

use chrono::{DateTime, Datelike, Days, NaiveDateTime, Utc};

use super::{Reminder, Schedule, Weekday};

/// Identifies the writer (RFC 5545 3.7.3).
const PRODID: &str = "-//Relief Window//Reminders//EN";
/// Longest line in octets, CRLF not counted (RFC 5545 3.1).
const MAX_LINE_OCTETS: usize = 75;

/// An iCalendar file with one event per enabled reminder and time of day, each
/// repeating weekly on the reminder's days (a one-off: once), each with an
/// alarm at its start. `tz_name` (an IANA name such as `Europe/London`) is
/// recorded in an `X-` property, for the reader's information only: clients
/// ignore it, and the times stay floating. `now` stamps the file and is the
/// earliest date a repeating event starts.
pub fn calendar(reminders: &[Reminder], tz_name: Option<&str>, now: DateTime<Utc>) -> String {
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        format!("PRODID:{PRODID}"),
        "CALSCALE:GREGORIAN".to_owned(),
    ];
    if let Some(name) = tz_name {
        lines.push(format!("X-RELIEF-WINDOW-TIMEZONE:{}", escape(name)));
    }
    let stamp = now.format("%Y%m%dT%H%M%SZ").to_string();
    for reminder in reminders.iter().filter(|r| r.enabled) {
        for event in events(reminder, now) {
            lines.push("BEGIN:VEVENT".to_owned());
            lines.push(format!("UID:{}", event.uid));
            lines.push(format!("DTSTAMP:{stamp}"));
            lines.push(format!("DTSTART:{}", event.start.format("%Y%m%dT%H%M%S")));
            if let Some(rule) = event.rule {
                lines.push(rule);
            }
            lines.push(format!("SUMMARY:{}", escape(&reminder.message)));
            lines.push("BEGIN:VALARM".to_owned());
            lines.push("ACTION:DISPLAY".to_owned());
            lines.push("TRIGGER:PT0M".to_owned());
            lines.push(format!("DESCRIPTION:{}", escape(&reminder.message)));
            lines.push("END:VALARM".to_owned());
            lines.push("END:VEVENT".to_owned());
        }
    }
    lines.push("END:VCALENDAR".to_owned());
    lines.iter().map(|l| fold(l) + "\r\n").collect()
}

struct Event {
    uid: String,
    start: NaiveDateTime,
    rule: Option<String>,
}

/// One event per time of day: a weekly rule has one time, and RFC 5545's
/// BYHOUR/BYMINUTE would pair every hour with every minute.
fn events(reminder: &Reminder, now: DateTime<Utc>) -> Vec<Event> {
    match &reminder.schedule {
        Schedule::Once { at } => vec![Event {
            uid: format!("reminder-{}@relief-window", reminder.id),
            start: *at,
            rule: None,
        }],
        Schedule::Weekly { days, times } => {
            // DTSTART must itself be one of the rule's days (RFC 5545 3.8.5.3).
            let today = now.date_naive();
            let Some(first) = (0..7)
                .filter_map(|n| today.checked_add_days(Days::new(n)))
                .find(|d| days.contains(&Weekday::of(d.weekday())))
            else {
                return vec![];
            };
            let by_day: Vec<&str> = Weekday::ALL
                .iter()
                .filter(|d| days.contains(d))
                .map(|d| by_day(*d))
                .collect();
            let rule = format!("RRULE:FREQ=WEEKLY;BYDAY={}", by_day.join(","));
            times
                .iter()
                .filter_map(|t| Some((t, t.naive()?)))
                .map(|(t, naive)| Event {
                    uid: format!(
                        "reminder-{}-{:02}{:02}@relief-window",
                        reminder.id, t.hour, t.minute
                    ),
                    start: first.and_time(naive),
                    rule: Some(rule.clone()),
                })
                .collect()
        }
    }
}

fn by_day(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "MO",
        Weekday::Tue => "TU",
        Weekday::Wed => "WE",
        Weekday::Thu => "TH",
        Weekday::Fri => "FR",
        Weekday::Sat => "SA",
        Weekday::Sun => "SU",
    }
}

/// A TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, any
/// line break as `\n`, other control characters (not allowed in TEXT) dropped.
fn escape(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push(c),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Splits a content line into lines of at most 75 octets, each continuation
/// starting with a space (RFC 5545 3.1), never inside a UTF-8 character.
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 60 * 3);
    let mut room = MAX_LINE_OCTETS;
    for c in line.chars() {
        if c.len_utf8() > room {
            out.push_str("\r\n ");
            room = MAX_LINE_OCTETS - 1;
        }
        out.push(c);
        room -= c.len_utf8();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reminders::{LocalTime, ReminderKind};

    fn now() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2026-11-25T09:30:00Z")
            .unwrap()
            .to_utc()
    }

    fn reminder(id: i64, message: &str, schedule: Schedule) -> Reminder {
        Reminder {
            id,
            kind: ReminderKind::Routine,
            message: message.into(),
            enabled: true,
            schedule,
        }
    }

    #[test]
    fn a_whole_calendar() {
        let reminders = [
            reminder(
                1,
                "Exercises, gently; then rest",
                Schedule::Weekly {
                    // 25 November 2026 is a Wednesday: the first Friday is the 27th.
                    days: vec![Weekday::Fri, Weekday::Mon],
                    times: vec![LocalTime::new(8, 0), LocalTime::new(18, 30)],
                },
            ),
            reminder(
                2,
                "Call the clinic",
                Schedule::Once {
                    at: NaiveDateTime::parse_from_str("2026-12-01 09:30", "%Y-%m-%d %H:%M")
                        .unwrap(),
                },
            ),
            Reminder {
                enabled: false,
                ..reminder(
                    3,
                    "Off",
                    Schedule::Once {
                        at: NaiveDateTime::MIN,
                    },
                )
            },
        ];
        let expected = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Relief Window//Reminders//EN",
            "CALSCALE:GREGORIAN",
            "X-RELIEF-WINDOW-TIMEZONE:Europe/London",
            "BEGIN:VEVENT",
            "UID:reminder-1-0800@relief-window",
            "DTSTAMP:20261125T093000Z",
            "DTSTART:20261127T080000",
            "RRULE:FREQ=WEEKLY;BYDAY=MO,FR",
            "SUMMARY:Exercises\\, gently\\; then rest",
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            "TRIGGER:PT0M",
            "DESCRIPTION:Exercises\\, gently\\; then rest",
            "END:VALARM",
            "END:VEVENT",
            "BEGIN:VEVENT",
            "UID:reminder-1-1830@relief-window",
            "DTSTAMP:20261125T093000Z",
            "DTSTART:20261127T183000",
            "RRULE:FREQ=WEEKLY;BYDAY=MO,FR",
            "SUMMARY:Exercises\\, gently\\; then rest",
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            "TRIGGER:PT0M",
            "DESCRIPTION:Exercises\\, gently\\; then rest",
            "END:VALARM",
            "END:VEVENT",
            "BEGIN:VEVENT",
            "UID:reminder-2@relief-window",
            "DTSTAMP:20261125T093000Z",
            "DTSTART:20261201T093000",
            "SUMMARY:Call the clinic",
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            "TRIGGER:PT0M",
            "DESCRIPTION:Call the clinic",
            "END:VALARM",
            "END:VEVENT",
            "END:VCALENDAR",
            "",
        ]
        .join("\r\n");
        assert_eq!(calendar(&reminders, Some("Europe/London"), now()), expected);
    }

    /// One row per case: text, and its escaped TEXT value.
    fn check(text: &str, expected: &str) {
        assert_eq!(escape(text), expected, "{text:?}");
    }

    #[test]
    fn escaping() {
        check("Walk", "Walk");
        check("a\\b", "a\\\\b");
        check("a;b,c", "a\\;b\\,c");
        check("line\nline\r\nline\rline", "line\\nline\\nline\\nline");
        check("tab\there\u{7}bell", "tab\therebell");
        check("Übung: 10 min", "Übung: 10 min");
        check("\\n", "\\\\n");
    }

    #[test]
    fn folding() {
        for message in [
            "a".repeat(200),
            "é".repeat(200),
            "日本語のリマインダー".repeat(20),
            "👍🏽 ".repeat(50),
            "x,".repeat(100),
        ] {
            let text = calendar(
                &[reminder(
                    9,
                    &message,
                    Schedule::Weekly {
                        days: vec![Weekday::Sun],
                        times: vec![LocalTime::new(7, 5)],
                    },
                )],
                None,
                now(),
            );
            assert!(text.ends_with("\r\n"));
            let body = text.strip_suffix("\r\n").unwrap();
            for line in body.split("\r\n") {
                assert!(
                    line.len() <= MAX_LINE_OCTETS,
                    "{} octets: {line}",
                    line.len()
                );
                assert!(!line.contains('\n') && !line.contains('\r'));
            }
            let unfolded = body.replace("\r\n ", "");
            assert!(
                unfolded.contains(&format!("\r\nSUMMARY:{}\r\n", escape(&message))),
                "unfolds to the whole message"
            );
            assert!(unfolded.contains("DTSTART:20261129T070500"), "a Sunday");
        }
    }
}
