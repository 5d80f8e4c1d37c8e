//! What the UI asks first: did the journal open, and is there anything to tell the
//! person? Then that a recovery's notice was read. Also the UI's "I have drawn Today" signal, used by the benchmark.

use relief_core::RecordId;
use serde::{Deserialize, Serialize};
use tauri::State;
use ts_rs::TS;

use super::args::Checked;
use crate::error::ApiError;
use crate::notices::Notice;
use crate::state::AppState;

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct StartupStatus {
    pub journal_error: Option<ApiError>,
    pub data_dir: String,
    pub notices: Vec<Notice>,
}

#[tauri::command]
pub async fn startup_status(state: State<'_, AppState>) -> Result<StartupStatus, ApiError> {
    Ok(StartupStatus {
        journal_error: state.journal_error(),
        data_dir: state.data_dir().display().to_string(),
        notices: state.notices(),
    })
}

/// The person dismissed the notice of a recovered journal: it is not told again.
#[tauri::command]
pub async fn dismiss_recovery(
    state: State<'_, AppState>,
    id: Checked<RecordId>,
) -> Result<(), ApiError> {
    state.dismiss_recovery(id.into_id()?, super::now())
}

/// The UI calls this once Today shows its data. With `RELIEF_WINDOW_BENCH=1` the app
/// prints the wall-clock time, so `cargo xtask bench` can measure start to first
/// meaningful paint from outside the process.
#[tauri::command]
pub async fn ui_ready(state: State<'_, AppState>) -> Result<(), ApiError> {
    if state.mark_ready() && std::env::var_os("RELIEF_WINDOW_BENCH").is_some() {
        let epoch_ms = chrono::Utc::now().timestamp_millis();
        println!("relief-window: ready at {epoch_ms}");
    }
    Ok(())
}
