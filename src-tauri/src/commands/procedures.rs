//! Procedure records and the relief-window timeline.

use relief_core::{timeline, Procedure, ProcedureDraft, RecordId, Timeline};
use tauri::State;

use super::args::Checked;
use super::now;
use crate::error::ApiError;
use crate::state::AppState;

#[tauri::command]
pub async fn list_procedures(state: State<'_, AppState>) -> Result<Vec<Procedure>, ApiError> {
    Ok(state.journal()?.procedures()?)
}

#[tauri::command]
pub async fn add_procedure(
    state: State<'_, AppState>,
    draft: Checked<ProcedureDraft>,
) -> Result<Procedure, ApiError> {
    let now = now();
    let valid = draft.into_result()?.validate(now.date_naive())?;
    Ok(state.journal()?.add_procedure(&valid, now)?)
}

#[tauri::command]
pub async fn update_procedure(
    state: State<'_, AppState>,
    id: Checked<RecordId>,
    draft: Checked<ProcedureDraft>,
) -> Result<Procedure, ApiError> {
    let now = now();
    let id = id.into_id()?;
    let valid = draft.into_result()?.validate(now.date_naive())?;
    Ok(state.journal()?.update_procedure(id, &valid, now)?)
}

#[tauri::command]
pub async fn delete_procedure(
    state: State<'_, AppState>,
    id: Checked<RecordId>,
) -> Result<Procedure, ApiError> {
    Ok(state.journal()?.delete_procedure(id.into_id()?, now())?)
}

#[tauri::command]
pub async fn undo_delete_procedure(
    state: State<'_, AppState>,
    id: Checked<RecordId>,
) -> Result<Procedure, ApiError> {
    Ok(state.journal()?.undo_delete_procedure(id.into_id()?)?)
}

/// Where the person stands today; `null` until they record a procedure.
#[tauri::command]
pub async fn timeline(state: State<'_, AppState>) -> Result<Option<Timeline>, ApiError> {
    let procedures = state.journal()?.procedures()?;
    Ok(timeline::for_procedures(&procedures, now().date_naive()))
}
