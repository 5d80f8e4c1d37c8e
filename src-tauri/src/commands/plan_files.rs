//! Plan files through the native dialogs: clinician mode saves one; the patient
//! opens one, sees a preview, and confirms (or not).
//!
//! The webview never sees a path it could choose or a file it could read: Rust
//! shows the dialog, reads or writes only what the person picked, and answers
//! with the checked plan or the file's name.

use relief_core::plan::file::MAX_FILE_BYTES;
use relief_core::{write_plan_file, Plan, PlanRecord};
use tauri::{Runtime, State, WebviewWindow};

use super::args::Checked;
use super::now;
use crate::error::ApiError;
use crate::files::{self, Choice};
use crate::i18n::message;
use crate::plan_import::PlanImportPreview;
use crate::state::AppState;

const EXTENSIONS: &[&str] = &["json"];

fn choice(title_id: &str) -> (String, String) {
    (message(title_id, &[]), message("dialog-plan-filter", &[]))
}

/// Clinician mode: checks the plan, asks where to save it, and writes the plan
/// file there atomically. Answers the saved file's full path, or null if the
/// person cancelled. A plan that breaks a rule is refused before the dialog.
#[tauri::command]
pub async fn save_plan_file<R: Runtime>(
    window: WebviewWindow<R>,
    state: State<'_, AppState>,
    plan: Checked<Plan>,
) -> Result<Option<String>, ApiError> {
    let today = now().date_naive();
    let valid = plan.into_result()?.validate(today)?;
    let text = write_plan_file(&valid);
    let (title, filter_name) = choice("dialog-save-plan-title");
    let suggested = format!("relief-window-plan-{}.json", today.format("%Y-%m-%d"));
    let Some(path) = files::choose_to_save(
        &window,
        Choice {
            title: &title,
            filter_name: &filter_name,
            extensions: EXTENSIONS,
        },
        &suggested,
    )
    .await
    else {
        return Ok(None);
    };
    crate::writing::write_chosen(&path, text.as_bytes(), state.data_dir())?;
    Ok(Some(path.display().to_string()))
}

/// Asks which plan file to open, reads and checks it, and answers a preview to
/// confirm; null if the person cancelled. The current plan is untouched.
#[tauri::command]
pub async fn open_plan_file<R: Runtime>(
    window: WebviewWindow<R>,
    state: State<'_, AppState>,
) -> Result<Option<PlanImportPreview>, ApiError> {
    let (title, filter_name) = choice("dialog-open-plan-title");
    let Some(path) = files::choose_to_open(
        &window,
        Choice {
            title: &title,
            filter_name: &filter_name,
            extensions: EXTENSIONS,
        },
    )
    .await
    else {
        return Ok(None);
    };
    let bytes = files::read_bounded(&path, MAX_FILE_BYTES)?;
    let file_name = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    state
        .preview_plan_import(&bytes, file_name, now().date_naive())
        .map(Some)
}

/// Replaces the current plan with the previewed one; the old plan goes to the
/// history. `import_expired` if the token is not the preview waiting.
#[tauri::command]
pub async fn confirm_plan_import(
    state: State<'_, AppState>,
    token: Checked<u32>,
) -> Result<PlanRecord, ApiError> {
    state.confirm_plan_import(token.into_result()?, now())
}

/// The person decided not to import: the waiting plan is dropped.
#[tauri::command]
pub async fn cancel_plan_import(state: State<'_, AppState>) -> Result<(), ApiError> {
    state.cancel_plan_import();
    Ok(())
}
