//! Recovery: what happens when the journal is found unsound (`health::Damage`):
//! damaged by SQLite's verdict, emptied while a backup holds records, a row that
//! no longer reads, or a schema that cannot be upgraded.
//!
//! The journal file is never deleted or repaired in place: it is moved aside, with
//! its `-wal` and `-shm`, to `journal.corrupt-<UTC stamp>.sqlite3`, where a person
//! or a helper can still rescue rows from it. The newest backup that itself passes
//! every check a journal must pass (`sound::open_sound`: SQLite's, upgraded,
//! every record read) becomes the journal, preferring backups that hold records
//! to copies of an empty journal. If none does: a journal SQLite calls damaged,
//! or one with a row that cannot be read, is replaced by a fresh one; an emptied
//! journal or one that cannot be upgraded is put back as it was, since nothing
//! better exists. Either way the `Recovery` report says exactly what happened,
//! so the app and the command line can tell the person in plain words which day
//! their records now reach back to.
//!
//! Only these verdicts lead here; an unwritable folder or a journal from a newer
//! app never does.

use std::fs;
use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset, Utc};
use rusqlite::{Connection, OpenFlags};
use rusqlite_migration::Migrations;

use crate::connection::check_integrity;
use crate::health::Damage;
use crate::sound::{open_sound, Checks, Unsound};
use crate::{backup, records, StoreError, JOURNAL_FILE};

/// What recovery did, for the app to tell the person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recovery {
    /// What was found wrong with the journal.
    pub damage: Damage,
    /// Where the damaged journal now lies. It is kept, never deleted.
    pub moved_to: PathBuf,
    /// The backup that became the journal, or `None` if no sound backup existed
    /// and the journal starts empty.
    pub restored_from: Option<PathBuf>,
    /// When that backup was taken: entries after it are not in the journal.
    pub backup_taken_at: Option<DateTime<Utc>>,
}

/// How recovery is checked on backups: they are backups already, and an
/// empty one is simply passed over.
const CANDIDATE: Checks = Checks {
    backup_before_upgrade: false,
    empty_is_damage: false,
};

/// Moves the unsound journal in `dir` aside and puts the best available journal
/// in its place, returning a checked connection to it and the report; or, for
/// damage no backup can mend (`Emptied`, `NotUpgradable` with no sound backup),
/// puts the journal back and returns it as it was (`None`), or the error.
pub(crate) fn recover(
    dir: &Path,
    damage: Damage,
    detail: &str,
    migrations: &Migrations<'_>,
    now: DateTime<FixedOffset>,
) -> Result<(Connection, Option<Recovery>), StoreError> {
    let journal = dir.join(JOURNAL_FILE);
    let moved_to = move_aside(dir, now)?;
    let prefer_records = backup::any_holds_records(dir)?;
    for candidate in backup::list(dir)? {
        let Some(source) = sound(&candidate) else {
            continue;
        };
        if prefer_records && !records::holds_records(&source).unwrap_or(false) {
            continue;
        }
        backup::copy_into(&source, dir, &journal)
            .map_err(|failed| backup::copy_failed(&candidate, failed))?;
        drop(source);
        match open_sound(dir, &journal, migrations, now, CANDIDATE) {
            Ok(conn) => {
                let report = Recovery {
                    damage,
                    moved_to,
                    backup_taken_at: backup::taken_at(&candidate),
                    restored_from: Some(candidate),
                };
                return Ok((conn, Some(report)));
            }
            // Only the copy just made goes; the backup itself stays.
            Err(Unsound::Damage(..)) => remove_journal(dir)?,
            Err(Unsound::Fatal(error)) => return Err(error),
        }
    }
    match damage {
        Damage::Damaged | Damage::Unreadable => {
            let conn =
                open_sound(dir, &journal, migrations, now, CANDIDATE).map_err(|e| match e {
                    Unsound::Fatal(error) => error,
                    Unsound::Damage(_, reason) => StoreError::JournalCorrupt { reason },
                })?;
            let report = Recovery {
                damage,
                moved_to,
                restored_from: None,
                backup_taken_at: None,
            };
            Ok((conn, Some(report)))
        }
        Damage::Emptied | Damage::NotUpgradable => {
            put_back(dir, &moved_to)?;
            if damage == Damage::NotUpgradable {
                return Err(StoreError::NotUpgradable {
                    reason: detail.chars().take(500).collect(),
                });
            }
            let conn =
                open_sound(dir, &journal, migrations, now, CANDIDATE).map_err(|e| match e {
                    Unsound::Fatal(error) => error,
                    Unsound::Damage(_, reason) => StoreError::JournalCorrupt { reason },
                })?;
            Ok((conn, None))
        }
    }
}

/// A backup opened read-only, if it passes `integrity_check`.
fn sound(path: &Path) -> Option<Connection> {
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY).ok()?;
    check_integrity(&conn).ok()?;
    Some(conn)
}

const COMPANIONS: [&str; 3] = ["", "-wal", "-shm"];

/// Removes a journal recovery put in place and found unsound: a copy of a
/// backup, never the person's original (which lies moved aside).
fn remove_journal(dir: &Path) -> Result<(), StoreError> {
    for suffix in COMPANIONS {
        let file = dir.join(format!("{JOURNAL_FILE}{suffix}"));
        match fs::remove_file(&file) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(StoreError::unwritable(file, &e)),
        }
    }
    Ok(())
}

/// Puts the journal moved aside to `moved_to` back where it was, with its
/// companions: nothing better was found.
fn put_back(dir: &Path, moved_to: &Path) -> Result<(), StoreError> {
    remove_journal(dir)?;
    for suffix in COMPANIONS {
        let mut from = moved_to.as_os_str().to_owned();
        from.push(suffix);
        let from = PathBuf::from(from);
        if from.exists() {
            let to = dir.join(format!("{JOURNAL_FILE}{suffix}"));
            fs::rename(&from, &to).map_err(|e| StoreError::unwritable(&from, &e))?;
        }
    }
    Ok(())
}

/// Renames the journal and its companions to an unused `journal.corrupt-*` name.
fn move_aside(dir: &Path, now: DateTime<FixedOffset>) -> Result<PathBuf, StoreError> {
    let stamp = backup::stamp(now);
    let base = (0..100)
        .map(|seq| match seq {
            0 => format!("{}{stamp}.sqlite3", backup::MOVED_ASIDE),
            n => format!("{}{stamp}.{n:02}.sqlite3", backup::MOVED_ASIDE),
        })
        .find(|base| {
            COMPANIONS
                .iter()
                .all(|suffix| !dir.join(format!("{base}{suffix}")).exists())
        })
        .ok_or_else(|| StoreError::DataDirUnwritable {
            path: dir.to_path_buf(),
            problem: crate::error::DiskProblem::Other,
            reason: format!("no free name to move the damaged journal aside at {stamp}"),
        })?;
    for suffix in COMPANIONS {
        let from = dir.join(format!("{JOURNAL_FILE}{suffix}"));
        if from.exists() {
            let to = dir.join(format!("{base}{suffix}"));
            fs::rename(&from, &to).map_err(|e| StoreError::unwritable(&from, &e))?;
        }
    }
    Ok(dir.join(base))
}
