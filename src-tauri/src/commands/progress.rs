//! Progress: the section's charts for a range, Today's summary, the day's
//! walking minutes, and the function measures (PSFS, ODI and RMDQ totals).
//!
//! The views are read and computed by `Journal::progress` and
//! `Journal::today_summary` (relief-store's queries, relief-core's statistics),
//! the same functions `cargo xtask bench data` times; these commands only read
//! the clock and pass the local date.

use chrono::NaiveDate;
use relief_core::pain::Walk;
use relief_core::{ProgressRange, ProgressView, PsfsRecord, ScoredMeasureRecord, TodaySummary};
use relief_core::{PsfsDraft, RecordId, ScoredMeasureDraft};
use tauri::State;

use super::args::Checked;
use super::now;
use crate::error::ApiError;
use crate::state::AppState;

#[tauri::command]
pub async fn progress(
    state: State<'_, AppState>,
    range: Checked<ProgressRange>,
) -> Result<ProgressView, ApiError> {
    let range = range.into_result()?;
    Ok(state.journal()?.progress(range, now().date_naive())?)
}

#[tauri::command]
pub async fn today_summary(state: State<'_, AppState>) -> Result<TodaySummary, ApiError> {
    Ok(state.journal()?.today_summary(now().date_naive())?)
}

/// Sets the minutes walked on `date`, replacing what was there.
#[tauri::command]
pub async fn set_walking(
    state: State<'_, AppState>,
    date: Checked<NaiveDate>,
    minutes: Checked<f64>,
) -> Result<Walk, ApiError> {
    let now = now();
    let walk = Walk::new(
        date.into_result()?,
        minutes.into_result()?,
        now.date_naive(),
    )?;
    Ok(state.journal()?.set_walking(&walk, now)?)
}

#[tauri::command]
pub async fn add_psfs(
    state: State<'_, AppState>,
    draft: Checked<PsfsDraft>,
) -> Result<PsfsRecord, ApiError> {
    let now = now();
    let valid = draft.into_result()?.validate(now.date_naive())?;
    Ok(state.journal()?.add_psfs(&valid, now)?)
}

#[tauri::command]
pub async fn delete_psfs(
    state: State<'_, AppState>,
    id: Checked<RecordId>,
) -> Result<PsfsRecord, ApiError> {
    Ok(state.journal()?.delete_psfs(id.into_id()?, now())?)
}

#[tauri::command]
pub async fn undo_delete_psfs(
    state: State<'_, AppState>,
    id: Checked<RecordId>,
) -> Result<PsfsRecord, ApiError> {
    Ok(state.journal()?.undo_delete_psfs(id.into_id()?)?)
}

/// Every PSFS, oldest first, for the list the person edits.
#[tauri::command]
pub async fn list_psfs(state: State<'_, AppState>) -> Result<Vec<PsfsRecord>, ApiError> {
    Ok(state.journal()?.psfs_records()?)
}

#[tauri::command]
pub async fn add_measure(
    state: State<'_, AppState>,
    draft: Checked<ScoredMeasureDraft>,
) -> Result<ScoredMeasureRecord, ApiError> {
    let now = now();
    let valid = draft.into_result()?.validate(now.date_naive())?;
    Ok(state.journal()?.add_measure(&valid, now)?)
}

#[tauri::command]
pub async fn delete_measure(
    state: State<'_, AppState>,
    id: Checked<RecordId>,
) -> Result<ScoredMeasureRecord, ApiError> {
    Ok(state.journal()?.delete_measure(id.into_id()?, now())?)
}

#[tauri::command]
pub async fn undo_delete_measure(
    state: State<'_, AppState>,
    id: Checked<RecordId>,
) -> Result<ScoredMeasureRecord, ApiError> {
    Ok(state.journal()?.undo_delete_measure(id.into_id()?)?)
}
