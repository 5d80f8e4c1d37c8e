//! How a journal file is connected to and first checked: SQLite's durable
//! settings (WAL, full sync, foreign keys, a busy timeout), private file modes,
//! and `PRAGMA integrity_check`. The lowest floor of the store: the journal,
//! its backups and recovery all open files this way, and it imports none of
//! them.

use std::fs;
use std::path::Path;
use std::time::Duration;

use rusqlite::config::DbConfig;
use rusqlite::Connection;

use crate::error::is_unwritable;
use crate::StoreError;

/// How long a write waits for another connection (a backup tool, a second window
/// that slipped past single-instance) before it gives up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

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
