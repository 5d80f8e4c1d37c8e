//! Recovery: damaged journals are moved aside and replaced by the newest sound
//! backup; unwritable folders are reported as such and never touched.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use common::{fill, hours, ids, now, pain};
use relief_store::{Journal, JOURNAL_FILE};

#[derive(Debug, Clone, Copy)]
enum Damage {
    /// Random bytes over whole pages in the middle of the file.
    Garbage,
    /// The second half of the file is gone.
    Truncated,
    /// Not a database at all (and a stray -wal beside it).
    NotADatabase,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Backups {
    None,
    Good,
    /// The newest backup is damaged too; an older one is sound.
    NewestDamaged,
}

fn damage(path: &Path, how: Damage, rng: &mut fastrand::Rng) {
    let mut bytes = fs::read(path).unwrap();
    match how {
        Damage::Garbage => {
            let start = bytes.len() / 2 / 4096 * 4096;
            let end = (start + 8192).min(bytes.len());
            assert!(
                start >= 4096 && end > start,
                "file too small to damage: {}",
                bytes.len()
            );
            rng.fill(&mut bytes[start..end]);
        }
        Damage::Truncated => bytes.truncate(bytes.len() / 2),
        Damage::NotADatabase => {
            bytes = "Dear diary, today my back was better.\n"
                .repeat(200)
                .into_bytes();
            fs::write(wal(path), b"not a write-ahead log either").unwrap();
        }
    }
    fs::write(path, bytes).unwrap();
}

fn wal(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push("-wal");
    PathBuf::from(name)
}

fn check(how: Damage, backups: Backups) {
    let seed = fastrand::u64(..);
    println!("{how:?} with {backups:?}: seed {seed}");
    let mut rng = fastrand::Rng::with_seed(seed);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(JOURNAL_FILE);

    let journal = Journal::open(dir.path(), now()).unwrap().journal;
    let in_backup = fill(&journal, 60);
    let good = journal.backup_now("manual", now() + hours(1)).unwrap();
    if backups == Backups::NewestDamaged {
        fill(&journal, 10);
        let bad = journal.backup_now("manual", now() + hours(2)).unwrap();
        damage(&bad, Damage::Garbage, &mut rng);
    }
    fill(&journal, 30); // written after the backups: lost with the damaged file
    drop(journal);
    if backups == Backups::None {
        fs::remove_dir_all(dir.path().join("backups")).unwrap();
    }
    damage(&path, how, &mut rng);
    let damaged = fs::read(&path).unwrap();
    let damaged_wal = fs::read(wal(&path)).ok();

    let opened = Journal::open(dir.path(), now() + hours(3)).unwrap();
    let report = opened.recovery.expect("damage must be reported");
    let journal = opened.journal;

    let moved_to = dir
        .path()
        .join("journal.corrupt-20260329T113000.000Z.sqlite3");
    assert_eq!(report.moved_to, moved_to);
    assert_eq!(
        fs::read(&moved_to).unwrap(),
        damaged,
        "the damaged file is kept as it was"
    );
    let moved_wal = fs::read(wal(&moved_to)).unwrap_or_default();
    assert_eq!(
        moved_wal,
        damaged_wal.unwrap_or_default(),
        "its -wal goes with it, intact"
    );
    match backups {
        Backups::None => {
            assert_eq!(report.restored_from, None);
            assert_eq!(report.backup_taken_at, None);
            assert!(ids(&journal).is_empty(), "a fresh journal starts empty");
        }
        Backups::Good | Backups::NewestDamaged => {
            assert_eq!(report.restored_from.as_ref(), Some(&good));
            assert_eq!(report.backup_taken_at, Some((now() + hours(1)).to_utc()));
            assert_eq!(
                ids(&journal),
                in_backup,
                "the backup's rows, no more, no fewer"
            );
        }
    }

    // The recovered journal is a working, sound journal.
    let added = journal
        .add_pain(&pain(4, None, common::NOW), now() + hours(3))
        .unwrap();
    drop(journal);
    let reopened = Journal::open(dir.path(), now() + hours(4)).unwrap();
    assert!(reopened.recovery.is_none(), "recovered once, sound after");
    assert!(ids(&reopened.journal).contains(&added.id));
}

#[test]
fn garbage_in_the_middle() {
    check(Damage::Garbage, Backups::Good);
    check(Damage::Garbage, Backups::None);
    check(Damage::Garbage, Backups::NewestDamaged);
}

#[test]
fn truncated_to_half() {
    check(Damage::Truncated, Backups::Good);
    check(Damage::Truncated, Backups::None);
    check(Damage::Truncated, Backups::NewestDamaged);
}

#[test]
fn not_a_database() {
    check(Damage::NotADatabase, Backups::Good);
    check(Damage::NotADatabase, Backups::None);
    check(Damage::NotADatabase, Backups::NewestDamaged);
}

#[test]
fn a_folder_that_cannot_be_created_is_unwritable_not_corrupt() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a file");
    fs::write(&file, b"in the way").unwrap();
    let data_dir = file.join("relief-window");
    let error = Journal::open(&data_dir, now()).err().unwrap();
    assert_eq!(error.code(), "data_dir_unwritable", "{error}");
    assert!(error.to_string().contains("relief-window"), "{error}");
    assert_eq!(fs::read(&file).unwrap(), b"in the way");
}

#[cfg(unix)]
#[test]
fn a_read_only_folder_is_unwritable_and_its_journal_untouched() {
    use std::os::unix::fs::PermissionsExt;

    let dir = tempfile::tempdir().unwrap();
    let journal = Journal::open(dir.path(), now()).unwrap().journal;
    let added = fill(&journal, 3);
    drop(journal);
    let listing = |p: &Path| {
        let mut names: Vec<_> = fs::read_dir(p)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        names.sort();
        names
    };
    let before = listing(dir.path());
    let bytes = fs::read(dir.path().join(JOURNAL_FILE)).unwrap();

    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o555)).unwrap();
    let blocked = fs::write(dir.path().join("probe"), b"").is_err();
    let result = Journal::open(dir.path(), now() + hours(30));
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o755)).unwrap();
    if !blocked {
        // Root ignores folder permissions; the case above covers this path.
        println!("skipped: permissions do not stop this user from writing");
        return;
    }
    let error = result.err().unwrap();
    assert_eq!(error.code(), "data_dir_unwritable", "{error}");
    assert_eq!(listing(dir.path()), before, "nothing moved aside");
    assert_eq!(fs::read(dir.path().join(JOURNAL_FILE)).unwrap(), bytes);
    let journal = Journal::open(dir.path(), now()).unwrap().journal;
    assert_eq!(ids(&journal), added);
}
