//! Snapshots and restores: everything comes back with its ids, a merge keeps
//! what the journal already has, and a restore that fails changes nothing.

mod common;

use chrono::{Duration, NaiveDate, NaiveDateTime};
use relief_core::pain::Walk;
use relief_core::reminders::{ReminderEvent, ReminderOutcome, SchedulerState};
use relief_core::Snapshot;
use relief_core::{
    default_plan, Dose, ExerciseRef, LocalTime, Measure, Occurrence, PainScore, PlanSource,
    ProcedureDraft, PsfsActivity, PsfsDraft, Region, ReminderDraft, ReminderKind, Schedule,
    ScoredMeasureDraft, Session, SessionExercise, Side, SkipReason, Snoozes, ValidPain, Weekday,
};
use relief_store::{Journal, RestoreMode};

use common::{at, now, open, pain};

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

/// A journal with one of everything, and some deleted along the way.
fn filled(journal: &Journal) {
    let today = now().date_naive();
    let procedure = ProcedureDraft {
        date: "2026-01-10".into(),
        region: Some(Region::Lumbar),
        levels: vec!["L4-L5".into(), "L5-S1".into()],
        side: Some(Side::Both),
        clinic: Some("Kent Centre".into()),
        clinician: Some("Dr Okafor".into()),
        clinic_phone: None,
        baseline_pain: Some(7.0),
        notes: Some("Went well <b>really</b>".into()),
    }
    .validate(today)
    .unwrap();
    journal.add_procedure(&procedure, now()).unwrap();

    let plan = default_plan(relief_core::Phase::ReliefBuilds);
    let first_plan = journal
        .replace_plan(&plan, PlanSource::Default, at("2026-01-20T09:00:00+00:00"))
        .unwrap();
    journal
        .replace_plan(&plan, PlanSource::Edited, at("2026-02-20T09:00:00+00:00"))
        .unwrap();

    for day in 0..40 {
        let when = at("2026-02-01T08:15:00+00:00") + Duration::days(day);
        let mut entry = ValidPain {
            worst_24h: Some(PainScore::try_from(6.0).unwrap()),
            interference: Some(PainScore::try_from(3.0).unwrap()),
            tags: vec![relief_core::pain::PainTag::Morning],
            ..pain(
                (day % 8) as u8,
                Some("stiff, \"better\" later"),
                "2026-02-01T08:15:00+00:00",
            )
        };
        entry.recorded_at = when;
        let stored = journal.add_pain(&entry, now()).unwrap();
        if day == 5 {
            journal.delete_pain(stored.id, now()).unwrap();
        }
    }

    for day in 0..12 {
        let started_at = at("2026-02-02T18:00:00+00:00") + Duration::days(day * 3);
        let session = Session {
            started_at,
            finished_at: started_at + Duration::minutes(20),
            exercises: vec![
                SessionExercise {
                    exercise: ExerciseRef::Library {
                        id: "pelvic-tilt".into(),
                    },
                    planned: Dose::Reps { sets: 2, reps: 10 },
                    sets_done: 2,
                    reps_done: vec![10, 8],
                    hold_seconds: vec![],
                    minutes_done: None,
                    skipped: None,
                    not_done: false,
                },
                SessionExercise {
                    exercise: ExerciseRef::Library {
                        id: "bridge".into(),
                    },
                    planned: Dose::Reps { sets: 1, reps: 8 },
                    sets_done: 0,
                    reps_done: vec![],
                    hold_seconds: vec![],
                    minutes_done: None,
                    skipped: (day % 4 == 0).then_some(SkipReason::NoTime),
                    not_done: day % 4 != 0,
                },
            ],
            effort: 4,
            pain_before: Some(PainScore::try_from(4.0).unwrap()),
            pain_after: Some(PainScore::try_from(3.0).unwrap()),
            note: Some(format!("session {day}")),
        };
        journal
            .add_session(&session, Some(first_plan.id), now())
            .unwrap();
    }

    journal
        .set_walking(
            &Walk {
                date: date("2026-03-01"),
                minutes: 35,
            },
            now(),
        )
        .unwrap();
    journal
        .set_walking(
            &Walk {
                date: date("2026-03-02"),
                minutes: 0,
            },
            now(),
        )
        .unwrap();
    let psfs = PsfsDraft {
        activities: vec![
            PsfsActivity {
                name: "Walking 30 min".into(),
                score: 4,
            },
            PsfsActivity {
                name: "Gardening".into(),
                score: 2,
            },
        ],
        recorded_on: date("2026-02-01"),
    }
    .validate(today)
    .unwrap();
    journal.add_psfs(&psfs, now()).unwrap();
    let odi = ScoredMeasureDraft {
        measure: Measure::Odi,
        total: 38.0,
        recorded_on: date("2026-02-01"),
        scored_by: Some("Physio".into()),
    }
    .validate(today)
    .unwrap();
    journal.add_measure(&odi, now()).unwrap();

    let reminder = |message: &str| {
        ReminderDraft {
            kind: ReminderKind::Routine,
            message: message.into(),
            enabled: true,
            schedule: Schedule::Weekly {
                days: vec![Weekday::Mon, Weekday::Thu],
                times: vec![LocalTime::new(10, 0)],
            },
        }
        .validate(now().naive_local())
        .unwrap()
    };
    let kept = journal.add_reminder(&reminder("Exercises"), now()).unwrap();
    let gone = journal.add_reminder(&reminder("Old one"), now()).unwrap();
    for (id, outcome) in [
        (kept.id, ReminderOutcome::Done),
        (
            gone.id,
            ReminderOutcome::Skipped {
                reason: SkipReason::TooPainful,
            },
        ),
    ] {
        journal
            .record_reminder_event(
                &ReminderEvent {
                    occurrence: Occurrence {
                        reminder_id: id,
                        local: NaiveDateTime::parse_from_str(
                            "2026-03-02T10:00:00",
                            "%Y-%m-%dT%H:%M:%S",
                        )
                        .unwrap(),
                        due: at("2026-03-02T10:00:00+00:00").to_utc(),
                    },
                    outcome,
                    from_catch_up: true,
                },
                now(),
            )
            .unwrap();
    }
    journal.delete_reminder(gone.id, now()).unwrap();
    journal
        .save_scheduler_state(&SchedulerState {
            last_check: at("2026-03-29T09:00:00+01:00").to_utc(),
            snoozes: Snoozes::default(),
        })
        .unwrap();
}

/// A journal in a new folder, reopened so deletions are final (as after a restart).
fn reopened(dir: &std::path::Path) -> Journal {
    drop(open(dir));
    open(dir)
}

#[test]
fn a_replace_into_an_empty_journal_gives_back_the_same_snapshot() {
    let source_dir = tempfile::tempdir().unwrap();
    filled(&open(source_dir.path()));
    let source = reopened(source_dir.path()).snapshot().unwrap();
    assert_eq!(source.pain.len(), 39, "the deleted entry is not part of it");
    assert_eq!(source.sessions.len(), 12);
    assert_eq!(source.plans.len(), 2);
    assert_eq!(source.retired_reminders.len(), 1);
    assert_eq!(source.reminder_events.len(), 2);

    let dir = tempfile::tempdir().unwrap();
    let journal = open(dir.path());
    let (restored, backup) = journal
        .restore(&source, RestoreMode::Replace, now())
        .unwrap();
    assert!(backup.is_file(), "a backup is taken before the restore");
    assert_eq!(restored.pain, 39);
    assert_eq!(restored.sessions, 12);
    assert_eq!(restored.reminders, 2);
    assert_eq!(journal.snapshot().unwrap(), source);
    // And after a restart, the same again.
    drop(journal);
    assert_eq!(open(dir.path()).snapshot().unwrap(), source);
}

#[test]
fn the_progress_counts_of_a_restored_journal_are_the_originals() {
    let source_dir = tempfile::tempdir().unwrap();
    let original = open(source_dir.path());
    filled(&original);
    let dir = tempfile::tempdir().unwrap();
    let copy = open(dir.path());
    copy.restore(&original.snapshot().unwrap(), RestoreMode::Replace, now())
        .unwrap();
    let today = now().date_naive();
    let range = relief_core::ProgressRange::All;
    assert_eq!(
        copy.progress(range, today).unwrap(),
        original.progress(range, today).unwrap(),
        "the session tallies are rebuilt by the restore"
    );
}

#[test]
fn a_merge_keeps_what_the_journal_has_and_adds_the_rest() {
    let source_dir = tempfile::tempdir().unwrap();
    filled(&open(source_dir.path()));
    let source = reopened(source_dir.path()).snapshot().unwrap();

    let dir = tempfile::tempdir().unwrap();
    let journal = open(dir.path());
    // The same journal, with only its first ten entries and one of its own changed.
    let mut partial = Snapshot {
        pain: source.pain[..10].to_vec(),
        ..Snapshot::default()
    };
    partial.pain[0].note = Some("changed here".into());
    journal
        .restore(&partial, RestoreMode::Replace, now())
        .unwrap();

    let (restored, _) = journal.restore(&source, RestoreMode::Merge, now()).unwrap();
    assert_eq!(restored.pain, 29, "only the entries not already there");
    let merged = journal.snapshot().unwrap();
    assert_eq!(merged.pain.len(), 39);
    assert_eq!(merged.pain[0].note.as_deref(), Some("changed here"));
    // Merging the same file again adds nothing.
    let (again, _) = journal.restore(&source, RestoreMode::Merge, now()).unwrap();
    assert_eq!(again.total(), 0);
    assert_eq!(journal.snapshot().unwrap(), merged);
}

#[test]
fn a_merge_keeps_the_journals_current_plan() {
    let source_dir = tempfile::tempdir().unwrap();
    filled(&open(source_dir.path()));
    let mut source = open(source_dir.path()).snapshot().unwrap();
    for plan in &mut source.plans {
        plan.id += 100;
    }
    for session in &mut source.sessions {
        session.plan_id = session.plan_id.map(|id| id + 100);
    }

    let dir = tempfile::tempdir().unwrap();
    let journal = open(dir.path());
    let mine = journal
        .replace_plan(
            &default_plan(relief_core::Phase::Recovery),
            PlanSource::Edited,
            now(),
        )
        .unwrap();
    journal.restore(&source, RestoreMode::Merge, now()).unwrap();
    let current = journal.current_plan().unwrap().unwrap();
    assert_eq!(current.id, mine.id);
    assert_eq!(journal.plans_all().unwrap().len(), 3);
}

#[test]
fn a_restore_that_fails_leaves_the_journal_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let journal = open(dir.path());
    filled(&journal);
    let before = journal.snapshot().unwrap();

    let mut bad = before.clone();
    for entry in &mut bad.pain {
        entry.id += 1000;
    }
    // A session done under a plan that is not in the file or the journal.
    bad.sessions[3].plan_id = Some(999);
    assert!(journal.restore(&bad, RestoreMode::Replace, now()).is_err());
    assert_eq!(journal.snapshot().unwrap(), before);

    // An event of a reminder nobody has.
    let mut bad = before.clone();
    bad.reminder_events[0].event.occurrence.reminder_id = 555;
    bad.reminder_events[0].id = 77;
    assert!(journal.restore(&bad, RestoreMode::Merge, now()).is_err());
    assert_eq!(journal.snapshot().unwrap(), before);
}

/// Every record of a snapshot described without ids, references put as what
/// they point at (a session's plan by its creation, an event's reminder by its
/// message), sorted: what two journals must agree on whatever their ids.
fn described(s: &Snapshot) -> Vec<String> {
    let plan = |id: Option<i64>| {
        id.and_then(|id| s.plans.iter().find(|p| p.id == id))
            .map(|p| (p.created_at.to_rfc3339(), p.source))
    };
    let reminder = |id: i64| {
        s.reminders
            .iter()
            .map(|r| (r, "live"))
            .chain(s.retired_reminders.iter().map(|r| (r, "retired")))
            .find(|(r, _)| r.id == id)
            .map(|(r, state)| format!("{} ({state})", r.message))
    };
    let mut all: Vec<String> = Vec::new();
    all.extend(
        s.procedures
            .iter()
            .map(|p| format!("procedure {} {:?} {:?}", p.date, p.region, p.notes)),
    );
    all.extend(
        s.pain
            .iter()
            .map(|e| format!("pain {} {} {:?}", e.recorded_at, e.score.get(), e.note)),
    );
    all.extend(s.sessions.iter().map(|r| {
        format!(
            "session {} {:?} exercises {} plan {:?}",
            r.session.started_at,
            r.session.note,
            r.session.exercises.len(),
            plan(r.plan_id)
        )
    }));
    all.extend(
        s.plans
            .iter()
            .map(|p| format!("plan {} {:?}", p.created_at, p.source)),
    );
    all.extend(
        s.walking
            .iter()
            .map(|w| format!("walk {} {}", w.date, w.minutes)),
    );
    all.extend(s.psfs.iter().map(|r| format!("psfs {:?}", r.psfs)));
    all.extend(
        s.measures
            .iter()
            .map(|r| format!("measure {:?}", r.measure)),
    );
    all.extend(s.reminder_events.iter().map(|e| {
        format!(
            "event {} {:?} of {:?}",
            e.recorded_at,
            e.event.outcome,
            reminder(e.event.occurrence.reminder_id)
        )
    }));
    all.extend(
        s.reminders
            .iter()
            .map(|r| format!("reminder {} live", r.message)),
    );
    all.extend(
        s.retired_reminders
            .iter()
            .map(|r| format!("reminder {} retired", r.message)),
    );
    all.sort();
    all
}

/// The person logged on a new computer before restoring here: its journal's
/// small ids are the old computer's too, for other records. A merge keeps
/// every record of both, renumbering the file's where an id is taken (or held
/// by an entry deleted and not yet purged), with sessions and events still on
/// their own plan and reminder; merging the file again adds nothing.
#[test]
fn a_backup_from_another_computer_merges_in_whole() {
    let old_dir = tempfile::tempdir().unwrap();
    filled(&open(old_dir.path()));
    let old = reopened(old_dir.path()).snapshot().unwrap();

    let dir = tempfile::tempdir().unwrap();
    let journal = open(dir.path());
    let today = now().date_naive();
    let procedure = ProcedureDraft {
        date: "2026-03-10".into(),
        region: Some(Region::Cervical),
        levels: vec!["C5-C6".into()],
        side: None,
        clinic: None,
        clinician: None,
        clinic_phone: None,
        baseline_pain: Some(6.0),
        notes: Some("Second one".into()),
    }
    .validate(today)
    .unwrap();
    journal.add_procedure(&procedure, now()).unwrap();
    let plan = journal
        .replace_plan(
            &default_plan(relief_core::Phase::Recovery),
            PlanSource::Default,
            at("2026-03-11T09:00:00+00:00"),
        )
        .unwrap();
    let mut mine = Vec::new();
    for (hour, score) in [(7, 5), (12, 4), (19, 6)] {
        let time = format!("2026-03-20T{hour:02}:00:00+00:00");
        mine.push(
            journal
                .add_pain(&pain(score, Some("new laptop"), &time), now())
                .unwrap(),
        );
    }
    let started_at = at("2026-03-21T18:00:00+00:00");
    let session = Session {
        started_at,
        finished_at: started_at + Duration::minutes(15),
        exercises: vec![],
        effort: 2,
        pain_before: None,
        pain_after: None,
        note: Some("new laptop".into()),
    };
    journal.add_session(&session, Some(plan.id), now()).unwrap();
    let reminder = ReminderDraft {
        kind: ReminderKind::Diary,
        message: "How is your back?".into(),
        enabled: true,
        schedule: Schedule::Weekly {
            days: vec![Weekday::Fri],
            times: vec![LocalTime::new(19, 0)],
        },
    }
    .validate(now().naive_local())
    .unwrap();
    let reminder = journal.add_reminder(&reminder, now()).unwrap();
    journal
        .record_reminder_event(
            &ReminderEvent {
                occurrence: Occurrence {
                    reminder_id: reminder.id,
                    local: NaiveDateTime::parse_from_str(
                        "2026-03-20T19:00:00",
                        "%Y-%m-%dT%H:%M:%S",
                    )
                    .unwrap(),
                    due: at("2026-03-20T19:00:00+00:00").to_utc(),
                },
                outcome: ReminderOutcome::Done,
                from_catch_up: false,
            },
            at("2026-03-20T19:05:00+00:00"),
        )
        .unwrap();
    // Deleted, not yet purged: its id is still taken.
    journal.delete_pain(mine[1].id, now()).unwrap();
    let before = journal.snapshot().unwrap();
    assert!(
        old.pain.iter().any(|e| e.id == mine[0].id),
        "the ids do collide"
    );

    let (restored, _) = journal.restore(&old, RestoreMode::Merge, now()).unwrap();
    let merged = journal.snapshot().unwrap();
    let mut expected = described(&before);
    // The file's current plan joins the history; the journal's stays current.
    let mut from_file = old.clone();
    for p in &mut from_file.plans {
        p.replaced_at = p.replaced_at.or(Some(now()));
    }
    expected.extend(described(&from_file));
    expected.sort();
    assert_eq!(
        described(&merged),
        expected,
        "every record of both, on its own plan and reminder"
    );
    assert_eq!(restored.pain, old.pain.len());
    assert_eq!(restored.sessions, old.sessions.len());
    assert_eq!(restored.reminder_events, old.reminder_events.len());
    assert_eq!(journal.current_plan().unwrap().unwrap().id, plan.id);
    // The journal's own records kept their ids and words.
    for e in &before.pain {
        assert_eq!(merged.pain.iter().find(|m| m.id == e.id), Some(e));
    }

    let (again, _) = journal.restore(&old, RestoreMode::Merge, now()).unwrap();
    assert_eq!(
        again.total(),
        0,
        "the same file twice adds nothing: {again:?}"
    );
    assert_eq!(journal.snapshot().unwrap(), merged);
}

#[test]
fn a_replaces_preferences_are_committed_with_its_records_until_applied() {
    let source_dir = tempfile::tempdir().unwrap();
    let original = open(source_dir.path());
    filled(&original);
    let snapshot = original.snapshot().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let journal = open(dir.path());
    let prefs = r#"{"theme":"dark","textSize":150}"#;
    journal
        .restore_with_preferences(&snapshot, RestoreMode::Replace, Some(prefs), now())
        .unwrap();
    drop(journal);
    // Killed before the preferences file was written: the next opening still
    // has them, with the records they came with.
    let journal = open(dir.path());
    assert_eq!(
        journal.preferences_to_apply().unwrap().as_deref(),
        Some(prefs)
    );
    assert_eq!(journal.snapshot().unwrap().pain, snapshot.pain);
    journal.preferences_applied().unwrap();
    assert_eq!(
        journal.preferences_to_apply().unwrap(),
        None,
        "applied once"
    );

    // A later restore without preferences forgets any left unapplied, so they
    // never undo the person's settings after it.
    journal
        .restore_with_preferences(&snapshot, RestoreMode::Replace, Some(prefs), now())
        .unwrap();
    journal
        .restore(&snapshot, RestoreMode::Merge, now())
        .unwrap();
    assert_eq!(journal.preferences_to_apply().unwrap(), None);

    // A failed restore commits neither.
    let mut bad = snapshot.clone();
    // A session done under a plan that is not in the file or the journal.
    bad.sessions[3].plan_id = Some(999);
    assert!(journal
        .restore_with_preferences(&bad, RestoreMode::Replace, Some(prefs), now())
        .is_err());
    assert_eq!(journal.preferences_to_apply().unwrap(), None);
    assert_eq!(journal.snapshot().unwrap().pain, snapshot.pain);
}
