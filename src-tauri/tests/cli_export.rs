//! `relief-window export` and `import` as a script meets them: headless (no
//! display), with meaningful exit codes, never overwriting without --force,
//! never leaving a partial file, and never touching the journal when a file
//! to import is bad.

mod cli_support;

use std::path::Path;
use std::process::{Command, Output};

use chrono::{DateTime, Duration, FixedOffset, Local};
use relief_core::{ReminderDraft, ReminderKind, Schedule, Weekday};
use relief_store::Journal;

use cli_support::{pain, run};

fn app(args: &[&str]) -> Output {
    run(args)
}

/// `relief-window export --format FORMAT --data-dir DATA --out OUT MORE…`
fn export(format: &str, data: &Path, out: &Path, more: &[&str]) -> Output {
    let mut args = vec![
        "export",
        "--format",
        format,
        "--data-dir",
        text(data),
        "--out",
        text(out),
    ];
    args.extend_from_slice(more);
    app(&args)
}

fn text(path: &Path) -> &str {
    path.to_str().expect("temporary paths are UTF-8")
}

fn now() -> DateTime<FixedOffset> {
    Local::now().fixed_offset()
}

/// A journal with sixty days of pain and a reminder.
fn journal_in(dir: &Path) {
    let journal = Journal::open(dir, now()).unwrap().journal;
    for day in 0..60 {
        let note = (day % 7 == 0).then(|| format!("week {}, \"stiff\"", day / 7));
        let entry = pain((day % 9) as u8, now() - Duration::days(day.into()), note);
        journal.add_pain(&entry, now()).unwrap();
    }
    let reminder = ReminderDraft {
        kind: ReminderKind::Routine,
        message: "Exercises".into(),
        enabled: true,
        schedule: Schedule::Weekly {
            days: vec![Weekday::Mon],
            times: vec![relief_core::LocalTime::new(10, 0)],
        },
    }
    .validate(now().naive_local())
    .unwrap();
    journal.add_reminder(&reminder, now()).unwrap();
}

fn check(output: &Output, code: i32) -> String {
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(output.status.code(), Some(code), "stderr: {stderr}");
    assert!(!stderr.contains("panicked"), "no panic: {stderr}");
    stderr
}

#[test]
fn back_up_restore_into_an_empty_folder_and_back_up_again_gives_the_same_file() {
    let dir = tempfile::tempdir().unwrap();
    let (source, copy) = (dir.path().join("source"), dir.path().join("copy"));
    journal_in(&source);
    let (first, second) = (
        dir.path().join("first.json"),
        dir.path().join("second.json"),
    );

    check(&export("json", &source, &first, &[]), 0);
    let imported = app(&[
        "import",
        "--file",
        text(&first),
        "--data-dir",
        text(&copy),
        "--replace",
    ]);
    check(&imported, 0);
    assert!(String::from_utf8_lossy(&imported.stdout).contains("61 records"));
    check(&export("json", &copy, &second, &[]), 0);
    assert_eq!(
        std::fs::read(&first).unwrap(),
        std::fs::read(&second).unwrap()
    );

    // Merging the same file again adds nothing, and the file still matches.
    let merged = app(&["import", "--file", text(&first), "--data-dir", text(&copy)]);
    check(&merged, 0);
    assert!(String::from_utf8_lossy(&merged.stdout).contains("Added 0 records"));
}

#[test]
fn every_format_exports_headless_from_a_journal_or_a_backup() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    journal_in(&data);
    let backup = dir.path().join("backup.json");
    check(&export("json", &data, &backup, &[]), 0);
    for (format, name, starts) in [
        ("pdf", "out.pdf", &b"%PDF"[..]),
        ("csv", "out.zip", &b"PK"[..]),
        ("fhir", "out.fhir.json", &b"{"[..]),
        ("ics", "out.ics", &b"BEGIN:VCALENDAR"[..]),
    ] {
        let out = dir.path().join(name);
        check(&export(format, &data, &out, &[]), 0);
        assert!(std::fs::read(&out).unwrap().starts_with(starts), "{format}");
        // The same from the backup file, with no journal at all.
        let from_backup = dir.path().join(format!("from-backup-{name}"));
        check(
            &app(&[
                "export",
                "--format",
                format,
                "--from",
                text(&backup),
                "--out",
                text(&from_backup),
            ]),
            0,
        );
    }
    let fhir: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("out.fhir.json")).unwrap()).unwrap();
    assert_eq!(fhir["resourceType"], "Bundle");
}

#[test]
fn the_pdf_report_reads_as_text_with_the_journals_numbers() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    journal_in(&data);
    let out = dir.path().join("report.pdf");
    let since = (now() - Duration::days(59)).date_naive().to_string();
    check(
        &export(
            "pdf",
            &data,
            &out,
            &[
                "--since",
                &since,
                "--name",
                "Pat Example",
                "--paper",
                "letter",
            ],
        ),
        0,
    );
    let pdftotext = Command::new("pdftotext")
        .args(["-layout", text(&out), "-"])
        .output()
        .expect("pdftotext runs (poppler-utils; cargo xtask test installs it)");
    let words = String::from_utf8_lossy(&pdftotext.stdout);
    assert!(words.contains("Pat Example"), "{words}");
    assert!(words.contains("Pain scores on 60 days"), "{words}");
    assert!(words.contains("Page 1 of"), "{words}");
    let info = Command::new("pdfinfo")
        .arg(&out)
        .output()
        .expect("pdfinfo runs");
    let info = String::from_utf8_lossy(&info.stdout);
    assert!(info.contains("Tagged:          yes"), "{info}");
    assert!(info.contains("612 x 792"), "Letter: {info}");
}

#[test]
fn nothing_is_overwritten_and_no_partial_file_is_left() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    journal_in(&data);
    let out = dir.path().join("there.json");
    std::fs::write(&out, "keep me").unwrap();
    let refused = check(&export("json", &data, &out, &[]), 5);
    assert!(refused.contains("--force"), "{refused}");
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "keep me");
    check(&export("json", &data, &out, &["--force"]), 0);
    assert!(std::fs::read_to_string(&out)
        .unwrap()
        .contains("relief-window-backup"));

    // A folder that cannot be written: a clear error and nothing left behind.
    let locked = dir.path().join("locked");
    std::fs::create_dir(&locked).unwrap();
    let missing = locked.join("no/such/folder/out.zip");
    check(&export("csv", &data, &missing, &[]), 5);
    assert_eq!(std::fs::read_dir(&locked).unwrap().count(), 0);
}

#[test]
fn a_bad_file_to_import_leaves_the_journal_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    journal_in(&data);
    let before = Journal::open(&data, now())
        .unwrap()
        .journal
        .snapshot()
        .unwrap();
    let good = dir.path().join("good.json");
    check(&export("json", &data, &good, &[]), 0);
    let whole = std::fs::read(&good).unwrap();
    let bad_files: Vec<(&str, Vec<u8>)> = vec![
        ("truncated.json", whole[..whole.len() / 3].to_vec()),
        ("newer.json", String::from_utf8(whole.clone()).unwrap().replacen("\"version\": 1", "\"version\": 9", 1).into_bytes()),
        ("not-json.json", b"\x00\x01 hello".to_vec()),
        ("hostile.json", br#"{"format":"relief-window-backup","version":1,"journal":{"pain":[{"id":1,"score":99}]}}"#.to_vec()),
    ];
    for (name, bytes) in bad_files {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        let said = check(
            &app(&[
                "import",
                "--file",
                text(&path),
                "--data-dir",
                text(&data),
                "--replace",
            ]),
            3,
        );
        assert!(said.contains(name), "the error names the file: {said}");
    }
    let huge = dir.path().join("huge.json");
    std::fs::File::create(&huge)
        .unwrap()
        .set_len(200 * 1024 * 1024)
        .unwrap();
    check(
        &app(&["import", "--file", text(&huge), "--data-dir", text(&data)]),
        3,
    );
    check(
        &app(&[
            "import",
            "--file",
            text(&dir.path().join("absent.json")),
            "--data-dir",
            text(&data),
        ]),
        3,
    );
    assert_eq!(
        Journal::open(&data, now())
            .unwrap()
            .journal
            .snapshot()
            .unwrap(),
        before
    );
}

#[test]
fn a_replace_whose_preferences_cannot_be_saved_says_so_and_saves_them_next_time() {
    let dir = tempfile::tempdir().unwrap();
    let (source, copy) = (dir.path().join("source"), dir.path().join("copy"));
    journal_in(&source);
    std::fs::write(
        source.join("preferences.json"),
        r#"{"preferences": {"theme": "dark", "onboardingDone": true}}"#,
    )
    .unwrap();
    let file = dir.path().join("backup.json");
    check(&export("json", &source, &file, &[]), 0);

    // A folder where the preferences file should be: it cannot be written.
    std::fs::create_dir_all(copy.join("preferences.json")).unwrap();
    let imported = app(&[
        "import",
        "--file",
        text(&file),
        "--data-dir",
        text(&copy),
        "--replace",
    ]);
    let stderr = check(&imported, 4);
    assert!(
        stderr.contains("61 records") && stderr.contains("settings could not be saved"),
        "the truth: the journal is replaced, the settings are not yet: {stderr}"
    );
    let journal = Journal::open(&copy, now()).unwrap().journal;
    assert_eq!(
        journal.snapshot().unwrap().pain.len(),
        60,
        "the records landed"
    );
    drop(journal);

    // Once the folder is out of the way, the next command saves them first.
    std::fs::remove_dir(copy.join("preferences.json")).unwrap();
    check(&export("csv", &copy, &dir.path().join("out.zip"), &[]), 0);
    let saved = std::fs::read_to_string(copy.join("preferences.json")).unwrap();
    assert!(saved.contains("\"dark\""), "{saved}");
    let journal = Journal::open(&copy, now()).unwrap().journal;
    assert_eq!(journal.preferences_to_apply().unwrap(), None, "saved once");
}

#[test]
fn out_never_names_a_file_in_the_data_folder() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    journal_in(&data);
    let journal = data.join("journal.sqlite3");
    let before = std::fs::read(&journal).unwrap();
    let sneaky = dir.path().join("data/../data/backups/../journal.sqlite3");
    for out in [
        journal.clone(),
        data.join("report.pdf"),
        sneaky,
        data.clone(),
    ] {
        let stderr = check(&export("pdf", &data, &out, &["--force"]), 5);
        assert!(stderr.contains("journal and its backups"), "{stderr}");
    }
    assert_eq!(
        std::fs::read(&journal).unwrap(),
        before,
        "the journal is untouched"
    );
    assert!(!data.join("report.pdf").exists());
}

#[test]
fn a_file_where_the_data_folder_should_be_has_its_own_words_and_code() {
    let dir = tempfile::tempdir().unwrap();
    let source = dir.path().join("source");
    journal_in(&source);
    let file = dir.path().join("backup.json");
    check(&export("json", &source, &file, &[]), 0);
    let blocker = dir.path().join("a-file");
    std::fs::write(&blocker, b"in the way").unwrap();
    let data = blocker.join("relief");
    let imported = app(&["import", "--file", text(&file), "--data-dir", text(&data)]);
    let stderr = check(&imported, 10);
    assert!(stderr.contains("A file is in the way"), "{stderr}");
    assert_eq!(std::fs::read(&blocker).unwrap(), b"in the way");
}

#[test]
fn help_names_the_commands_and_the_exit_codes() {
    let help = app(&["--help"]);
    let out = String::from_utf8_lossy(&help.stdout);
    for word in ["export", "import", "Exit codes"] {
        assert!(out.contains(word), "{word} in {out}");
    }
    let export = String::from_utf8_lossy(&app(&["export", "--help"]).stdout).into_owned();
    for word in [
        "--format", "--from", "--since", "--until", "--out", "csv", "fhir", "json", "ics",
    ] {
        assert!(export.contains(word), "{word} in {export}");
    }
    check(&app(&["export", "--format", "csv"]), 2);
    check(
        &app(&[
            "export",
            "--format",
            "csv",
            "--out",
            "x",
            "--from",
            "a",
            "--data-dir",
            "b",
        ]),
        2,
    );
}
