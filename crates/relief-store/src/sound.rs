//! Proving a journal file sound before anyone uses it (`open_sound`): SQLite's
//! own check, not emptied while a backup holds records, upgraded to the newest
//! schema, every record read (`health`). The person's journal goes through it
//! at every open, and so does each backup recovery tries; what it finds is
//! either damage recovery may mend (`Unsound::Damage`) or a problem to report
//! as it is (`Unsound::Fatal`).

use std::fs;
use std::path::Path;

use chrono::{DateTime, FixedOffset};
use rusqlite::config::DbConfig;
use rusqlite::Connection;
use rusqlite_migration::Migrations;

use crate::connection::connect;
use crate::health::{self, Damage};
use crate::{backup, migrations, StoreError};

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
