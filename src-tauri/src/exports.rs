//! Exports for the Export page and the command line: relief-export's
//! `render` (Tauri-free, also timed by `cargo xtask bench`), with its errors
//! told in the person's words.

pub use relief_export::render::{render, ExportChoices, ExportFormat, PaperSize};

use relief_export::render::ExportError;

use crate::error::ApiError;

impl From<ExportError> for ApiError {
    fn from(error: ExportError) -> Self {
        if let ExportError::Store(store) = error {
            return store.into();
        }
        if let ExportError::Failed(reason) = &error {
            eprintln!("relief-window: export failed: {reason}");
        }
        ApiError {
            field: error.field().map(str::to_owned),
            ..ApiError::new(error.code(), &[])
        }
    }
}
