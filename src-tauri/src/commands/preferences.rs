//! Preference commands. Values are checked by relief-core before they are saved.

use relief_core::Preferences;
use tauri::{AppHandle, Runtime, State};

use super::args::Checked;
use crate::error::ApiError;
use crate::state::AppState;

#[tauri::command]
pub async fn get_preferences(state: State<'_, AppState>) -> Result<Preferences, ApiError> {
    Ok(state.preferences())
}

#[tauri::command]
pub async fn set_preferences<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    preferences: Checked<Preferences>,
) -> Result<Preferences, ApiError> {
    let valid = preferences.into_result()?.validate()?;
    state.save_preferences(&app, valid)
}
