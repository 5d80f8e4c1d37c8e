//! The scheduler's heartbeat: one `check` of relief-core every `TICK`.

use std::time::Duration;

use chrono::{Local, Utc};
use relief_core::reminders::{check, SchedulerState};
use relief_core::reminders::{ReminderEvent, ReminderOutcome};
use relief_core::{Reminder, Snoozes};
use tauri::{AppHandle, Emitter, Manager, Runtime};
use tauri_plugin_notification::NotificationExt;

use super::{notify, DueReminder, Waiting, CHANGED_EVENT};
use crate::error::ApiError;
use crate::state::AppState;

/// How often the wall clock is compared: within relief-core's two-minute grace,
/// and rare enough to cost next to nothing.
pub const TICK: Duration = Duration::from_secs(30);

/// Starts the heartbeat. The first check runs at once, so what fell due while
/// the app was closed is caught up at start.
pub fn start<R: Runtime>(app: &AppHandle<R>) {
    // A click on a reminder's notification opens the window, where the same
    // reminder waits with its buttons.
    let shown = app.clone();
    let _ = app.notification().on_action(move |_| {
        crate::window::show(&shown, crate::window::Destination::Today);
    });
    let app = app.clone();
    tauri::async_runtime::spawn(async move {
        let mut interval = tokio::time::interval(TICK);
        // After a sleep, one check covers the gap; a burst of missed ticks would
        // only repeat it.
        interval.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Skip);
        loop {
            interval.tick().await;
            if let Err(e) = tick(&app, Utc::now()) {
                eprintln!("relief-window: reminder check failed: {}", e.message);
            }
        }
    });
}

/// One check at `now`: shows what is due, gathers what was missed, and moves
/// the scheduler's memory on. Public so the tests can pin `now`.
pub fn tick<R: Runtime>(app: &AppHandle<R>, now: chrono::DateTime<Utc>) -> Result<(), ApiError> {
    let state = app.state::<AppState>();
    let Ok(journal) = state.journal() else {
        // The window explains a journal that could not be opened.
        return Ok(());
    };
    let waiting = app.state::<Waiting>();
    let mut pending = waiting.lock();
    let mut memory = journal.scheduler_state()?.unwrap_or(SchedulerState {
        // The first check ever starts now: nothing from before the app existed.
        last_check: now,
        snoozes: Snoozes::default(),
    });
    let reminders = journal.reminders()?;
    let quiet = state.preferences().quiet_hours;
    let found = check(
        &reminders,
        quiet.as_ref(),
        &memory.snoozes,
        memory.last_check,
        now,
        &Local,
    );
    let stamp = now.with_timezone(&Local).fixed_offset();
    let mut changed = false;
    for (occurrence, from_catch_up) in found
        .due
        .iter()
        .map(|o| (o, false))
        .chain(found.catch_up.iter().map(|o| (o, true)))
    {
        let Some(reminder) = reminders.iter().find(|r| r.id == occurrence.reminder_id) else {
            continue;
        };
        let due = due_reminder(reminder, *occurrence);
        pending.take(occurrence);
        if from_catch_up {
            pending.catch_up.push(due);
        } else {
            notify::reminder(app, &due);
            pending.due.push(due);
        }
        journal.record_reminder_event(
            &ReminderEvent {
                occurrence: *occurrence,
                outcome: ReminderOutcome::Shown,
                from_catch_up,
            },
            stamp,
        )?;
        changed = true;
    }
    if !found.catch_up.is_empty() {
        notify::catch_up(app, pending.catch_up.len());
    }
    memory.snoozes.prune(now);
    // A clock set back rings nothing twice: the last check never moves back.
    memory.last_check = memory.last_check.max(now);
    journal.save_scheduler_state(&memory)?;
    drop(pending);
    if changed {
        let _ = app.emit(CHANGED_EVENT, ());
    }
    Ok(())
}

fn due_reminder(reminder: &Reminder, occurrence: relief_core::Occurrence) -> DueReminder {
    DueReminder {
        occurrence,
        kind: reminder.kind,
        message: reminder.message.clone(),
    }
}

/// The next reminder to ring after `now`, after quiet hours, snoozes and pause.
pub fn next_reminder<R: Runtime>(
    app: &AppHandle<R>,
    now: chrono::DateTime<Utc>,
) -> Result<Option<DueReminder>, ApiError> {
    let state = app.state::<AppState>();
    let journal = state.journal()?;
    let snoozes = journal
        .scheduler_state()?
        .map(|m| m.snoozes)
        .unwrap_or_default();
    let reminders = journal.reminders()?;
    let quiet = state.preferences().quiet_hours;
    let found = check(&reminders, quiet.as_ref(), &snoozes, now, now, &Local);
    Ok(found.next.and_then(|o| {
        reminders
            .iter()
            .find(|r| r.id == o.reminder_id)
            .map(|r| due_reminder(r, o))
    }))
}
