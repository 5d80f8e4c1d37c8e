//! Backups: the daily schedule, pruning, and what a backup file holds.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use common::{at, fill, hours, now};
use relief_store::Journal;
use rusqlite::{Connection, OpenFlags};

fn names(paths: &[PathBuf]) -> Vec<String> {
    paths
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect()
}

fn rows_in(backup: &Path) -> i64 {
    let conn = Connection::open_with_flags(backup, OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
    conn.query_row("SELECT count(*) FROM pain_entries", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn a_daily_backup_is_taken_when_the_newest_is_a_day_old() {
    let dir = tempfile::tempdir().unwrap();
    let journal = Journal::open(dir.path(), now()).unwrap().journal;
    let first = journal.backups().unwrap();
    assert_eq!(
        names(&first),
        ["journal-20260329T083000.000Z-daily.sqlite3"],
        "open takes the first"
    );

    let check = |later: chrono::TimeDelta, due: bool| {
        let taken = journal.backup_if_due(now() + later).unwrap();
        assert_eq!(taken.is_some(), due, "{later} after the last backup");
        taken
    };
    check(hours(0), false);
    check(hours(23) + chrono::TimeDelta::minutes(59), false);
    let second = check(hours(24), true).unwrap();
    assert_eq!(journal.backups().unwrap()[0], second, "newest first");
    check(hours(24), false);
    check(hours(47), false);
    check(hours(48), true);
    assert_eq!(journal.backups().unwrap().len(), 3);

    // Reopening the next day, in another time zone, takes the next one.
    drop(journal);
    let next_day_in_ny = at("2026-04-01T03:30:00-05:00"); // 08:30Z, a day after the last
    let journal = Journal::open(dir.path(), next_day_in_ny).unwrap().journal;
    assert_eq!(journal.backups().unwrap().len(), 4);
}

#[test]
fn only_the_newest_seven_of_a_reason_are_kept() {
    let dir = tempfile::tempdir().unwrap();
    let journal = Journal::open(dir.path(), now()).unwrap().journal;
    let mut taken = Vec::new();
    for i in 1..=10 {
        taken.push(journal.backup_now("manual", now() + hours(i)).unwrap());
    }
    let kept: Vec<PathBuf> = journal
        .backups()
        .unwrap()
        .into_iter()
        .filter(|p| p.to_string_lossy().ends_with("-manual.sqlite3"))
        .collect();
    let newest_seven: Vec<PathBuf> = taken.iter().rev().take(7).cloned().collect();
    assert_eq!(kept, newest_seven);
    for old in &taken[..3] {
        assert!(!old.exists(), "{old:?} should be pruned");
    }
    // The seven manual ones and the daily one taken on opening.
    assert_eq!(fs::read_dir(dir.path().join("backups")).unwrap().count(), 8);
}

#[test]
fn a_week_of_daily_backups_keeps_the_one_taken_before_a_restore() {
    let dir = tempfile::tempdir().unwrap();
    let journal = Journal::open(dir.path(), now()).unwrap().journal;
    let before_restore = journal.backup_now("before-restore", now()).unwrap();
    let daily: Vec<PathBuf> = (1..=10)
        .map(|i| journal.backup_now("daily", now() + hours(24 * i)).unwrap())
        .collect();
    assert!(before_restore.exists(), "kept: the only one of its reason");
    assert!(!daily[0].exists() && !daily[2].exists() && daily[3].exists());
    assert_eq!(journal.backups().unwrap().len(), 8);
}

#[test]
fn a_backup_is_one_self_contained_copy_of_the_journal() {
    let dir = tempfile::tempdir().unwrap();
    let journal = Journal::open(dir.path(), now()).unwrap().journal;
    fill(&journal, 25);
    let path = journal
        .backup_now("before export", now() + hours(1))
        .unwrap();
    fill(&journal, 5);

    assert_eq!(
        names(std::slice::from_ref(&path)),
        ["journal-20260329T093000.000Z-before-export.sqlite3"]
    );
    assert_eq!(
        rows_in(&path),
        25,
        "the backup holds the journal as it was then"
    );
    let conn = Connection::open_with_flags(&path, OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
    let mode: String = conn
        .pragma_query_value(None, "journal_mode", |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "delete", "no -wal needed beside a backup");
    let version: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    let live: i64 = Connection::open(dir.path().join(relief_store::JOURNAL_FILE))
        .unwrap()
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(version, live, "the backup has the journal's schema version");
    assert!(
        version >= 3,
        "and it is a migrated journal, not an empty file"
    );
    drop(conn);
    let mut wal = path.clone().into_os_string();
    wal.push("-wal");
    assert!(!Path::new(&wal).exists());
}

#[test]
fn backups_in_the_same_millisecond_stay_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let journal = Journal::open(dir.path(), now()).unwrap().journal;
    let at_open = journal.backups().unwrap()[0].clone();
    let second = journal.backup_now("manual", now()).unwrap();
    let third = journal.backup_now("daily", now()).unwrap();
    assert_eq!(journal.backups().unwrap(), [third, second, at_open]);
}

#[test]
fn stray_files_are_not_backups_and_half_copies_are_cleared() {
    let dir = tempfile::tempdir().unwrap();
    let journal = Journal::open(dir.path(), now()).unwrap().journal;
    let folder = dir.path().join("backups");
    // Left by a process killed mid-copy (its lock file stays, its lock went
    // with it), with SQLite's journal beside it; and one that another
    // process, still running, is writing (it holds its lock).
    let killed = folder.join("journal-20260330T000000.000Z-daily.sqlite3.4000001.partial");
    let killed_journal =
        folder.join("journal-20260330T000000.000Z-daily.sqlite3.4000001.partial-journal");
    let running = folder.join("journal-20260330T000001.000Z-daily.sqlite3.4000002.partial");
    for file in [&killed, &killed_journal, &running] {
        fs::write(file, b"half a copy").unwrap();
    }
    let writing = dir.path().join(relief_store::partials::WRITING);
    fs::create_dir_all(&writing).unwrap();
    fs::write(writing.join("4000001.alive"), b"").unwrap();
    let held = fs::File::create(writing.join("4000002.alive")).unwrap();
    held.lock().unwrap();
    fs::write(folder.join("my notes.txt"), b"mine").unwrap();
    assert_eq!(journal.backups().unwrap().len(), 1);

    journal.backup_now("manual", now() + hours(1)).unwrap();
    assert!(!killed.exists(), "a killed writer's half copy is removed");
    assert!(!killed_journal.exists(), "and SQLite's journal beside it");
    assert!(
        running.exists(),
        "another process's copy in progress is left alone"
    );
    assert!(
        folder.join("my notes.txt").exists(),
        "other files are left alone"
    );
    assert_eq!(journal.backups().unwrap().len(), 2);
    let names: Vec<_> = fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .filter(|n| relief_store::is_temporary(n))
        .collect();
    assert_eq!(names.len(), 1, "only the other process's: {names:?}");
}

#[cfg(unix)]
#[test]
fn the_journal_and_its_backups_are_for_their_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let journal = relief_store::Journal::open(dir.path(), common::now())
        .unwrap()
        .journal;
    common::fill(&journal, 3);
    let backup = journal.backup_now("manual", common::now()).unwrap();
    let mut files = vec![backup, dir.path().join(relief_store::JOURNAL_FILE)];
    files.extend(["-wal", "-shm"].map(|s| dir.path().join(format!("journal.sqlite3{s}"))));
    for file in files {
        let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{}", file.display());
    }
}
