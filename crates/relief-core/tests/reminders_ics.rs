//! The iCalendar export read back by a real parser (the `ical` crate), as a
//! calendar app would: one event per reminder time, weekly rules on the right
//! days, floating local times, an alarm on each, and the person's words intact.

use chrono::{DateTime, NaiveDate, Utc};
use ical::parser::ical::component::IcalEvent;
use ical::IcalParser;
use relief_core::reminders::calendar;
use relief_core::{LocalTime, Reminder, ReminderKind, Schedule, Weekday};

fn reminder(id: i64, message: &str, enabled: bool, schedule: Schedule) -> Reminder {
    Reminder {
        id,
        kind: ReminderKind::Routine,
        message: message.into(),
        enabled,
        schedule,
    }
}

fn property<'a>(event: &'a IcalEvent, name: &str) -> Option<&'a str> {
    event
        .properties
        .iter()
        .find(|p| p.name == name)
        .and_then(|p| p.value.as_deref())
}

/// RFC 5545 3.3.11 TEXT, read back.
fn unescape(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        match (c, c == '\\') {
            (_, true) => match chars.next() {
                Some('n') | Some('N') => out.push('\n'),
                Some(other) => out.push(other),
                None => {}
            },
            (c, false) => out.push(c),
        }
    }
    out
}

#[test]
fn a_calendar_app_reads_every_reminder_back() {
    let words = "Gentle walk, then stretches; see the notes\nfrom Ana — 10 minutes, not more. A very long line goes on and on to pass seventy-five octets.";
    let reminders = [
        reminder(
            1,
            words,
            true,
            Schedule::Weekly {
                days: vec![Weekday::Mon, Weekday::Wed, Weekday::Fri],
                times: vec![LocalTime::new(8, 0), LocalTime::new(18, 30)],
            },
        ),
        reminder(
            2,
            "Book a follow-up with the clinic",
            true,
            Schedule::Once {
                at: NaiveDate::from_ymd_opt(2026, 12, 3)
                    .and_then(|d| d.and_hms_opt(9, 30, 0))
                    .expect("a date"),
            },
        ),
        reminder(
            3,
            "Switched off",
            false,
            Schedule::Weekly {
                days: vec![Weekday::Sun],
                times: vec![LocalTime::new(7, 0)],
            },
        ),
    ];
    let now: DateTime<Utc> = "2026-11-25T10:00:00Z".parse().expect("a time");
    let text = calendar(&reminders, Some("Europe/London"), now);

    let mut parsed = IcalParser::new(text.as_bytes());
    let calendar = parsed
        .next()
        .expect("one calendar")
        .expect("the file parses");
    assert!(parsed.next().is_none(), "exactly one calendar");
    assert_eq!(
        calendar.events.len(),
        3,
        "two times of the weekly one, the one-off; not the disabled one"
    );

    let mut starts = Vec::new();
    for event in &calendar.events {
        let start = property(event, "DTSTART").expect("every event starts");
        assert!(
            !start.ends_with('Z'),
            "floating local time, not UTC: {start}"
        );
        assert!(
            event.properties.iter().all(|p| p.params.is_none()),
            "no TZID or other parameters: the times float"
        );
        assert!(property(event, "UID").is_some() && property(event, "DTSTAMP").is_some());
        assert_eq!(event.alarms.len(), 1, "an alarm on each event");
        let alarm = &event.alarms[0];
        let action = alarm.properties.iter().find(|p| p.name == "ACTION");
        assert_eq!(action.and_then(|p| p.value.as_deref()), Some("DISPLAY"));
        starts.push((
            start.to_owned(),
            property(event, "RRULE").map(str::to_owned),
            unescape(property(event, "SUMMARY").expect("a summary")),
        ));
    }
    starts.sort();
    // 25 November 2026 is a Wednesday: the weekly events start that day.
    assert_eq!(
        starts,
        vec![
            (
                "20261125T080000".to_owned(),
                Some("FREQ=WEEKLY;BYDAY=MO,WE,FR".to_owned()),
                words.to_owned()
            ),
            (
                "20261125T183000".to_owned(),
                Some("FREQ=WEEKLY;BYDAY=MO,WE,FR".to_owned()),
                words.to_owned()
            ),
            (
                "20261203T093000".to_owned(),
                None,
                "Book a follow-up with the clinic".to_owned()
            ),
        ]
    );
    assert!(text.lines().all(|l| l.len() <= 75), "folded at 75 octets");
    assert!(text.contains("\r\n"), "CRLF line ends");
}
