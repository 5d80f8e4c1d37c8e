//! Pain entries in the journal: add, correct, delete with undo, and read back.
//!
//! Each call is one immediate transaction, so an entry is either fully stored or not
//! at all. Times are stored twice: RFC 3339 text keeps the offset the person was in
//! (the export shows their local time), UTC milliseconds order entries by the real
//! instant. Deletion is soft, so undo works until the app restarts; `open` purges.
//!
//! Whether an entry is valid is relief-core's business: this module only takes a
//! `ValidPain`, and it never knows about the UI that shows the entries.

use chrono::{DateTime, FixedOffset};
use rusqlite::types::Type;
use rusqlite::{params, OptionalExtension, Row};

use relief_core::{PainEntry, PainScore, ValidPain};

use crate::{Journal, StoreError};

const COLUMNS: &str = "id, score, note, recorded_at, updated_at";

impl Journal {
    /// Stores a new entry and returns it with its id.
    pub fn add_pain(
        &self,
        pain: &ValidPain,
        now: DateTime<FixedOffset>,
    ) -> Result<PainEntry, StoreError> {
        self.write(|conn| {
            conn.query_row(
                &format!(
                    "INSERT INTO pain_entries (score, note, recorded_at, recorded_utc_ms, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5) RETURNING {COLUMNS}"
                ),
                params![
                    pain.score.get(),
                    pain.note,
                    pain.recorded_at.to_rfc3339(),
                    pain.recorded_at.timestamp_millis(),
                    now.to_rfc3339(),
                ],
                entry,
            )
        })
    }

    /// Replaces an entry's score, note and time. A deleted entry cannot be edited.
    pub fn update_pain(
        &self,
        id: i64,
        pain: &ValidPain,
        now: DateTime<FixedOffset>,
    ) -> Result<PainEntry, StoreError> {
        self.write(|conn| {
            conn.query_row(
                &format!(
                    "UPDATE pain_entries
                     SET score = ?2, note = ?3, recorded_at = ?4, recorded_utc_ms = ?5, updated_at = ?6
                     WHERE id = ?1 AND deleted_at IS NULL RETURNING {COLUMNS}"
                ),
                params![
                    id,
                    pain.score.get(),
                    pain.note,
                    pain.recorded_at.to_rfc3339(),
                    pain.recorded_at.timestamp_millis(),
                    now.to_rfc3339(),
                ],
                entry,
            )
            .optional()
        })?
        .ok_or(StoreError::NotFound { id })
    }

    /// Marks an entry deleted and returns it, so the UI can offer undo. The entry
    /// itself is left untouched, so undo brings back exactly what was there.
    pub fn delete_pain(
        &self,
        id: i64,
        now: DateTime<FixedOffset>,
    ) -> Result<PainEntry, StoreError> {
        self.write(|conn| {
            conn.query_row(
                &format!(
                    "UPDATE pain_entries SET deleted_at = ?2
                     WHERE id = ?1 AND deleted_at IS NULL RETURNING {COLUMNS}"
                ),
                params![id, now.to_rfc3339()],
                entry,
            )
            .optional()
        })?
        .ok_or(StoreError::NotFound { id })
    }

    /// Brings back an entry deleted in this session.
    pub fn undo_delete_pain(&self, id: i64) -> Result<PainEntry, StoreError> {
        self.write(|conn| {
            conn.query_row(
                &format!(
                    "UPDATE pain_entries SET deleted_at = NULL
                     WHERE id = ?1 AND deleted_at IS NOT NULL RETURNING {COLUMNS}"
                ),
                params![id],
                entry,
            )
            .optional()
        })?
        .ok_or(StoreError::NotFound { id })
    }

    /// Up to `limit` live entries, newest first by the instant they were felt;
    /// entries at the same instant, newest id first.
    pub fn recent_pain(&self, limit: u32) -> Result<Vec<PainEntry>, StoreError> {
        let conn = self.lock();
        let mut statement = conn.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM pain_entries WHERE deleted_at IS NULL
             ORDER BY recorded_utc_ms DESC, id DESC LIMIT ?1"
        ))?;
        let rows = statement.query_map([limit], entry)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

/// Reads a row of `COLUMNS`. A value no rule would have let in (someone edited the
/// file by hand) is a conversion error, never a panic.
fn entry(row: &Row<'_>) -> rusqlite::Result<PainEntry> {
    let score: u8 = row.get(1)?;
    let score = PainScore::try_from(f64::from(score))
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(1, Type::Integer, Box::new(e)))?;
    Ok(PainEntry {
        id: row.get(0)?,
        score,
        note: row.get(2)?,
        recorded_at: time(row, 3)?,
        updated_at: time(row, 4)?,
    })
}

fn time(row: &Row<'_>, index: usize) -> rusqlite::Result<DateTime<FixedOffset>> {
    let text: String = row.get(index)?;
    DateTime::parse_from_rfc3339(&text)
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(index, Type::Text, Box::new(e)))
}
