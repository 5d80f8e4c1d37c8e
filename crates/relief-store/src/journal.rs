//! Opening the journal: the folder, the connection, its settings and its checks.
//!
//! `Journal::open` is the only way in, and it runs the same steps every time: make
//! sure the folder is writable (so a permission problem is never mistaken for
//! damage), connect with durable settings, run `PRAGMA integrity_check`, take an
//! empty journal for an emptied one when a backup holds records, upgrade the
//! schema, read every record (`health`), recover from the newest backup that
//! passes the same checks if any of that finds damage (`recovery`), purge
//! entries deleted in an earlier session, and take the daily backup if it is due.
//!
//! The connection lives behind a mutex so the app can share one `Journal` between
//! threads; SQLite itself would serialise writers, the mutex makes it explicit.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use chrono::{DateTime, FixedOffset};
use rusqlite::config::DbConfig;
use rusqlite::{Connection, TransactionBehavior};
use rusqlite_migration::Migrations;

use crate::error::is_unwritable;
use crate::health::{self, Damage};
use crate::plans::PlanMemo;
use crate::{backup, migrations, recoveries, recovery, Recovery, StoreError, JOURNAL_FILE};

/// How long a write waits for another connection (a backup tool, a second window
/// that slipped past single-instance) before it gives up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

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

/// Which checks `open_sound` runs beyond SQLite's own.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Checks {
    /// Back up a journal that holds something before upgrading it (not a
    /// backup being tried in recovery: it is a backup already).
    pub(crate) backup_before_upgrade: bool,
    /// An empty journal is damage when a backup holds records (not a fresh
    /// journal that recovery starts on purpose).
    pub(crate) empty_is_damage: bool,
}

impl Checks {
    /// The person's journal, as the app and the command line open it.
    pub(crate) const JOURNAL: Checks = Checks {
        backup_before_upgrade: true,
        empty_is_damage: true,
    };
}

/// Why a journal file could not be opened as it is.
#[derive(Debug)]
pub(crate) enum Unsound {
    /// Damage of this kind (with SQLite's or the reader's words): recovery
    /// may restore a backup.
    Damage(Damage, String),
    /// Anything else (an unwritable folder, a journal from a newer app): the
    /// file is left as it is and the error reported.
    Fatal(StoreError),
}

impl From<StoreError> for Unsound {
    fn from(error: StoreError) -> Self {
        match error {
            StoreError::JournalCorrupt { reason } => Unsound::Damage(Damage::Damaged, reason),
            other => Unsound::Fatal(other),
        }
    }
}

/// Opens the journal at `path` and proves it sound (`health`): SQLite's own
/// check, not emptied while a backup holds records, upgraded to the newest
/// schema, every record read through the app's readers. Sums that do not
/// read are rebuilt from the records, which are whole.
pub(crate) fn open_sound(
    dir: &Path,
    path: &Path,
    migrations: &Migrations<'_>,
    now: DateTime<FixedOffset>,
    checks: Checks,
) -> Result<Connection, Unsound> {
    if let Some((damage, detail)) = health::file_damage(dir, path, checks.empty_is_damage)? {
        return Err(Unsound::Damage(damage, detail));
    }
    let mut conn = connect(path)?;
    if checks.empty_is_damage && health::is_blank(&conn)? && backup::any_holds_records(dir)? {
        return Err(Unsound::Damage(
            Damage::Emptied,
            "the journal is empty, and a backup holds records".into(),
        ));
    }
    if migrations::from_newer_app(&conn, migrations) {
        // A journal from a newer version of the app is whole: it is refused,
        // never "recovered" into an older one.
        return Err(Unsound::Fatal(
            migrations::upgrade(&mut conn, migrations)
                .err()
                .unwrap_or(StoreError::NotUpgradable {
                    reason: "the journal is from a newer version of the app".into(),
                }),
        ));
    }
    let taken = match migrations::backup_reason(&conn, migrations) {
        Ok(Some(reason)) if checks.backup_before_upgrade => {
            Some(backup::take(&conn, dir, &reason, now)?)
        }
        Ok(_) => None,
        Err(error) => return Err(Unsound::Damage(Damage::NotUpgradable, error.to_string())),
    };
    // A backup of a journal found unsound goes again: it would be a damaged
    // copy among good ones (the journal itself is kept, moved aside).
    let unsound = |damage: Damage, detail: String| {
        if let Some(path) = &taken {
            let _ = fs::remove_file(path);
        }
        Unsound::Damage(damage, detail)
    };
    match migrations::upgrade(&mut conn, migrations) {
        Ok(()) => {}
        Err(busy @ StoreError::Busy(_)) => {
            if let Some(path) = &taken {
                let _ = fs::remove_file(path);
            }
            return Err(Unsound::Fatal(busy));
        }
        Err(error) => return Err(unsound(Damage::NotUpgradable, error.to_string())),
    }
    // The app's readers read the newest schema; a journal left at an older
    // one (tests build them with a shorter list) has nothing they could read.
    if migrations::is_latest(&conn)? {
        health::read_whole(&conn).map_err(|(damage, detail)| unsound(damage, detail))?;
        if !health::sums_read(&conn) {
            health::rebuild_sums(&mut conn)?;
        }
    }
    // Sound: from now on closing may fold the -wal into the file.
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, false)
        .map_err(StoreError::from)?;
    Ok(conn)
}

/// Connects to the journal at `path` with its durable settings and checks it.
/// Damage comes back as `JournalCorrupt`, an unwritable file as `DataDirUnwritable`.
pub(crate) fn connect(path: &Path) -> Result<Connection, StoreError> {
    let at_open = |e: rusqlite::Error| {
        if is_unwritable(&e) {
            StoreError::DataDirUnwritable {
                path: path.to_path_buf(),
                problem: crate::error::DiskProblem::of_sqlite(&e),
                reason: e.to_string(),
            }
        } else {
            StoreError::from(e)
        }
    };
    let conn = Connection::open(path).map_err(at_open)?;
    // Closing the last connection normally checkpoints the -wal into the file and
    // deletes it. If the file is damaged that -wal may hold the newest entries, and
    // recovery must move it aside intact; so no checkpoint-on-close until the
    // journal has passed its checks.
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true)
        .map_err(at_open)?;
    conn.busy_timeout(BUSY_TIMEOUT).map_err(at_open)?;
    // WAL: a crash mid-write never touches committed pages. FULL: a commit that has
    // returned is on disk, so the UI may say "saved".
    conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get::<_, String>(0))
        .map_err(at_open)?;
    conn.pragma_update(None, "synchronous", "FULL")
        .map_err(at_open)?;
    // Created by now (the WAL switch writes the header). SQLite gives the
    // -wal and -shm the journal's own mode.
    for suffix in ["", "-wal", "-shm"] {
        let mut companion = path.as_os_str().to_owned();
        companion.push(suffix);
        keep_private(Path::new(&companion));
    }
    conn.pragma_update(None, "foreign_keys", "ON")
        .map_err(at_open)?;
    check_integrity(&conn)?;
    // Checkpoint-on-close stays off until `open_sound` has found the journal
    // sound: a journal found damaged later (a row that does not read) is moved
    // aside with its -wal as it was.
    Ok(conn)
}

/// Health records are for the person's eyes: on Unix the journal, its
/// companions and its backups are readable by their owner only (0600),
/// whatever the umask gave them. Elsewhere the user folder's own permissions
/// already do this. A file that will not change mode (a file system without
/// Unix modes) is still the person's journal, so this never fails an open.
pub(crate) fn keep_private(path: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if path.exists() {
            let _ = fs::set_permissions(path, fs::Permissions::from_mode(0o600));
        }
    }
    #[cfg(not(unix))]
    let _ = path;
}

/// `PRAGMA integrity_check`, turned into `JournalCorrupt` with SQLite's findings.
pub(crate) fn check_integrity(conn: &Connection) -> Result<(), StoreError> {
    let mut statement = conn.prepare("PRAGMA integrity_check")?;
    let findings: Vec<String> = statement
        .query_map([], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    if findings.len() == 1 && findings[0] == "ok" {
        Ok(())
    } else {
        Err(StoreError::JournalCorrupt {
            reason: findings.join("; ").chars().take(500).collect(),
        })
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
