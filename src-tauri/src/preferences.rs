//! Preferences on disk, through tauri-plugin-store.
//!
//! The store's save is a plain `fs::write` (not atomic), and its loader silently
//! ignores a file it cannot parse. So we read the file ourselves first: a damaged
//! file is moved aside, defaults are used, and the person is told. Preferences are
//! never health data, which is why losing them to defaults is acceptable.

use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset};
use relief_core::Preferences;
use tauri::{AppHandle, Runtime};
use tauri_plugin_store::StoreExt;

use crate::error::ApiError;
use crate::notices::Notice;

pub const PREFERENCES_FILE: &str = "preferences.json";
const KEY: &str = "preferences";

/// Where the preferences file lives inside the data folder.
pub fn path_in(data_dir: &Path) -> PathBuf {
    data_dir.join(PREFERENCES_FILE)
}

/// Loads preferences, falling back to defaults (with a notice) when the file is
/// damaged or holds values the rules refuse.
pub fn load<R: Runtime>(
    app: &AppHandle<R>,
    path: &Path,
    now: DateTime<FixedOffset>,
) -> (Preferences, Option<Notice>) {
    let mut notice = None;
    if let Ok(bytes) = std::fs::read(path) {
        if serde_json::from_slice::<serde_json::Map<String, serde_json::Value>>(&bytes).is_err() {
            let aside =
                path.with_extension(format!("corrupt-{}.json", now.format("%Y%m%dT%H%M%S")));
            if let Err(e) = std::fs::rename(path, &aside) {
                eprintln!("relief-window: could not move damaged preferences aside: {e}");
            }
            notice = Some(Notice::new("preferences_reset", &[]));
        }
    }
    let stored = app
        .store(path)
        .ok()
        .and_then(|store| store.get(KEY))
        .map(|value| serde_json::from_value::<Preferences>(value).map_err(|e| e.to_string()));
    let preferences = match stored {
        None => Preferences::default(),
        Some(Ok(p)) => p.validate().unwrap_or_else(|e| {
            eprintln!("relief-window: stored preferences refused: {e}");
            notice = Some(Notice::new("preferences_reset", &[]));
            Preferences::default()
        }),
        Some(Err(e)) => {
            eprintln!("relief-window: stored preferences unreadable: {e}");
            notice = Some(Notice::new("preferences_reset", &[]));
            Preferences::default()
        }
    };
    (preferences, notice)
}

/// Writes preferences a restore committed to the journal but did not get to
/// write to the file (the process died, or the write failed), before anything
/// reads the file: the journal and the preferences then agree again. `true`
/// if there were some. Must run before the store plugin has loaded the file.
pub fn apply_restored(journal: &relief_store::Journal, data_dir: &Path) -> Result<bool, String> {
    let Some(json) = journal.preferences_to_apply().map_err(|e| e.to_string())? else {
        return Ok(false);
    };
    write_file(data_dir, &json)?;
    journal.preferences_applied().map_err(|e| e.to_string())?;
    Ok(true)
}

/// Writes `preferences_json` as the whole preferences file, in the store
/// plugin's own shape (one key), whole or not at all.
pub fn write_file(data_dir: &Path, preferences_json: &str) -> Result<(), String> {
    let value: serde_json::Value =
        serde_json::from_str(preferences_json).map_err(|e| e.to_string())?;
    let file = serde_json::json!({ KEY: value });
    let text = serde_json::to_vec_pretty(&file).map_err(|e| e.to_string())?;
    crate::files::write_atomically(&path_in(data_dir), &text, Some(data_dir))
        .map_err(|e| e.to_string())
}

/// Saves preferences. They are validated by the caller.
pub fn save<R: Runtime>(
    app: &AppHandle<R>,
    path: &Path,
    preferences: &Preferences,
) -> Result<(), ApiError> {
    let store = app.store(path).map_err(|e| {
        eprintln!("relief-window: preferences store: {e}");
        ApiError::new("storage_failed", &[])
    })?;
    let value = serde_json::to_value(preferences).map_err(|e| {
        eprintln!("relief-window: preferences serialise: {e}");
        ApiError::new("internal", &[])
    })?;
    store.set(KEY, value);
    store.save().map_err(|e| {
        eprintln!("relief-window: preferences save: {e}");
        ApiError::new("storage_failed", &[])
    })
}
