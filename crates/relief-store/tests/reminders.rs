//! Reminders, what became of each one that fell due, and the scheduler's memory,
//! through the journal's public API.

mod common;

use chrono::{DateTime, NaiveDateTime, Utc};
use relief_core::reminders::{ReminderEvent, ReminderOutcome, SchedulerState};
use relief_core::{
    LocalTime, Occurrence, Pause, ReminderDraft, ReminderKind, Schedule, SkipReason, Snoozes,
    ValidReminder, Weekday,
};
use relief_store::StoreError;

use common::{now, open};

fn weekly(message: &str, hour: u8) -> ValidReminder {
    ReminderDraft {
        kind: ReminderKind::Routine,
        message: message.into(),
        enabled: true,
        schedule: Schedule::Weekly {
            days: vec![Weekday::Mon, Weekday::Thu],
            times: vec![LocalTime::new(hour, 0)],
        },
    }
    .validate(now().naive_local())
    .expect("a valid reminder")
}

fn utc(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text)
        .unwrap()
        .with_timezone(&Utc)
}

fn event(reminder_id: i64, due: &str, outcome: ReminderOutcome) -> ReminderEvent {
    ReminderEvent {
        occurrence: Occurrence {
            reminder_id,
            local: NaiveDateTime::parse_from_str("2026-03-30T10:00:00", "%Y-%m-%dT%H:%M:%S")
                .unwrap(),
            due: utc(due),
        },
        outcome,
        from_catch_up: false,
    }
}

#[test]
fn reminders_round_trip_change_and_delete_with_undo() {
    let dir = tempfile::tempdir().unwrap();
    let journal = open(dir.path());
    let first = journal
        .add_reminder(&weekly("Exercises", 10), now())
        .unwrap();
    let second = journal.add_reminder(&weekly("Diary", 19), now()).unwrap();
    assert_eq!(first.message, "Exercises");
    assert_eq!(
        first.schedule,
        Schedule::Weekly {
            days: vec![Weekday::Mon, Weekday::Thu],
            times: vec![LocalTime::new(10, 0)]
        }
    );
    let changed = journal
        .update_reminder(first.id, &weekly("Morning exercises", 9), now())
        .unwrap();
    assert_eq!(changed.message, "Morning exercises");

    journal.delete_reminder(second.id, now()).unwrap();
    assert_eq!(journal.reminders().unwrap(), vec![changed.clone()]);
    assert!(matches!(
        journal.update_reminder(second.id, &weekly("x", 8), now()),
        Err(StoreError::NotFound { .. })
    ));
    journal.undo_delete_reminder(second.id).unwrap();
    assert_eq!(journal.reminders().unwrap().len(), 2);

    drop(journal);
    let again = open(dir.path());
    assert_eq!(
        again.reminders().unwrap()[0],
        changed,
        "kept across a restart"
    );
}

#[test]
fn events_are_kept_and_a_deleted_reminder_with_events_survives_the_purge() {
    let dir = tempfile::tempdir().unwrap();
    let journal = open(dir.path());
    let kept = journal
        .add_reminder(&weekly("Exercises", 10), now())
        .unwrap();
    let gone = journal.add_reminder(&weekly("Diary", 19), now()).unwrap();
    for (due, outcome) in [
        ("2026-03-30T09:00:00Z", ReminderOutcome::Shown),
        ("2026-03-30T09:00:00Z", ReminderOutcome::Done),
        (
            "2026-04-02T09:00:00Z",
            ReminderOutcome::Skipped {
                reason: SkipReason::NoTime,
            },
        ),
    ] {
        journal
            .record_reminder_event(&event(kept.id, due, outcome), now())
            .unwrap();
    }
    assert!(matches!(
        journal.record_reminder_event(
            &event(999, "2026-03-30T09:00:00Z", ReminderOutcome::Shown),
            now()
        ),
        Err(StoreError::NotFound { id: 999 })
    ));
    journal.delete_reminder(kept.id, now()).unwrap();
    journal.delete_reminder(gone.id, now()).unwrap();
    drop(journal);

    // Reopening purges deleted rows, except a reminder whose events point at it.
    let again = open(dir.path());
    assert!(again.reminders().unwrap().is_empty());
    assert!(matches!(
        again.undo_delete_reminder(gone.id),
        Err(StoreError::NotFound { .. })
    ));
    let outcomes = again
        .reminder_outcomes(utc("2026-03-30T00:00:00Z"), utc("2026-04-06T00:00:00Z"))
        .unwrap();
    assert_eq!(
        outcomes,
        vec![
            ("done".to_owned(), 1),
            ("shown".to_owned(), 1),
            ("skipped".to_owned(), 1)
        ]
    );
}

#[test]
fn the_scheduler_state_round_trips() {
    let dir = tempfile::tempdir().unwrap();
    let journal = open(dir.path());
    assert_eq!(
        journal.scheduler_state().unwrap(),
        None,
        "none before the first check"
    );
    let mut snoozes = Snoozes::default();
    snoozes.snooze(3, utc("2026-03-30T10:30:00Z"));
    snoozes.paused = Some(Pause {
        from: utc("2026-03-30T10:00:00Z"),
        until: utc("2026-03-31T07:00:00Z"),
    });
    let state = SchedulerState {
        last_check: utc("2026-03-30T10:05:00Z"),
        snoozes,
    };
    journal.save_scheduler_state(&state).unwrap();
    let later = SchedulerState {
        last_check: utc("2026-03-30T10:05:30Z"),
        ..state.clone()
    };
    journal.save_scheduler_state(&later).unwrap();
    drop(journal);
    assert_eq!(open(dir.path()).scheduler_state().unwrap(), Some(later));
}
