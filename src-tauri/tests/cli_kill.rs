//! kill -9 at every fsync and every rename of an import and of an export, by
//! strace's fault injection (`-e inject=SYSCALL:signal=SIGKILL:when=N`: the
//! process is killed as it enters the Nth such call). After each kill the next
//! command finds no half-state and no leftovers: the journal is the old one
//! or the new one, whole, with the preferences that belong to it; the chosen
//! folder holds the old file or the new one, whole, and nothing beside it.
//!
//! Linux only, and only where strace may trace (`cargo xtask test` installs
//! it); elsewhere the test says it was skipped.

#![cfg(target_os = "linux")]

mod cli_support;

use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use chrono::{Duration, Local};
use relief_store::Journal;

use cli_support::{clean, pain, BIN};

const SYSCALLS: [&str; 5] = ["fsync", "fdatasync", "rename", "renameat", "renameat2"];

fn strace_works() -> bool {
    Command::new("strace")
        .args(["-f", "-qq", "-o", "/dev/null", "true"])
        .status()
        .is_ok_and(|s| s.success())
}

/// Runs the app with `args`, killed as it enters the `n`th `syscall`.
fn killed_at(syscall: &str, n: usize, args: &[&std::ffi::OsStr]) -> Output {
    let mut command = Command::new("strace");
    clean(&mut command)
        .args(["-f", "-qq", "-o", "/dev/null", "-e"])
        .arg(format!("trace={syscall}"))
        .arg("-e")
        .arg(format!("inject={syscall}:signal=SIGKILL:when={n}"))
        .arg(BIN)
        .args(args)
        .output()
        .expect("strace runs")
}

fn was_killed(output: &Output) -> bool {
    output.status.signal() == Some(9) || output.status.code() == Some(137)
}

/// A data folder with `entries` pain entries and `theme` in its preferences.
fn folder_with(dir: &Path, entries: i64, theme: &str) {
    let now = Local::now().fixed_offset();
    let journal = Journal::open(dir, now).unwrap().journal;
    for i in 0..entries {
        let entry = pain(
            (i % 11) as u8,
            now - Duration::hours(i),
            Some(format!("{theme} {i}")),
        );
        journal.add_pain(&entry, now).unwrap();
    }
    drop(journal);
    std::fs::write(
        dir.join("preferences.json"),
        format!(r#"{{"preferences": {{"theme": "{theme}", "onboardingDone": true}}}}"#),
    )
    .unwrap();
}

fn copy_folder(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_folder(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// Every temporary file or note of a write left anywhere under `dir`.
fn leftovers(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            found.extend(leftovers(&path));
        } else if relief_store::is_temporary(&entry.file_name())
            || path.extension().is_some_and(|e| e == "note")
        {
            found.push(path);
        }
    }
    found
}

/// Exports a backup of `data` to read what it holds now, as the next command
/// would (this also finishes what a kill interrupted). Returns the number of
/// pain entries and the theme in the preferences file after it.
fn what_it_holds(data: &Path, scratch: &Path) -> (usize, String) {
    let out = scratch.join("check.json");
    let output = clean(&mut Command::new(BIN))
        .args(["export", "--format", "json", "--force", "--data-dir"])
        .arg(data)
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let bytes = std::fs::read(&out).unwrap();
    let entries = relief_export::backup::read_backup(&bytes, Local::now().date_naive())
        .unwrap()
        .journal
        .pain
        .len();
    let prefs = std::fs::read_to_string(data.join("preferences.json")).unwrap();
    let theme = ["light", "dark"]
        .into_iter()
        .find(|t| prefs.contains(&format!("\"{t}\"")))
        .unwrap_or("neither")
        .to_owned();
    (entries, theme)
}

#[test]
fn a_kill_at_any_fsync_or_rename_of_an_import_leaves_one_whole_journal() {
    if !strace_works() {
        println!("skipped: strace cannot trace here");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let template = dir.path().join("template");
    folder_with(&template, 40, "light");
    let source = dir.path().join("source");
    folder_with(&source, 25, "dark");
    let file = dir.path().join("backup.json");
    let made = clean(&mut Command::new(BIN))
        .args(["export", "--format", "json", "--data-dir"])
        .arg(&source)
        .arg("--out")
        .arg(&file)
        .status()
        .unwrap();
    assert!(made.success());

    let mut kills = 0;
    for syscall in SYSCALLS {
        for n in 1.. {
            let data = dir.path().join(format!("data-{syscall}-{n}"));
            copy_folder(&template, &data);
            let args = ["import", "--replace", "--file"].map(std::ffi::OsStr::new);
            let mut args: Vec<&std::ffi::OsStr> = args.to_vec();
            args.extend([file.as_os_str(), "--data-dir".as_ref(), data.as_os_str()]);
            let output = killed_at(syscall, n, &args);
            if !was_killed(&output) {
                assert_eq!(
                    output.status.code(),
                    Some(0),
                    "{syscall} #{n}: not killed, so done"
                );
                break;
            }
            kills += 1;
            let held = what_it_holds(&data, dir.path());
            assert!(
                held == (40, "light".into()) || held == (25, "dark".into()),
                "killed at {syscall} #{n}: the journal and preferences are {held:?}"
            );
            let left = leftovers(&data);
            assert!(left.is_empty(), "killed at {syscall} #{n}: {left:?}");
            std::fs::remove_dir_all(&data).unwrap();
        }
    }
    assert!(kills > 5, "the import was killed at {kills} points only");
    println!("import killed at {kills} points");
}

#[test]
fn a_kill_at_any_fsync_or_rename_of_an_export_leaves_the_old_file_or_the_new() {
    if !strace_works() {
        println!("skipped: strace cannot trace here");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    folder_with(&data, 200, "light");
    let chosen = dir.path().join("chosen");
    std::fs::create_dir_all(&chosen).unwrap();
    let report = chosen.join("report.pdf");
    let mut kills = 0;
    for syscall in SYSCALLS {
        for n in 1.. {
            std::fs::write(&report, b"the earlier report").unwrap();
            let args =
                ["export", "--format", "pdf", "--force", "--data-dir"].map(std::ffi::OsStr::new);
            let mut args: Vec<&std::ffi::OsStr> = args.to_vec();
            args.extend([data.as_os_str(), "--out".as_ref(), report.as_os_str()]);
            let output = killed_at(syscall, n, &args);
            if !was_killed(&output) {
                assert_eq!(
                    output.status.code(),
                    Some(0),
                    "{syscall} #{n}: not killed, so done"
                );
                break;
            }
            kills += 1;
            // The next command (any) finishes the cleaning.
            what_it_holds(&data, dir.path());
            let bytes = std::fs::read(&report).unwrap();
            let whole = bytes.starts_with(b"%PDF") && bytes.trim_ascii_end().ends_with(b"%%EOF");
            assert!(
                bytes == b"the earlier report" || whole,
                "killed at {syscall} #{n}: half a report"
            );
            let beside: Vec<_> = std::fs::read_dir(&chosen)
                .unwrap()
                .map(|e| e.unwrap().file_name())
                .collect();
            assert_eq!(
                beside,
                vec![std::ffi::OsString::from("report.pdf")],
                "killed at {syscall} #{n}"
            );
            let left = leftovers(&data);
            assert!(left.is_empty(), "killed at {syscall} #{n}: {left:?}");
        }
    }
    assert!(kills > 2, "the export was killed at {kills} points only");
    println!("export killed at {kills} points");
}
