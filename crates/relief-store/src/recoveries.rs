//! The journal's memory of its recoveries (`recoveries`, migration 013), so the
//! person is told what happened until they say they have read it.
//!
//! `recovery.rs` puts a damaged journal right and says what it did in a
//! `Recovery`; `Journal::open` keeps that here in the journal it opened. The
//! app reads what is still to tell at every start, and a notice goes only when
//! the person dismisses it: a recovery done by the command line, or in a run
//! that closed before the window was read, is told the next time the app opens.

use chrono::{DateTime, FixedOffset, Utc};
use rusqlite::types::Type;
use rusqlite::{params, Connection, Row};

use crate::{Damage, Journal, Recovery, StoreError};

/// A recovery the person has not yet dismissed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecoveryNote {
    pub id: i64,
    pub happened_at: DateTime<FixedOffset>,
    pub damage: Damage,
    /// Where the damaged journal was kept.
    pub moved_to: String,
    /// The backup restored, or `None` when the journal started empty.
    pub restored_from: Option<String>,
    /// When that backup was taken: entries after it are not in the journal.
    pub backup_taken_at: Option<DateTime<Utc>>,
}

impl Journal {
    /// The recoveries still to tell, oldest first.
    pub fn recoveries_to_tell(&self) -> Result<Vec<RecoveryNote>, StoreError> {
        self.read(|conn| {
            let mut statement = conn.prepare(
                "SELECT id, happened_at, damage, moved_to, restored_from, backup_taken_at
                 FROM recoveries WHERE dismissed_at IS NULL ORDER BY id",
            )?;
            let notes = statement
                .query_map([], note)?
                .collect::<rusqlite::Result<_>>()?;
            Ok(notes)
        })
    }

    /// The person has read the notice for recovery `id`. Unknown or already
    /// dismissed ids change nothing: a second click, or a second window.
    pub fn dismiss_recovery(&self, id: i64, now: DateTime<FixedOffset>) -> Result<(), StoreError> {
        self.write(|conn| {
            conn.execute(
                "UPDATE recoveries SET dismissed_at = ?2 WHERE id = ?1 AND dismissed_at IS NULL",
                params![id, now.to_rfc3339()],
            )?;
            Ok(())
        })
    }
}

/// Keeps `recovery` in the journal it produced. Notices of earlier recoveries
/// that came back with a restored backup are settled: the newest recovery says
/// what the journal holds now, and an old notice the person may already have
/// read in the damaged journal would only confuse.
pub(crate) fn remember(
    conn: &Connection,
    recovery: &Recovery,
    now: DateTime<FixedOffset>,
) -> Result<(), StoreError> {
    let now_text = now.to_rfc3339();
    conn.execute(
        "UPDATE recoveries SET dismissed_at = ?1 WHERE dismissed_at IS NULL",
        [&now_text],
    )?;
    conn.execute(
        "INSERT INTO recoveries (happened_at, damage, moved_to, restored_from, backup_taken_at)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![
            now_text,
            recovery.damage.code(),
            recovery.moved_to.display().to_string(),
            recovery
                .restored_from
                .as_ref()
                .map(|p| p.display().to_string()),
            recovery.backup_taken_at.map(|t| t.to_rfc3339()),
        ],
    )?;
    Ok(())
}

fn note(row: &Row<'_>) -> rusqlite::Result<RecoveryNote> {
    let bad = |index: usize, what: &str| {
        rusqlite::Error::FromSqlConversionFailure(index, Type::Text, what.to_owned().into())
    };
    let damage: String = row.get(2)?;
    Ok(RecoveryNote {
        id: row.get(0)?,
        happened_at: row.get(1)?,
        damage: Damage::from_code(&damage).ok_or_else(|| bad(2, "not a kind of damage"))?,
        moved_to: row.get(3)?,
        restored_from: row.get(4)?,
        backup_taken_at: row
            .get::<_, Option<DateTime<FixedOffset>>>(5)?
            .map(|t| t.with_timezone(&Utc)),
    })
}
