//! One session, every place its numbers go: three exercises done, two
//! skipped with a reason and four passed over (never done) are saved by the
//! journal, counted by the Progress view, reported in the PDF (read back with
//! pdftotext), written to the CSV (parsed) and to FHIR with the same three
//! numbers. A passed-over exercise is never counted as done anywhere.

use std::io::Read;
use std::process::Command;

use chrono::{DateTime, Duration, FixedOffset, NaiveDate};
use relief_core::session::summary;
use relief_core::{
    DateRange, Dose, ExerciseRef, Plan, PlanItem, PlanSource, Session, SessionExercise, SkipReason,
};
use relief_export::render::{render, ExportChoices, ExportError, ExportFormat};
use relief_store::Journal;

const DONE: [&str; 3] = ["walking", "pelvic-tilt", "cat-camel"];
const SKIPPED: [&str; 2] = ["knee-rolls", "bird-dog"];
const PASSED_OVER: [&str; 4] = ["dead-bug", "glute-bridge", "curl-up", "side-bridge"];

fn now() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-11-30T20:00:00+00:00").unwrap()
}

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 30).unwrap()
}

fn exercise(id: &str) -> SessionExercise {
    let done = DONE.contains(&id);
    SessionExercise {
        exercise: ExerciseRef::Library { id: id.into() },
        planned: Dose::Reps { sets: 1, reps: 5 },
        // As the guided session sends them: counts for what was done,
        // nothing for what was passed over.
        sets_done: u8::from(done),
        reps_done: if done { vec![5] } else { vec![] },
        hold_seconds: vec![],
        minutes_done: None,
        skipped: SKIPPED
            .contains(&id)
            .then_some(SkipReason::NoSpaceOrEquipment),
        not_done: false,
    }
}

/// A plan of the nine, each asked for every day, taken a week ago; one
/// session today with the nine in that order.
fn journal(dir: &std::path::Path) -> Journal {
    let journal = Journal::open(dir, now()).unwrap().journal;
    let ids: Vec<&str> = DONE
        .iter()
        .chain(&SKIPPED)
        .chain(&PASSED_OVER)
        .copied()
        .collect();
    let plan = Plan {
        title: None,
        items: ids
            .iter()
            .map(|id| PlanItem {
                exercise: ExerciseRef::Library { id: (*id).into() },
                dose: Dose::Reps { sets: 1, reps: 5 },
                days_per_week: 7,
                times_per_day: 1,
                notes: None,
            })
            .collect(),
        author: None,
        review_date: None,
        notes: None,
    };
    journal
        .replace_plan(&plan, PlanSource::Default, now() - Duration::days(7))
        .unwrap();
    let started_at = now() - Duration::hours(2);
    let session = Session {
        started_at,
        finished_at: started_at + Duration::minutes(25),
        exercises: ids.iter().map(|id| exercise(id)).collect(),
        effort: 4,
        pain_before: None,
        pain_after: None,
        note: None,
    };
    journal.add_session(&session, None, now()).unwrap();
    journal
}

fn export(journal: &Journal, format: ExportFormat) -> Vec<u8> {
    let choices = ExportChoices {
        format,
        since: Some(day()),
        until: Some(day()),
        name: None,
        birth_date: None,
        paper: None,
    };
    let progress =
        |range, today| Ok::<_, ExportError>(journal.progress_between(range, today).unwrap());
    render(
        &journal.snapshot().unwrap(),
        progress,
        &choices,
        None,
        now(),
    )
    .unwrap()
}

#[test]
fn three_done_two_skipped_four_not_done_everywhere() {
    let dir = tempfile::tempdir().unwrap();
    let journal = journal(dir.path());

    // The journal: stored as not done, and counted so.
    let record = &journal.recent_sessions(1).unwrap()[0];
    let counted = summary(&record.session);
    assert_eq!(
        (
            counted.exercises_done,
            counted.exercises_skipped,
            counted.exercises_not_done
        ),
        (3, 2, 4)
    );
    assert!(record.session.exercises[5..].iter().all(|e| e.not_done));

    // Progress over the day: per exercise, planned = done + skipped + not done.
    let view = journal
        .progress_between(DateRange::new(day(), day()).unwrap(), day())
        .unwrap();
    let sums = view.adherence.exercises.iter().fold((0, 0, 0, 0), |s, e| {
        assert_eq!(
            e.planned,
            e.done + e.skipped + e.not_done,
            "{:?}",
            e.exercise
        );
        (
            s.0 + e.planned,
            s.1 + e.done,
            s.2 + e.skipped,
            s.3 + e.not_done,
        )
    });
    assert_eq!(sums, (9, 3, 2, 4));

    // The CSV: the session's three numbers, and each exercise's outcome.
    let zip = export(&journal, ExportFormat::Csv);
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(zip)).unwrap();
    let read = |archive: &mut zip::ZipArchive<_>, name: &str| -> Vec<csv::StringRecord> {
        let mut text = String::new();
        archive
            .by_name(name)
            .unwrap()
            .read_to_string(&mut text)
            .unwrap();
        csv::Reader::from_reader(text.as_bytes())
            .records()
            .map(Result::unwrap)
            .collect()
    };
    let header = |archive: &mut zip::ZipArchive<_>, name: &str| -> csv::StringRecord {
        let mut text = String::new();
        archive
            .by_name(name)
            .unwrap()
            .read_to_string(&mut text)
            .unwrap();
        csv::Reader::from_reader(text.as_bytes())
            .headers()
            .unwrap()
            .clone()
    };
    let column =
        |head: &csv::StringRecord, name: &str| head.iter().position(|h| h == name).unwrap();
    let head = header(&mut archive, "sessions.csv");
    let sessions = read(&mut archive, "sessions.csv");
    assert_eq!(sessions.len(), 1);
    let counts: Vec<&str> = ["exercises_done", "exercises_skipped", "exercises_not_done"]
        .iter()
        .map(|c| &sessions[0][column(&head, c)])
        .collect();
    assert_eq!(counts, ["3", "2", "4"]);
    let head = header(&mut archive, "session_exercises.csv");
    let outcomes: Vec<String> = read(&mut archive, "session_exercises.csv")
        .iter()
        .map(|r| r[column(&head, "outcome")].to_owned())
        .collect();
    assert_eq!(
        outcomes,
        [
            "done", "done", "done", "skipped", "skipped", "not-done", "not-done", "not-done",
            "not-done"
        ]
    );

    // FHIR: six members without a value (cancelled), four of them not done.
    let fhir: serde_json::Value =
        serde_json::from_slice(&export(&journal, ExportFormat::Fhir)).unwrap();
    let observations: Vec<&serde_json::Value> = fhir["entry"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| &e["resource"])
        .filter(|r| r["resourceType"] == "Observation" && r["component"].is_array())
        .filter(|r| r.get("hasMember").is_none())
        .collect();
    let status = |s: &str| observations.iter().filter(|o| o["status"] == s).count();
    assert_eq!((status("final"), status("cancelled")), (3, 6));
    let not_done = observations
        .iter()
        .filter(|o| {
            o["dataAbsentReason"]["text"]
                .as_str()
                .is_some_and(|t| t.starts_with("Not done"))
        })
        .count();
    assert_eq!(not_done, 4);

    // The PDF, as a physiotherapist reads it: each exercise's row.
    let pdf = dir.path().join("report.pdf");
    std::fs::write(&pdf, export(&journal, ExportFormat::Pdf)).unwrap();
    let text = Command::new("pdftotext")
        .args(["-layout"])
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs (poppler-utils; cargo xtask test installs it)");
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("Not done"), "{text}");
    let row = |name: &str| -> Vec<u32> {
        let line = text
            .lines()
            .find(|l| l.trim_start().starts_with(name))
            .unwrap_or_else(|| panic!("no row for {name} in\n{text}"));
        line.split_whitespace()
            .rev()
            .take(4)
            .map(|n| n.parse().unwrap())
            .collect::<Vec<u32>>()
            .into_iter()
            .rev()
            .collect()
    };
    // Planned, done, skipped, not done.
    assert_eq!(row("Walking"), [1, 1, 0, 0]);
    assert_eq!(row("Knee rolls"), [1, 0, 1, 0]);
    assert_eq!(row("Glute bridge"), [1, 0, 0, 1]);
    let total = [
        "Walking",
        "Pelvic tilt",
        "Cat–camel",
        "Knee rolls",
        "Bird dog",
        "Dead bug",
        "Glute bridge",
        "Curl-up",
        "Side bridge",
    ]
    .iter()
    .map(|n| row(n))
    .fold([0; 4], |mut t, r| {
        for (a, b) in t.iter_mut().zip(r) {
            *a += b;
        }
        t
    });
    assert_eq!(total, [9, 3, 2, 4]);
}
