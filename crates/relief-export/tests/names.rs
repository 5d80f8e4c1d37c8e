//! One name per library exercise in every export: the report, the CSV (with
//! the id beside it) and FHIR all print the library's own spelling
//! ("Cat–camel", "Curl-up"), because all three call `names`. And the
//! report's dose column: the current plan's dose, or, for an exercise no
//! longer planned, the dose of its latest session, said as such.

use std::io::Read;

use chrono::{DateTime, Duration, FixedOffset};
use relief_core::Snapshot;
use relief_core::{
    DateRange, Dose, ExerciseRef, PainScore, Plan, PlanItem, PlanSource, Session, SessionExercise,
};
use relief_export::csv::csv_zip;
use relief_export::fhir::{bundle_json, PatientDetails};
use relief_export::report::{build, ReportChoices};
use relief_export::Period;
use relief_store::Journal;

fn now() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-11-30T20:00:00+00:00").unwrap()
}

fn library(id: &str) -> ExerciseRef {
    ExerciseRef::Library { id: id.into() }
}

fn done(id: &str, planned: Dose) -> SessionExercise {
    SessionExercise {
        exercise: library(id),
        planned,
        sets_done: 1,
        reps_done: vec![3],
        hold_seconds: vec![],
        minutes_done: None,
        skipped: None,
        not_done: false,
    }
}

fn session(days_ago: i64, exercises: Vec<SessionExercise>, before: u8, after: u8) -> Session {
    let started_at = now() - Duration::days(days_ago);
    Session {
        started_at,
        finished_at: started_at + Duration::minutes(20),
        exercises,
        effort: 4,
        pain_before: Some(PainScore::try_from(f64::from(before)).unwrap()),
        pain_after: Some(PainScore::try_from(f64::from(after)).unwrap()),
        note: None,
    }
}

/// A plan of cat–camel alone; curl-up done in two sessions, the newer one
/// written first (so ids and dates disagree on which is the latest).
fn journal(dir: &std::path::Path) -> Journal {
    let journal = Journal::open(dir, now()).unwrap().journal;
    let plan = Plan {
        title: None,
        items: vec![PlanItem {
            exercise: library("cat-camel"),
            dose: Dose::Reps { sets: 1, reps: 6 },
            days_per_week: 5,
            times_per_day: 1,
            notes: None,
        }],
        author: None,
        review_date: None,
        notes: None,
    };
    journal
        .replace_plan(&plan, PlanSource::Edited, now() - Duration::days(30))
        .unwrap();
    let newer_hold = Dose::Hold {
        sets: 3,
        reps: 3,
        seconds: 10,
    };
    let older_hold = Dose::Hold {
        sets: 2,
        reps: 3,
        seconds: 10,
    };
    for s in [
        session(
            3,
            vec![
                done("cat-camel", Dose::Reps { sets: 1, reps: 4 }),
                done("curl-up", newer_hold),
            ],
            2,
            5,
        ),
        session(10, vec![done("curl-up", older_hold)], 3, 3),
    ] {
        journal.add_session(&s, None, now()).unwrap();
    }
    journal
}

fn snapshot(journal: &Journal) -> Snapshot {
    journal.snapshot().unwrap()
}

#[test]
fn the_report_csv_and_fhir_spell_exercises_as_the_library_does() {
    let dir = tempfile::tempdir().unwrap();
    let journal = journal(dir.path());
    let snapshot = snapshot(&journal);

    // The report.
    let today = now().date_naive();
    let range = DateRange::new(today - Duration::days(27), today).unwrap();
    let view = journal.progress_between(range, today).unwrap();
    let report = build(&view, &snapshot, &ReportChoices::default(), today);
    let names: Vec<&str> = report.exercises.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(names, ["Cat–camel", "Curl-up"]);
    assert_eq!(report.notable.len(), 1);
    assert_eq!(report.notable[0].summary, "Cat–camel, Curl-up");

    // The CSV: the id, then the name.
    let zip = csv_zip(&snapshot, Period::ALL).unwrap();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(zip)).unwrap();
    let mut text = String::new();
    archive
        .by_name("session_exercises.csv")
        .expect("the session exercises file")
        .read_to_string(&mut text)
        .unwrap();
    let mut reader = csv::ReaderBuilder::new().from_reader(text.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let column = |name: &str| {
        headers
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("no {name} column"))
    };
    let (id_column, name_column) = (column("exercise_id"), column("exercise_name"));
    let pairs: Vec<(String, String)> = reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            (r[id_column].to_owned(), r[name_column].to_owned())
        })
        .collect();
    for (id, name) in [("cat-camel", "Cat–camel"), ("curl-up", "Curl-up")] {
        assert!(
            pairs.iter().any(|(i, n)| i == id && n == name),
            "{id} as {name} in {pairs:?}"
        );
    }

    // FHIR: the exercise's code display and the Observations' text.
    let bundle = bundle_json(&snapshot, &PatientDetails::default(), Period::ALL, now()).unwrap();
    let bundle = String::from_utf8(bundle).unwrap();
    for name in ["Cat–camel", "Curl-up"] {
        assert!(bundle.contains(name), "{name} is not in the bundle");
    }
    for wrong in ["Cat camel", "Curl up"] {
        assert!(!bundle.contains(wrong), "{wrong} is in the bundle");
    }
}

#[test]
fn the_dose_is_the_current_plans_or_says_it_is_the_latest_sessions() {
    let dir = tempfile::tempdir().unwrap();
    let journal = journal(dir.path());
    let today = now().date_naive();
    let range = DateRange::new(today - Duration::days(27), today).unwrap();
    let view = journal.progress_between(range, today).unwrap();
    let report = build(&view, &snapshot(&journal), &ReportChoices::default(), today);

    let cat = &report.exercises[0];
    assert!(cat.in_current_plan);
    assert_eq!(
        cat.dose, "1 × 6",
        "the plan's dose, not the session's 1 × 4"
    );
    assert_eq!(cat.done, 1);

    let curl = &report.exercises[1];
    assert!(!curl.in_current_plan);
    assert_eq!(
        curl.dose, "3 × 3 × 10 s hold",
        "the latest session's dose, though that session was written first"
    );
    assert_eq!(curl.done, 2);
}
