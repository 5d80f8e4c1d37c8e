//! Opening a journal that cannot be written: on a read-only medium (a locked
//! memory card, a read-only mount) or in a folder the person's account may not
//! write to. The person can still read their records and export them; nothing
//! is upgraded, recovered, purged or backed up, and every write is refused in
//! plain words (`StoreError::ReadOnly`).
//!
//! The same checks as a normal open prove the file sound first (SQLite's
//! `integrity_check`, every record read): a damaged journal is not shown as if
//! it were whole, and since it cannot be set aside here, it is refused.

use std::path::Path;
use std::sync::Mutex;

use rusqlite::{Connection, OpenFlags};

use crate::connection::check_integrity;
use crate::{health, migrations, Journal, StoreError, JOURNAL_FILE};

impl Journal {
    /// Opens the journal in `dir` for reading only. For when `Journal::open`
    /// finds the folder cannot be written (`read_only_medium`,
    /// `no_permission`): never instead of it, since only a normal open can
    /// recover, upgrade and back up.
    pub fn open_read_only(dir: &Path) -> Result<Journal, StoreError> {
        let path = dir.join(JOURNAL_FILE);
        if !path.is_file() {
            return Err(StoreError::DataDirUnwritable {
                path,
                problem: crate::DiskProblem::ReadOnly,
                reason: "there is no journal here to read".into(),
            });
        }
        let conn = connect(&path)?;
        check_integrity(&conn)?;
        if !migrations::is_latest(&conn)? {
            // An older journal would need an upgrade, which is a write.
            return Err(StoreError::NotUpgradable {
                reason: "the journal is from an older version and cannot be upgraded where it is"
                    .into(),
            });
        }
        health::read_whole(&conn).map_err(|(damage, detail)| StoreError::JournalCorrupt {
            reason: format!("{}: {detail}", damage.code()),
        })?;
        Ok(Journal {
            conn: Mutex::new(conn),
            dir: dir.to_path_buf(),
            plan_memo: Mutex::default(),
            read_only: true,
        })
    }
}

/// A read-only connection. A journal closed cleanly is one file (its -wal
/// folded in), which SQLite reads as `immutable`: no locks, no -shm to
/// create, which a read-only medium could not hold. With a -wal beside it
/// (the app was killed), SQLite must read the -wal too, which needs its
/// shared memory; where that cannot be made the open fails, and says so.
fn connect(path: &Path) -> Result<Connection, StoreError> {
    let mut wal = path.as_os_str().to_owned();
    wal.push("-wal");
    let wal_holds_pages = std::fs::metadata(&wal).is_ok_and(|m| m.len() > 0);
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_URI;
    let uri = format!(
        "file:{}{}",
        uri_path(path),
        if wal_holds_pages { "" } else { "?immutable=1" }
    );
    Ok(Connection::open_with_flags(uri, flags)?)
}

/// `path` written for a `file:` URI: `%`, `?` and `#` escaped, so a folder
/// name holding them is still the folder.
fn uri_path(path: &Path) -> String {
    let text = path.to_string_lossy();
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '%' => out.push_str("%25"),
            '?' => out.push_str("%3f"),
            '#' => out.push_str("%23"),
            c => out.push(c),
        }
    }
    out
}
