//! Backups: whole-journal copies taken with SQLite's online backup API.
//!
//! A backup is taken before every migration of a journal that holds something, and
//! once a day. Each is one self-contained file in `<dir>/backups/`, named
//! `journal-<UTC stamp>-<reason>.sqlite3` so that sorting names sorts by time; the
//! newest `KEEP` of each reason are kept, so a week of daily copies never pushes
//! out the copy taken just before a restore or an upgrade, and the newest copy
//! holding records is never pruned (`pinned`). A copy is read back before it is
//! kept. A copy is written under a temporary name carrying the writer's process
//! id (`partials`) and renamed when complete, so a crash mid-copy never leaves
//! something that looks like a backup, and two processes never remove each
//! other's copy in progress.
//!
//! This module knows files and SQLite pages; it never knows what a pain entry is.

use std::ffi::OsStr;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{DateTime, FixedOffset, NaiveDateTime, TimeDelta, Utc};
use rusqlite::backup::Backup;
use rusqlite::{Connection, OpenFlags};

use crate::connection::{check_integrity, keep_private};
use crate::{partials, records, DiskProblem, StoreError};

/// How many backups survive pruning. A week of dailies, fewer if migrations ran.
pub(crate) const KEEP: usize = 7;

pub(crate) const FOLDER: &str = "backups";

const PREFIX: &str = "journal-";
const SUFFIX: &str = ".sqlite3";
/// How recovery names a damaged journal it moved aside (`recovery.rs`).
pub(crate) const MOVED_ASIDE: &str = "journal.corrupt-";
/// `20260329T083000.123Z`: fixed width and most significant first, so lexical
/// order is time order.
const STAMP_FORMAT: &str = "%Y%m%dT%H%M%S%.3f";
const STAMP_LEN: usize = 20;

/// Due when there is no backup or the newest is 24 h old. A newest backup more than
/// a day in the future means the clock was set back; waiting for it would stop
/// backups for as long as the clock is wrong, so that is due too.
pub(crate) fn is_due(newest: Option<DateTime<Utc>>, now: DateTime<Utc>) -> bool {
    let day = TimeDelta::hours(24);
    match newest {
        None => true,
        Some(taken) => {
            let age = now - taken;
            age >= day || age <= -day
        }
    }
}

/// Backups in `<dir>/backups`, newest first. Files that do not follow the naming
/// scheme (someone's own copy, a `.partial` left by a crash) are not backups.
pub(crate) fn list(dir: &Path) -> Result<Vec<PathBuf>, StoreError> {
    let folder = dir.join(FOLDER);
    let entries = match fs::read_dir(&folder) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(failed(&folder, e)),
    };
    let mut found = Vec::new();
    for entry in entries {
        let path = entry.map_err(|e| failed(&folder, e))?.path();
        if taken_at(&path).is_some() && path.is_file() {
            found.push(path);
        }
    }
    found.sort_by(|a, b| b.file_name().cmp(&a.file_name()));
    Ok(found)
}

/// When a backup was taken, read from its name.
pub(crate) fn taken_at(path: &Path) -> Option<DateTime<Utc>> {
    let name = path.file_name().and_then(OsStr::to_str)?;
    let rest = name.strip_prefix(PREFIX)?;
    if !rest.ends_with(SUFFIX) {
        return None;
    }
    let stamp = rest.get(..STAMP_LEN)?.strip_suffix('Z')?;
    let naive = NaiveDateTime::parse_from_str(stamp, STAMP_FORMAT).ok()?;
    Some(naive.and_utc())
}

/// The reason in a backup's name (`daily`, `before-restore`, …).
fn reason_of(path: &Path) -> Option<&str> {
    let name = path.file_name().and_then(OsStr::to_str)?;
    let rest = name
        .strip_prefix(PREFIX)?
        .strip_suffix(SUFFIX)?
        .get(STAMP_LEN..)?;
    // After the stamp: an optional `.NN` for a second copy in the same
    // millisecond, then `-reason`.
    rest.split_once('-').map(|(_, reason)| reason)
}

/// The UTC stamp used in backup and moved-aside file names.
pub(crate) fn stamp(now: DateTime<FixedOffset>) -> String {
    format!("{}Z", now.with_timezone(&Utc).format(STAMP_FORMAT))
}

/// Backs up `conn` into the backups folder, then prunes old backups.
pub(crate) fn take(
    conn: &Connection,
    dir: &Path,
    reason: &str,
    now: DateTime<FixedOffset>,
) -> Result<PathBuf, StoreError> {
    let folder = dir.join(FOLDER);
    fs::create_dir_all(&folder).map_err(|e| failed(&folder, e))?;
    partials::sweep(dir, &folder);
    let path = free_name(&folder, &stamp(now), &clean_reason(reason))?;
    copy_into(conn, dir, &path).map_err(|failed| copy_failed(&path, failed))?;
    if let Err(reason) = reads_back(&path) {
        // A copy that does not read back would be a damaged file among good
        // ones, and could push a good one out; it goes, and the caller hears.
        let _ = fs::remove_file(&path);
        return Err(StoreError::BackupFailed {
            path,
            reason: format!("the copy did not read back whole: {reason}"),
        });
    }
    prune(dir)?;
    Ok(path)
}

/// Whether the backup at `path` opens and passes SQLite's `integrity_check`.
/// The journal it was copied from passed every check when it was opened; a
/// page-for-page copy that passes SQLite's own holds the same rows.
fn reads_back(path: &Path) -> Result<(), String> {
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|e| e.to_string())?;
    check_integrity(&conn).map_err(|e| e.to_string())
}

/// Keeps the newest `KEEP` backups of each reason, and always the ones
/// `pinned` names, whatever their count.
fn prune(dir: &Path) -> Result<(), StoreError> {
    let all = list(dir)?;
    let pinned = pinned(dir, &all);
    let mut seen: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for old in &all {
        let count = seen.entry(reason_of(old).unwrap_or_default()).or_default();
        *count += 1;
        if *count > KEEP && !pinned.contains(old) {
            fs::remove_file(old).map_err(|e| failed(old, e))?;
        }
    }
    Ok(())
}

/// Backups pruning never removes: the newest that holds records, so a week of
/// copies of an emptied or cleared journal never pushes out the last copy of
/// the person's records; and the newest holding records from before the last
/// damage (a journal moved aside by recovery), so a second mistake after a
/// recovery still finds the copy from before the first.
fn pinned(dir: &Path, newest_first: &[PathBuf]) -> Vec<PathBuf> {
    let holds = |path: &&PathBuf| {
        Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
            .ok()
            .and_then(|conn| records::holds_records(&conn).ok())
            .unwrap_or(false)
    };
    let mut pinned: Vec<PathBuf> = newest_first
        .iter()
        .find(holds)
        .cloned()
        .into_iter()
        .collect();
    if let Some(damage) = last_damage(dir) {
        let before = newest_first
            .iter()
            .filter(|p| taken_at(p).is_some_and(|t| t < damage))
            .find(holds);
        pinned.extend(before.cloned());
    }
    pinned
}

/// When recovery last moved a damaged journal aside, read from the newest
/// `journal.corrupt-<stamp>` name in `dir`.
fn last_damage(dir: &Path) -> Option<DateTime<Utc>> {
    fs::read_dir(dir)
        .ok()?
        .filter_map(|entry| {
            let name = entry.ok()?.file_name().into_string().ok()?;
            let stamp = name.strip_prefix(MOVED_ASIDE)?.get(..STAMP_LEN)?;
            let naive =
                NaiveDateTime::parse_from_str(stamp.strip_suffix('Z')?, STAMP_FORMAT).ok()?;
            Some(naive.and_utc())
        })
        .max()
}

/// Whether any backup in `dir` holds a record: an empty journal standing
/// where one does is not a new journal but an emptied one.
pub(crate) fn any_holds_records(dir: &Path) -> Result<bool, StoreError> {
    for path in list(dir)? {
        if let Ok(conn) = Connection::open_with_flags(&path, OpenFlags::SQLITE_OPEN_READ_ONLY) {
            if records::holds_records(&conn).unwrap_or(false) {
                return Ok(true);
            }
        }
    }
    Ok(false)
}

/// Why a copy failed: the disk's problem (so a full disk is said as one) and
/// the system's words for the log.
pub(crate) type CopyFailed = (DiskProblem, String);

/// Copies the whole database behind `src` into a new file at `dest`, atomically:
/// `dest` either does not exist or is a complete, synced copy.
pub(crate) fn copy_into(src: &Connection, dir: &Path, dest: &Path) -> Result<(), CopyFailed> {
    let partial = partials::name_for(dir, dest);
    let written = write_copy(src, &partial);
    if let Err(e) = written {
        // Only a half-made copy is removed here; never a record or a finished backup.
        let _ = fs::remove_file(&partial);
        return Err(e);
    }
    fs::rename(&partial, dest).map_err(io)?;
    sync_folder(dest);
    Ok(())
}

fn io(e: std::io::Error) -> CopyFailed {
    (DiskProblem::of_io(&e), e.to_string())
}

fn sqlite(e: rusqlite::Error) -> CopyFailed {
    (DiskProblem::of_sqlite(&e), e.to_string())
}

fn write_copy(src: &Connection, partial: &Path) -> Result<(), CopyFailed> {
    if partial.exists() {
        fs::remove_file(partial).map_err(io)?;
    }
    let mut dst = Connection::open(partial).map_err(sqlite)?;
    {
        let copy = Backup::new(src, &mut dst).map_err(sqlite)?;
        copy.run_to_completion(1024, Duration::from_millis(10), None)
            .map_err(sqlite)?;
    }
    // Pages are copied verbatim, including the source's WAL flag; a backup must be
    // one self-contained file that opens read-only without a -wal beside it.
    dst.pragma_update_and_check(None, "journal_mode", "DELETE", |r| r.get::<_, String>(0))
        .map_err(sqlite)?;
    dst.close().map_err(|(_, e)| sqlite(e))?;
    keep_private(partial);
    fs::File::open(partial)
        .and_then(|f| f.sync_all())
        .map_err(io)
}

/// A copy that failed: a full disk, a read-only medium or a refused
/// permission as the folder's problem, in the words the person can act on;
/// anything else as a failed backup.
pub(crate) fn copy_failed(path: &Path, (problem, reason): CopyFailed) -> StoreError {
    match problem {
        DiskProblem::Other | DiskProblem::NotAFolder => StoreError::BackupFailed {
            path: path.to_path_buf(),
            reason,
        },
        problem => StoreError::DataDirUnwritable {
            path: path.parent().unwrap_or(path).to_path_buf(),
            problem,
            reason,
        },
    }
}

/// A rename is durable only once the folder itself is synced (POSIX). Windows has
/// no such call and needs none, so a failure here is not worth failing the backup.
fn sync_folder(file: &Path) {
    #[cfg(unix)]
    if let Some(folder) = file.parent() {
        let _ = fs::File::open(folder).and_then(|f| f.sync_all());
    }
    #[cfg(not(unix))]
    let _ = file;
}

/// Two backups in the same millisecond get `.01`, `.02`… after the stamp, which
/// still sorts after the first.
fn free_name(folder: &Path, stamp: &str, reason: &str) -> Result<PathBuf, StoreError> {
    let taken: Vec<String> = fs::read_dir(folder)
        .map_err(|e| failed(folder, e))?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .collect();
    for seq in 0..100 {
        let head = if seq == 0 {
            format!("{PREFIX}{stamp}-")
        } else {
            format!("{PREFIX}{stamp}.{seq:02}-")
        };
        if !taken.iter().any(|name| name.starts_with(&head)) {
            return Ok(folder.join(format!("{head}{reason}{SUFFIX}")));
        }
    }
    Err(StoreError::BackupFailed {
        path: folder.to_path_buf(),
        reason: format!("too many backups stamped {stamp}"),
    })
}

/// Keeps file names portable whatever the caller passes as a reason.
fn clean_reason(reason: &str) -> String {
    let cleaned: String = reason
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .take(40)
        .collect();
    let cleaned = cleaned.trim_matches('-');
    if cleaned.is_empty() {
        "manual".to_owned()
    } else {
        cleaned.to_owned()
    }
}

fn failed(path: &Path, e: std::io::Error) -> StoreError {
    StoreError::BackupFailed {
        path: path.to_path_buf(),
        reason: e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(text).unwrap()
    }

    #[test]
    fn due() {
        fn check(newest: Option<&str>, now: &str, expected: bool) {
            let newest = newest.map(|t| at(t).with_timezone(&Utc));
            assert_eq!(
                is_due(newest, at(now).with_timezone(&Utc)),
                expected,
                "newest {newest:?}, now {now}"
            );
        }
        check(None, "2026-03-29T09:00:00+01:00", true);
        check(
            Some("2026-03-29T08:00:00Z"),
            "2026-03-29T09:00:00+01:00",
            false,
        );
        check(
            Some("2026-03-28T08:00:00Z"),
            "2026-03-29T07:59:59.999Z",
            false,
        );
        check(Some("2026-03-28T08:00:00Z"), "2026-03-29T08:00:00Z", true);
        // Same instant written in another offset: still exactly a day.
        check(
            Some("2026-03-28T08:00:00Z"),
            "2026-03-29T03:00:00-05:00",
            true,
        );
        check(
            Some("2026-03-28T08:00:00Z"),
            "2026-03-29T02:59:00-05:00",
            false,
        );
        // The clock went back a year: do not wait a year for the next backup.
        check(Some("2027-03-28T08:00:00Z"), "2026-03-29T08:00:00Z", true);
        check(Some("2026-03-29T12:00:00Z"), "2026-03-29T08:00:00Z", false);
    }

    #[test]
    fn stamps_sort_by_time_and_read_back() {
        let times = [
            "2026-03-29T09:00:00+01:00",
            "2026-03-29T08:30:00-05:00",
            "2026-12-01T00:00:00.001Z",
            "2030-01-01T00:00:00Z",
        ];
        let mut names: Vec<String> = times
            .iter()
            .map(|t| format!("{PREFIX}{}-daily{SUFFIX}", stamp(at(t))))
            .collect();
        let sorted = names.clone();
        names.sort();
        assert_eq!(names, sorted, "lexical order must be time order");
        for (name, time) in sorted.iter().zip(times) {
            assert_eq!(
                taken_at(Path::new(name)),
                Some(at(time).with_timezone(&Utc))
            );
        }
        assert_eq!(
            stamp(at("2026-03-29T09:00:00+01:00")),
            "20260329T080000.000Z"
        );
    }

    #[test]
    fn names_that_are_not_backups() {
        for name in [
            "journal-20260329T080000.000Z-daily.sqlite3.partial",
            "journal.corrupt-20260329T080000.000Z.sqlite3",
            "journal-yesterday-daily.sqlite3",
            "notes.txt",
            "journal-2026",
        ] {
            assert_eq!(taken_at(Path::new(name)), None, "{name}");
        }
    }

    #[test]
    fn reasons_become_safe_names() {
        assert_eq!(clean_reason("daily"), "daily");
        assert_eq!(clean_reason("Before Export!"), "before-export");
        assert_eq!(clean_reason("../../etc/passwd"), "etc-passwd");
        assert_eq!(clean_reason(""), "manual");
    }
}
