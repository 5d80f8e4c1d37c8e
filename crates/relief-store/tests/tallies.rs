//! The Progress section's session counts (migrations 007 and 008: exercises
//! added up a month and a year at a time, and read one by one for partial
//! months) against counting the whole sessions, through adds, corrections,
//! deletes and undos.

mod common;

use chrono::{Duration, NaiveDate};
use relief_core::ProgressRange;
use relief_core::{
    active_days, adherence, default_plan, CustomExercise, DateRange, Dose, ExerciseRef, PlanSource,
    Session, SessionExercise, SkipReason,
};
use relief_store::Journal;

use common::{at, now, open};

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn library(id: &str) -> ExerciseRef {
    ExerciseRef::Library { id: id.into() }
}

fn custom(name: &str) -> ExerciseRef {
    ExerciseRef::Custom(CustomExercise {
        name: name.into(),
        purpose: None,
        position: None,
        steps: vec!["Slowly.".into()],
        key_points: vec![],
        stop_if: None,
    })
}

fn session(started: &str, exercises: &[(ExerciseRef, Option<SkipReason>)]) -> Session {
    let started_at = at(started);
    Session {
        started_at,
        finished_at: started_at + Duration::minutes(25),
        exercises: exercises
            .iter()
            .map(|(exercise, skipped)| SessionExercise {
                exercise: exercise.clone(),
                planned: Dose::Reps { sets: 1, reps: 5 },
                sets_done: 1,
                reps_done: vec![5],
                hold_seconds: vec![],
                minutes_done: None,
                skipped: skipped.clone(),
                not_done: false,
            })
            .collect(),
        effort: 3,
        pain_before: None,
        pain_after: None,
        note: None,
    }
}

fn passed_over(exercise: ExerciseRef) -> SessionExercise {
    SessionExercise {
        exercise,
        planned: Dose::Reps { sets: 1, reps: 5 },
        sets_done: 0,
        reps_done: vec![],
        hold_seconds: vec![],
        minutes_done: None,
        skipped: None,
        not_done: true,
    }
}

/// Sessions over five months, across month ends in other offsets, with
/// skips, exercises passed over, a custom exercise and two done off-plan in
/// a known order.
fn sessions() -> Vec<Session> {
    let mut all = Vec::new();
    for (i, day) in date("2025-11-03")
        .iter_days()
        .step_by(3)
        .take(50)
        .enumerate()
    {
        let skipped = match i % 4 {
            1 => Some(SkipReason::TooPainful),
            2 => Some(SkipReason::Other {
                text: Some("Visitors".into()),
            }),
            _ => None,
        };
        let mut today = session(
            &format!("{day}T08:15:00+01:00"),
            &[
                (library("walking"), None),
                (library("pelvic-tilt"), skipped),
                (
                    custom("Wall squat"),
                    (i % 5 == 0).then_some(SkipReason::NoTime),
                ),
            ],
        );
        // Passed over now and then: neither done nor skipped anywhere.
        if i % 3 == 0 {
            today.exercises.push(passed_over(library("knee-rolls")));
        }
        all.push(today);
    }
    // A session where everything was passed over: no routine that day.
    let mut nothing = session("2026-01-10T18:00:00+01:00", &[]);
    nothing.exercises = vec![
        passed_over(library("walking")),
        passed_over(custom("Wall squat")),
    ];
    all.push(nothing);
    // Late on the last day of a month where they were, the next month in UTC.
    all.push(session(
        "2026-01-31T23:30:00-05:00",
        &[(library("dead-bug"), None)],
    ));
    all.push(session(
        "2026-02-01T00:10:00+02:00",
        &[(library("bird-dog"), Some(SkipReason::NoSpaceOrEquipment))],
    ));
    all
}

/// Every range the views offer, on several days, plus the odd ones, must
/// count what counting whole sessions counts.
fn check(journal: &Journal, when: &str) {
    let plans = journal.plans_all().unwrap();
    for today in [
        "2026-03-29",
        "2026-03-31",
        "2026-02-01",
        "2026-01-31",
        "2025-12-15",
    ] {
        let today = date(today);
        for choice in [
            ProgressRange::FourWeeks,
            ProgressRange::ThreeMonths,
            ProgressRange::TwelveMonths,
            ProgressRange::All,
        ] {
            let view = journal.progress(choice, today).unwrap();
            let range = DateRange::new(view.range.first, view.range.last).unwrap();
            counts_as_sessions(
                journal,
                &plans,
                &view,
                range,
                &format!("{when}, {choice:?} on {today}"),
            );
        }
    }
}

/// `view`'s adherence and active days over `range` against counting the
/// whole sessions in it.
fn counts_as_sessions(
    journal: &Journal,
    plans: &[relief_core::PlanRecord],
    view: &relief_core::ProgressView,
    range: DateRange,
    label: &str,
) {
    let whole = journal
        .sessions_between(range.first(), range.last())
        .unwrap();
    assert_eq!(
        view.adherence,
        adherence(plans, &whole, &[], range),
        "{label}: adherence"
    );
    assert_eq!(
        view.active_days,
        active_days(&whole, &[], range),
        "{label}: active days"
    );
}

#[test]
fn counts_stay_right_through_every_change() {
    let dir = tempfile::tempdir().unwrap();
    let journal = open(dir.path());
    let plan = default_plan(relief_core::Phase::ReliefBuilds);
    journal
        .replace_plan(&plan, PlanSource::Default, at("2025-11-01T09:00:00+00:00"))
        .unwrap();
    let mut ids = Vec::new();
    for s in sessions() {
        ids.push(journal.add_session(&s, None, now()).unwrap().id);
    }
    check(&journal, "added");
    let view = journal
        .progress(ProgressRange::All, date("2026-03-29"))
        .unwrap();
    let walking = view
        .adherence
        .exercises
        .iter()
        .find(|e| {
            e.exercise
                == relief_core::ExerciseKey::Library {
                    id: "walking".into(),
                }
        })
        .unwrap();
    // Not empty: every session but the last, the day after "today".
    assert_eq!(walking.done, 49);

    // Moved to another month, with other exercises.
    let moved = session(
        "2026-03-02T07:00:00+00:00",
        &[
            (library("bridge"), None),
            (custom("Step ups"), Some(SkipReason::NoTime)),
        ],
    );
    journal.update_session(ids[3], &moved, now()).unwrap();
    check(&journal, "corrected");

    journal.delete_session(ids[10], now()).unwrap();
    journal.delete_session(ids[51], now()).unwrap();
    check(&journal, "deleted");

    journal.undo_delete_session(ids[51]).unwrap();
    check(&journal, "brought back");

    // And after the app restarts, when the deleted one is purged.
    drop(journal);
    let journal = open(dir.path());
    check(&journal, "reopened");
}

/// Sessions every eleven days for three years and a bit, so ranges cover
/// whole years (migration 008), with the same mix of skips and exercises.
fn years_of_sessions() -> Vec<Session> {
    date("2023-02-10")
        .iter_days()
        .step_by(11)
        .take(110)
        .enumerate()
        .map(|(i, day)| {
            let skipped = (i % 4 == 1).then_some(SkipReason::TooPainful);
            let third = if i % 9 == 0 {
                library("bridge")
            } else {
                custom("Wall squat")
            };
            session(
                &format!("{day}T07:45:00+00:00"),
                &[
                    (library("walking"), None),
                    (library("pelvic-tilt"), skipped),
                    (third, (i % 5 == 0).then_some(SkipReason::NoTime)),
                ],
            )
        })
        .collect()
}

/// Ranges that start and end on year and month edges, and just off them,
/// must count what counting whole sessions counts.
fn check_ranges(journal: &Journal, when: &str) {
    let plans = journal.plans_all().unwrap();
    let ranges = [
        ("2024-01-01", "2024-12-31"),
        ("2024-01-01", "2025-12-31"),
        ("2023-12-31", "2025-01-01"),
        ("2023-02-01", "2026-03-31"),
        ("2023-03-15", "2025-11-30"),
        ("2023-06-01", "2026-01-31"),
        ("2024-02-01", "2024-11-30"),
    ];
    for (first, last) in ranges {
        let range = DateRange::new(date(first), date(last)).unwrap();
        let view = journal.progress_between(range, date("2026-03-29")).unwrap();
        counts_as_sessions(
            journal,
            &plans,
            &view,
            range,
            &format!("{when}, {first} to {last}"),
        );
    }
}

#[test]
fn whole_years_count_as_their_sessions() {
    let dir = tempfile::tempdir().unwrap();
    let journal = open(dir.path());
    let plan = default_plan(relief_core::Phase::ReliefBuilds);
    journal
        .replace_plan(&plan, PlanSource::Default, at("2023-01-01T09:00:00+00:00"))
        .unwrap();
    let mut ids = Vec::new();
    for s in years_of_sessions() {
        ids.push(journal.add_session(&s, None, now()).unwrap().id);
    }
    check_ranges(&journal, "added");
    check(&journal, "added");

    // Moved from 2023 into 2025 with other exercises: two years change.
    let moved = session(
        "2025-06-02T07:00:00+00:00",
        &[(library("dead-bug"), None), (custom("Step ups"), None)],
    );
    journal.update_session(ids[2], &moved, now()).unwrap();
    check_ranges(&journal, "corrected");

    // The first session of 2024: each of its exercises' first time that year.
    let first_of_2024 = years_of_sessions()
        .iter()
        .position(|s| s.started_at.format("%Y").to_string() == "2024")
        .unwrap();
    journal.delete_session(ids[first_of_2024], now()).unwrap();
    check_ranges(&journal, "deleted");
    journal.undo_delete_session(ids[first_of_2024]).unwrap();
    check_ranges(&journal, "brought back");
}
