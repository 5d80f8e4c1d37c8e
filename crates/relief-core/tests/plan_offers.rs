//! The plan through the relief window, as a patient lives it: which plan the
//! app offers on each day, across the phase edges, with a procedure recorded
//! late, a repeat procedure, a plan edited by hand, a physiotherapist's plan
//! with a review date, doses built by sessions done (and not by a gap of
//! weeks), and "not now" remembered. A property test holds the promise that
//! matters most: no pain score, anywhere, changes any offer.

use chrono::{DateTime, Duration, FixedOffset, NaiveDate, TimeZone};
use proptest::prelude::*;
use relief_core::exercises::Dose;
use relief_core::{
    default_plan, plan_offers, starting_plan, ExerciseRef, OfferAnswer, OfferKey, PainScore, Phase,
    PlanOffers, PlanRecord, PlanSource, Procedure, Region, Session, SessionExercise, SessionRecord,
};

/// The procedure every story counts from.
fn procedure_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 2).unwrap()
}

/// Day `n` of the window (0 is the procedure day).
fn day(n: i64) -> NaiveDate {
    procedure_day() + Duration::days(n)
}

/// 09:00 on day `n`, an hour east of UTC.
fn at(n: i64) -> DateTime<FixedOffset> {
    FixedOffset::east_opt(3600)
        .unwrap()
        .from_local_datetime(&day(n).and_hms_opt(9, 0, 0).unwrap())
        .unwrap()
}

fn procedure(id: i64, on: NaiveDate, region: Region) -> Procedure {
    Procedure {
        id,
        date: on,
        region,
        levels: vec![],
        side: None,
        clinic: None,
        clinician: None,
        clinic_phone: None,
        baseline_pain: Some(PainScore::try_from(7.0).unwrap()),
        notes: None,
    }
}

fn lumbar() -> Vec<Procedure> {
    vec![procedure(1, procedure_day(), Region::Lumbar)]
}

fn plan_of(phase: Phase, source: PlanSource, made: i64) -> PlanRecord {
    PlanRecord {
        id: 7,
        plan: default_plan(phase),
        source,
        created_at: at(made),
        replaced_at: None,
    }
}

/// A session on day `n` at 18:00 doing each of `exercises` at its dose in
/// `plan`, with pain before and after.
fn session(
    n: i64,
    plan: &PlanRecord,
    ids: &[&str],
    outcome: fn(SessionExercise) -> SessionExercise,
) -> SessionRecord {
    let started_at = at(n) + Duration::hours(9);
    SessionRecord {
        id: n,
        session: Session {
            started_at,
            finished_at: started_at + Duration::minutes(30),
            exercises: plan
                .plan
                .items
                .iter()
                .filter(|i| ids.contains(&i.exercise.library_id().unwrap()))
                .map(|i| {
                    outcome(SessionExercise {
                        exercise: i.exercise.clone(),
                        planned: i.dose,
                        sets_done: 1,
                        reps_done: vec![5],
                        hold_seconds: vec![],
                        minutes_done: matches!(i.dose, Dose::Minutes { .. }).then_some(10),
                        skipped: None,
                        not_done: false,
                    })
                })
                .collect(),
            effort: 4,
            pain_before: Some(PainScore::try_from(5.0).unwrap()),
            pain_after: Some(PainScore::try_from(4.0).unwrap()),
            note: None,
        },
        plan_id: Some(plan.id),
    }
}

fn done(e: SessionExercise) -> SessionExercise {
    e
}

fn offers(
    procedures: &[Procedure],
    plan: &PlanRecord,
    sessions: &[SessionRecord],
    answers: &[OfferAnswer],
    today: i64,
) -> PlanOffers {
    plan_offers(procedures, Some(plan), sessions, answers, day(today))
}

fn no(key: OfferKey, on: i64) -> OfferAnswer {
    OfferAnswer { key, at: at(on) }
}

fn ids(plan: &relief_core::Plan) -> Vec<&str> {
    plan.items
        .iter()
        .filter_map(|i| i.exercise.library_id())
        .collect()
}

const STRENGTH: [&str; 3] = ["glute-bridge", "curl-up", "side-bridge"];

#[test]
fn with_no_procedure_the_gentlest_plan_and_nothing_moves() {
    let plan = starting_plan(&[], day(0));
    assert_eq!(plan, default_plan(Phase::Planned));
    assert!(
        ids(&plan)
            .iter()
            .all(|id| !STRENGTH.contains(id) && *id != "bird-dog"),
        "no strengthening without a procedure date: {:?}",
        ids(&plan)
    );
    assert_eq!(ids(&plan)[0], "walking");
    let record = plan_of(Phase::Planned, PlanSource::Default, 0);
    let got = offers(&[], &record, &[], &[], 60);
    assert_eq!((got.phase, got.region), (None, None));
    assert_eq!(got.phase_plan, None, "no phase, no phase change");
}

/// Day by day through the first ten weeks on the app's Recovery plan: the
/// plan of the new phase is offered from the first day of each phase, and
/// not before.
#[test]
fn the_plan_follows_the_phases() {
    let recovery = plan_of(Phase::Recovery, PlanSource::Default, 5);
    assert_eq!(starting_plan(&lumbar(), day(5)), recovery.plan);
    for today in 5..70 {
        let got = offers(&lumbar(), &recovery, &[], &[], today);
        let offered = got
            .phase_plan
            .as_ref()
            .map(|o| (o.phase, o.plan.items.len()));
        let expected = match today {
            ..14 => None,
            14..42 => Some((Phase::ReliefBuilds, 9)),
            _ => Some((Phase::Strengthen, 12)),
        };
        assert_eq!(offered, expected, "day {today}");
        assert_eq!(
            got.phase,
            Some(expected.map_or(Phase::Recovery, |e| e.0)),
            "day {today}"
        );
    }
    // On the Relief builds plan, the next offer is Strengthen, at day 42.
    let builds = plan_of(Phase::ReliefBuilds, PlanSource::Default, 20);
    assert_eq!(offers(&lumbar(), &builds, &[], &[], 41).phase_plan, None);
    let strengthen = offers(&lumbar(), &builds, &[], &[], 42).phase_plan.unwrap();
    assert_eq!(strengthen.phase, Phase::Strengthen);
    for id in STRENGTH {
        assert!(ids(&strengthen.plan).contains(&id), "{id}");
    }
    // Once on the Strengthen plan, nothing more to offer, through Review and Beyond.
    let strong = plan_of(Phase::Strengthen, PlanSource::Default, 45);
    for today in [46, 300, 400, 600] {
        assert_eq!(
            offers(&lumbar(), &strong, &[], &[], today).phase_plan,
            None,
            "day {today}"
        );
    }
}

#[test]
fn not_now_waits_for_the_next_phase_or_for_asking() {
    let recovery = plan_of(Phase::Recovery, PlanSource::Default, 5);
    let builds = OfferKey::PhasePlan {
        procedure: procedure_day(),
        phase: Phase::ReliefBuilds,
    };
    let answers = [no(builds.clone(), 15)];
    for today in [15, 30, 41] {
        let offer = offers(&lumbar(), &recovery, &[], &answers, today)
            .phase_plan
            .unwrap();
        assert_eq!(offer.key, builds);
        assert!(
            offer.hidden,
            "day {today}: still there for Routine to show when asked"
        );
    }
    let next = offers(&lumbar(), &recovery, &[], &answers, 42)
        .phase_plan
        .unwrap();
    assert_eq!(next.phase, Phase::Strengthen);
    assert!(!next.hidden, "a new phase is a new offer");
}

/// The procedure was recorded weeks after the plan was taken (no date was
/// known then, so the gentlest plan): the plan of the phase they are really
/// in is offered at once, keeping the doses already built.
#[test]
fn a_procedure_recorded_late() {
    let mut gentle = plan_of(Phase::Planned, PlanSource::Default, 40);
    gentle.plan.items[0].dose = Dose::Minutes { minutes: 16 };
    let got = offers(&lumbar(), &gentle, &[], &[], 50);
    let offer = got.phase_plan.unwrap();
    assert_eq!(offer.phase, Phase::Strengthen);
    assert_eq!(
        offer.plan.items[0].dose,
        Dose::Minutes { minutes: 16 },
        "walking keeps the minutes it has built to"
    );
}

/// A repeat RFN starts the phases again: the Recovery plan is offered in
/// place of the Strengthen plan, every dose back at its start.
#[test]
fn a_repeat_procedure_starts_again() {
    let mut strong = plan_of(Phase::Strengthen, PlanSource::Default, 50);
    strong.plan.items[0].dose = Dose::Minutes { minutes: 30 };
    let both = vec![
        procedure(1, procedure_day(), Region::Lumbar),
        procedure(2, day(500), Region::Lumbar),
    ];
    assert_eq!(
        offers(&both, &strong, &[], &[], 499).phase_plan,
        None,
        "before the repeat"
    );
    let got = offers(&both, &strong, &[], &[], 503);
    assert_eq!(got.phase, Some(Phase::Recovery));
    let offer = got.phase_plan.unwrap();
    assert_eq!(offer.plan, default_plan(Phase::Recovery), "starting doses");
    assert_eq!(
        offer.key,
        OfferKey::PhasePlan {
            procedure: day(500),
            phase: Phase::Recovery
        }
    );
    // A repeat that is still to come changes nothing yet.
    let booked = vec![
        procedure(1, procedure_day(), Region::Lumbar),
        procedure(2, day(520), Region::Lumbar),
    ];
    assert_eq!(offers(&booked, &strong, &[], &[], 503).phase_plan, None);
}

/// A plan the person edited, or a physiotherapist's, is never replaced: at a
/// phase change the person is told which phase they are in; at a plan file's
/// review date, that it is time to ask for a review.
#[test]
fn an_edited_or_physio_plan_is_only_spoken_of() {
    for source in [PlanSource::Edited, PlanSource::File] {
        let mut plan = plan_of(Phase::Recovery, source, 5);
        plan.plan.review_date = Some(day(60));
        let early = offers(&lumbar(), &plan, &[], &[], 10);
        assert_eq!(
            (early.phase_plan.clone(), early.phase_notice.clone()),
            (None, None)
        );
        let later = offers(&lumbar(), &plan, &[], &[], 50);
        assert_eq!(later.phase_plan, None, "{source:?} is never replaced");
        assert!(later.dose_steps.is_empty());
        let notice = later.phase_notice.clone().unwrap();
        assert_eq!(
            notice,
            OfferKey::PhaseNotice {
                procedure: procedure_day(),
                phase: Phase::Strengthen
            }
        );
        assert_eq!(later.review_due, None, "review date still to come");
        let seen = [no(notice, 50)];
        assert_eq!(
            offers(&lumbar(), &plan, &[], &seen, 55).phase_notice,
            None,
            "said once"
        );
        let review = offers(&lumbar(), &plan, &[], &seen, 60).review_due.unwrap();
        assert_eq!(review.date, day(60));
        let both = [seen[0].clone(), no(review.key, 60)];
        assert_eq!(offers(&lumbar(), &plan, &[], &both, 61).review_due, None);
        // Month 11: Review, a new phase, a new notice.
        assert!(offers(&lumbar(), &plan, &[], &both, 320)
            .phase_notice
            .is_some());
    }
}

#[test]
fn other_regions_are_named_for_the_scope_sentence() {
    let neck = vec![procedure(1, procedure_day(), Region::Cervical)];
    let plan = plan_of(Phase::Recovery, PlanSource::Default, 1);
    assert_eq!(
        offers(&neck, &plan, &[], &[], 3).region,
        Some(Region::Cervical)
    );
    assert_eq!(
        offers(&lumbar(), &plan, &[], &[], 3).region,
        Some(Region::Lumbar)
    );
}

/// Doses grow with sessions done at the dose, one step at a time: a gap of
/// weeks makes no jump, skipped or passed-over exercises do not count, and
/// "not now" waits for as many sessions again.
#[test]
fn doses_step_up_with_sessions_done() {
    let plan = plan_of(Phase::ReliefBuilds, PlanSource::Default, 20);
    let walking = |sessions: &[SessionRecord], answers: &[OfferAnswer], today| {
        offers(&lumbar(), &plan, sessions, answers, today)
            .dose_steps
            .into_iter()
            .find(|s| s.exercise == "walking")
            .map(|s| (s.to, s.sessions))
    };
    let walks = |days: &[i64]| -> Vec<SessionRecord> {
        days.iter()
            .map(|d| session(*d, &plan, &["walking"], done))
            .collect()
    };
    // Four sessions, then eight weeks without one: nothing to offer.
    let four = walks(&[21, 22, 23, 24]);
    assert_eq!(walking(&four, &[], 80), None);
    // The fifth: one step, not the six the weeks might have suggested.
    let five = walks(&[21, 22, 23, 24, 80]);
    assert_eq!(
        walking(&five, &[], 80),
        Some((Dose::Minutes { minutes: 13 }, 5))
    );
    // Sessions before the plan was made, skipped or passed over do not count.
    let mut counted = walks(&[10, 11, 21, 22, 23, 24]);
    counted.push(session(25, &plan, &["walking"], |e| SessionExercise {
        skipped: Some(relief_core::SkipReason::NoTime),
        ..e
    }));
    counted.push(session(26, &plan, &["walking"], |e| SessionExercise {
        not_done: true,
        ..e
    }));
    assert_eq!(walking(&counted, &[], 30), None);
    // Not now: five more sessions after it, then the same step again.
    let key = OfferKey::DoseStep {
        exercise: "walking".into(),
        from: Dose::Minutes { minutes: 10 },
    };
    let answers = [no(key, 81)];
    let mut more = walks(&[21, 22, 23, 24, 80, 82, 83, 84, 85]);
    assert_eq!(walking(&more, &answers, 85), None);
    more.push(session(86, &plan, &["walking"], done));
    assert_eq!(
        walking(&more, &answers, 86),
        Some((Dose::Minutes { minutes: 13 }, 5))
    );
    // Every exercise builds on its own sessions.
    let bird = offers(&lumbar(), &plan, &walks(&[21, 22, 23, 24, 25]), &[], 26);
    assert_eq!(
        bird.dose_steps
            .iter()
            .map(|s| s.exercise.as_str())
            .collect::<Vec<_>>(),
        ["walking"]
    );
}

#[test]
fn no_step_in_the_first_two_weeks_or_for_other_plans() {
    let plan = plan_of(Phase::Recovery, PlanSource::Default, 1);
    let sessions: Vec<SessionRecord> = (2..12)
        .map(|d| session(d, &plan, &["walking"], done))
        .collect();
    assert!(
        offers(&lumbar(), &plan, &sessions, &[], 12)
            .dose_steps
            .is_empty(),
        "recovery"
    );
    assert_eq!(
        offers(&lumbar(), &plan, &sessions, &[], 14)
            .dose_steps
            .len(),
        1,
        "relief builds"
    );
    let edited = PlanRecord {
        source: PlanSource::Edited,
        ..plan.clone()
    };
    assert!(offers(&lumbar(), &edited, &sessions, &[], 14)
        .dose_steps
        .is_empty());
    let mut physio = plan;
    physio.source = PlanSource::File;
    physio.plan.items[0].exercise = ExerciseRef::Library {
        id: "walking".into(),
    };
    assert!(offers(&lumbar(), &physio, &sessions, &[], 14)
        .dose_steps
        .is_empty());
}

proptest! {
    /// Changing every pain score (each session's before and after, and the
    /// usual pain recorded with the procedure) changes no offer, on any day.
    #[test]
    fn no_pain_score_changes_any_offer(
        scores in proptest::collection::vec((proptest::option::of(0u8..=10), proptest::option::of(0u8..=10)), 40),
        baseline in proptest::option::of(0u8..=10),
        today in 0i64..200,
        source in prop_oneof![Just(PlanSource::Default), Just(PlanSource::Edited), Just(PlanSource::File)],
    ) {
        let mut plan = plan_of(Phase::Recovery, source, 3);
        plan.plan.review_date = Some(day(90));
        let sessions: Vec<SessionRecord> = (0..40)
            .map(|n| session(4 + n * 4, &plan, &["walking", "pelvic-tilt", "knee-rolls"], done))
            .collect();
        let procedures = lumbar();
        let before = offers(&procedures, &plan, &sessions, &[], today);

        let score = |s: Option<u8>| s.map(|s| PainScore::try_from(f64::from(s)).unwrap());
        let mut repainted = sessions.clone();
        for (record, (b, a)) in repainted.iter_mut().zip(&scores) {
            record.session.pain_before = score(*b);
            record.session.pain_after = score(*a);
        }
        let mut other = procedures.clone();
        other[0].baseline_pain = score(baseline);
        prop_assert_eq!(offers(&other, &plan, &repainted, &[], today), before);
    }
}
