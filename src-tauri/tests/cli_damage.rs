//! Damage from outside the app, met by the command line as a script meets it:
//! a journal emptied, cut short, cut by one byte, with a flipped bit in a row,
//! or with a header that cannot be right. Each is found, set aside whole, the
//! newest backup that reads whole is restored, the command still does its
//! work, standard error says what happened, and the exit code is 6. The app
//! is told the same by the journal the next time it opens.

mod cli_support;

use std::path::{Path, PathBuf};
use std::process::Output;

use chrono::{DateTime, Duration, FixedOffset, Local};
use relief_store::{Damage, Journal, JOURNAL_FILE};

use cli_support::{app, pain};

fn now() -> DateTime<FixedOffset> {
    Local::now().fixed_offset()
}

/// A journal with `in_backup` pain entries in a daily backup and five more
/// written after it (lost with the damage). Returns the backup's path.
fn seeded(dir: &Path, in_backup: i64, base: DateTime<FixedOffset>) -> PathBuf {
    let journal = Journal::open(dir, now()).unwrap().journal;
    let add = |day: i64| {
        let entry = pain(
            (day % 9) as u8,
            base - Duration::days(day),
            Some(format!("day {day}")),
        );
        journal.add_pain(&entry, now()).unwrap();
    };
    (0..in_backup).for_each(add);
    let backup = journal.backup_now("daily", now()).unwrap();
    (100..105).for_each(add);
    drop(journal);
    backup
}

fn backup_export(dir: &Path, out: &Path) -> Output {
    app()
        .args(["export", "--format", "json", "--force", "--data-dir"])
        .arg(dir)
        .arg("--out")
        .arg(out)
        .output()
        .expect("the app runs")
}

/// The pain entries in an exported backup file.
fn pain_entries(path: &Path) -> usize {
    let bytes = std::fs::read(path).unwrap();
    relief_export::backup::read_backup(&bytes, now().date_naive())
        .unwrap()
        .journal
        .pain
        .len()
}

/// Flips one bit in the time a live pain entry was recorded at, wherever the
/// file holds it (its row, and the index over times): a row whose time no
/// longer reads. The first time-like bytes in the file could lie in a page's
/// unused space, which is not a record at all.
fn flip_a_bit_in_a_row(path: &Path, base: DateTime<FixedOffset>) {
    let time = (base - Duration::days(7)).to_rfc3339();
    let mut bytes = std::fs::read(path).unwrap();
    let needle = time.as_bytes();
    let found: Vec<usize> = (0..bytes.len().saturating_sub(needle.len()))
        .filter(|&i| &bytes[i..i + needle.len()] == needle)
        .collect();
    assert!(!found.is_empty(), "the time is in the file");
    for at in found {
        bytes[at + 10] ^= 0x40; // 'T' becomes a control character
    }
    std::fs::write(path, bytes).unwrap();
}

fn damage(path: &Path, how: &str, base: DateTime<FixedOffset>) {
    let mut bytes = std::fs::read(path).unwrap();
    match how {
        "emptied" => bytes.clear(),
        "truncated" => bytes.truncate(bytes.len() / 2),
        "cut by one byte" => bytes.truncate(bytes.len() - 1),
        // user_version (bytes 60–63) set to nonsense: no app ever wrote it.
        "header" => bytes[60..64].copy_from_slice(&[0x7f, 0x13, 0x51, 0x09]),
        "flipped bit in a row" => return flip_a_bit_in_a_row(path, base),
        other => panic!("no such damage: {other}"),
    }
    std::fs::write(path, bytes).unwrap();
}

#[test]
fn every_kind_of_damage_is_found_restored_and_said() {
    for (how, expected) in [
        ("emptied", Damage::Emptied),
        ("truncated", Damage::Damaged),
        ("cut by one byte", Damage::Damaged),
        ("header", Damage::NotUpgradable),
        ("flipped bit in a row", Damage::Unreadable),
    ] {
        // A flip in an index entry too may be SQLite's to find first.
        let expected: &[Damage] = if expected == Damage::Unreadable {
            &[Damage::Unreadable, Damage::Damaged]
        } else {
            &[expected]
        };
        let dir = tempfile::tempdir().unwrap();
        let base = now();
        let backup = seeded(dir.path(), 40, base);
        let journal = dir.path().join(JOURNAL_FILE);
        assert!(
            !Path::new(&format!("{}-wal", journal.display())).exists(),
            "the journal closed cleanly, all in one file"
        );
        damage(&journal, how, base);
        let damaged = std::fs::read(&journal).unwrap();
        let elsewhere = tempfile::tempdir().unwrap();
        let out = elsewhere.path().join("out.json");

        let first = backup_export(dir.path(), &out);
        let stderr = String::from_utf8_lossy(&first.stderr).into_owned();
        assert_eq!(first.status.code(), Some(6), "{how}: {stderr}");
        assert!(!stderr.contains("panicked"), "{how}: {stderr}");
        assert!(
            stderr.contains("brought back from the backup made on"),
            "{how}: {stderr}"
        );
        assert!(stderr.contains("journal.corrupt-"), "{how}: {stderr}");
        assert_eq!(
            pain_entries(&out),
            40,
            "{how}: the backup's entries, exported"
        );

        let kept: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| {
                let name = p.file_name().unwrap().to_string_lossy();
                name.starts_with("journal.corrupt-") && name.ends_with(".sqlite3")
            })
            .collect();
        assert_eq!(kept.len(), 1, "{how}");
        assert_eq!(
            std::fs::read(&kept[0]).unwrap(),
            damaged,
            "{how}: kept whole"
        );
        assert!(backup.exists(), "{how}: the backup itself stays");

        let second = backup_export(dir.path(), &out);
        assert_eq!(second.status.code(), Some(0), "{how}: sound from then on");

        let opened = Journal::open(dir.path(), now()).unwrap();
        let told = opened.journal.recoveries_to_tell().unwrap();
        assert_eq!(told.len(), 1, "{how}: the app will tell it too");
        assert!(
            expected.contains(&told[0].damage),
            "{how}: {:?}",
            told[0].damage
        );
        assert_eq!(told[0].restored_from.as_deref(), backup.to_str(), "{how}");
    }
}
