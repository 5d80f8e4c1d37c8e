//! Recovery: what happens when SQLite says the journal file is damaged.
//!
//! The damaged file is never deleted or repaired in place: it is moved aside, with
//! its `-wal` and `-shm`, to `journal.corrupt-<UTC stamp>.sqlite3`, where a person
//! or a helper can still rescue rows from it. The newest backup that itself passes
//! `integrity_check` becomes the journal; if none does, a fresh journal starts.
//! Either way the `Recovery` report says exactly what happened, so the app can tell
//! the person in plain words which day their records now reach back to.
//!
//! Only SQLite's corruption verdicts lead here; an unwritable folder never does.

use std::fs;
use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset, Utc};
use rusqlite::{Connection, OpenFlags};

use crate::journal::{check_integrity, connect};
use crate::{backup, StoreError, JOURNAL_FILE};

/// What recovery did, for the app to tell the person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recovery {
    /// Where the damaged journal now lies. It is kept, never deleted.
    pub moved_to: PathBuf,
    /// The backup that became the journal, or `None` if no sound backup existed
    /// and the journal starts empty.
    pub restored_from: Option<PathBuf>,
    /// When that backup was taken: entries after it are not in the journal.
    pub backup_taken_at: Option<DateTime<Utc>>,
}

/// Moves the damaged journal in `dir` aside and puts the best available journal in
/// its place, returning a checked connection to it.
pub(crate) fn recover(
    dir: &Path,
    now: DateTime<FixedOffset>,
) -> Result<(Connection, Recovery), StoreError> {
    let journal = dir.join(JOURNAL_FILE);
    let moved_to = move_aside(dir, now)?;
    for candidate in backup::list(dir)? {
        let Some(source) = sound(&candidate) else {
            continue;
        };
        backup::copy_into(&source, &journal).map_err(|reason| StoreError::BackupFailed {
            path: candidate.clone(),
            reason,
        })?;
        let conn = connect(&journal)?;
        let backup_taken_at = backup::taken_at(&candidate);
        let report = Recovery {
            moved_to,
            restored_from: Some(candidate),
            backup_taken_at,
        };
        return Ok((conn, report));
    }
    let conn = connect(&journal)?;
    let report = Recovery {
        moved_to,
        restored_from: None,
        backup_taken_at: None,
    };
    Ok((conn, report))
}

/// A backup opened read-only, if it passes `integrity_check`.
fn sound(path: &Path) -> Option<Connection> {
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY).ok()?;
    check_integrity(&conn).ok()?;
    Some(conn)
}

/// Renames the journal and its companions to an unused `journal.corrupt-*` name.
fn move_aside(dir: &Path, now: DateTime<FixedOffset>) -> Result<PathBuf, StoreError> {
    let stamp = backup::stamp(now);
    let companions = ["", "-wal", "-shm"];
    let base = (0..100)
        .map(|seq| match seq {
            0 => format!("journal.corrupt-{stamp}.sqlite3"),
            n => format!("journal.corrupt-{stamp}.{n:02}.sqlite3"),
        })
        .find(|base| {
            companions
                .iter()
                .all(|suffix| !dir.join(format!("{base}{suffix}")).exists())
        })
        .ok_or_else(|| StoreError::DataDirUnwritable {
            path: dir.to_path_buf(),
            reason: format!("no free name to move the damaged journal aside at {stamp}"),
        })?;
    for suffix in companions {
        let from = dir.join(format!("{JOURNAL_FILE}{suffix}"));
        if from.exists() {
            let to = dir.join(format!("{base}{suffix}"));
            fs::rename(&from, &to).map_err(|e| StoreError::DataDirUnwritable {
                path: from.clone(),
                reason: e.to_string(),
            })?;
        }
    }
    Ok(dir.join(base))
}
