//! The app's plan offers through the journal: read from the records, answered
//! ("not now" kept across a restart), and taken up in one transaction that
//! checks the offer still stands, so a stale screen can never replace a plan.

mod common;

use chrono::{DateTime, FixedOffset, NaiveDate, TimeDelta};
use relief_core::exercises::Dose;
use relief_core::timeline::Phase;
use relief_core::{
    default_plan, OfferKey, PlanSource, ProcedureDraft, Region, Session, SessionExercise,
};
use relief_store::{Journal, RestoreMode, StoreError};

use common::{at, open};

/// The procedure, 2026-02-01, and the app's Recovery plan taken five days later.
fn journal(dir: &std::path::Path) -> Journal {
    let journal = open(dir);
    let draft = ProcedureDraft {
        date: "2026-02-01".into(),
        region: Some(Region::Lumbar),
        levels: vec![],
        side: None,
        clinic: None,
        clinician: None,
        clinic_phone: None,
        baseline_pain: None,
        notes: None,
    };
    let valid = draft.validate(date("2026-03-29")).unwrap();
    journal.add_procedure(&valid, day(0)).unwrap();
    journal
        .replace_plan(&default_plan(Phase::Recovery), PlanSource::Default, day(5))
        .unwrap();
    journal
}

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

/// 09:00 on day `n` after the procedure.
fn day(n: i64) -> DateTime<FixedOffset> {
    at("2026-02-01T09:00:00+01:00") + TimeDelta::days(n)
}

fn walk(on: i64) -> Session {
    let started_at = day(on);
    Session {
        started_at,
        finished_at: started_at + TimeDelta::minutes(15),
        exercises: vec![SessionExercise {
            exercise: relief_core::ExerciseRef::Library {
                id: "walking".into(),
            },
            planned: Dose::Minutes { minutes: 10 },
            sets_done: 1,
            reps_done: vec![],
            hold_seconds: vec![],
            minutes_done: Some(10),
            skipped: None,
            not_done: false,
        }],
        effort: 3,
        pain_before: None,
        pain_after: None,
        note: None,
    }
}

#[test]
fn the_phase_plan_is_offered_taken_and_the_old_one_kept() {
    let dir = tempfile::tempdir().unwrap();
    let journal = journal(dir.path());
    let on = |n: i64| day(n).date_naive();
    assert_eq!(journal.plan_offers(on(10)).unwrap().phase_plan, None);
    let offer = journal.plan_offers(on(50)).unwrap().phase_plan.unwrap();
    assert_eq!(offer.phase, Phase::Strengthen);

    // Yesterday's offer (Relief builds) no longer stands: nothing changes.
    let stale = OfferKey::PhasePlan {
        procedure: on(0),
        phase: Phase::ReliefBuilds,
    };
    let before = journal.current_plan().unwrap();
    assert!(matches!(
        journal.accept_offer(&stale, day(50)),
        Err(StoreError::OfferExpired)
    ));
    assert_eq!(journal.current_plan().unwrap(), before);

    let taken = journal.accept_offer(&offer.key, day(50)).unwrap();
    assert_eq!(taken.plan, offer.plan);
    assert_eq!(
        taken.source,
        PlanSource::Default,
        "still the app's own plan"
    );
    assert_eq!(
        journal.plan_history().unwrap()[0].plan,
        default_plan(Phase::Recovery)
    );
    assert_eq!(journal.plan_offers(on(51)).unwrap().phase_plan, None);
    // An offer that was taken cannot be taken twice.
    assert!(matches!(
        journal.accept_offer(&offer.key, day(51)),
        Err(StoreError::OfferExpired)
    ));
}

#[test]
fn not_now_is_kept_across_a_restart_and_forgotten_by_a_replace() {
    let dir = tempfile::tempdir().unwrap();
    let on = |n: i64| day(n).date_naive();
    let key = {
        let journal = journal(dir.path());
        let key = journal.plan_offers(on(20)).unwrap().phase_plan.unwrap().key;
        journal.answer_offer(&key, day(20)).unwrap();
        key
    };
    let journal = open(dir.path());
    let offer = journal.plan_offers(on(21)).unwrap().phase_plan.unwrap();
    assert_eq!(offer.key, key);
    assert!(offer.hidden);
    // Hidden is not gone: asked again from Routine, it can still be taken.
    assert!(journal.accept_offer(&key, day(21)).is_ok());

    let snapshot = journal.snapshot().unwrap();
    journal.answer_offer(&key, day(22)).unwrap();
    journal
        .restore(&snapshot, RestoreMode::Replace, day(22))
        .unwrap();
    let conn = rusqlite::Connection::open(dir.path().join(relief_store::JOURNAL_FILE)).unwrap();
    let kept: i64 = conn
        .query_row("SELECT count(*) FROM plan_offer_answers", [], |r| r.get(0))
        .unwrap();
    assert_eq!(
        kept, 0,
        "a replace forgets the answers about plans it replaced"
    );
}

#[test]
fn a_dose_step_is_taken_by_sessions_done() {
    let dir = tempfile::tempdir().unwrap();
    let journal = journal(dir.path());
    let on = |n: i64| day(n).date_naive();
    for n in [15, 16, 17, 18] {
        journal.add_session(&walk(n), None, day(n)).unwrap();
    }
    assert!(journal.plan_offers(on(19)).unwrap().dose_steps.is_empty());
    journal.add_session(&walk(19), None, day(19)).unwrap();
    let steps = journal.plan_offers(on(19)).unwrap().dose_steps;
    assert_eq!(steps.len(), 1);
    assert_eq!(steps[0].to, Dose::Minutes { minutes: 13 });
    let taken = journal.accept_offer(&steps[0].key, day(19)).unwrap();
    assert_eq!(taken.plan.items[0].dose, Dose::Minutes { minutes: 13 });
    assert_eq!(
        taken.plan.items[1..],
        default_plan(Phase::Recovery).items[1..]
    );
    assert_eq!(taken.source, PlanSource::Default);
    assert!(
        journal.plan_offers(on(19)).unwrap().dose_steps.is_empty(),
        "the new dose starts counting afresh"
    );
}
