//! Reminders: the list and its settings, the person's answers to reminders that
//! rang, pausing, the calendar export, and launch at login.

use chrono::Utc;
use relief_core::reminders::calendar;
use relief_core::{
    default_reminders, Occurrence, Pause, Preferences, QuietHours, RecordId, Reminder,
    ReminderDraft, SnoozeChoice,
};
use serde::Serialize;
use tauri::{AppHandle, Emitter, Manager, Runtime, State, WebviewWindow};
use tauri_plugin_autostart::ManagerExt;
use ts_rs::TS;

use super::args::Checked;
use super::now;
use crate::error::ApiError;
use crate::files::{self, Choice};
use crate::i18n::message;
use crate::reminders::{self, DueReminder, Pending, ReminderAnswer, Waiting, CHANGED_EVENT};
use crate::state::AppState;

/// Everything the Reminders page shows.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct RemindersOverview {
    pub reminders: Vec<Reminder>,
    pub quiet_hours: Option<QuietHours>,
    /// The next reminder to ring, after quiet hours, snoozes and any pause.
    pub next: Option<DueReminder>,
    /// Every reminder held back until then, if paused.
    pub paused: Option<Pause>,
}

#[tauri::command]
pub async fn reminders_overview<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Result<RemindersOverview, ApiError> {
    let journal = state.journal()?;
    let now = Utc::now();
    let paused = journal
        .scheduler_state()?
        .and_then(|m| m.snoozes.paused)
        .filter(|p| p.until > now);
    Ok(RemindersOverview {
        reminders: journal.reminders()?,
        quiet_hours: state.preferences().quiet_hours,
        next: reminders::next_reminder(&app, now)?,
        paused,
    })
}

/// Adds a reminder (no `id`) or changes one. Checked by relief-core first.
#[tauri::command]
pub async fn save_reminder<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    id: Checked<Option<RecordId>>,
    draft: Checked<ReminderDraft>,
) -> Result<Reminder, ApiError> {
    let now = now();
    let valid = draft.into_result()?.validate(now.naive_local())?;
    let journal = state.journal()?;
    let saved = match id.into_result()?.map(RecordId::get) {
        Some(id) => journal.update_reminder(id, &valid, now)?,
        None => journal.add_reminder(&valid, now)?,
    };
    let _ = app.emit(CHANGED_EVENT, ());
    Ok(saved)
}

#[tauri::command]
pub async fn delete_reminder<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    id: Checked<RecordId>,
) -> Result<Reminder, ApiError> {
    let deleted = state.journal()?.delete_reminder(id.into_id()?, now())?;
    let _ = app.emit(CHANGED_EVENT, ());
    Ok(deleted)
}

#[tauri::command]
pub async fn undo_delete_reminder<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    id: Checked<RecordId>,
) -> Result<Reminder, ApiError> {
    let restored = state.journal()?.undo_delete_reminder(id.into_id()?)?;
    let _ = app.emit(CHANGED_EVENT, ());
    Ok(restored)
}

/// The gentle defaults offered on first use: one routine and one diary
/// reminder a day, in the person's language. Only when there are none yet.
#[tauri::command]
pub async fn add_default_reminders<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Result<Vec<Reminder>, ApiError> {
    let journal = state.journal()?;
    if journal.reminders()?.is_empty() {
        let now = now();
        let drafts = default_reminders(
            &message("reminder-default-routine", &[]),
            &message("reminder-default-diary", &[]),
        );
        for draft in drafts {
            journal.add_reminder(&draft.validate(now.naive_local())?, now)?;
        }
        let _ = app.emit(CHANGED_EVENT, ());
    }
    Ok(journal.reminders()?)
}

/// Sets or clears the quiet hours; answers the saved preferences.
#[tauri::command]
pub async fn set_quiet_hours<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    quiet: Checked<Option<QuietHours>>,
) -> Result<Preferences, ApiError> {
    let quiet = quiet.into_result()?.map(|q| q.validate()).transpose()?;
    let preferences = Preferences {
        quiet_hours: quiet,
        ..state.preferences()
    };
    let saved = state.save_preferences(&app, preferences.validate()?)?;
    let _ = app.emit(CHANGED_EVENT, ());
    Ok(saved)
}

/// What waits for an answer: the banners and the catch-up prompt.
#[tauri::command]
pub async fn pending_reminders(waiting: State<'_, Waiting>) -> Result<Pending, ApiError> {
    Ok(waiting.lock().clone())
}

#[tauri::command]
pub async fn answer_reminder<R: Runtime>(
    app: AppHandle<R>,
    occurrence: Checked<Occurrence>,
    answer: Checked<ReminderAnswer>,
) -> Result<Pending, ApiError> {
    reminders::answer(
        &app,
        occurrence.into_result()?,
        answer.into_result()?,
        Utc::now(),
    )
}

/// Holds every reminder back ("Snooze all", "Pause until tomorrow").
#[tauri::command]
pub async fn pause_reminders<R: Runtime>(
    app: AppHandle<R>,
    choice: Checked<SnoozeChoice>,
) -> Result<Pause, ApiError> {
    reminders::pause(&app, choice.into_result()?, Utc::now())
}

#[tauri::command]
pub async fn resume_reminders<R: Runtime>(app: AppHandle<R>) -> Result<(), ApiError> {
    reminders::resume(&app, Utc::now())
}

/// Writes the schedule as an iCalendar file where the person chooses, for a
/// phone's calendar. Answers the saved path, or null if cancelled.
#[tauri::command]
pub async fn export_calendar<R: Runtime>(
    window: WebviewWindow<R>,
    state: State<'_, AppState>,
) -> Result<Option<String>, ApiError> {
    let reminders = state.journal()?.reminders()?;
    let text = calendar(&reminders, None, Utc::now());
    let title = message("dialog-save-calendar-title", &[]);
    let filter_name = message("dialog-calendar-filter", &[]);
    let Some(path) = files::choose_to_save(
        &window,
        Choice {
            title: &title,
            filter_name: &filter_name,
            extensions: &["ics"],
        },
        "relief-window-reminders.ics",
    )
    .await
    else {
        return Ok(None);
    };
    crate::writing::write_chosen(&path, text.as_bytes(), state.data_dir())?;
    Ok(Some(path.display().to_string()))
}

/// Whether the app starts when the person logs in. The operating system keeps
/// the answer, so it is read from there, never remembered separately.
#[tauri::command]
pub async fn launch_at_login<R: Runtime>(app: AppHandle<R>) -> Result<bool, ApiError> {
    let Some(autostart) = app.try_state::<tauri_plugin_autostart::AutoLaunchManager>() else {
        return Err(ApiError::new("autostart_unavailable", &[]));
    };
    autostart.is_enabled().map_err(|e| {
        eprintln!("relief-window: launch at login: {e}");
        ApiError::new("autostart_failed", &[])
    })
}

/// Opt-in, from onboarding and Settings.
#[tauri::command]
pub async fn set_launch_at_login<R: Runtime>(
    app: AppHandle<R>,
    enabled: Checked<bool>,
) -> Result<bool, ApiError> {
    if app
        .try_state::<tauri_plugin_autostart::AutoLaunchManager>()
        .is_none()
    {
        return Err(ApiError::new("autostart_unavailable", &[]));
    }
    let autolaunch = app.autolaunch();
    let changed = if enabled.into_result()? {
        autolaunch.enable()
    } else {
        autolaunch.disable()
    };
    changed.and_then(|()| autolaunch.is_enabled()).map_err(|e| {
        eprintln!("relief-window: launch at login: {e}");
        ApiError::new("autostart_failed", &[])
    })
}
