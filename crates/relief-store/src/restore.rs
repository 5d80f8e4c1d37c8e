//! Writing a `Snapshot` back: replace the journal with it, or merge it in.
//!
//! A restore is one transaction taken after an automatic backup: it all lands
//! or none of it does. Records keep their ids, so a journal restored from a
//! backup backs up to the same file again, and a merge knows a record it
//! already has: a record whose id is taken is left as the journal has it.
//! Every value still passes the tables' CHECK constraints, so a hand-made file
//! cannot slip a score of 11 past the rules.

use std::path::PathBuf;

use chrono::{DateTime, FixedOffset};
use rusqlite::{params, Connection};

use crate::snapshot::{ReminderEventRecord, Snapshot};
use crate::{measures, pain, plans, procedures, reminders, sessions, Journal, StoreError};
use relief_core::{PainScore, Reminder};

/// What to do with the records already in the journal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RestoreMode {
    /// The journal becomes exactly the snapshot.
    Replace,
    /// The snapshot's records are added; a record whose id is already in the
    /// journal is kept as it is. The journal's current plan stays current.
    Merge,
}

/// How many records of each kind a restore wrote.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Restored {
    pub procedures: usize,
    pub pain: usize,
    pub sessions: usize,
    pub plans: usize,
    pub walking: usize,
    pub psfs: usize,
    pub measures: usize,
    pub reminders: usize,
    pub reminder_events: usize,
}

impl Restored {
    pub fn total(&self) -> usize {
        self.procedures
            + self.pain
            + self.sessions
            + self.plans
            + self.walking
            + self.psfs
            + self.measures
            + self.reminders
            + self.reminder_events
    }
}

/// Tables a replace empties, children before parents (foreign keys).
const TABLES: [&str; 12] = [
    "session_exercises",
    "session_exercise_months",
    "session_exercise_years",
    "session_days",
    "sessions",
    "reminder_events",
    "scheduler_state",
    "reminders",
    "plans",
    "pain_entries",
    "procedures",
    "walking",
];
const MORE_TABLES: [&str; 2] = ["psfs_records", "scored_measures"];

impl Journal {
    /// Backs the journal up (`before-restore`), then writes `snapshot` in one
    /// transaction. Returns what was written and where the backup is.
    pub fn restore(
        &self,
        snapshot: &Snapshot,
        mode: RestoreMode,
        now: DateTime<FixedOffset>,
    ) -> Result<(Restored, PathBuf), StoreError> {
        let backup = self.backup_now("before-restore", now)?;
        let restored = self.write_checked(|conn| write(conn, snapshot, mode, now))?;
        Ok((restored, backup))
    }
}

fn write(
    conn: &Connection,
    s: &Snapshot,
    mode: RestoreMode,
    now: DateTime<FixedOffset>,
) -> Result<Restored, StoreError> {
    if mode == RestoreMode::Replace {
        for table in TABLES.iter().chain(MORE_TABLES.iter()) {
            conn.execute(&format!("DELETE FROM {table}"), [])?;
        }
    }
    let now_text = now.to_rfc3339();
    let mut done = Restored::default();

    for p in &s.procedures {
        done.procedures += conn.execute(
            "INSERT INTO procedures (id, date, region, levels, side, clinic, clinician, baseline_pain,
                                     notes, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) ON CONFLICT (id) DO NOTHING",
            params![
                p.id,
                p.date.to_string(),
                procedures::region_text(p.region),
                p.levels.join(","),
                p.side.map(procedures::side_text),
                p.clinic,
                p.clinician,
                p.baseline_pain.map(PainScore::get),
                p.notes,
                now_text,
            ],
        )?;
    }

    // The journal's current plan stays current in a merge: the file's current
    // plan joins the history, replaced now.
    let has_current: bool = conn.query_row(
        "SELECT count(*) > 0 FROM plans WHERE replaced_at IS NULL",
        [],
        |r| r.get(0),
    )?;
    for plan in &s.plans {
        let json =
            serde_json::to_string(&plan.plan).map_err(|e| StoreError::Serialise(e.to_string()))?;
        let replaced_at = match plan.replaced_at {
            Some(at) => Some(at.to_rfc3339()),
            None if has_current => Some(now_text.clone()),
            None => None,
        };
        done.plans += conn.execute(
            "INSERT INTO plans (id, plan_json, source, created_at, replaced_at)
             VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (id) DO NOTHING",
            params![
                plan.id,
                json,
                plans::source_text(plan.source),
                plan.created_at.to_rfc3339(),
                replaced_at
            ],
        )?;
    }

    for e in &s.pain {
        done.pain += conn.execute(
            "INSERT INTO pain_entries (id, score, note, recorded_at, recorded_utc_ms, updated_at,
                                       worst_24h, average_24h, interference, tags)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) ON CONFLICT (id) DO NOTHING",
            params![
                e.id,
                e.score.get(),
                e.note,
                e.recorded_at.to_rfc3339(),
                e.recorded_at.timestamp_millis(),
                e.updated_at.to_rfc3339(),
                e.worst_24h.map(PainScore::get),
                e.average_24h.map(PainScore::get),
                e.interference.map(PainScore::get),
                pain::tags_text(&e.tags),
            ],
        )?;
    }

    for record in &s.sessions {
        let session = &record.session;
        let added = conn.execute(
            "INSERT INTO sessions (id, started_at, started_utc_ms, finished_at, effort, pain_before,
                                   pain_after, note, plan_id, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) ON CONFLICT (id) DO NOTHING",
            params![
                record.id,
                session.started_at.to_rfc3339(),
                session.started_at.timestamp_millis(),
                session.finished_at.to_rfc3339(),
                session.effort,
                session.pain_before.map(PainScore::get),
                session.pain_after.map(PainScore::get),
                session.note,
                record.plan_id,
                now_text,
            ],
        )?;
        if added > 0 {
            sessions::insert_exercises(conn, record.id, &sessions::exercise_rows(session)?)?;
        }
        done.sessions += added;
    }
    // Every month's tallies from the sessions now in the journal, by the code
    // that keeps them for every other write.
    crate::tallies::recount_everything(conn)?;

    for walk in &s.walking {
        done.walking += conn.execute(
            "INSERT INTO walking (date, minutes, updated_at) VALUES (?1, ?2, ?3)
             ON CONFLICT (date) DO NOTHING",
            params![walk.date.to_string(), walk.minutes, now_text],
        )?;
    }

    for r in &s.psfs {
        let json = serde_json::to_string(&r.psfs.activities)
            .map_err(|e| StoreError::Serialise(e.to_string()))?;
        done.psfs += conn.execute(
            "INSERT INTO psfs_records (id, recorded_on, activities_json, created_at)
             VALUES (?1, ?2, ?3, ?4) ON CONFLICT (id) DO NOTHING",
            params![r.id, r.psfs.recorded_on.to_string(), json, now_text],
        )?;
    }
    for r in &s.measures {
        done.measures += conn.execute(
            "INSERT INTO scored_measures (id, measure, total, recorded_on, scored_by, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (id) DO NOTHING",
            params![
                r.id,
                measures::measure_text(r.measure.measure),
                r.measure.total,
                r.measure.recorded_on.to_string(),
                r.measure.scored_by,
                now_text
            ],
        )?;
    }

    for r in &s.reminders {
        done.reminders += insert_reminder(conn, r, None, &now_text)?;
    }
    for r in &s.retired_reminders {
        done.reminders += insert_reminder(conn, r, Some(&now_text), &now_text)?;
    }
    for e in &s.reminder_events {
        done.reminder_events += insert_event(conn, e)?;
    }
    if let Some(state) = &s.scheduler_state {
        let snoozes = serde_json::to_string(&state.snoozes)
            .map_err(|e| StoreError::Serialise(e.to_string()))?;
        // A merge keeps the journal's own memory of what it has shown.
        let conflict = match mode {
            RestoreMode::Replace => "DO UPDATE SET last_check = excluded.last_check, snoozes_json = excluded.snoozes_json",
            RestoreMode::Merge => "DO NOTHING",
        };
        conn.execute(
            &format!(
                "INSERT INTO scheduler_state (id, last_check, snoozes_json) VALUES (1, ?1, ?2)
                 ON CONFLICT (id) {conflict}"
            ),
            params![state.last_check.to_rfc3339(), snoozes],
        )?;
    }
    Ok(done)
}

fn insert_reminder(
    conn: &Connection,
    r: &Reminder,
    deleted_at: Option<&str>,
    now: &str,
) -> Result<usize, StoreError> {
    let schedule =
        serde_json::to_string(&r.schedule).map_err(|e| StoreError::Serialise(e.to_string()))?;
    Ok(conn.execute(
        "INSERT INTO reminders (id, kind, message, enabled, schedule_json, created_at, updated_at,
                                deleted_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, ?7) ON CONFLICT (id) DO NOTHING",
        params![
            r.id,
            reminders::kind_text(r.kind),
            r.message,
            r.enabled,
            schedule,
            now,
            deleted_at
        ],
    )?)
}

fn insert_event(conn: &Connection, e: &ReminderEventRecord) -> Result<usize, StoreError> {
    let event = &e.event;
    // The kind is the reminder's, copied as `record_reminder_event` does; an
    // event whose reminder is not in the journal is refused by the foreign key.
    Ok(conn.execute(
        "INSERT INTO reminder_events (id, reminder_id, kind, set_for, due_at, outcome, skip_reason,
                                      from_catch_up, recorded_at)
         SELECT ?1, ?2, (SELECT kind FROM reminders WHERE id = ?2), ?3, ?4, ?5, ?6, ?7, ?8 WHERE true
         ON CONFLICT (id) DO NOTHING",
        params![
            e.id,
            event.occurrence.reminder_id,
            event.occurrence.local.format("%Y-%m-%dT%H:%M:%S").to_string(),
            event.occurrence.due.to_rfc3339(),
            reminders::outcome_text(&event.outcome),
            reminders::skip_text(&event.outcome),
            event.from_catch_up,
            e.recorded_at.to_rfc3339(),
        ],
    )?)
}
