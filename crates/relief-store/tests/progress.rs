//! The Progress data through the journal's public API: the pain diary's
//! additions, walking, PSFS and scored measures, the range queries the
//! statistics read, batches, and the views themselves.

mod common;

use chrono::{NaiveDate, NaiveDateTime};
use relief_core::pain::{PainTag, Walk};
use relief_core::reminders::{ReminderEvent, ReminderOutcome};
use relief_core::ProgressRange;
use relief_core::{
    default_plan, DateRange, Dose, ExerciseRef, LocalTime, Measure, MonitorState, Occurrence,
    Phase, PlanSource, ProcedureDraft, PsfsActivity, PsfsDraft, QuietReason, ReminderDraft,
    ReminderKind, Schedule, ScoredMeasureDraft, Session, SessionExercise, SkipReason, Weekday,
};
use relief_store::{Journal, StoreError};

use common::{at, now, open, pain};

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn today() -> NaiveDate {
    now().date_naive()
}

fn range(first: &str, last: &str) -> DateRange {
    DateRange::new(date(first), date(last)).unwrap()
}

fn session(started: &str, minutes: i64, exercises: &[(&str, Option<SkipReason>)]) -> Session {
    let started_at = at(started);
    Session {
        started_at,
        finished_at: started_at + chrono::Duration::minutes(minutes),
        exercises: exercises
            .iter()
            .map(|(id, skipped)| SessionExercise {
                exercise: ExerciseRef::Library { id: (*id).into() },
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

fn psfs(on: &str, activities: &[(&str, u8)]) -> relief_core::Psfs {
    PsfsDraft {
        activities: activities
            .iter()
            .map(|(name, score)| PsfsActivity {
                name: (*name).into(),
                score: *score,
            })
            .collect(),
        recorded_on: date(on),
    }
    .validate(today())
    .unwrap()
}

fn measure(measure: Measure, total: f64, on: &str) -> relief_core::ScoredMeasure {
    ScoredMeasureDraft {
        measure,
        total,
        recorded_on: date(on),
        scored_by: Some("Kent Centre".into()),
    }
    .validate(today())
    .unwrap()
}

fn walk(on: &str, minutes: f64) -> Walk {
    Walk::new(date(on), minutes, today()).unwrap()
}

#[test]
fn the_diary_additions_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let journal = open(dir.path());
    let full = relief_core::PainDraft {
        score: 4.0,
        note: Some("after gardening".into()),
        recorded_at: Some("2026-03-28T19:00:00+01:00".into()),
        worst_24h: Some(7.0),
        average_24h: Some(5.0),
        interference: Some(3.0),
        tags: Some(vec![PainTag::Work, PainTag::AfterExercise]),
    }
    .validate(now())
    .unwrap();
    let stored = journal.add_pain(&full, now()).unwrap();
    assert_eq!(stored.worst_24h.map(|s| s.get()), Some(7));
    assert_eq!(stored.average_24h.map(|s| s.get()), Some(5));
    assert_eq!(stored.interference.map(|s| s.get()), Some(3));
    assert_eq!(stored.tags, [PainTag::AfterExercise, PainTag::Work]);
    drop(journal);

    let journal = open(dir.path());
    assert_eq!(
        journal.recent_pain(5).unwrap(),
        std::slice::from_ref(&stored)
    );
    // Correcting the entry can take the additions away again.
    let plain = pain(4, None, "2026-03-28T19:00:00+01:00");
    let edited = journal.update_pain(stored.id, &plain, now()).unwrap();
    assert_eq!((edited.worst_24h, edited.tags.len()), (None, 0));
    assert_eq!(journal.recent_pain(5).unwrap(), [edited]);
}

#[test]
fn pain_between_counts_the_persons_own_dates() {
    let dir = tempfile::tempdir().unwrap();
    let journal = open(dir.path());
    let add = |score: u8, at: &str| journal.add_pain(&pain(score, None, at), now()).unwrap().id;
    let before = add(1, "2026-03-09T23:59:00+01:00");
    // 23:30 in New York is already the 11th in UTC; it counts for the 10th.
    let late_abroad = add(2, "2026-03-10T23:30:00-05:00");
    let first = add(3, "2026-03-10T00:00:00+01:00");
    let last = add(4, "2026-03-12T23:59:00+01:00");
    let deleted = add(5, "2026-03-11T09:00:00+01:00");
    let after = add(6, "2026-03-13T00:00:00+01:00");
    journal.delete_pain(deleted, now()).unwrap();

    let ids: Vec<i64> = journal
        .pain_entries_between(date("2026-03-10"), date("2026-03-12"))
        .unwrap()
        .iter()
        .map(|e| e.id)
        .collect();
    assert_eq!(ids, [first, late_abroad, last], "oldest instant first");
    assert!(!ids.contains(&before) && !ids.contains(&after));
    assert!(journal
        .pain_entries_between(date("2026-03-12"), date("2026-03-10"))
        .unwrap()
        .is_empty());
}

#[test]
fn walking_is_one_number_a_day() {
    let dir = tempfile::tempdir().unwrap();
    let journal = open(dir.path());
    journal
        .set_walking(&walk("2026-03-02", 20.0), now())
        .unwrap();
    journal
        .set_walking(&walk("2026-03-03", 45.0), now())
        .unwrap();
    journal
        .set_walking(&walk("2026-03-02", 35.0), now())
        .unwrap();
    journal
        .set_walking(&walk("2026-03-05", 0.0), now())
        .unwrap();
    journal
        .set_walking(&walk("2026-03-09", 10.0), now())
        .unwrap();
    let days = journal.walking(range("2026-03-02", "2026-03-08")).unwrap();
    assert_eq!(
        days,
        [
            (date("2026-03-02"), 35),
            (date("2026-03-03"), 45),
            (date("2026-03-05"), 0)
        ]
    );
}

#[test]
fn psfs_and_totals_delete_with_undo_until_the_app_restarts() {
    let dir = tempfile::tempdir().unwrap();
    let journal = open(dir.path());
    let later = journal
        .add_psfs(
            &psfs("2026-03-01", &[("Walking", 6), ("Sitting", 4)]),
            now(),
        )
        .unwrap();
    let earlier = journal
        .add_psfs(&psfs("2026-02-01", &[("Walking", 3)]), now())
        .unwrap();
    assert_eq!(
        journal.psfs_records().unwrap(),
        [earlier.clone(), later.clone()]
    );
    assert_eq!(later.psfs.activities[1].name, "Sitting");

    let odi = journal
        .add_measure(&measure(Measure::Odi, 37.78, "2026-03-01"), now())
        .unwrap();
    let rmdq = journal
        .add_measure(&measure(Measure::Rmdq, 9.0, "2026-01-15"), now())
        .unwrap();
    assert_eq!(journal.measures().unwrap(), [rmdq.clone(), odi.clone()]);
    assert_eq!(odi.measure.total, 37.78);
    assert_eq!(odi.measure.scored_by.as_deref(), Some("Kent Centre"));

    assert_eq!(journal.delete_psfs(earlier.id, now()).unwrap(), earlier);
    assert!(matches!(
        journal.delete_psfs(earlier.id, now()),
        Err(StoreError::NotFound { .. })
    ));
    assert_eq!(
        journal.psfs_records().unwrap(),
        std::slice::from_ref(&later)
    );
    assert_eq!(journal.undo_delete_psfs(earlier.id).unwrap(), earlier);
    assert!(matches!(
        journal.undo_delete_psfs(earlier.id),
        Err(StoreError::NotFound { .. })
    ));
    assert_eq!(journal.delete_measure(rmdq.id, now()).unwrap(), rmdq);
    assert_eq!(journal.measures().unwrap(), std::slice::from_ref(&odi));
    assert_eq!(journal.undo_delete_measure(rmdq.id).unwrap(), rmdq);

    journal.delete_psfs(later.id, now()).unwrap();
    journal.delete_measure(odi.id, now()).unwrap();
    drop(journal);
    let journal = open(dir.path());
    assert_eq!(journal.psfs_records().unwrap(), [earlier]);
    assert_eq!(journal.measures().unwrap(), [rmdq]);
    assert!(journal.undo_delete_psfs(later.id).is_err(), "purged");
    assert!(journal.undo_delete_measure(odi.id).is_err(), "purged");
}

#[test]
fn sessions_between_keep_their_exercises() {
    let dir = tempfile::tempdir().unwrap();
    let journal = open(dir.path());
    let add = |s: &Session| journal.add_session(s, None, now()).unwrap();
    let a = add(&session(
        "2026-03-02T08:00:00+00:00",
        20,
        &[("walking", None), ("bird-dog", Some(SkipReason::NoTime))],
    ));
    let empty = add(&session("2026-03-02T12:00:00+00:00", 5, &[]));
    let b = add(&session(
        "2026-03-03T23:30:00-05:00",
        15,
        &[("dead-bug", None)],
    ));
    let gone = add(&session(
        "2026-03-03T09:00:00+00:00",
        10,
        &[("walking", None)],
    ));
    let outside = add(&session(
        "2026-03-05T08:00:00+00:00",
        10,
        &[("walking", None)],
    ));
    // Added later, started earlier: the list follows the start, not the id.
    let first = add(&session(
        "2026-03-01T08:00:00+00:00",
        10,
        &[("cat-camel", None), ("walking", None), ("bird-dog", None)],
    ));
    journal.delete_session(gone.id, now()).unwrap();

    let got = journal
        .sessions_between(date("2026-03-01"), date("2026-03-04"))
        .unwrap();
    assert_eq!(got, [first, a, empty, b]);
    assert!(!got.contains(&outside));
}

#[test]
fn every_plan_and_the_reasons_reminders_were_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let journal = open(dir.path());
    let first = journal
        .replace_plan(&default_plan(Phase::Recovery), PlanSource::Default, now())
        .unwrap();
    let second = journal
        .replace_plan(
            &default_plan(Phase::Strengthen),
            PlanSource::Edited,
            now() + chrono::Duration::days(1),
        )
        .unwrap();
    let all = journal.plans_all().unwrap();
    assert_eq!(all.len(), 2);
    assert_eq!((all[0].id, all[1].id), (first.id, second.id));
    assert!(all[0].replaced_at.is_some() && all[1].replaced_at.is_none());

    let reminder = journal
        .add_reminder(
            &ReminderDraft {
                kind: ReminderKind::Routine,
                message: "Exercises".into(),
                enabled: true,
                schedule: Schedule::Weekly {
                    days: Weekday::ALL.to_vec(),
                    times: vec![LocalTime::new(10, 0)],
                },
            }
            .validate(now().naive_local())
            .unwrap(),
            now(),
        )
        .unwrap();
    let answer = |local: &str, outcome: ReminderOutcome| {
        let local = NaiveDateTime::parse_from_str(local, "%Y-%m-%dT%H:%M:%S").unwrap();
        let event = ReminderEvent {
            occurrence: Occurrence {
                reminder_id: reminder.id,
                local,
                due: local.and_utc(),
            },
            outcome,
            from_catch_up: false,
        };
        journal.record_reminder_event(&event, now()).unwrap();
    };
    let skipped = |reason| ReminderOutcome::Skipped { reason };
    answer("2026-03-01T10:00:00", skipped(SkipReason::NoTime));
    answer("2026-03-02T10:00:00", skipped(SkipReason::TooPainful));
    answer("2026-03-02T10:00:00", ReminderOutcome::Done);
    answer(
        "2026-03-03T10:00:00",
        skipped(SkipReason::Other {
            text: Some("visitors".into()),
        }),
    );
    answer(
        "2026-03-04T10:00:00",
        skipped(SkipReason::NoSpaceOrEquipment),
    );
    assert_eq!(
        journal
            .reminder_skip_reasons_between(date("2026-03-02"), date("2026-03-03"))
            .unwrap(),
        [SkipReason::TooPainful, SkipReason::Other { text: None }]
    );
}

#[test]
fn a_batch_is_all_or_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let journal = open(dir.path());
    let failed: Result<(), StoreError> = journal.bulk(|batch| {
        batch.add_pain(&pain(3, None, "2026-03-01T09:00:00+01:00"), now())?;
        batch.set_walking(&walk("2026-03-01", 30.0), now())?;
        Err(StoreError::NotFound { id: 0 })
    });
    assert!(failed.is_err());
    assert!(journal.recent_pain(10).unwrap().is_empty());
    assert!(journal
        .walking(range("2026-03-01", "2026-03-01"))
        .unwrap()
        .is_empty());

    let stored = journal
        .bulk(|batch| -> Result<_, StoreError> {
            let p = batch.add_pain(&pain(3, None, "2026-03-01T09:00:00+01:00"), now())?;
            batch.set_walking(&walk("2026-03-01", 30.0), now())?;
            batch.add_psfs(&psfs("2026-03-01", &[("Walking", 5)]), now())?;
            batch.add_measure(&measure(Measure::Rmdq, 8.0, "2026-03-01"), now())?;
            Ok(p)
        })
        .unwrap();
    assert_eq!(journal.recent_pain(10).unwrap(), [stored]);
    assert_eq!(journal.psfs_records().unwrap().len(), 1);
    assert_eq!(journal.measures().unwrap().len(), 1);
}

/// A small journal with known numbers: the view is relief-core's statistics
/// over exactly the records of the range.
#[test]
fn the_progress_view_of_a_small_journal() {
    let dir = tempfile::tempdir().unwrap();
    let journal = open(dir.path());
    let today = today(); // Sunday 29 March 2026
    assert_eq!(
        journal.progress(ProgressRange::All, today).unwrap().range,
        relief_core::DaySpan {
            first: today,
            last: today
        },
        "an empty journal shows today"
    );

    let procedure = ProcedureDraft {
        date: "2026-01-05".into(),
        region: Some(relief_core::Region::Lumbar),
        levels: vec!["L4-L5".into()],
        side: None,
        clinic: None,
        clinician: None,
        clinic_phone: None,
        baseline_pain: Some(7.0),
        notes: None,
    }
    .validate(today)
    .unwrap();
    journal.add_procedure(&procedure, now()).unwrap();
    // The plan starts on 2 March: walking 5 days a week.
    journal
        .replace_plan(
            &default_plan(Phase::Recovery),
            PlanSource::Default,
            at("2026-03-02T09:00:00+01:00"),
        )
        .unwrap();
    for (day, score) in [("2026-03-23", 4), ("2026-03-24", 6), ("2026-03-26", 2)] {
        journal
            .add_pain(&pain(score, None, &format!("{day}T09:00:00+01:00")), now())
            .unwrap();
    }
    journal
        .add_pain(&pain(8, None, "2026-03-24T20:00:00+01:00"), now())
        .unwrap();
    for day in ["2026-03-23", "2026-03-25", "2026-03-27"] {
        journal
            .add_session(
                &session(&format!("{day}T08:00:00+01:00"), 20, &[("walking", None)]),
                None,
                now(),
            )
            .unwrap();
    }
    journal
        .set_walking(&walk("2026-03-28", 40.0), now())
        .unwrap();
    journal
        .add_psfs(&psfs("2026-03-20", &[("Walking", 6)]), now())
        .unwrap();
    journal
        .add_psfs(&psfs("2026-01-20", &[("walking", 3)]), now())
        .unwrap();
    let odi = journal
        .add_measure(&measure(Measure::Odi, 30.0, "2026-03-10"), now())
        .unwrap();

    let view = journal.progress(ProgressRange::FourWeeks, today).unwrap();
    assert_eq!(
        (view.range.first, view.range.last),
        (date("2026-03-02"), today)
    );
    assert_eq!(view.pain.days.len(), 28);
    let day = |d: &str| view.pain.days.iter().find(|p| p.date == date(d)).unwrap();
    assert_eq!(day("2026-03-24").mean, Some(7.0));
    assert_eq!(
        day("2026-03-26").rolling_mean,
        Some((4.0 + 7.0 + 2.0) / 3.0)
    );
    assert_eq!(view.pain.baseline.map(|b| b.get()), Some(7));
    // The week of 23 March: walking 5 days a week, done on 3 days.
    let week = view.adherence.weeks.last().unwrap();
    assert_eq!(
        (week.week_start, week.planned, week.done, week.percent),
        (date("2026-03-23"), 5, 3, Some(60))
    );
    let active: Vec<_> = view
        .active_days
        .iter()
        .filter(|d| d.active)
        .map(|d| d.date.to_string())
        .collect();
    assert_eq!(
        active,
        ["2026-03-23", "2026-03-25", "2026-03-27", "2026-03-28"]
    );
    // Only the PSFS within the range.
    assert_eq!(view.psfs.len(), 1);
    assert_eq!(view.psfs[0].points.len(), 1);
    assert_eq!(view.measures, [odi]);
    // Four days of readings since January are too few to say anything.
    assert_eq!(
        view.monitor,
        MonitorState::Quiet {
            reason: QuietReason::TooLittleData
        }
    );

    let all = journal.progress(ProgressRange::All, today).unwrap();
    assert_eq!(all.range.first, date("2026-01-20"), "the earliest PSFS");
    assert_eq!(all.psfs[0].points.len(), 2);

    let summary = journal.today_summary(today).unwrap();
    assert_eq!(summary.active_days_this_week, 4);
    assert_eq!(summary.monitor, view.monitor);
}

#[test]
fn the_monitor_needs_a_procedure() {
    let dir = tempfile::tempdir().unwrap();
    let journal: Journal = open(dir.path());
    assert_eq!(
        journal.today_summary(today()).unwrap().monitor,
        MonitorState::Quiet {
            reason: QuietReason::NoBaseline
        }
    );
}
