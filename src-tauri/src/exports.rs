//! Exports for the Export page and the command line: relief-export's
//! `render` (Tauri-free, also timed by `cargo xtask bench`) fed from a
//! journal, with its errors told in the person's words.

use chrono::{DateTime, FixedOffset};
use relief_core::Preferences;
use relief_export::render::{render, ExportError};
pub use relief_export::render::{ExportChoices, ExportFormat, PaperSize};
use relief_store::Journal;

use crate::error::ApiError;

/// One export of `journal` (the person's own, or a review journal): its
/// records, and its Progress view for a report's days, read from it here.
pub fn render_journal(
    journal: &Journal,
    choices: &ExportChoices,
    preferences: Option<&Preferences>,
    now: DateTime<FixedOffset>,
) -> Result<Vec<u8>, ApiError> {
    let snapshot = journal.snapshot()?;
    render(
        &snapshot,
        |range, today| Ok(journal.progress_between(range, today)?),
        choices,
        preferences,
        now,
    )
}

impl From<ExportError> for ApiError {
    fn from(error: ExportError) -> Self {
        if let ExportError::Failed(reason) = &error {
            eprintln!("relief-window: export failed: {reason}");
        }
        ApiError {
            field: error.field().map(str::to_owned),
            ..ApiError::new(error.code(), &[])
        }
    }
}
