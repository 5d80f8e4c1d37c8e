//! Opening a cited source in the person's own web browser, only when they ask.

use tauri::{AppHandle, Runtime};
use tauri_plugin_opener::OpenerExt;

use super::args::Checked;
use crate::error::ApiError;
use crate::sources;

#[tauri::command]
pub async fn open_source<R: Runtime>(
    app: AppHandle<R>,
    id: Checked<String>,
) -> Result<(), ApiError> {
    let id = id.into_result()?;
    let url = sources::url_of(&id).ok_or_else(|| ApiError::new("unknown_source", &[]))?;
    app.opener().open_url(url, None::<&str>).map_err(|e| {
        eprintln!("relief-window: could not open {url}: {e}");
        ApiError::new("open_failed", &[])
    })
}
