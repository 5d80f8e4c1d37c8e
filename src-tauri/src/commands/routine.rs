//! The exercise routine: the library, the current plan and its history, and
//! the sessions done.

use relief_core::{
    default_plan, exercises, timeline, Exercise, Plan, PlanRecord, PlanSource, SessionDraft,
    SessionRecord,
};
use tauri::State;

use super::args::Checked;
use super::now;
use crate::error::ApiError;
use crate::state::AppState;

/// The most sessions one call returns.
const MAX_SESSIONS: u32 = 500;

#[tauri::command]
pub async fn exercise_library() -> Result<Vec<Exercise>, ApiError> {
    Ok(exercises::library().to_vec())
}

#[tauri::command]
pub async fn current_plan(state: State<'_, AppState>) -> Result<Option<PlanRecord>, ApiError> {
    Ok(state.journal()?.current_plan()?)
}

/// The phased default plan for where the person stands today (from their latest
/// procedure; the full programme if none is recorded). Chosen by date only.
#[tauri::command]
pub async fn default_plan_for_today(state: State<'_, AppState>) -> Result<Plan, ApiError> {
    let procedures = state.journal()?.procedures()?;
    let phase = timeline::for_procedures(&procedures, now().date_naive())
        .map_or(timeline::Phase::Strengthen, |t| t.position.phase);
    Ok(default_plan(phase))
}

#[tauri::command]
pub async fn save_plan(
    state: State<'_, AppState>,
    plan: Checked<Plan>,
    source: Checked<PlanSource>,
) -> Result<PlanRecord, ApiError> {
    let now = now();
    let valid = plan.into_result()?.validate(now.date_naive())?;
    Ok(state
        .journal()?
        .replace_plan(&valid, source.into_result()?, now)?)
}

#[tauri::command]
pub async fn plan_history(state: State<'_, AppState>) -> Result<Vec<PlanRecord>, ApiError> {
    Ok(state.journal()?.plan_history()?)
}

#[tauri::command]
pub async fn log_session(
    state: State<'_, AppState>,
    draft: Checked<SessionDraft>,
) -> Result<SessionRecord, ApiError> {
    let now = now();
    let session = draft.into_result()?.validate(now)?;
    let journal = state.journal()?;
    let plan_id = journal.current_plan()?.map(|p| p.id);
    Ok(journal.add_session(&session, plan_id, now)?)
}

#[tauri::command]
pub async fn update_session(
    state: State<'_, AppState>,
    id: Checked<i64>,
    draft: Checked<SessionDraft>,
) -> Result<SessionRecord, ApiError> {
    let now = now();
    let id = id.into_result()?;
    let session = draft.into_result()?.validate(now)?;
    Ok(state.journal()?.update_session(id, &session, now)?)
}

#[tauri::command]
pub async fn delete_session(
    state: State<'_, AppState>,
    id: Checked<i64>,
) -> Result<SessionRecord, ApiError> {
    Ok(state.journal()?.delete_session(id.into_result()?, now())?)
}

#[tauri::command]
pub async fn undo_delete_session(
    state: State<'_, AppState>,
    id: Checked<i64>,
) -> Result<SessionRecord, ApiError> {
    Ok(state.journal()?.undo_delete_session(id.into_result()?)?)
}

#[tauri::command]
pub async fn recent_sessions(
    state: State<'_, AppState>,
    limit: Checked<u32>,
) -> Result<Vec<SessionRecord>, ApiError> {
    let limit = limit.into_result()?.clamp(1, MAX_SESSIONS);
    Ok(state.journal()?.recent_sessions(limit)?)
}
