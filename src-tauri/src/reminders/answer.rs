//! The person's answer to a reminder that rang: done, snooze, later today, or
//! skip with a reason. Each answer is recorded in the journal, then the reminder
//! leaves the banner or the catch-up prompt.

use chrono::{DateTime, Local, Utc};
use relief_core::reminders::{later_today, ReminderEvent, ReminderOutcome, SchedulerState};
use relief_core::{snooze_until, LocalTime, Occurrence, Pause, SkipReason, SnoozeChoice, Snoozes};
use serde::Deserialize;
use tauri::{AppHandle, Emitter, Manager, Runtime};
use ts_rs::TS;

use super::{Pending, Waiting, CHANGED_EVENT};
use crate::error::ApiError;
use crate::state::AppState;

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(tag = "answer", rename_all = "camelCase")]
#[ts(tag = "answer", rename_all = "camelCase")]
pub enum ReminderAnswer {
    Done,
    Snooze {
        choice: SnoozeChoice,
    },
    /// Later today, at this wall-clock time (from the catch-up prompt).
    Later {
        at: LocalTime,
    },
    Skip {
        reason: SkipReason,
    },
}

/// Records `answer` for `occurrence` and answers what is still waiting.
pub fn answer<R: Runtime>(
    app: &AppHandle<R>,
    occurrence: Occurrence,
    answer: ReminderAnswer,
    now: DateTime<Utc>,
) -> Result<Pending, ApiError> {
    let state = app.state::<AppState>();
    let journal = state.journal()?;
    let waiting = app.state::<Waiting>();
    let mut pending = waiting.lock();
    let mut memory = memory(journal, now)?;
    let outcome = match answer {
        ReminderAnswer::Done => ReminderOutcome::Done,
        ReminderAnswer::Snooze { choice } => {
            let quiet = state.preferences().quiet_hours;
            let until = snooze_until(choice, now, &Local, quiet.as_ref());
            memory.snoozes.snooze(occurrence.reminder_id, until);
            ReminderOutcome::Snoozed
        }
        ReminderAnswer::Later { at } => {
            let until = later_today(at, now, &Local)?;
            memory.snoozes.snooze(occurrence.reminder_id, until);
            ReminderOutcome::Moved
        }
        // The journal keeps the reason's kind, not an "other" text.
        ReminderAnswer::Skip { reason } => ReminderOutcome::Skipped { reason },
    };
    let from_catch_up = pending.catch_up.iter().any(|d| d.occurrence == occurrence);
    journal.record_reminder_event(
        &ReminderEvent {
            occurrence,
            outcome,
            from_catch_up,
        },
        now.with_timezone(&Local).fixed_offset(),
    )?;
    journal.save_scheduler_state(&memory)?;
    pending.take(&occurrence);
    let answer = pending.clone();
    drop(pending);
    let _ = app.emit(CHANGED_EVENT, ());
    Ok(answer)
}

/// Holds every reminder back: "Snooze all 1 hour" and "Pause until tomorrow".
pub fn pause<R: Runtime>(
    app: &AppHandle<R>,
    choice: SnoozeChoice,
    now: DateTime<Utc>,
) -> Result<Pause, ApiError> {
    let state = app.state::<AppState>();
    let journal = state.journal()?;
    let waiting = app.state::<Waiting>();
    let _serialised = waiting.lock();
    let mut memory = memory(journal, now)?;
    let quiet = state.preferences().quiet_hours;
    let paused = Pause {
        from: now,
        until: snooze_until(choice, now, &Local, quiet.as_ref()),
    };
    memory.snoozes.paused = Some(paused);
    journal.save_scheduler_state(&memory)?;
    let _ = app.emit(CHANGED_EVENT, ());
    Ok(paused)
}

/// Ends a pause now.
pub fn resume<R: Runtime>(app: &AppHandle<R>, now: DateTime<Utc>) -> Result<(), ApiError> {
    let state = app.state::<AppState>();
    let journal = state.journal()?;
    let waiting = app.state::<Waiting>();
    let _serialised = waiting.lock();
    let mut memory = memory(journal, now)?;
    memory.snoozes.paused = None;
    journal.save_scheduler_state(&memory)?;
    let _ = app.emit(CHANGED_EVENT, ());
    Ok(())
}

fn memory(journal: &relief_store::Journal, now: DateTime<Utc>) -> Result<SchedulerState, ApiError> {
    Ok(journal.scheduler_state()?.unwrap_or(SchedulerState {
        last_check: now,
        snoozes: Snoozes::default(),
    }))
}
