//! Writing a `Snapshot` back: replace the journal with it, or merge it in.
//!
//! A restore is one transaction taken after an automatic backup: it all lands
//! or none of it does. Records keep their ids where they can, so a journal
//! restored from a backup backs up to the same file again. A merge leaves out
//! what the journal already has (`merge.rs` says how it knows) and writes the
//! rest, under a new id where the file's is taken by another record.
//! Every value still passes the tables' CHECK constraints, so a hand-made file
//! cannot slip a score of 11 past the rules. Preferences that come with a
//! replace are committed with the records (migration 014) and written to their
//! own file after, by the app or the command line, at the latest on next start.

use std::path::PathBuf;

use chrono::{DateTime, FixedOffset};
use rusqlite::{params, Connection};

use crate::merge::AlreadyHere;
use crate::{measures, pain, plans, procedures, reminders, sessions, Journal, StoreError};
use relief_core::reminders::ReminderEventRecord;
use relief_core::{Reminder, Snapshot, ValidPain, ValidProcedure, ValidReminder};

/// What to do with the records already in the journal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RestoreMode {
    /// The journal becomes exactly the snapshot.
    Replace,
    /// The snapshot's records the journal does not have are added; nothing
    /// the journal has changes. The journal's current plan stays current.
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
/// The person's answers to plan offers are not in a backup: a replace
/// forgets them with the plans they were about.
const MORE_TABLES: [&str; 3] = ["psfs_records", "scored_measures", "plan_offer_answers"];

impl Journal {
    /// Backs the journal up (`before-restore`), then writes `snapshot` in one
    /// transaction. Returns what was written and where the backup is.
    pub fn restore(
        &self,
        snapshot: &Snapshot,
        mode: RestoreMode,
        now: DateTime<FixedOffset>,
    ) -> Result<(Restored, PathBuf), StoreError> {
        self.restore_with_preferences(snapshot, mode, None, now)
    }

    /// `restore`, with the preferences that come along (as the JSON the app
    /// keeps them in) committed in the same transaction as the records, to be
    /// written to the preferences file by the caller (`preferences_to_apply`,
    /// then `preferences_applied`). A restore with none forgets any that an
    /// earlier restore left unapplied: they would undo the person's settings.
    pub fn restore_with_preferences(
        &self,
        snapshot: &Snapshot,
        mode: RestoreMode,
        preferences_json: Option<&str>,
        now: DateTime<FixedOffset>,
    ) -> Result<(Restored, PathBuf), StoreError> {
        let backup = self.backup_now("before-restore", now)?;
        let restored = self.write_checked(|conn| {
            let restored = write(conn, snapshot, mode, now)?;
            conn.execute("DELETE FROM preferences_to_apply", [])?;
            if let Some(json) = preferences_json {
                conn.execute(
                    "INSERT INTO preferences_to_apply (id, preferences_json, restored_at)
                     VALUES (1, ?1, ?2)",
                    params![json, now.to_rfc3339()],
                )?;
            }
            Ok(restored)
        })?;
        Ok((restored, backup))
    }

    /// Preferences a restore committed that are not yet in the preferences
    /// file: the caller writes them, then calls `preferences_applied`.
    pub fn preferences_to_apply(&self) -> Result<Option<String>, StoreError> {
        self.read(|conn| {
            let mut statement =
                conn.prepare("SELECT preferences_json FROM preferences_to_apply WHERE id = 1")?;
            let mut rows = statement.query_map([], |r| r.get::<_, String>(0))?;
            Ok(rows.next().transpose()?)
        })
    }

    /// The preferences file now holds what `preferences_to_apply` gave.
    pub fn preferences_applied(&self) -> Result<(), StoreError> {
        self.write(|conn| {
            conn.execute("DELETE FROM preferences_to_apply", [])?;
            Ok(())
        })
    }
}

fn write(
    conn: &Connection,
    s: &Snapshot,
    mode: RestoreMode,
    now: DateTime<FixedOffset>,
) -> Result<Restored, StoreError> {
    let here = match mode {
        RestoreMode::Replace => {
            for table in TABLES.iter().chain(MORE_TABLES.iter()) {
                conn.execute(&format!("DELETE FROM {table}"), [])?;
            }
            AlreadyHere::default()
        }
        RestoreMode::Merge => crate::merge::already_here(&crate::snapshot::read(conn)?, s),
    };
    let now_text = now.to_rfc3339();
    let mut done = Restored::default();

    for p in s
        .procedures
        .iter()
        .filter(|p| !here.procedures.contains_key(&p.id))
    {
        let valid = ValidProcedure {
            date: p.date,
            region: p.region,
            levels: p.levels.clone(),
            side: p.side,
            clinic: p.clinic.clone(),
            clinician: p.clinician.clone(),
            clinic_phone: p.clinic_phone.clone(),
            baseline_pain: p.baseline_pain,
            notes: p.notes.clone(),
        };
        add(conn, p.id, |id| {
            procedures::insert_row(conn, id, &valid, &now_text)
        })?;
        done.procedures += 1;
    }

    // The journal's current plan stays current in a merge: the file's current
    // plan joins the history, replaced now.
    let has_current: bool = conn.query_row(
        "SELECT count(*) > 0 FROM plans WHERE replaced_at IS NULL",
        [],
        |r| r.get(0),
    )?;
    // Where each of the file's plans is in the journal, for its sessions.
    let mut plan_ids = here.plans.clone();
    for plan in s.plans.iter().filter(|p| !here.plans.contains_key(&p.id)) {
        let replaced_at = match plan.replaced_at {
            Some(at) => Some(at.to_rfc3339()),
            None if has_current => Some(now_text.clone()),
            None => None,
        };
        let created_at = plan.created_at.to_rfc3339();
        let id = add(conn, plan.id, |id| {
            plans::insert_row(
                conn,
                id,
                &plan.plan,
                plan.source,
                &created_at,
                replaced_at.as_deref(),
            )
        })?;
        plan_ids.insert(plan.id, id);
        done.plans += 1;
    }

    for e in s.pain.iter().filter(|e| !here.pain.contains_key(&e.id)) {
        let valid = ValidPain {
            score: e.score,
            note: e.note.clone(),
            recorded_at: e.recorded_at,
            worst_24h: e.worst_24h,
            average_24h: e.average_24h,
            interference: e.interference,
            tags: e.tags.clone(),
        };
        let updated_at = e.updated_at.to_rfc3339();
        add(conn, e.id, |id| {
            pain::insert_row(conn, id, &valid, &updated_at)
        })?;
        done.pain += 1;
    }

    for record in s
        .sessions
        .iter()
        .filter(|r| !here.sessions.contains_key(&r.id))
    {
        let session = &record.session;
        // A plan that is in neither the file nor the journal is refused by
        // the foreign key, and the whole restore with it.
        let plan_id = record
            .plan_id
            .map(|p| plan_ids.get(&p).copied().unwrap_or(p));
        let id = add(conn, record.id, |id| {
            sessions::insert_head(conn, id, session, plan_id, &now_text)
        })?;
        sessions::insert_exercises(conn, id, &sessions::exercise_rows(session)?)?;
        done.sessions += 1;
    }
    // Every month's tallies from the sessions now in the journal, by the code
    // that keeps them for every other write.
    crate::tallies::recount_everything(conn)?;

    for walk in s
        .walking
        .iter()
        .filter(|w| !here.walking_days.contains(&w.date))
    {
        done.walking += conn.execute(
            "INSERT INTO walking (date, minutes, updated_at) VALUES (?1, ?2, ?3)
             ON CONFLICT (date) DO NOTHING",
            params![walk.date.to_string(), walk.minutes, now_text],
        )?;
    }

    for r in s.psfs.iter().filter(|r| !here.psfs.contains_key(&r.id)) {
        add(conn, r.id, |id| {
            measures::insert_psfs_row(conn, id, &r.psfs, &now_text)
        })?;
        done.psfs += 1;
    }
    for r in s
        .measures
        .iter()
        .filter(|r| !here.measures.contains_key(&r.id))
    {
        add(conn, r.id, |id| {
            measures::insert_measure_row(conn, id, &r.measure, &now_text)
        })?;
        done.measures += 1;
    }

    // Where each of the file's reminders is in the journal, for its events.
    let mut reminder_ids = here.reminders.clone();
    let live = s.reminders.iter().map(|r| (r, None));
    let retired = s
        .retired_reminders
        .iter()
        .map(|r| (r, Some(now_text.as_str())));
    for (r, deleted_at) in live.chain(retired) {
        if here.reminders.contains_key(&r.id) {
            continue;
        }
        reminder_ids.insert(r.id, insert_reminder(conn, r, deleted_at, &now_text)?);
        done.reminders += 1;
    }
    for e in s
        .reminder_events
        .iter()
        .filter(|e| !here.reminder_events.contains_key(&e.id))
    {
        let reminder = e.event.occurrence.reminder_id;
        insert_event(
            conn,
            e,
            reminder_ids.get(&reminder).copied().unwrap_or(reminder),
        )?;
        done.reminder_events += 1;
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

/// Writes a record under the file's `id` if the journal does not use it, else
/// under a new one (ids are only unique within one journal); `insert` writes
/// it with the id given, or with none for a new one. Returns the id written.
fn add<E>(
    conn: &Connection,
    id: i64,
    insert: impl Fn(Option<i64>) -> Result<usize, E>,
) -> Result<i64, E> {
    if insert(Some(id))? == 0 {
        insert(None)?;
    }
    Ok(conn.last_insert_rowid())
}

fn insert_reminder(
    conn: &Connection,
    r: &Reminder,
    deleted_at: Option<&str>,
    now: &str,
) -> Result<i64, StoreError> {
    let valid = ValidReminder {
        kind: r.kind,
        message: r.message.clone(),
        enabled: r.enabled,
        schedule: r.schedule.clone(),
    };
    add(conn, r.id, |id| {
        reminders::insert_row(conn, id, &valid, now, deleted_at)
    })
}

/// Writes an event of the journal's reminder `reminder_id` (the file's
/// reminder, wherever the merge put it).
fn insert_event(
    conn: &Connection,
    e: &ReminderEventRecord,
    reminder_id: i64,
) -> Result<i64, StoreError> {
    let event = &e.event;
    // The kind is the reminder's, copied as `record_reminder_event` does; an
    // event whose reminder is not in the journal is refused by the foreign key.
    Ok(add(conn, e.id, |id| {
        conn.execute(
            "INSERT INTO reminder_events (id, reminder_id, kind, set_for, due_at, outcome,
                                          skip_reason, from_catch_up, recorded_at)
             SELECT ?1, ?2, (SELECT kind FROM reminders WHERE id = ?2), ?3, ?4, ?5, ?6, ?7, ?8
              WHERE true
             ON CONFLICT (id) DO NOTHING",
            params![
                id,
                reminder_id,
                event
                    .occurrence
                    .local
                    .format("%Y-%m-%dT%H:%M:%S")
                    .to_string(),
                event.occurrence.due.to_rfc3339(),
                reminders::outcome_text(&event.outcome),
                reminders::skip_text(&event.outcome),
                event.from_catch_up,
                e.recorded_at.to_rfc3339(),
            ],
        )
    })?)
}
