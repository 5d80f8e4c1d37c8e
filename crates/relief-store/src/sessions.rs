//! Exercise sessions in the journal: add, correct, delete with undo, list.
//!
//! A session and its exercises are written in one transaction. Each exercise is
//! kept whole as JSON, with its library id and skip reason copied into columns so
//! adherence and skip reasons can be counted in SQL. Validity is relief-core's.

use chrono::{DateTime, FixedOffset};
use rusqlite::types::Type;
use rusqlite::{params, Connection, OptionalExtension, Row};

use relief_core::{ExerciseRef, PainScore, Session, SessionExercise, SessionRecord, SkipReason};

use crate::{Journal, StoreError};

const COLUMNS: &str = "id, started_at, finished_at, effort, pain_before, pain_after, note, plan_id";

impl Journal {
    /// Stores a session done under the plan `plan_id` (if any).
    pub fn add_session(
        &self,
        session: &Session,
        plan_id: Option<i64>,
        now: DateTime<FixedOffset>,
    ) -> Result<SessionRecord, StoreError> {
        let exercises = exercise_rows(session)?;
        let id = self.write(|conn| {
            let id: i64 = conn.query_row(
                "INSERT INTO sessions (started_at, started_utc_ms, finished_at, effort, pain_before, pain_after,
                                       note, plan_id, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) RETURNING id",
                params![
                    session.started_at.to_rfc3339(),
                    session.started_at.timestamp_millis(),
                    session.finished_at.to_rfc3339(),
                    session.effort,
                    session.pain_before.map(PainScore::get),
                    session.pain_after.map(PainScore::get),
                    session.note,
                    plan_id,
                    now.to_rfc3339(),
                ],
                |r| r.get(0),
            )?;
            insert_exercises(conn, id, &exercises)?;
            Ok(id)
        })?;
        Ok(SessionRecord {
            id,
            session: session.clone(),
            plan_id,
        })
    }

    /// Replaces a session and its exercises. A deleted session cannot be edited.
    pub fn update_session(
        &self,
        id: i64,
        session: &Session,
        now: DateTime<FixedOffset>,
    ) -> Result<SessionRecord, StoreError> {
        let exercises = exercise_rows(session)?;
        let plan_id = self
            .write(|conn| {
                let plan_id: Option<Option<i64>> = conn
                    .query_row(
                        "UPDATE sessions SET started_at = ?2, started_utc_ms = ?3, finished_at = ?4, effort = ?5,
                             pain_before = ?6, pain_after = ?7, note = ?8, updated_at = ?9
                         WHERE id = ?1 AND deleted_at IS NULL RETURNING plan_id",
                        params![
                            id,
                            session.started_at.to_rfc3339(),
                            session.started_at.timestamp_millis(),
                            session.finished_at.to_rfc3339(),
                            session.effort,
                            session.pain_before.map(PainScore::get),
                            session.pain_after.map(PainScore::get),
                            session.note,
                            now.to_rfc3339(),
                        ],
                        |r| r.get(0),
                    )
                    .optional()?;
                if plan_id.is_some() {
                    conn.execute("DELETE FROM session_exercises WHERE session_id = ?1", [id])?;
                    insert_exercises(conn, id, &exercises)?;
                }
                Ok(plan_id)
            })?
            .ok_or(StoreError::NotFound { id })?;
        Ok(SessionRecord {
            id,
            session: session.clone(),
            plan_id,
        })
    }

    /// Marks a session deleted and returns it, so the UI can offer undo.
    pub fn delete_session(
        &self,
        id: i64,
        now: DateTime<FixedOffset>,
    ) -> Result<SessionRecord, StoreError> {
        let found = self.write(|conn| {
            conn.execute(
                "UPDATE sessions SET deleted_at = ?2 WHERE id = ?1 AND deleted_at IS NULL",
                params![id, now.to_rfc3339()],
            )
        })?;
        if found == 0 {
            return Err(StoreError::NotFound { id });
        }
        self.session_by_id(id, true)
    }

    /// Brings back a session deleted in this session of the app.
    pub fn undo_delete_session(&self, id: i64) -> Result<SessionRecord, StoreError> {
        let found = self.write(|conn| {
            conn.execute(
                "UPDATE sessions SET deleted_at = NULL WHERE id = ?1 AND deleted_at IS NOT NULL",
                [id],
            )
        })?;
        if found == 0 {
            return Err(StoreError::NotFound { id });
        }
        self.session_by_id(id, false)
    }

    /// Up to `limit` live sessions, the most recently started first.
    pub fn recent_sessions(&self, limit: u32) -> Result<Vec<SessionRecord>, StoreError> {
        let ids: Vec<i64> = {
            let conn = self.lock();
            let mut statement = conn.prepare_cached(
                "SELECT id FROM sessions WHERE deleted_at IS NULL ORDER BY started_utc_ms DESC, id DESC LIMIT ?1",
            )?;
            let rows = statement.query_map([limit], |r| r.get(0))?;
            rows.collect::<Result<_, _>>()?
        };
        ids.into_iter()
            .map(|id| self.session_by_id(id, false))
            .collect()
    }

    fn session_by_id(&self, id: i64, deleted: bool) -> Result<SessionRecord, StoreError> {
        let conn = self.lock();
        let condition = if deleted { "IS NOT NULL" } else { "IS NULL" };
        let head = conn
            .query_row(
                &format!("SELECT {COLUMNS} FROM sessions WHERE id = ?1 AND deleted_at {condition}"),
                [id],
                session_head,
            )
            .optional()?
            .ok_or(StoreError::NotFound { id })?;
        let mut statement = conn.prepare_cached(
            "SELECT exercise_json FROM session_exercises WHERE session_id = ?1 ORDER BY position",
        )?;
        let exercises = statement
            .query_map([id], |r| {
                let json: String = r.get(0)?;
                serde_json::from_str::<SessionExercise>(&json).map_err(|e| {
                    rusqlite::Error::FromSqlConversionFailure(0, Type::Text, Box::new(e))
                })
            })?
            .collect::<Result<Vec<_>, _>>()?;
        let (id, mut session, plan_id) = head;
        session.exercises = exercises;
        Ok(SessionRecord {
            id,
            session,
            plan_id,
        })
    }
}

/// One row's worth of a session exercise: its JSON and the copied-out columns.
struct ExerciseRow {
    json: String,
    library_id: Option<String>,
    skipped_reason: Option<&'static str>,
}

fn exercise_rows(session: &Session) -> Result<Vec<ExerciseRow>, StoreError> {
    session
        .exercises
        .iter()
        .map(|e| {
            Ok(ExerciseRow {
                json: serde_json::to_string(e)
                    .map_err(|err| StoreError::Serialise(err.to_string()))?,
                library_id: match &e.exercise {
                    ExerciseRef::Library { id } => Some(id.clone()),
                    ExerciseRef::Custom(_) => None,
                },
                skipped_reason: e.skipped.as_ref().map(|s| match s {
                    SkipReason::TooPainful => "too-painful",
                    SkipReason::NoTime => "no-time",
                    SkipReason::NoSpaceOrEquipment => "no-space-or-equipment",
                    SkipReason::Other { .. } => "other",
                }),
            })
        })
        .collect()
}

fn insert_exercises(
    conn: &Connection,
    session_id: i64,
    rows: &[ExerciseRow],
) -> rusqlite::Result<()> {
    let mut statement = conn.prepare_cached(
        "INSERT INTO session_exercises (session_id, position, exercise_json, library_id, skipped_reason)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for (position, row) in rows.iter().enumerate() {
        statement.execute(params![
            session_id,
            position as i64,
            row.json,
            row.library_id,
            row.skipped_reason
        ])?;
    }
    Ok(())
}

/// Reads a row of `COLUMNS` into a session without its exercises.
fn session_head(row: &Row<'_>) -> rusqlite::Result<(i64, Session, Option<i64>)> {
    let bad = |index: usize, kind: Type, what: String| {
        rusqlite::Error::FromSqlConversionFailure(index, kind, what.into())
    };
    let time = |index: usize| -> rusqlite::Result<DateTime<FixedOffset>> {
        let text: String = row.get(index)?;
        DateTime::parse_from_rfc3339(&text).map_err(|e| bad(index, Type::Text, e.to_string()))
    };
    let score = |index: usize| -> rusqlite::Result<Option<PainScore>> {
        let value: Option<u8> = row.get(index)?;
        value
            .map(|v| {
                PainScore::try_from(f64::from(v))
                    .map_err(|e| bad(index, Type::Integer, e.to_string()))
            })
            .transpose()
    };
    let session = Session {
        started_at: time(1)?,
        finished_at: time(2)?,
        exercises: Vec::new(),
        effort: row.get(3)?,
        pain_before: score(4)?,
        pain_after: score(5)?,
        note: row.get(6)?,
    };
    Ok((row.get(0)?, session, row.get(7)?))
}
