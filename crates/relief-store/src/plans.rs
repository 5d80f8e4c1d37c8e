//! Exercise plans in the journal: the current plan and the history of earlier ones.
//!
//! Replacing the plan is one transaction: the current plan is stamped
//! `replaced_at` and the new one inserted, so there is never a moment with no plan
//! or two. Whether a plan is valid is relief-core's business.

use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};

use chrono::{DateTime, FixedOffset};
use rusqlite::types::Type;
use rusqlite::{params, Connection, OptionalExtension, Row};

use relief_core::{Plan, PlanRecord, PlanSource};

use crate::{Journal, StoreError};

pub(crate) const COLUMNS: &str = "id, plan_json, source, created_at, replaced_at";

impl Journal {
    /// The plan in use now, if the person has one.
    pub fn current_plan(&self) -> Result<Option<PlanRecord>, StoreError> {
        current(&self.lock())
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

/// The plan in use now; see `Journal::current_plan`.
pub(crate) fn current(conn: &Connection) -> Result<Option<PlanRecord>, StoreError> {
    Ok(conn
        .query_row(
            &format!("SELECT {COLUMNS} FROM plans WHERE replaced_at IS NULL"),
            [],
            record,
        )
        .optional()?)
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
    conn.execute(
        "UPDATE plans SET replaced_at = ?1 WHERE replaced_at IS NULL",
        [now.to_rfc3339()],
    )?;
    insert_row(conn, None, plan, source, &now.to_rfc3339(), None)?;
    Ok(conn
        .prepare_cached(&format!("SELECT {COLUMNS} FROM plans WHERE id = ?1"))?
        .query_row([conn.last_insert_rowid()], record)?)
}

/// Writes a plan's row under `id`, or a new id for none; nothing when `id`
/// is taken (a restore then tries a new one). The one place the table's
/// columns are written. Returns how many rows were written.
pub(crate) fn insert_row(
    conn: &Connection,
    id: Option<i64>,
    plan: &Plan,
    source: PlanSource,
    created_at: &str,
    replaced_at: Option<&str>,
) -> Result<usize, StoreError> {
    let json = serde_json::to_string(plan).map_err(|e| StoreError::Serialise(e.to_string()))?;
    Ok(conn
        .prepare_cached(
            "INSERT INTO plans (id, plan_json, source, created_at, replaced_at)
             VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (id) DO NOTHING",
        )?
        .execute(params![
            id,
            json,
            source_text(source),
            created_at,
            replaced_at
        ])?)
}

pub(crate) fn source_text(source: PlanSource) -> &'static str {
    match source {
        PlanSource::Default => "default",
        PlanSource::Edited => "edited",
        PlanSource::File => "file",
    }
}

/// Every plan as `all` reads them, each plan's JSON decoded once per open
/// journal: Progress asks for the whole history on every view, and decoding
/// ten years' 39 plans was a tenth of the "all" range's time. The memo is
/// keyed by the JSON text itself, so it can never answer for text that
/// changed; it only ever holds plans the journal has had.
pub(crate) fn all_remembered(
    conn: &Connection,
    memo: &Mutex<PlanMemo>,
) -> Result<Vec<PlanRecord>, StoreError> {
    let mut memo = memo.lock().unwrap_or_else(PoisonError::into_inner);
    let mut statement = conn.prepare_cached(&format!("SELECT {COLUMNS} FROM plans ORDER BY id"))?;
    let rows = statement.query_map([], |row| {
        record_with(row, |json| match memo.0.get(json) {
            Some(plan) => Ok(plan.clone()),
            None => {
                let plan: Plan = serde_json::from_str(json)?;
                if memo.0.len() >= PlanMemo::MOST {
                    memo.0.clear();
                }
                memo.0.insert(json.to_owned(), plan.clone());
                Ok(plan)
            }
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Plans decoded before, by their JSON text (see `all_remembered`).
#[derive(Debug, Default)]
pub(crate) struct PlanMemo(HashMap<String, Plan>);

impl PlanMemo {
    /// A journal has a plan or two a month at most; a file restored over and
    /// over could bring more, and then the memo simply starts again.
    const MOST: usize = 1_000;
}

/// Reads a row of `COLUMNS`; a hand-edited row is a conversion error, not a panic.
pub(crate) fn record(row: &Row<'_>) -> rusqlite::Result<PlanRecord> {
    record_with(row, |json| serde_json::from_str(json))
}

/// `record`, with the plan's JSON decoded by `decode`.
fn record_with(
    row: &Row<'_>,
    decode: impl FnOnce(&str) -> serde_json::Result<Plan>,
) -> rusqlite::Result<PlanRecord> {
    let bad = |index: usize, what: String| {
        rusqlite::Error::FromSqlConversionFailure(index, Type::Text, what.into())
    };
    let json = row
        .get_ref(1)?
        .as_str()
        .map_err(|e| bad(1, e.to_string()))?;
    let plan = decode(json).map_err(|e| bad(1, e.to_string()))?;
    let source: String = row.get(2)?;
    let source = [PlanSource::Default, PlanSource::Edited, PlanSource::File]
        .into_iter()
        .find(|s| source_text(*s) == source)
        .ok_or_else(|| bad(2, format!("unknown plan source {source:?}")))?;
    Ok(PlanRecord {
        id: row.get(0)?,
        plan,
        source,
        created_at: row.get(3)?,
        replaced_at: row.get(4)?,
    })
}

#[cfg(test)]
mod tests {
    use relief_core::{default_plan, Phase};

    use super::*;

    /// The memo answers only for the very text it decoded: a plan whose JSON
    /// changed underneath (a restore, a hand edit) is decoded afresh.
    #[test]
    fn remembered_plans_follow_their_text() {
        let dir = tempfile::tempdir().unwrap();
        let now = DateTime::parse_from_rfc3339("2026-03-29T09:30:00+01:00").unwrap();
        let journal = Journal::open(dir.path(), now).unwrap().journal;
        let first = default_plan(Phase::Recovery);
        let later = default_plan(Phase::Strengthen);
        assert_ne!(first, later);
        journal
            .replace_plan(&first, PlanSource::Default, now)
            .unwrap();
        let conn = journal.lock();
        let read = || all_remembered(&conn, &journal.plan_memo).unwrap();
        assert_eq!(read()[0].plan, first);
        assert_eq!(read()[0].plan, first, "from the memo");
        conn.execute(
            "UPDATE plans SET plan_json = ?1",
            [serde_json::to_string(&later).unwrap()],
        )
        .unwrap();
        let plans = read();
        assert_eq!(plans.len(), 1);
        assert_eq!(plans[0].plan, later);
        assert_eq!(plans, all(&conn).unwrap(), "as read without the memo");
    }
}
