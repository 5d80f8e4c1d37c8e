//! The exercise routine: the library, the current plan and its history, and
//! the sessions done.

use relief_core::{
    exercises, starting_plan, Exercise, OfferAnswer, OfferKey, Plan, PlanOffers, PlanRecord,
    PlanSource, RecordId, SessionDraft, SessionRecord,
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

/// The plan the app offers someone with none yet: their phase's, from their
/// latest procedure; the gentlest (walking and gentle mobility) if none is
/// recorded. Chosen by date only.
#[tauri::command]
pub async fn default_plan_for_today(state: State<'_, AppState>) -> Result<Plan, ApiError> {
    let procedures = state.journal()?.procedures()?;
    Ok(starting_plan(&procedures, now().date_naive()))
}

/// What the app offers about the plan today: the plan of a new phase, a note
/// for a plan that is not the app's own, a review date come, dose steps.
#[tauri::command]
pub async fn plan_offers(state: State<'_, AppState>) -> Result<PlanOffers, ApiError> {
    Ok(state.journal()?.plan_offers(now().date_naive())?)
}

/// "Not now" to an offer, or "OK" to a note: kept, so it is not asked again
/// until something new happens.
#[tauri::command]
pub async fn answer_offer(
    state: State<'_, AppState>,
    key: Checked<OfferKey>,
) -> Result<OfferAnswer, ApiError> {
    Ok(state.journal()?.answer_offer(&key.into_result()?, now())?)
}

/// Takes up an offer (a phase's plan, a dose's next step) if it still stands;
/// the old plan goes to the history. Anything else is `offer_expired`.
#[tauri::command]
pub async fn accept_offer(
    state: State<'_, AppState>,
    key: Checked<OfferKey>,
) -> Result<PlanRecord, ApiError> {
    Ok(state.journal()?.accept_offer(&key.into_result()?, now())?)
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
    id: Checked<RecordId>,
    draft: Checked<SessionDraft>,
) -> Result<SessionRecord, ApiError> {
    let now = now();
    let id = id.into_id()?;
    let session = draft.into_result()?.validate(now)?;
    Ok(state.journal()?.update_session(id, &session, now)?)
}

#[tauri::command]
pub async fn delete_session(
    state: State<'_, AppState>,
    id: Checked<RecordId>,
) -> Result<SessionRecord, ApiError> {
    Ok(state.journal()?.delete_session(id.into_id()?, now())?)
}

#[tauri::command]
pub async fn undo_delete_session(
    state: State<'_, AppState>,
    id: Checked<RecordId>,
) -> Result<SessionRecord, ApiError> {
    Ok(state.journal()?.undo_delete_session(id.into_id()?)?)
}

#[tauri::command]
pub async fn recent_sessions(
    state: State<'_, AppState>,
    limit: Checked<u32>,
) -> Result<Vec<SessionRecord>, ApiError> {
    let limit = limit.into_result()?.clamp(1, MAX_SESSIONS);
    Ok(state.journal()?.recent_sessions(limit)?)
}
