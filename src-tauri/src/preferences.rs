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
