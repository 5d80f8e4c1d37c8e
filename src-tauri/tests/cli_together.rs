//! Two commands on one data folder at once, as a person with two terminals
//! (or the app and a script) would run them: each finishes, or is told in
//! plain words that Relief Window is busy (exit 11); none fails with an I/O
//! error, and neither removes the other's temporary files.

mod cli_support;

use std::path::Path;
use std::process::Stdio;

use chrono::{Duration, Local};
use relief_store::Journal;

use cli_support::{app, pain};

/// A backup file of `entries` pain entries, made by the app's own export.
fn backup_of(entries: i64, folder: &Path, file: &Path) {
    let now = Local::now().fixed_offset();
    let journal = Journal::open(folder, now).unwrap().journal;
    for day in 0..entries {
        let entry = pain(
            (day % 11) as u8,
            now - Duration::hours(day),
            Some(format!("entry {day}")),
        );
        journal.add_pain(&entry, now).unwrap();
    }
    drop(journal);
    let status = app()
        .args(["export", "--format", "json", "--data-dir"])
        .arg(folder)
        .arg("--out")
        .arg(file)
        .status()
        .unwrap();
    assert!(status.success());
}

#[test]
fn two_imports_at_once_both_finish_or_one_is_told_it_is_busy() {
    let dir = tempfile::tempdir().unwrap();
    let files = [dir.path().join("a.json"), dir.path().join("b.json")];
    backup_of(3000, &dir.path().join("source-a"), &files[0]);
    backup_of(2000, &dir.path().join("source-b"), &files[1]);
    // Even rounds start on a new folder (both create the journal at once),
    // odd ones on the folder the round before filled.
    for round in 0..4 {
        let data = dir.path().join(format!("data-{}", round / 2));
        let children: Vec<_> = files
            .iter()
            .map(|file| {
                app()
                    .args(["import", "--replace", "--file"])
                    .arg(file)
                    .arg("--data-dir")
                    .arg(&data)
                    .stdout(Stdio::piped())
                    .stderr(Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        let outputs: Vec<_> = children
            .into_iter()
            .map(|c| c.wait_with_output().unwrap())
            .collect();
        for output in &outputs {
            let stderr = String::from_utf8_lossy(&output.stderr);
            match output.status.code() {
                Some(0) => {}
                Some(11) => assert!(stderr.contains("busy with another task"), "{stderr}"),
                other => panic!("round {round}: exit {other:?}: {stderr}"),
            }
            assert!(!stderr.contains("disk I/O error"), "{stderr}");
        }
        assert!(
            outputs.iter().any(|o| o.status.success()),
            "round {round}: one of them finishes"
        );
        // The journal is exactly one of the two files, never a mix.
        let journal = Journal::open(&data, Local::now().fixed_offset())
            .unwrap()
            .journal;
        let count = journal.snapshot().unwrap().pain.len();
        assert!(count == 3000 || count == 2000, "round {round}: {count}");
        drop(journal);
        let leftovers: Vec<_> = std::fs::read_dir(data.join("backups"))
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .filter(|n| relief_store::is_temporary(n))
            .collect();
        assert!(leftovers.is_empty(), "round {round}: {leftovers:?}");
    }
}
