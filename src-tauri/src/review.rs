//! Review mode: a physio opens a patient's backup file and reads it as the
//! app would show it, without touching their own journal.
//!
//! The file is checked whole (relief-export), then restored into a journal in
//! a private temporary folder, deleted when the review closes or the app
//! quits. Progress and the report read that journal with the same code as the
//! person's own; nothing in review mode writes to it.

use chrono::{DateTime, FixedOffset};
use relief_export::backup::read_backup;
use relief_store::{Journal, RestoreMode};
use serde::Serialize;
use tempfile::TempDir;
use ts_rs::TS;

use crate::error::ApiError;

/// A backup file opened for review.
pub struct Review {
    pub journal: Journal,
    pub file_name: String,
    /// Kept for its Drop: the folder goes when the review does.
    _folder: TempDir,
}

/// What the UI shows of an open review.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct ReviewInfo {
    pub file_name: String,
    pub pain_entries: u32,
    pub sessions: u32,
}

impl Review {
    /// Checks `bytes` as a backup and loads it into a fresh private journal.
    pub fn load(
        bytes: &[u8],
        file_name: String,
        now: DateTime<FixedOffset>,
    ) -> Result<Review, ApiError> {
        let backup = read_backup(bytes, now.date_naive()).map_err(ApiError::from)?;
        let folder = tempfile::Builder::new()
            .prefix("relief-window-review-")
            .tempdir()
            .map_err(|e| {
                eprintln!("relief-window: no folder for the review: {e}");
                ApiError::new("review_failed", &[])
            })?;
        let journal = Journal::open(folder.path(), now)?.journal;
        journal.restore(&backup.journal, RestoreMode::Replace, now)?;
        Ok(Review {
            journal,
            file_name,
            _folder: folder,
        })
    }

    pub fn info(&self) -> Result<ReviewInfo, ApiError> {
        let snapshot = self.journal.snapshot()?;
        Ok(ReviewInfo {
            file_name: self.file_name.clone(),
            pain_entries: snapshot.pain.len() as u32,
            sessions: snapshot.sessions.len() as u32,
        })
    }
}
