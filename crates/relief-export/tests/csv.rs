//! The CSV zip read back as a physio's spreadsheet would: the zip opened, each
//! file parsed as RFC 4180, and the values compared with the journal's.

use std::io::Read;

use chrono::{DateTime, Duration, FixedOffset, NaiveDate};
use relief_core::pain::{PainTag, Walk};
use relief_core::Snapshot;
use relief_core::{
    Dose, ExerciseRef, Measure, PainScore, PsfsActivity, PsfsDraft, ScoredMeasureDraft, Session,
    SessionExercise, SkipReason, ValidPain,
};
use relief_export::csv::{csv_zip, FILES};
use relief_export::Period;
use relief_store::Journal;

fn now() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-11-30T09:00:00+11:00").unwrap()
}

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn snapshot() -> Snapshot {
    let dir = tempfile::tempdir().unwrap();
    let journal = Journal::open(dir.path(), now()).unwrap().journal;
    let notes = [
        "plain",
        "commas, \"quotes\"\nand a new line",
        "=HYPERLINK(\"x\")",
        "é ü — 痛み",
    ];
    for (day, note) in notes.iter().enumerate() {
        let entry = ValidPain {
            score: PainScore::try_from(day as f64 + 2.0).unwrap(),
            note: Some((*note).into()),
            recorded_at: now() - Duration::days(day as i64),
            worst_24h: Some(PainScore::try_from(8.0).unwrap()),
            average_24h: None,
            interference: Some(PainScore::try_from(4.0).unwrap()),
            tags: vec![PainTag::Morning, PainTag::Sleep],
        };
        journal.add_pain(&entry, now()).unwrap();
    }
    let started_at = now() - Duration::hours(3);
    let done = |id: &str| SessionExercise {
        exercise: ExerciseRef::Library { id: id.into() },
        planned: Dose::Reps { sets: 2, reps: 10 },
        sets_done: 2,
        reps_done: vec![10, 9],
        hold_seconds: vec![],
        minutes_done: None,
        skipped: None,
        not_done: false,
    };
    let session = Session {
        started_at,
        finished_at: started_at + Duration::minutes(25),
        exercises: vec![
            done("glute-bridge"),
            SessionExercise {
                skipped: Some(SkipReason::Other {
                    text: Some("-dog needed a walk".into()),
                }),
                sets_done: 0,
                reps_done: vec![],
                ..done("bird-dog")
            },
        ],
        effort: 5,
        pain_before: Some(PainScore::try_from(4.0).unwrap()),
        pain_after: Some(PainScore::try_from(3.0).unwrap()),
        note: Some("good".into()),
    };
    journal.add_session(&session, None, now()).unwrap();
    let psfs = PsfsDraft {
        activities: vec![
            PsfsActivity {
                name: "Walking the dog".into(),
                score: 3,
            },
            PsfsActivity {
                name: "Lifting, bending".into(),
                score: 5,
            },
        ],
        recorded_on: date("2026-11-20"),
    }
    .validate(now().date_naive())
    .unwrap();
    journal.add_psfs(&psfs, now()).unwrap();
    let odi = ScoredMeasureDraft {
        measure: Measure::Odi,
        total: 34.5,
        recorded_on: date("2026-11-20"),
        scored_by: Some("Kent Physio".into()),
    }
    .validate(now().date_naive())
    .unwrap();
    journal.add_measure(&odi, now()).unwrap();
    journal
        .set_walking(
            &Walk {
                date: date("2026-11-21"),
                minutes: 40,
            },
            now(),
        )
        .unwrap();
    journal.snapshot().unwrap()
}

/// Each file of the zip as parsed rows, the header first.
fn unzip(bytes: &[u8]) -> Vec<(String, Vec<Vec<String>>)> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    (0..archive.len())
        .map(|i| {
            let mut file = archive.by_index(i).unwrap();
            let mut text = String::new();
            file.read_to_string(&mut text).expect("UTF-8");
            assert!(text.contains("\r\n"), "RFC 4180 line ends");
            let mut reader = csv::ReaderBuilder::new()
                .has_headers(false)
                .from_reader(text.as_bytes());
            let rows = reader
                .records()
                .map(|r| r.unwrap().iter().map(String::from).collect())
                .collect();
            (file.name().unwrap().into_owned(), rows)
        })
        .collect()
}

#[test]
fn the_zip_holds_the_four_files_with_the_journals_values() {
    let snapshot = snapshot();
    let bytes = csv_zip(&snapshot, Period::ALL).unwrap();
    assert_eq!(
        bytes,
        csv_zip(&snapshot, Period::ALL).unwrap(),
        "deterministic"
    );
    let files = unzip(&bytes);
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, FILES);

    let pain = &files[0].1;
    assert_eq!(
        pain[0],
        [
            "id",
            "recorded_at",
            "pain",
            "worst_24h",
            "average_24h",
            "interference",
            "tags",
            "note"
        ]
    );
    assert_eq!(pain.len(), 5);
    // Oldest first; the times keep the +11:00 offset.
    let oldest = &pain[1];
    assert_eq!(oldest[1], "2026-11-27T09:00:00+11:00");
    assert_eq!(oldest[2], "5");
    assert_eq!(oldest[7], "é ü — 痛み");
    assert_eq!(pain[3][7], "commas, \"quotes\"\nand a new line");
    assert_eq!(
        pain[2][7], "'=HYPERLINK(\"x\")",
        "a formula is kept as text"
    );
    assert_eq!(pain[4][3..7], ["8", "", "4", "morning;sleep"]);

    let sessions = &files[1].1;
    assert_eq!(sessions.len(), 2);
    assert_eq!(sessions[1][3..10], ["25", "5", "4", "3", "1", "1", "0"]);

    let exercises = &files[2].1;
    assert_eq!(exercises.len(), 3);
    assert_eq!(
        exercises[1][..8],
        [
            "1",
            "1",
            "glute-bridge",
            "Glute bridge",
            "2 × 10",
            "2",
            "10;9",
            ""
        ]
    );
    assert_eq!(exercises[1][9], "done");
    assert_eq!(
        exercises[2][9..],
        ["skipped", "other", "'-dog needed a walk"]
    );

    let measures = &files[3].1;
    assert_eq!(
        measures[0],
        [
            "date",
            "measure",
            "activity",
            "value",
            "scale",
            "scored_by",
            "record_id"
        ]
    );
    assert_eq!(measures.len(), 5);
    assert_eq!(measures[1][..4], ["2026-11-20", "odi", "", "34.5"]);
    assert_eq!(measures[2][1..5], ["psfs", "Walking the dog", "3", "0-10"]);
    assert_eq!(measures[3][2], "Lifting, bending");
    assert_eq!(
        measures[4][..4],
        ["2026-11-21", "walking_minutes", "", "40"]
    );
}

#[test]
fn a_period_keeps_only_its_dates() {
    let period = Period {
        since: Some(date("2026-11-29")),
        until: Some(date("2026-11-29")),
    };
    let files = unzip(&csv_zip(&snapshot(), period).unwrap());
    assert_eq!(files[0].1.len(), 2, "one pain entry on 29 November");
    assert_eq!(files[1].1.len(), 1, "no session then: the header alone");
    assert_eq!(files[3].1.len(), 1);
}
