//! Exercise plans in the journal: the current plan and the history of earlier ones.
//!
//! Replacing the plan is one transaction: the current plan is stamped
//! `replaced_at` and the new one inserted, so there is never a moment with no plan
//! or two. Whether a plan is valid is relief-core's business.

use chrono::{DateTime, FixedOffset};
use rusqlite::types::Type;
use rusqlite::{params, Connection, OptionalExtension, Row};

use relief_core::{Plan, PlanRecord, PlanSource};

use crate::{Journal, StoreError};

const COLUMNS: &str = "id, plan_json, source, created_at, replaced_at";

impl Journal {
    /// The plan in use now, if the person has one.
    pub fn current_plan(&self) -> Result<Option<PlanRecord>, StoreError> {
        let conn = self.lock();
        Ok(conn
            .query_row(
                &format!("SELECT {COLUMNS} FROM plans WHERE replaced_at IS NULL"),
                [],
                record,
            )
            .optional()?)
    }

    /// Earlier plans, the most recently replaced first.
    pub fn plan_history(&self) -> Result<Vec<PlanRecord>, StoreError> {
        let conn = self.lock();
        let mut statement = conn.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM plans WHERE replaced_at IS NOT NULL ORDER BY replaced_at DESC, id DESC"
        ))?;
        let rows = statement.query_map([], record)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Every plan, the current one included, oldest first (ids follow
    /// creation): the plans in force over time, which adherence counts against.
    pub fn plans_all(&self) -> Result<Vec<PlanRecord>, StoreError> {
        all(&self.lock())
    }

    /// Makes `plan` the current plan; the one before goes to the history.
    pub fn replace_plan(
        &self,
        plan: &Plan,
        source: PlanSource,
        now: DateTime<FixedOffset>,
    ) -> Result<PlanRecord, StoreError> {
        self.write_checked(|conn| replace(conn, plan, source, now))
    }
}

pub(crate) fn all(conn: &Connection) -> Result<Vec<PlanRecord>, StoreError> {
    let mut statement = conn.prepare_cached(&format!("SELECT {COLUMNS} FROM plans ORDER BY id"))?;
    let rows = statement.query_map([], record)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub(crate) fn replace(
    conn: &Connection,
    plan: &Plan,
    source: PlanSource,
    now: DateTime<FixedOffset>,
) -> Result<PlanRecord, StoreError> {
    let json = serde_json::to_string(plan).map_err(|e| StoreError::Serialise(e.to_string()))?;
    conn.execute(
        "UPDATE plans SET replaced_at = ?1 WHERE replaced_at IS NULL",
        [now.to_rfc3339()],
    )?;
    Ok(conn.query_row(
        &format!(
            "INSERT INTO plans (plan_json, source, created_at) VALUES (?1, ?2, ?3) RETURNING {COLUMNS}"
        ),
        params![json, source_text(source), now.to_rfc3339()],
        record,
    )?)
}

pub(crate) fn source_text(source: PlanSource) -> &'static str {
    match source {
        PlanSource::Default => "default",
        PlanSource::Edited => "edited",
        PlanSource::File => "file",
    }
}

/// Reads a row of `COLUMNS`; a hand-edited row is a conversion error, not a panic.
pub(crate) fn record(row: &Row<'_>) -> rusqlite::Result<PlanRecord> {
    let bad = |index: usize, what: String| {
        rusqlite::Error::FromSqlConversionFailure(index, Type::Text, what.into())
    };
    let json: String = row.get(1)?;
    let plan: Plan = serde_json::from_str(&json).map_err(|e| bad(1, e.to_string()))?;
    let source: String = row.get(2)?;
    let source = [PlanSource::Default, PlanSource::Edited, PlanSource::File]
        .into_iter()
        .find(|s| source_text(*s) == source)
        .ok_or_else(|| bad(2, format!("unknown plan source {source:?}")))?;
    let time = |index: usize, text: String| {
        DateTime::parse_from_rfc3339(&text).map_err(|e| bad(index, e.to_string()))
    };
    let replaced_at: Option<String> = row.get(4)?;
    Ok(PlanRecord {
        id: row.get(0)?,
        plan,
        source,
        created_at: time(3, row.get(3)?)?,
        replaced_at: replaced_at.map(|t| time(4, t)).transpose()?,
    })
}
