//! Function measures in the journal: PSFS records and ODI or RMDQ totals; add,
//! delete with undo, list.
//!
//! A PSFS's activities are kept whole as JSON: they are always read and shown
//! together. Deletion is soft until the app restarts, as for pain entries.
//! Whether a measure is valid is relief-core's business: this module takes a
//! `Psfs` or a `ScoredMeasure` that has passed its rules.

use chrono::{DateTime, FixedOffset, NaiveDate};
use relief_core::{Measure, Psfs, PsfsActivity, PsfsRecord, ScoredMeasure, ScoredMeasureRecord};
use rusqlite::types::Type;
use rusqlite::{params, Connection, OptionalExtension, Row};

use crate::{days, Journal, StoreError};

pub(crate) const PSFS_COLUMNS: &str = "id, recorded_on, activities_json";
pub(crate) const MEASURE_COLUMNS: &str = "id, measure, total, recorded_on, scored_by";

impl Journal {
    pub fn add_psfs(
        &self,
        psfs: &Psfs,
        now: DateTime<FixedOffset>,
    ) -> Result<PsfsRecord, StoreError> {
        self.write_checked(|conn| insert_psfs(conn, psfs, now))
    }

    /// Marks a PSFS deleted and returns it, so the UI can offer undo.
    pub fn delete_psfs(
        &self,
        id: i64,
        now: DateTime<FixedOffset>,
    ) -> Result<PsfsRecord, StoreError> {
        self.write(|conn| soft_delete(conn, "psfs_records", PSFS_COLUMNS, id, Some(now), psfs))?
            .ok_or(StoreError::NotFound { id })
    }

    /// Brings back a PSFS deleted in this session of the app.
    pub fn undo_delete_psfs(&self, id: i64) -> Result<PsfsRecord, StoreError> {
        self.write(|conn| soft_delete(conn, "psfs_records", PSFS_COLUMNS, id, None, psfs))?
            .ok_or(StoreError::NotFound { id })
    }

    /// Every live PSFS, oldest date first; the same date, in the order added.
    pub fn psfs_records(&self) -> Result<Vec<PsfsRecord>, StoreError> {
        let (first, last) = days::all();
        psfs_between(&self.lock(), first, last)
    }

    pub fn add_measure(
        &self,
        measure: &ScoredMeasure,
        now: DateTime<FixedOffset>,
    ) -> Result<ScoredMeasureRecord, StoreError> {
        self.write(|conn| insert_measure(conn, measure, now))
    }

    /// Marks a total deleted and returns it, so the UI can offer undo.
    pub fn delete_measure(
        &self,
        id: i64,
        now: DateTime<FixedOffset>,
    ) -> Result<ScoredMeasureRecord, StoreError> {
        self.write(|conn| {
            soft_delete(
                conn,
                "scored_measures",
                MEASURE_COLUMNS,
                id,
                Some(now),
                scored,
            )
        })?
        .ok_or(StoreError::NotFound { id })
    }

    /// Brings back a total deleted in this session of the app.
    pub fn undo_delete_measure(&self, id: i64) -> Result<ScoredMeasureRecord, StoreError> {
        self.write(|conn| soft_delete(conn, "scored_measures", MEASURE_COLUMNS, id, None, scored))?
            .ok_or(StoreError::NotFound { id })
    }

    /// Every live ODI and RMDQ total, oldest date first.
    pub fn measures(&self) -> Result<Vec<ScoredMeasureRecord>, StoreError> {
        let (first, last) = days::all();
        measures_between(&self.lock(), first, last)
    }
}

pub(crate) fn insert_psfs(
    conn: &Connection,
    psfs: &Psfs,
    now: DateTime<FixedOffset>,
) -> Result<PsfsRecord, StoreError> {
    insert_psfs_row(conn, None, psfs, &now.to_rfc3339())?;
    Ok(PsfsRecord {
        id: conn.last_insert_rowid(),
        psfs: psfs.clone(),
    })
}

/// Writes a PSFS row under `id`, or a new id for none; nothing when `id` is
/// taken (a restore then tries a new one). The one place the table's columns
/// are written. Returns how many rows were written.
pub(crate) fn insert_psfs_row(
    conn: &Connection,
    id: Option<i64>,
    psfs: &Psfs,
    created_at: &str,
) -> Result<usize, StoreError> {
    let json = serde_json::to_string(&psfs.activities)
        .map_err(|e| StoreError::Serialise(e.to_string()))?;
    Ok(conn
        .prepare_cached(
            "INSERT INTO psfs_records (id, recorded_on, activities_json, created_at)
             VALUES (?1, ?2, ?3, ?4) ON CONFLICT (id) DO NOTHING",
        )?
        .execute(params![id, psfs.recorded_on.to_string(), json, created_at])?)
}

pub(crate) fn insert_measure(
    conn: &Connection,
    measure: &ScoredMeasure,
    now: DateTime<FixedOffset>,
) -> rusqlite::Result<ScoredMeasureRecord> {
    insert_measure_row(conn, None, measure, &now.to_rfc3339())?;
    conn.prepare_cached(&format!(
        "SELECT {MEASURE_COLUMNS} FROM scored_measures WHERE id = ?1"
    ))?
    .query_row([conn.last_insert_rowid()], scored)
}

/// Writes an ODI or RMDQ row under `id`, or a new id for none; nothing when
/// `id` is taken (a restore then tries a new one). The one place the table's
/// columns are written. Returns how many rows were written.
pub(crate) fn insert_measure_row(
    conn: &Connection,
    id: Option<i64>,
    measure: &ScoredMeasure,
    created_at: &str,
) -> rusqlite::Result<usize> {
    conn.prepare_cached(
        "INSERT INTO scored_measures (id, measure, total, recorded_on, scored_by, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (id) DO NOTHING",
    )?
    .execute(params![
        id,
        measure_text(measure.measure),
        measure.total,
        measure.recorded_on.to_string(),
        measure.scored_by,
        created_at,
    ])
}

/// Live PSFS records dated `from..=to`, oldest first.
pub(crate) fn psfs_between(
    conn: &Connection,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<PsfsRecord>, StoreError> {
    let mut statement = conn.prepare_cached(&format!(
        "SELECT {PSFS_COLUMNS} FROM psfs_records
         WHERE recorded_on BETWEEN ?1 AND ?2 AND deleted_at IS NULL ORDER BY recorded_on, id"
    ))?;
    let rows = statement.query_map([from.to_string(), to.to_string()], psfs)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Live totals dated `from..=to`, oldest first.
pub(crate) fn measures_between(
    conn: &Connection,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<ScoredMeasureRecord>, StoreError> {
    let mut statement = conn.prepare_cached(&format!(
        "SELECT {MEASURE_COLUMNS} FROM scored_measures
         WHERE recorded_on BETWEEN ?1 AND ?2 AND deleted_at IS NULL ORDER BY recorded_on, id"
    ))?;
    let rows = statement.query_map([from.to_string(), to.to_string()], scored)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// The earliest date of a live PSFS or total, if any.
pub(crate) fn first_day(conn: &Connection) -> Result<Option<NaiveDate>, StoreError> {
    days::first(
        conn,
        "SELECT min(recorded_on) FROM (
             SELECT recorded_on FROM psfs_records WHERE deleted_at IS NULL
             UNION ALL SELECT recorded_on FROM scored_measures WHERE deleted_at IS NULL)",
    )
}

/// Sets (`now` given) or clears (none) `deleted_at` of a row of `table` that
/// is in the other state, and reads the row back; none when there is no such
/// row. `table` and `columns` are this module's constants, never input.
fn soft_delete<T>(
    conn: &Connection,
    table: &str,
    columns: &str,
    id: i64,
    now: Option<DateTime<FixedOffset>>,
    read: fn(&Row<'_>) -> rusqlite::Result<T>,
) -> rusqlite::Result<Option<T>> {
    let condition = if now.is_some() {
        "IS NULL"
    } else {
        "IS NOT NULL"
    };
    conn.query_row(
        &format!(
            "UPDATE {table} SET deleted_at = ?2
             WHERE id = ?1 AND deleted_at {condition} RETURNING {columns}"
        ),
        params![id, now.map(|n| n.to_rfc3339())],
        read,
    )
    .optional()
}

pub(crate) fn measure_text(measure: Measure) -> &'static str {
    match measure {
        Measure::Odi => "odi",
        Measure::Rmdq => "rmdq",
    }
}

/// Reads a row of `PSFS_COLUMNS`; a hand-edited row is a conversion error.
pub(crate) fn psfs(row: &Row<'_>) -> rusqlite::Result<PsfsRecord> {
    let json: String = row.get(2)?;
    let activities: Vec<PsfsActivity> = serde_json::from_str(&json)
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(2, Type::Text, Box::new(e)))?;
    Ok(PsfsRecord {
        id: row.get(0)?,
        psfs: Psfs {
            activities,
            recorded_on: days::column(row, 1)?,
        },
    })
}

/// Reads a row of `MEASURE_COLUMNS`; a hand-edited row is a conversion error.
pub(crate) fn scored(row: &Row<'_>) -> rusqlite::Result<ScoredMeasureRecord> {
    let measure: String = row.get(1)?;
    let measure = [Measure::Odi, Measure::Rmdq]
        .into_iter()
        .find(|m| measure_text(*m) == measure)
        .ok_or_else(|| {
            rusqlite::Error::FromSqlConversionFailure(
                1,
                Type::Text,
                format!("unknown measure {measure:?}").into(),
            )
        })?;
    Ok(ScoredMeasureRecord {
        id: row.get(0)?,
        measure: ScoredMeasure {
            measure,
            total: row.get(2)?,
            recorded_on: days::column(row, 3)?,
            scored_by: row.get(4)?,
        },
    })
}
