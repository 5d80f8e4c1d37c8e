//! Export, backup and restore, and review mode, through the native dialogs.
//!
//! The webview names a format and dates, never a path: Rust shows the save or
//! open dialog (which asks before replacing a file), writes the file whole
//! (temporary file, sync, rename) or reads a file bounded in size, and answers
//! with the file's name or a preview. Cancelling a dialog answers null.

use relief_core::{ProgressRange, ProgressView};
use relief_export::backup::MAX_BACKUP_BYTES;
use tauri::{AppHandle, Runtime, State, WebviewWindow};

use super::args::Checked;
use super::now;
use crate::error::ApiError;
use crate::exports::{render_journal, ExportChoices, ExportFormat};
use crate::files::{self, Choice};
use crate::i18n::message;
use crate::restore::{RestoreChoice, RestoreDone, RestorePreview};
use crate::review::{Review, ReviewInfo};
use crate::state::{lock, AppState};

/// Which journal an export reads: the person's own, or the one under review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub enum ExportSource {
    Journal,
    Review,
}

/// Renders the export, asks where to save it, and writes it. Answers the
/// saved file's full path, or null if the person cancelled. Bad choices (a
/// date after today) are refused before the dialog.
#[tauri::command]
pub async fn export_file<R: Runtime>(
    window: WebviewWindow<R>,
    state: State<'_, AppState>,
    choices: Checked<ExportChoices>,
    source: Checked<ExportSource>,
) -> Result<Option<String>, ApiError> {
    let choices = choices.into_result()?;
    let now = now();
    let bytes = match source.into_result()? {
        ExportSource::Journal => {
            let preferences = state.preferences();
            render_journal(state.journal()?, &choices, Some(&preferences), now)?
        }
        ExportSource::Review => {
            let review = lock(&state.review);
            let review = review
                .as_ref()
                .ok_or_else(|| ApiError::new("review_not_open", &[]))?;
            render_journal(&review.journal, &choices, None, now)?
        }
    };
    let (title, filter) = match choices.format {
        ExportFormat::Pdf => ("dialog-save-pdf-title", "dialog-pdf-filter"),
        ExportFormat::Csv => ("dialog-save-csv-title", "dialog-csv-filter"),
        ExportFormat::Fhir => ("dialog-save-fhir-title", "dialog-fhir-filter"),
        ExportFormat::Backup => ("dialog-save-backup-title", "dialog-backup-filter"),
    };
    let (title, filter) = (message(title, &[]), message(filter, &[]));
    let Some(path) = files::choose_to_save(
        &window,
        Choice {
            title: &title,
            filter_name: &filter,
            extensions: &[choices.format.extension()],
        },
        &choices.format.suggested_name(now.date_naive()),
    )
    .await
    else {
        return Ok(None);
    };
    crate::writing::write_chosen(&path, &bytes, state.data_dir())?;
    Ok(Some(path.display().to_string()))
}

async fn open_backup<R: Runtime>(
    window: &WebviewWindow<R>,
    title_id: &str,
) -> Result<Option<(Vec<u8>, String)>, ApiError> {
    let (title, filter) = (message(title_id, &[]), message("dialog-backup-filter", &[]));
    let Some(path) = files::choose_to_open(
        window,
        Choice {
            title: &title,
            filter_name: &filter,
            extensions: &["json"],
        },
    )
    .await
    else {
        return Ok(None);
    };
    let bytes = files::read_bounded(&path, MAX_BACKUP_BYTES)?;
    let name = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    Ok(Some((bytes, name)))
}

/// Asks which backup to restore, checks the whole file, and answers a preview
/// with counts; null if cancelled. The journal is untouched.
#[tauri::command]
pub async fn open_restore<R: Runtime>(
    window: WebviewWindow<R>,
    state: State<'_, AppState>,
) -> Result<Option<RestorePreview>, ApiError> {
    let Some((bytes, name)) = open_backup(&window, "dialog-open-backup-title").await? else {
        return Ok(None);
    };
    let journal = state.journal()?;
    lock(&state.pending_restore)
        .preview(journal, &bytes, name, now())
        .map(Some)
}

/// Restores the previewed backup (after an automatic backup of the journal).
/// A replace also brings the backup's preferences.
#[tauri::command]
pub async fn confirm_restore<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    token: Checked<u32>,
    choice: Checked<RestoreChoice>,
) -> Result<RestoreDone, ApiError> {
    let (token, choice) = (token.into_result()?, choice.into_result()?);
    let journal = state.journal()?;
    let (mut done, preferences) =
        lock(&state.pending_restore).confirm(journal, token, choice, now())?;
    if let Some(preferences) = preferences {
        // The records are restored and the preferences committed with them;
        // if their file cannot be written now, the next start writes it.
        match state.save_preferences(&app, preferences) {
            Ok(_) => {
                // Only a second write of the same preferences at next start
                // depends on this; not worth failing a done restore.
                if let Err(error) = journal.preferences_applied() {
                    eprintln!("relief-window: restored preferences not marked saved: {error}");
                }
            }
            Err(error) => {
                eprintln!("relief-window: restored preferences not saved yet: {error:?}");
                done.preferences_pending = true;
            }
        }
    }
    Ok(done)
}

#[tauri::command]
pub async fn cancel_restore(state: State<'_, AppState>) -> Result<(), ApiError> {
    lock(&state.pending_restore).cancel();
    Ok(())
}

/// Opens a patient's backup for review: checked whole, loaded into a private
/// journal. Null if cancelled. Replaces any review already open.
#[tauri::command]
pub async fn open_review<R: Runtime>(
    window: WebviewWindow<R>,
    state: State<'_, AppState>,
) -> Result<Option<ReviewInfo>, ApiError> {
    let Some((bytes, name)) = open_backup(&window, "dialog-open-review-title").await? else {
        return Ok(None);
    };
    let review = Review::load(&bytes, name, now())?;
    let info = review.info()?;
    *lock(&state.review) = Some(review);
    Ok(Some(info))
}

/// The open review, if any.
#[tauri::command]
pub async fn review_status(state: State<'_, AppState>) -> Result<Option<ReviewInfo>, ApiError> {
    lock(&state.review).as_ref().map(Review::info).transpose()
}

/// Progress for the file under review, as `progress` is for the journal.
#[tauri::command]
pub async fn review_progress(
    state: State<'_, AppState>,
    range: Checked<ProgressRange>,
) -> Result<ProgressView, ApiError> {
    let range = range.into_result()?;
    let review = lock(&state.review);
    let review = review
        .as_ref()
        .ok_or_else(|| ApiError::new("review_not_open", &[]))?;
    Ok(review.journal.progress(range, now().date_naive())?)
}

/// Ends the review; its private journal and folder are deleted.
#[tauri::command]
pub async fn close_review(state: State<'_, AppState>) -> Result<(), ApiError> {
    lock(&state.review).take();
    Ok(())
}
