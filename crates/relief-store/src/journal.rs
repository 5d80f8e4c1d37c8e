//! Opening the journal: the folder, the connection, its settings and its checks.
//!
//! `Journal::open` is the only way in, and it runs the same steps every time: make
//! sure the folder is writable (so a permission problem is never mistaken for
//! damage), connect with durable settings (`connection`), prove the file sound
//! (`sound`: `PRAGMA integrity_check`, an empty journal for an emptied one when
//! a backup holds records, the schema upgrade, every record read), recover from
//! the newest backup that passes the same checks if any of that finds damage
//! (`recovery`), purge entries deleted in an earlier session, and take the daily
//! backup if it is due (`backup`).
//!
//! The connection lives behind a mutex so the app can share one `Journal` between
//! threads; SQLite itself would serialise writers, the mutex makes it explicit.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, PoisonError};

use chrono::{DateTime, FixedOffset, Utc};
use rusqlite::{Connection, TransactionBehavior};
use rusqlite_migration::Migrations;

use crate::plans::PlanMemo;
use crate::sound::{open_sound, Checks, Unsound};
use crate::{backup, migrations, recoveries, recovery, Recovery, StoreError, JOURNAL_FILE};

/// The person's journal, open and checked.
pub struct Journal {
    pub(crate) conn: Mutex<Connection>,
    pub(crate) dir: PathBuf,
    /// Plans already decoded; only locked while `conn` is held.
    pub(crate) plan_memo: Mutex<PlanMemo>,
    /// Opened by `open_read_only`: every write is refused.
    pub(crate) read_only: bool,
}

/// The journal, and what recovery did to open it, if anything.
pub struct Opened {
    pub journal: Journal,
    /// `Some` when the journal was damaged and has been moved aside; the app must
    /// tell the person, in plain words, what was restored.
    pub recovery: Option<Recovery>,
    /// `Some` when the daily backup could not be taken (a full disk, say). The
    /// journal itself is fine, so it opens anyway: refusing the person their own
    /// records because a copy failed would be worse. The app should say so.
    pub backup_error: Option<StoreError>,
}

impl Journal {
    /// Opens (or creates) the journal in `dir`, creating `dir` if missing.
    pub fn open(dir: &Path, now: DateTime<FixedOffset>) -> Result<Opened, StoreError> {
        open_with(dir, now, &migrations::all())
    }

    /// Whether this journal was opened for reading only.
    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    /// The data folder this journal lives in.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// A panic while the lock was held cannot leave a half-written entry: the
    /// transaction rolls back when dropped. So a poisoned lock is safe to reuse.
    pub(crate) fn lock(&self) -> MutexGuard<'_, Connection> {
        self.conn.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Runs `change` in one immediate transaction: it takes the write lock up front,
    /// so a busy journal waits at the start instead of failing halfway.
    pub(crate) fn write<T>(
        &self,
        change: impl FnOnce(&Connection) -> rusqlite::Result<T>,
    ) -> Result<T, StoreError> {
        self.write_checked(|conn| Ok(change(conn)?))
    }

    /// `write` for a change that can fail in the journal's own terms too (a
    /// record that will not serialise).
    pub(crate) fn write_checked<T>(
        &self,
        change: impl FnOnce(&Connection) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        if self.read_only {
            return Err(StoreError::ReadOnly);
        }
        let mut conn = self.lock();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let value = change(&tx)?;
        tx.commit()?;
        Ok(value)
    }

    /// Runs `read` on one snapshot of the journal: a view built from several
    /// queries never mixes the records from before and after a write.
    pub(crate) fn read<T>(
        &self,
        read: impl FnOnce(&Connection) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let mut conn = self.lock();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Deferred)?;
        let value = read(&tx)?;
        // Nothing was written; ending the read transaction is all this does.
        tx.rollback()?;
        Ok(value)
    }
}

/// The backups of this journal (the files and their rules are `backup.rs`).
impl Journal {
    /// Copies the journal into the backups folder now, whatever the schedule says.
    /// `reason` becomes part of the file name (`daily`, `before-export`, …).
    pub fn backup_now(
        &self,
        reason: &str,
        now: DateTime<FixedOffset>,
    ) -> Result<PathBuf, StoreError> {
        if self.read_only {
            return Err(StoreError::ReadOnly);
        }
        let conn = self.lock();
        backup::take(&conn, &self.dir, reason, now)
    }

    /// Takes the daily backup if the newest one is a day old or there is none.
    pub fn backup_if_due(&self, now: DateTime<FixedOffset>) -> Result<Option<PathBuf>, StoreError> {
        let newest = backup::list(&self.dir)?
            .first()
            .and_then(|p| backup::taken_at(p));
        if backup::is_due(newest, now.with_timezone(&Utc)) {
            self.backup_now("daily", now).map(Some)
        } else {
            Ok(None)
        }
    }

    /// Every backup in the folder, newest first.
    pub fn backups(&self) -> Result<Vec<PathBuf>, StoreError> {
        backup::list(&self.dir)
    }
}

/// `Journal::open` with the migration list as a parameter, so tests can build old
/// journals and try broken migrations.
pub(crate) fn open_with(
    dir: &Path,
    now: DateTime<FixedOffset>,
    migrations: &Migrations<'_>,
) -> Result<Opened, StoreError> {
    ensure_writable(dir)?;
    // One process at a time checks, upgrades, recovers and backs up: a second
    // (the command line while the app starts, two imports) waits here rather
    // than taking a journal half-way through its first upgrade for an
    // unsound one. Released when this function returns.
    let _opening = OpeningLock::take(dir)?;
    let path = dir.join(JOURNAL_FILE);
    let (mut conn, recovery) = match open_sound(dir, &path, migrations, now, Checks::JOURNAL) {
        Ok(conn) => (conn, None),
        Err(Unsound::Damage(damage, detail)) => {
            let (conn, report) = recovery::recover(dir, damage, &detail, migrations, now)?;
            if let Some(report) = &report {
                if migrations::is_latest(&conn)? {
                    recoveries::remember(&conn, report, now)?;
                }
            }
            (conn, report)
        }
        Err(Unsound::Fatal(error)) => return Err(error),
    };
    purge_deleted(&mut conn)?;
    let journal = Journal {
        conn: Mutex::new(conn),
        dir: dir.to_path_buf(),
        plan_memo: Mutex::default(),
        read_only: false,
    };
    let backup_error = journal.backup_if_due(now).err();
    Ok(Opened {
        journal,
        recovery,
        backup_error,
    })
}

/// An exclusive lock on `<dir>/relief-window.lock` (the operating system's
/// advisory file lock, released when the file is closed, also by a process
/// that is killed). The file itself stays: it holds nothing.
struct OpeningLock {
    _file: fs::File,
}

impl OpeningLock {
    const FILE: &'static str = "relief-window.lock";

    fn take(dir: &Path) -> Result<OpeningLock, StoreError> {
        let path = dir.join(Self::FILE);
        let file = fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|e| StoreError::unwritable(&path, &e))?;
        file.lock().map_err(|e| StoreError::unwritable(&path, &e))?;
        Ok(OpeningLock { _file: file })
    }
}

/// Proves with plain file operations that the folder and any journal files in it
/// are writable, before SQLite gets a chance to report the same problem as
/// something vaguer.
fn ensure_writable(dir: &Path) -> Result<(), StoreError> {
    let unwritable = |path: &Path| {
        let path = path.to_path_buf();
        move |e: std::io::Error| StoreError::unwritable(path, &e)
    };
    fs::create_dir_all(dir).map_err(unwritable(dir))?;
    // Temporary files left by a killed process (a probe, a backup recovery
    // was putting in place) go now that it is gone.
    crate::partials::sweep(dir, dir);
    crate::partials::sweep(dir, &dir.join(backup::FOLDER));
    crate::partials::sweep_locks(dir);
    let probe = crate::partials::name_for(dir, &dir.join(".relief-write-probe"));
    fs::write(&probe, b"relief window checks it may write here\n").map_err(unwritable(dir))?;
    fs::remove_file(&probe).map_err(unwritable(dir))?;
    for suffix in ["", "-wal", "-shm"] {
        let file = dir.join(format!("{JOURNAL_FILE}{suffix}"));
        if file.exists() {
            fs::OpenOptions::new()
                .read(true)
                .write(true)
                .open(&file)
                .map_err(unwritable(&file))?;
        }
    }
    Ok(())
}

/// Undo lasts only while the app runs; a new session starts with deletions final.
fn purge_deleted(conn: &mut Connection) -> Result<(), StoreError> {
    /// Tables with soft delete. A journal opened with an older migration list (in
    /// tests) may lack the newer ones, so only existing tables are purged.
    ///
    /// A deleted reminder whose events are kept (they count in adherence) stays
    /// as a deleted row, so the events still point at something.
    const SOFT_DELETED: [(&str, &str); 6] = [
        ("pain_entries", ""),
        ("procedures", ""),
        ("sessions", ""),
        ("psfs_records", ""),
        ("scored_measures", ""),
        (
            "reminders",
            "AND id NOT IN (SELECT reminder_id FROM reminder_events)",
        ),
    ];
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    for (table, unless) in SOFT_DELETED {
        let exists: bool = tx.query_row(
            "SELECT count(*) > 0 FROM sqlite_schema WHERE type = 'table' AND name = ?1",
            [table],
            |r| r.get(0),
        )?;
        if exists {
            tx.execute(
                &format!("DELETE FROM {table} WHERE deleted_at IS NOT NULL {unless}"),
                [],
            )?;
        }
    }
    tx.commit()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_connection_is_durable() {
        fn check(conn: &Connection, pragma: &str, expected: &str) {
            let value = match conn.pragma_query_value(None, pragma, |r| r.get(0)).unwrap() {
                rusqlite::types::Value::Integer(n) => n.to_string(),
                rusqlite::types::Value::Text(t) => t,
                other => panic!("PRAGMA {pragma} gave {other:?}"),
            };
            assert_eq!(value, expected, "PRAGMA {pragma}");
        }
        let dir = tempfile::tempdir().unwrap();
        let now = DateTime::parse_from_rfc3339("2026-03-29T09:30:00+01:00").unwrap();
        let opened = Journal::open(&dir.path().join("made/on/open"), now).unwrap();
        let conn = opened.journal.lock();
        check(&conn, "journal_mode", "wal");
        check(&conn, "foreign_keys", "1");
        check(&conn, "synchronous", "2"); // FULL
        check(&conn, "busy_timeout", "5000");
        check(
            &conn,
            "user_version",
            &crate::migrations::LATEST_VERSION.to_string(),
        );
        assert!(dir.path().join("made/on/open").join(JOURNAL_FILE).is_file());
    }

    #[test]
    fn a_journal_is_shared_between_threads() {
        fn shareable<T: Send + Sync>() {}
        shareable::<Journal>();
    }
}
