//! Procedure records in the journal: add, correct, delete with undo, list.
//!
//! Like pain entries, each call is one immediate transaction and deletion is soft
//! until the app restarts. Whether a record is valid is relief-core's business;
//! this module takes a `ValidProcedure` and never interprets it.

use chrono::{DateTime, FixedOffset, NaiveDate};
use rusqlite::types::Type;
use rusqlite::{params, Connection, OptionalExtension, Row};

use relief_core::{PainScore, Procedure, Region, Side, ValidProcedure};

use crate::{Journal, StoreError};

pub(crate) const COLUMNS: &str =
    "id, date, region, levels, side, clinic, clinician, baseline_pain, notes, clinic_phone";

impl Journal {
    /// Stores a new procedure record and returns it with its id.
    pub fn add_procedure(
        &self,
        p: &ValidProcedure,
        now: DateTime<FixedOffset>,
    ) -> Result<Procedure, StoreError> {
        self.write(|conn| insert(conn, p, now))
    }

    /// Replaces every field of a record. A deleted record cannot be edited.
    pub fn update_procedure(
        &self,
        id: i64,
        p: &ValidProcedure,
        now: DateTime<FixedOffset>,
    ) -> Result<Procedure, StoreError> {
        self.write(|conn| {
            conn.query_row(
                &format!(
                    "UPDATE procedures SET date = ?2, region = ?3, levels = ?4, side = ?5, clinic = ?6,
                         clinician = ?7, baseline_pain = ?8, notes = ?9, updated_at = ?10,
                         clinic_phone = ?11
                     WHERE id = ?1 AND deleted_at IS NULL RETURNING {COLUMNS}"
                ),
                params![
                    id,
                    p.date.to_string(),
                    region_text(p.region),
                    p.levels.join(","),
                    p.side.map(side_text),
                    p.clinic,
                    p.clinician,
                    p.baseline_pain.map(PainScore::get),
                    p.notes,
                    now.to_rfc3339(),
                    p.clinic_phone,
                ],
                procedure,
            )
            .optional()
        })?
        .ok_or(StoreError::NotFound { id })
    }

    /// Marks a record deleted and returns it, so the UI can offer undo.
    pub fn delete_procedure(
        &self,
        id: i64,
        now: DateTime<FixedOffset>,
    ) -> Result<Procedure, StoreError> {
        self.write(|conn| {
            conn.query_row(
                &format!(
                    "UPDATE procedures SET deleted_at = ?2
                     WHERE id = ?1 AND deleted_at IS NULL RETURNING {COLUMNS}"
                ),
                params![id, now.to_rfc3339()],
                procedure,
            )
            .optional()
        })?
        .ok_or(StoreError::NotFound { id })
    }

    /// Brings back a record deleted in this session.
    pub fn undo_delete_procedure(&self, id: i64) -> Result<Procedure, StoreError> {
        self.write(|conn| {
            conn.query_row(
                &format!(
                    "UPDATE procedures SET deleted_at = NULL
                     WHERE id = ?1 AND deleted_at IS NOT NULL RETURNING {COLUMNS}"
                ),
                params![id],
                procedure,
            )
            .optional()
        })?
        .ok_or(StoreError::NotFound { id })
    }

    /// Every live record, newest date first (planned ones at the top); records on
    /// the same date, newest id first. A person has a handful, so no paging.
    pub fn procedures(&self) -> Result<Vec<Procedure>, StoreError> {
        all(&self.lock())
    }
}

pub(crate) fn insert(
    conn: &Connection,
    p: &ValidProcedure,
    now: DateTime<FixedOffset>,
) -> rusqlite::Result<Procedure> {
    insert_row(conn, None, p, &now.to_rfc3339())?;
    conn.prepare_cached(&format!("SELECT {COLUMNS} FROM procedures WHERE id = ?1"))?
        .query_row([conn.last_insert_rowid()], procedure)
}

/// Writes a procedure's row under `id`, or a new id for none; nothing when
/// `id` is taken (a restore then tries a new one). The one place the table's
/// columns are written. Returns how many rows were written.
pub(crate) fn insert_row(
    conn: &Connection,
    id: Option<i64>,
    p: &ValidProcedure,
    updated_at: &str,
) -> rusqlite::Result<usize> {
    conn.prepare_cached(
        "INSERT INTO procedures (id, date, region, levels, side, clinic, clinician, baseline_pain,
                                 notes, updated_at, clinic_phone)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) ON CONFLICT (id) DO NOTHING",
    )?
    .execute(params![
        id,
        p.date.to_string(),
        region_text(p.region),
        p.levels.join(","),
        p.side.map(side_text),
        p.clinic,
        p.clinician,
        p.baseline_pain.map(PainScore::get),
        p.notes,
        updated_at,
        p.clinic_phone,
    ])
}

/// Every live record; see `Journal::procedures`.
pub(crate) fn all(conn: &Connection) -> Result<Vec<Procedure>, StoreError> {
    let mut statement = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM procedures WHERE deleted_at IS NULL ORDER BY date DESC, id DESC"
    ))?;
    let rows = statement.query_map([], procedure)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub(crate) fn region_text(region: Region) -> &'static str {
    match region {
        Region::Lumbar => "lumbar",
        Region::Thoracic => "thoracic",
        Region::Cervical => "cervical",
        Region::Sacroiliac => "sacroiliac",
    }
}

pub(crate) fn side_text(side: Side) -> &'static str {
    match side {
        Side::Left => "left",
        Side::Right => "right",
        Side::Both => "both",
    }
}

/// Reads a row of `COLUMNS`. A value no rule would have let in (a hand-edited
/// file) is a conversion error, never a panic.
pub(crate) fn procedure(row: &Row<'_>) -> rusqlite::Result<Procedure> {
    let bad = |index: usize, kind: Type, what: String| {
        rusqlite::Error::FromSqlConversionFailure(index, kind, what.into())
    };
    let date: String = row.get(1)?;
    let date = NaiveDate::parse_from_str(&date, "%Y-%m-%d")
        .map_err(|e| bad(1, Type::Text, e.to_string()))?;
    let region: String = row.get(2)?;
    let region = Region::ALL
        .into_iter()
        .find(|r| region_text(*r) == region)
        .ok_or_else(|| bad(2, Type::Text, format!("unknown region {region:?}")))?;
    let levels: String = row.get(3)?;
    let side: Option<String> = row.get(4)?;
    let side = side
        .map(|s| {
            [Side::Left, Side::Right, Side::Both]
                .into_iter()
                .find(|k| side_text(*k) == s)
                .ok_or_else(|| bad(4, Type::Text, format!("unknown side {s:?}")))
        })
        .transpose()?;
    let baseline: Option<u8> = row.get(7)?;
    let baseline_pain = baseline
        .map(|b| {
            PainScore::try_from(f64::from(b)).map_err(|e| bad(7, Type::Integer, e.to_string()))
        })
        .transpose()?;
    Ok(Procedure {
        id: row.get(0)?,
        date,
        region,
        levels: levels
            .split(',')
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect(),
        side,
        clinic: row.get(5)?,
        clinician: row.get(6)?,
        clinic_phone: row.get(9)?,
        baseline_pain,
        notes: row.get(8)?,
    })
}
