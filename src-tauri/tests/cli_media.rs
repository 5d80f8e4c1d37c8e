//! Data folders on media that refuse writes: a read-only medium (here a
//! read-only bind mount: what a locked memory card or a read-only share looks
//! like to the app), where exporting works and a command that would write says
//! so; and a full disk (a tiny tmpfs), where an import says the disk is full.
//! Each with its own words and exit code, touching nothing. Linux only, and
//! only where this user may mount; elsewhere the tests say they were skipped.

#![cfg(target_os = "linux")]

mod cli_support;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use chrono::{Duration, Local};
use relief_store::Journal;

use cli_support::{pain, run};

fn app(args: &[&std::ffi::OsStr]) -> Output {
    run(args)
}

/// A mount made for a test, unmounted when dropped.
struct Mount(PathBuf);

impl Mount {
    /// A tmpfs of `size` (`400k`) at `at`: a disk that fills up quickly.
    fn tiny_disk(at: &Path, size: &str) -> Option<Mount> {
        std::fs::create_dir_all(at).ok()?;
        Command::new("mount")
            .args(["-t", "tmpfs", "-o"])
            .arg(format!("size={size}"))
            .arg("tmpfs")
            .arg(at)
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
            .then(|| Mount(at.to_path_buf()))
    }

    fn of(source: &Path, at: &Path) -> Option<Mount> {
        std::fs::create_dir_all(at).ok()?;
        let ok = |args: &[&std::ffi::OsStr]| {
            Command::new("mount")
                .args(args)
                .stderr(std::process::Stdio::null())
                .status()
                .is_ok_and(|s| s.success())
        };
        if !ok(&["--bind".as_ref(), source.as_os_str(), at.as_os_str()]) {
            return None;
        }
        let mount = Mount(at.to_path_buf());
        ok(&["-o".as_ref(), "remount,ro,bind".as_ref(), at.as_os_str()]).then_some(mount)
    }
}

impl Drop for Mount {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.0).status();
    }
}

#[test]
fn a_journal_on_a_read_only_medium_can_be_read_and_exported() {
    let dir = tempfile::tempdir().unwrap();
    let source = dir.path().join("source");
    let now = Local::now().fixed_offset();
    let journal = Journal::open(&source, now).unwrap().journal;
    for i in 0..12 {
        let entry = pain((i % 11) as u8, now - Duration::days(i), None);
        journal.add_pain(&entry, now).unwrap();
    }
    drop(journal);
    let before = std::fs::read(source.join("journal.sqlite3")).unwrap();
    let card = dir.path().join("card");
    let Some(_mount) = Mount::of(&source, &card) else {
        println!("skipped: this user may not mount a read-only folder");
        return;
    };
    assert!(
        std::fs::write(card.join("probe"), b"").is_err(),
        "read-only"
    );

    let out = dir.path().join("out.json");
    let exported = app(&[
        "export".as_ref(),
        "--format".as_ref(),
        "json".as_ref(),
        "--data-dir".as_ref(),
        card.as_os_str(),
        "--out".as_ref(),
        out.as_os_str(),
    ]);
    let stderr = String::from_utf8_lossy(&exported.stderr);
    assert_eq!(exported.status.code(), Some(0), "{stderr}");
    let bytes = std::fs::read(&out).unwrap();
    let backup = relief_export::backup::read_backup(&bytes, now.date_naive()).unwrap();
    assert_eq!(
        backup.journal.pain.len(),
        12,
        "every entry, read where it is"
    );

    let imported = app(&[
        "import".as_ref(),
        "--file".as_ref(),
        out.as_os_str(),
        "--data-dir".as_ref(),
        card.as_os_str(),
    ]);
    let stderr = String::from_utf8_lossy(&imported.stderr);
    assert_eq!(imported.status.code(), Some(8), "{stderr}");
    assert!(stderr.contains("can only be read"), "{stderr}");
    drop(_mount);
    assert_eq!(
        std::fs::read(source.join("journal.sqlite3")).unwrap(),
        before,
        "nothing written"
    );
}

/// A journal of `entries` pain entries in `dir`.
fn journal_with(dir: &Path, entries: i64) {
    let now = Local::now().fixed_offset();
    let journal = Journal::open(dir, now).unwrap().journal;
    for i in 0..entries {
        let note = format!("a note long enough to take some room, number {i}");
        let entry = pain((i % 11) as u8, now - Duration::hours(i), Some(note));
        journal.add_pain(&entry, now).unwrap();
    }
}

#[test]
fn an_import_onto_a_full_disk_says_the_disk_is_full_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let backup_of = |entries: i64, name: &str| {
        let source = dir.path().join(name);
        journal_with(&source, entries);
        let file = dir.path().join(format!("{name}.json"));
        let made = app(&[
            "export".as_ref(),
            "--format".as_ref(),
            "json".as_ref(),
            "--data-dir".as_ref(),
            source.as_os_str(),
            "--out".as_ref(),
            file.as_os_str(),
        ]);
        assert_eq!(made.status.code(), Some(0));
        file
    };
    let (small, big) = (backup_of(5, "small"), backup_of(4000, "big"));
    let disk = dir.path().join("disk");
    let Some(_mount) = Mount::tiny_disk(&disk, "1m") else {
        println!("skipped: this user may not mount a small disk");
        return;
    };
    // Seeded by the app itself, in its own process: this test's process must
    // hold nothing open on the small disk, or it could not be unmounted.
    let data = disk.join("data");
    let seeded = app(&[
        "import".as_ref(),
        "--file".as_ref(),
        small.as_os_str(),
        "--data-dir".as_ref(),
        data.as_os_str(),
    ]);
    assert_eq!(seeded.status.code(), Some(0));
    let imported = app(&[
        "import".as_ref(),
        "--replace".as_ref(),
        "--file".as_ref(),
        big.as_os_str(),
        "--data-dir".as_ref(),
        data.as_os_str(),
    ]);
    let stderr = String::from_utf8_lossy(&imported.stderr);
    assert_eq!(imported.status.code(), Some(7), "{stderr}");
    assert!(stderr.contains("disk is full"), "{stderr}");
    let journal = Journal::open_read_only(&data).unwrap();
    assert_eq!(journal.snapshot().unwrap().pain.len(), 5, "nothing changed");
    drop(journal);
}
