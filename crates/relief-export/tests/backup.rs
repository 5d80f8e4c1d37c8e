//! The backup file: written deterministically, read back whole, and every kind
//! of bad file refused with an error that names what is wrong.

use chrono::{DateTime, Duration, FixedOffset, NaiveDate};
use relief_core::Snapshot;
use relief_core::{PainScore, Preferences, ValidPain};
use relief_export::backup::{read_backup, write_backup, BackupError, MAX_BACKUP_BYTES};
use relief_store::Journal;
use serde_json::{json, Value};

fn now() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-11-30T09:00:00+00:00").unwrap()
}

fn today() -> NaiveDate {
    now().date_naive()
}

/// A small journal's snapshot: pain entries with notes that need escaping.
fn snapshot() -> Snapshot {
    let dir = tempfile::tempdir().unwrap();
    let journal = Journal::open(dir.path(), now()).unwrap().journal;
    for day in 0..10 {
        let entry = ValidPain {
            score: PainScore::try_from(f64::from(day % 11)).unwrap(),
            note: Some(format!("day {day}: \"stiff\" <b>&</b> é")),
            recorded_at: now() - Duration::days(day.into()),
            worst_24h: None,
            average_24h: None,
            interference: None,
            tags: vec![],
        };
        journal.add_pain(&entry, now()).unwrap();
    }
    journal.snapshot().unwrap()
}

fn valid_file() -> Vec<u8> {
    write_backup(&snapshot(), Some(&Preferences::default()))
}

fn edited(change: impl FnOnce(&mut Value)) -> Vec<u8> {
    let mut value: Value = serde_json::from_slice(&valid_file()).unwrap();
    change(&mut value);
    serde_json::to_vec(&value).unwrap()
}

#[test]
fn a_backup_reads_back_as_it_was_written() {
    let journal = snapshot();
    let bytes = write_backup(&journal, Some(&Preferences::default()));
    let backup = read_backup(&bytes, today()).unwrap();
    assert_eq!(backup.journal, journal);
    assert_eq!(backup.preferences, Some(Preferences::default()));
    assert_eq!(
        write_backup(&backup.journal, backup.preferences.as_ref()),
        bytes,
        "written again, byte for byte the same"
    );
    let text = String::from_utf8(bytes.clone()).unwrap();
    assert!(text.starts_with("{\n  \"format\": \"relief-window-backup\",\n  \"version\": 1,"));

    // Saved again by a Windows editor, with a byte-order mark: the same
    // backup, as the plan reader takes the same mark on a plan file.
    let mut marked = "\u{feff}".as_bytes().to_vec();
    marked.extend_from_slice(&bytes);
    assert_eq!(read_backup(&marked, today()).unwrap().journal, journal);
    let mut plan = "\u{feff}".as_bytes().to_vec();
    plan.extend_from_slice(
        relief_core::write_plan_file(&relief_core::default_plan(relief_core::Phase::Recovery))
            .as_bytes(),
    );
    assert!(
        relief_core::parse_plan_file(&plan, today()).is_ok(),
        "both readers, alike"
    );
}

#[test]
fn bad_files_are_refused_with_what_is_wrong() {
    let check = |bytes: &[u8], code: &str, field: Option<&str>| {
        let error = read_backup(bytes, today()).expect_err("refused");
        assert_eq!(error.code(), code, "{error}");
        assert_eq!(error.field(), field, "{error}");
    };
    let file = valid_file();
    check(&file[..file.len() / 2], "backup_not_json", None);
    check(b"", "backup_not_json", None);
    check(b"\xff\xfe not text", "backup_not_json", None);
    check(b"[1, 2, 3]", "backup_not_a_backup", None);
    check(
        br#"{"format": "relief-window-plan", "version": 1, "plan": {}}"#,
        "backup_not_a_backup",
        None,
    );
    check(
        &edited(|v| v["version"] = json!(2)),
        "backup_unsupported_version",
        None,
    );
    check(
        &edited(|v| v["version"] = json!("1")),
        "backup_not_a_backup",
        None,
    );
    check(
        &edited(|v| v["journal"]["pain"][3]["score"] = json!(11)),
        "backup_wrong_shape",
        Some("journal.pain[3].score"),
    );
    check(
        &edited(|v| v["journal"]["pain"][1]["recordedAt"] = json!("yesterday")),
        "backup_wrong_shape",
        Some("journal.pain[1].recordedAt"),
    );
    check(
        &edited(|v| v["journal"]["surprise"] = json!(true)),
        "backup_wrong_shape",
        Some("journal.surprise"),
    );
    check(
        &edited(|v| {
            let id = v["journal"]["pain"][0]["id"].clone();
            v["journal"]["pain"][4]["id"] = id;
        }),
        "backup_inconsistent",
        Some("journal.pain[4].id"),
    );
    check(
        &edited(|v| {
            v["journal"]["psfs"] = json!([{"id": 1, "recordedOn": "2026-11-01",
                "activities": [{"name": "Walking", "score": 3}, {"name": "walking ", "score": 4}]}])
        }),
        "backup_inconsistent",
        Some("journal.psfs[0].activities[1].name"),
    );
    check(
        &edited(|v| {
            v["journal"]["measures"] = json!([{"id": 1, "measure": "rmdq", "total": 30,
                "recordedOn": "2026-11-01", "scoredBy": null}])
        }),
        "backup_inconsistent",
        Some("journal.measures[0].total"),
    );
    check(
        &edited(|v| {
            v["journal"]["reminderEvents"] = json!([{"id": 1, "occurrence": {"reminderId": 9,
                "local": "2026-11-01T10:00:00", "due": "2026-11-01T10:00:00Z"},
                "outcome": {"outcome": "done"}, "fromCatchUp": false, "recordedAt": "2026-11-01T10:01:00Z"}])
        }),
        "backup_inconsistent",
        Some("journal.reminderEvents[0].occurrence.reminderId"),
    );
    let huge = vec![b' '; MAX_BACKUP_BYTES + 1];
    assert!(matches!(
        read_backup(&huge, today()),
        Err(BackupError::TooLarge { .. })
    ));
}

/// Fuzzing the reader with proptest: random bytes, and a real file with bytes
/// spliced in, deleted or cut short. Every input is either a valid backup or a
/// clear error; none panics. (cargo-fuzz would need a nightly compiler, which
/// this project does not use; proptest runs in every `cargo test`.)
mod fuzz {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

        #[test]
        fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
            let _ = read_backup(&bytes, today());
        }

        #[test]
        fn a_damaged_real_file_never_panics(
            at in any::<prop::sample::Index>(),
            cut in any::<prop::sample::Index>(),
            splice in proptest::collection::vec(any::<u8>(), 0..16),
        ) {
            let file = valid_file_cached();
            let at = at.index(file.len());
            let end = (at + cut.index(32)).min(file.len());
            let mut damaged = file[..at].to_vec();
            damaged.extend_from_slice(&splice);
            damaged.extend_from_slice(&file[end..]);
            if let Ok(backup) = read_backup(&damaged, today()) {
                // A change that still reads must read as a consistent backup
                // that writes out again without loss.
                let again = write_backup(&backup.journal, backup.preferences.as_ref());
                prop_assert_eq!(read_backup(&again, today()).unwrap(), backup);
            }
        }
    }

    fn valid_file_cached() -> &'static [u8] {
        static FILE: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
        FILE.get_or_init(valid_file)
    }
}
