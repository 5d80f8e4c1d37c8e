//! Exercise sessions in the journal: add, correct, delete with undo, list.
//!
//! A session and its exercises are written in one transaction. Each exercise is
//! kept whole as JSON, settled by relief-core (done, skipped or not done),
//! with what statistics count (its library id or custom name, its skip reason
//! and whether it was not done) copied into columns, and added up by `tallies`,
//! rewritten for the session's month and year in the same transaction as every
//! add, correction, delete and undo. Progress reads those sums and never
//! decodes years of JSON. Validity is relief-core's.

use std::collections::HashMap;

use chrono::{DateTime, FixedOffset, NaiveDate};
use rusqlite::types::Type;
use rusqlite::{params, Connection, OptionalExtension, Row};

use relief_core::{ExerciseRef, PainScore, Session, SessionExercise, SessionRecord, SkipReason};

use crate::{Journal, StoreError};

pub(crate) const COLUMNS: &str =
    "id, started_at, finished_at, effort, pain_before, pain_after, note, plan_id";

impl Journal {
    /// Stores a session done under the plan `plan_id` (if any).
    pub fn add_session(
        &self,
        session: &Session,
        plan_id: Option<i64>,
        now: DateTime<FixedOffset>,
    ) -> Result<SessionRecord, StoreError> {
        self.write_checked(|conn| insert(conn, session, plan_id, now))
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
                let was_in: Option<String> = conn
                    .query_row(
                        "SELECT substr(started_at, 1, 7) FROM sessions WHERE id = ?1 AND deleted_at IS NULL",
                        [id],
                        |r| r.get(0),
                    )
                    .optional()?;
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
                    // A corrected date may move the session to another month.
                    let now_in = month_of(session);
                    let mut months = vec![now_in.as_str()];
                    months.extend(was_in.as_deref().filter(|m| *m != now_in));
                    crate::tallies::recount(conn, &months)?;
                }
                Ok(plan_id)
            })?
            .ok_or(StoreError::NotFound { id })?;
        Ok(SessionRecord {
            id,
            session: settled(session),
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
            let month: Option<String> = conn
                .query_row(
                    "UPDATE sessions SET deleted_at = ?2 WHERE id = ?1 AND deleted_at IS NULL
                     RETURNING substr(started_at, 1, 7)",
                    params![id, now.to_rfc3339()],
                    |r| r.get(0),
                )
                .optional()?;
            if let Some(month) = &month {
                crate::tallies::recount(conn, &[month])?;
            }
            Ok(month.is_some())
        })?;
        if !found {
            return Err(StoreError::NotFound { id });
        }
        self.session_by_id(id, true)
    }

    /// Brings back a session deleted in this session of the app.
    pub fn undo_delete_session(&self, id: i64) -> Result<SessionRecord, StoreError> {
        let found = self.write(|conn| {
            let month: Option<String> = conn
                .query_row(
                    "UPDATE sessions SET deleted_at = NULL WHERE id = ?1 AND deleted_at IS NOT NULL
                     RETURNING substr(started_at, 1, 7)",
                    [id],
                    |r| r.get(0),
                )
                .optional()?;
            if let Some(month) = &month {
                crate::tallies::recount(conn, &[month])?;
            }
            Ok(month.is_some())
        })?;
        if !found {
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

    /// Every live session started on a date from `from` to `to` (both
    /// included), in the person's own dates, oldest first. Two queries
    /// whatever the count, answered from an index on that date.
    pub fn sessions_between(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Vec<SessionRecord>, StoreError> {
        between(&self.lock(), from, to)
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
            .query_map([id], |r| exercise(text(r, 0)?))?
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

pub(crate) fn insert(
    conn: &Connection,
    session: &Session,
    plan_id: Option<i64>,
    now: DateTime<FixedOffset>,
) -> Result<SessionRecord, StoreError> {
    let exercises = exercise_rows(session)?;
    insert_head(conn, None, session, plan_id, &now.to_rfc3339())?;
    let id = conn.last_insert_rowid();
    insert_exercises(conn, id, &exercises)?;
    crate::tallies::recount(conn, &[&month_of(session)])?;
    Ok(SessionRecord {
        id,
        session: settled(session),
        plan_id,
    })
}

/// `session` as the journal keeps it: every exercise settled, as
/// `exercise_rows` writes them.
fn settled(session: &Session) -> Session {
    Session {
        exercises: session.exercises.iter().map(|e| e.settled()).collect(),
        ..session.clone()
    }
}

/// Writes a session's own row (not its exercises) under `id`, or a new id for
/// none; nothing when `id` is taken (a restore then tries a new one). Returns
/// how many rows were written.
pub(crate) fn insert_head(
    conn: &Connection,
    id: Option<i64>,
    session: &Session,
    plan_id: Option<i64>,
    updated_at: &str,
) -> rusqlite::Result<usize> {
    conn.prepare_cached(
        "INSERT INTO sessions (id, started_at, started_utc_ms, finished_at, effort, pain_before,
                               pain_after, note, plan_id, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) ON CONFLICT (id) DO NOTHING",
    )?
    .execute(params![
        id,
        session.started_at.to_rfc3339(),
        session.started_at.timestamp_millis(),
        session.finished_at.to_rfc3339(),
        session.effort,
        session.pain_before.map(PainScore::get),
        session.pain_after.map(PainScore::get),
        session.note,
        plan_id,
        updated_at,
    ])
}

/// The sessions of `from..=to`; see `Journal::sessions_between`. The heads
/// come first, then every exercise of those sessions in one pass in the
/// table's own order (no sort of years of rows).
pub(crate) fn between(
    conn: &Connection,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<SessionRecord>, StoreError> {
    let (from, to) = (from.to_string(), to.to_string());
    let mut heads = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM sessions
         WHERE substr(started_at, 1, 10) BETWEEN ?1 AND ?2 AND deleted_at IS NULL
         ORDER BY started_utc_ms, id"
    ))?;
    let mut records: Vec<SessionRecord> = heads
        .query_map(params![from, to], session_head)?
        .map(|head| {
            head.map(|(id, session, plan_id)| SessionRecord {
                id,
                session,
                plan_id,
            })
        })
        .collect::<Result<_, _>>()?;
    let index: HashMap<i64, usize> = records.iter().enumerate().map(|(i, r)| (r.id, i)).collect();
    let mut exercises = conn.prepare_cached(
        "SELECT session_id, exercise_json FROM session_exercises
         WHERE session_id IN (SELECT id FROM sessions
                              WHERE substr(started_at, 1, 10) BETWEEN ?1 AND ?2 AND deleted_at IS NULL)
         ORDER BY session_id, position",
    )?;
    let mut rows = exercises.query(params![from, to])?;
    // A plan done as planned writes the same exercise, word for word, session
    // after session: each distinct text is parsed once per call, then copied.
    let mut parsed: HashMap<String, SessionExercise> = HashMap::new();
    while let Some(row) = rows.next()? {
        let Some(&i) = index.get(&row.get::<_, i64>(0)?) else {
            continue;
        };
        let json = text(row, 1)?;
        let exercise = match parsed.get(json) {
            Some(known) => known.clone(),
            None => {
                let new = exercise(json)?;
                parsed.insert(json.to_owned(), new.clone());
                new
            }
        };
        records[i].session.exercises.push(exercise);
    }
    Ok(records)
}

/// The month a session's stored start falls in, in the person's own dates:
/// the first seven characters of its RFC 3339 text, as the queries take them.
fn month_of(session: &Session) -> String {
    session.started_at.to_rfc3339().chars().take(7).collect()
}

/// The local date of the earliest live session, if any.
pub(crate) fn first_day(conn: &Connection) -> Result<Option<NaiveDate>, StoreError> {
    crate::days::first(
        conn,
        "SELECT min(substr(started_at, 1, 10)) FROM sessions WHERE deleted_at IS NULL",
    )
}

pub(crate) fn exercise(json: &str) -> rusqlite::Result<SessionExercise> {
    serde_json::from_str::<SessionExercise>(json)
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(1, Type::Text, Box::new(e)))
}

/// A text column, borrowed from the row rather than copied.
pub(crate) fn text<'r>(row: &'r Row<'_>, index: usize) -> rusqlite::Result<&'r str> {
    row.get_ref(index)?
        .as_str()
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(index, Type::Text, Box::new(e)))
}

/// One row's worth of a session exercise: its JSON and the copied-out columns.
pub(crate) struct ExerciseRow {
    json: String,
    library_id: Option<String>,
    custom_name: Option<String>,
    skipped_reason: Option<&'static str>,
    not_done: bool,
}

/// The rows of a session's exercises, each settled first (relief-core's rule
/// of done, skipped and not done), whoever wrote the session: a restored
/// backup from before that rule keeps the meaning the journal gives it.
pub(crate) fn exercise_rows(session: &Session) -> Result<Vec<ExerciseRow>, StoreError> {
    session
        .exercises
        .iter()
        .map(|e| {
            let e = &e.settled();
            Ok(ExerciseRow {
                json: serde_json::to_string(e)
                    .map_err(|err| StoreError::Serialise(err.to_string()))?,
                library_id: match &e.exercise {
                    ExerciseRef::Library { id } => Some(id.clone()),
                    ExerciseRef::Custom(_) => None,
                },
                custom_name: match &e.exercise {
                    ExerciseRef::Library { .. } => None,
                    ExerciseRef::Custom(custom) => Some(custom.name.clone()),
                },
                skipped_reason: e.skipped.as_ref().map(|s| match s {
                    SkipReason::TooPainful => "too-painful",
                    SkipReason::NoTime => "no-time",
                    SkipReason::NoSpaceOrEquipment => "no-space-or-equipment",
                    SkipReason::Other { .. } => "other",
                }),
                not_done: e.not_done,
            })
        })
        .collect()
}

pub(crate) fn insert_exercises(
    conn: &Connection,
    session_id: i64,
    rows: &[ExerciseRow],
) -> rusqlite::Result<()> {
    let mut statement = conn.prepare_cached(
        "INSERT INTO session_exercises (session_id, position, exercise_json, library_id, custom_name,
                                        skipped_reason, not_done)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    for (position, row) in rows.iter().enumerate() {
        statement.execute(params![
            session_id,
            position as i64,
            row.json,
            row.library_id,
            row.custom_name,
            row.skipped_reason,
            row.not_done,
        ])?;
    }
    Ok(())
}

/// Migration 010's hook: every exercise not skipped is settled by
/// relief-core's rule, and one that did nothing is rewritten as not done
/// (its JSON and its column). Deleted sessions too, so an undo brings back
/// the same meaning.
pub(crate) fn settle_every_exercise(conn: &Connection) -> rusqlite::Result<()> {
    let mut read = conn.prepare(
        "SELECT session_id, position, exercise_json FROM session_exercises
         WHERE skipped_reason IS NULL AND not_done = 0",
    )?;
    let mut update = conn.prepare(
        "UPDATE session_exercises SET exercise_json = ?3, not_done = 1
         WHERE session_id = ?1 AND position = ?2",
    )?;
    let mut rows = read.query([])?;
    let mut passed_over: Vec<(i64, i64, String)> = Vec::new();
    while let Some(row) = rows.next()? {
        let settled = exercise(text(row, 2)?)?.settled();
        if settled.not_done {
            let json = serde_json::to_string(&settled)
                .map_err(|e| rusqlite::Error::ToSqlConversionFailure(Box::new(e)))?;
            passed_over.push((row.get(0)?, row.get(1)?, json));
        }
    }
    for (session, position, json) in passed_over {
        update.execute(params![session, position, json])?;
    }
    Ok(())
}

/// Reads a row of `COLUMNS` into a session without its exercises.
pub(crate) fn session_head(row: &Row<'_>) -> rusqlite::Result<(i64, Session, Option<i64>)> {
    let bad = |index: usize, kind: Type, what: String| {
        rusqlite::Error::FromSqlConversionFailure(index, kind, what.into())
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
        started_at: row.get(1)?,
        finished_at: row.get(2)?,
        exercises: Vec::new(),
        effort: row.get(3)?,
        pain_before: score(4)?,
        pain_after: score(5)?,
        note: row.get(6)?,
    };
    Ok((row.get(0)?, session, row.get(7)?))
}
