//! Pain log commands: log, edit, delete with undo, and the recent list.

use relief_core::{PainDraft, PainEntry, RecordId};
use tauri::State;

use super::args::Checked;
use super::now;
use crate::error::ApiError;
use crate::state::AppState;

/// The most entries one call returns; the UI pages beyond it.
const MAX_LIMIT: u32 = 500;

#[tauri::command]
pub async fn log_pain(
    state: State<'_, AppState>,
    draft: Checked<PainDraft>,
) -> Result<PainEntry, ApiError> {
    let now = now();
    let valid = draft.into_result()?.validate(now)?;
    Ok(state.journal()?.add_pain(&valid, now)?)
}

#[tauri::command]
pub async fn update_pain(
    state: State<'_, AppState>,
    id: Checked<RecordId>,
    draft: Checked<PainDraft>,
) -> Result<PainEntry, ApiError> {
    let now = now();
    let id = id.into_id()?;
    let valid = draft.into_result()?.validate(now)?;
    Ok(state.journal()?.update_pain(id, &valid, now)?)
}

#[tauri::command]
pub async fn delete_pain(
    state: State<'_, AppState>,
    id: Checked<RecordId>,
) -> Result<PainEntry, ApiError> {
    Ok(state.journal()?.delete_pain(id.into_id()?, now())?)
}

#[tauri::command]
pub async fn undo_delete_pain(
    state: State<'_, AppState>,
    id: Checked<RecordId>,
) -> Result<PainEntry, ApiError> {
    Ok(state.journal()?.undo_delete_pain(id.into_id()?)?)
}

#[tauri::command]
pub async fn recent_pain(
    state: State<'_, AppState>,
    limit: Checked<u32>,
) -> Result<Vec<PainEntry>, ApiError> {
    let limit = limit.into_result()?.clamp(1, MAX_LIMIT);
    Ok(state.journal()?.recent_pain(limit)?)
}
