//! The whole journal as plain records (`relief_core::Snapshot`), read in one
//! transaction: what exports and backups are made from.
//!
//! Deleted records (soft-deleted, awaiting purge) are not part of a snapshot:
//! the person deleted them. Ids are kept, so a restore can keep them too and a
//! merge can tell a record it already has.

use relief_core::pain::Walk;
use relief_core::reminders::ReminderEventRecord;
use relief_core::{Reminder, Snapshot};
use rusqlite::Connection;

use crate::{days, measures, pain, plans, procedures, reminders, sessions, Journal, StoreError};

impl Journal {
    /// Reads everything in one read transaction, so a snapshot never mixes
    /// records from before and after a write.
    pub fn snapshot(&self) -> Result<Snapshot, StoreError> {
        self.read(read)
    }
}

/// The snapshot of the journal `conn` has open, in the caller's transaction
/// (a merge compares the file with it before writing).
pub(crate) fn read(conn: &Connection) -> Result<Snapshot, StoreError> {
    let (from, to) = days::all();
    let mut procedures = procedures::all(conn)?;
    procedures.sort_by_key(|p| p.id);
    let mut pain = pain::between(conn, from, to)?;
    pain.sort_by_key(|p| p.id);
    let mut sessions = sessions::between(conn, from, to)?;
    sessions.sort_by_key(|s| s.id);
    let walking = every_walk(conn)?;
    Ok(Snapshot {
        procedures,
        pain,
        sessions,
        plans: plans::all(conn)?,
        walking,
        psfs: by_id(measures::psfs_between(conn, from, to)?, |r| r.id),
        measures: by_id(measures::measures_between(conn, from, to)?, |r| r.id),
        reminders: reminders_where(conn, "deleted_at IS NULL")?,
        retired_reminders: reminders_where(conn, "deleted_at IS NOT NULL")?,
        reminder_events: events(conn)?,
        scheduler_state: reminders::scheduler_state_in(conn)?,
    })
}

fn by_id<T>(mut records: Vec<T>, id: impl Fn(&T) -> i64) -> Vec<T> {
    records.sort_by_key(|r| id(r));
    records
}

/// `filter` is one of this module's literals, never input.
fn reminders_where(conn: &Connection, filter: &str) -> Result<Vec<Reminder>, StoreError> {
    let mut statement = conn.prepare(&format!(
        "SELECT {} FROM reminders WHERE {filter} ORDER BY id",
        reminders::COLUMNS
    ))?;
    let rows = statement.query_map([], reminders::reminder)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

fn events(conn: &Connection) -> Result<Vec<ReminderEventRecord>, StoreError> {
    let mut statement = conn.prepare(
        "SELECT id, reminder_id, set_for, due_at, outcome, skip_reason, from_catch_up, recorded_at
           FROM reminder_events ORDER BY id",
    )?;
    let rows = statement.query_map([], reminders::event_record)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

fn every_walk(conn: &Connection) -> Result<Vec<Walk>, StoreError> {
    let mut statement = conn.prepare("SELECT date, minutes FROM walking ORDER BY date")?;
    let rows = statement.query_map([], |r| {
        Ok(Walk {
            date: days::column(r, 0)?,
            minutes: r.get(1)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}
