//! The report's numbers from a journal whose numbers are known: the baseline,
//! the recent average, sessions against the plan, the exercise table, the
//! sessions after which pain rose, skip reasons and notes.

use chrono::{DateTime, Duration, FixedOffset, NaiveDate};
use relief_core::{
    default_plan, DateRange, Dose, PainScore, Phase, PlanSource, ProcedureDraft, Region, Session,
    SessionExercise, Side, SkipReason, ValidPain,
};
use relief_export::report::{build, ReportChoices};
use relief_store::Journal;

fn now() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-11-30T20:00:00+00:00").unwrap()
}

fn score(n: u8) -> PainScore {
    PainScore::try_from(f64::from(n)).unwrap()
}

fn journal(dir: &std::path::Path) -> Journal {
    let journal = Journal::open(dir, now()).unwrap().journal;
    let procedure = ProcedureDraft {
        date: "2026-09-01".into(),
        region: Some(Region::Lumbar),
        levels: vec!["L4-L5".into()],
        side: Some(Side::Right),
        clinic: None,
        clinician: None,
        clinic_phone: None,
        baseline_pain: Some(7.0),
        notes: None,
    }
    .validate(now().date_naive())
    .unwrap();
    journal.add_procedure(&procedure, now()).unwrap();
    let plan = default_plan(Phase::Strengthen);
    journal
        .replace_plan(&plan, PlanSource::Default, now() - Duration::days(30))
        .unwrap();
    // Pain 3 every day of the last 14, 5 before that.
    for day in 0..28 {
        let entry = ValidPain {
            score: score(if day < 14 { 3 } else { 5 }),
            note: (day == 2).then(|| "Long drive today".to_owned()),
            recorded_at: now() - Duration::days(day),
            worst_24h: None,
            average_24h: None,
            interference: None,
            tags: vec![],
        };
        journal.add_pain(&entry, now()).unwrap();
    }
    let first = plan.items[0].exercise.clone();
    for (day, (before, after), skipped) in
        [(3, (3, 3), false), (5, (2, 5), false), (7, (4, 3), true)]
    {
        let started_at = now() - Duration::days(day) - Duration::hours(2);
        let session = Session {
            started_at,
            finished_at: started_at + Duration::minutes(20),
            exercises: vec![SessionExercise {
                exercise: first.clone(),
                planned: Dose::Reps { sets: 1, reps: 5 },
                sets_done: 1,
                reps_done: vec![5],
                hold_seconds: vec![],
                minutes_done: None,
                skipped: skipped.then_some(SkipReason::TooPainful),
                not_done: false,
            }],
            effort: 4,
            pain_before: Some(score(before)),
            pain_after: Some(score(after)),
            note: (day == 5).then(|| "Overdid the gardening".to_owned()),
        };
        journal.add_session(&session, None, now()).unwrap();
    }
    journal
}

#[test]
fn the_report_states_the_journals_numbers() {
    let dir = tempfile::tempdir().unwrap();
    let journal = journal(dir.path());
    let today = now().date_naive();
    let range = DateRange::new(today - Duration::days(27), today).unwrap();
    let view = journal.progress_between(range, today).unwrap();
    let report = build(
        &view,
        &journal.snapshot().unwrap(),
        &ReportChoices::default(),
        today,
    );

    assert_eq!(
        report.period.from,
        NaiveDate::from_ymd_opt(2026, 11, 3).unwrap()
    );
    assert_eq!(report.procedures.len(), 1);
    assert_eq!(report.procedures[0].description, "Lumbar L4-L5, right side");
    assert_eq!(report.pain.baseline, Some(7.0));
    assert_eq!(report.pain.recent, Some(3.0), "the last 14 days were all 3");
    assert_eq!(report.pain.mcid, 2.0);
    assert_eq!(
        report.pain.mcid_percent, 30.0,
        "2 points or 30 % (Ostelo 2008)"
    );
    assert_eq!(report.pain.daily.len(), 28);

    let planned: u32 = view.adherence.weeks.iter().map(|w| w.planned).sum();
    assert_eq!(report.adherence.sessions_planned, planned);
    assert_eq!(
        report.adherence.sessions_planned,
        view.adherence.range.planned
    );
    assert_eq!(
        report.adherence.sessions_done,
        view.adherence.weeks.iter().map(|w| w.done).sum::<u32>()
    );

    // The current plan's exercises, in its order, with its doses: the
    // sessions' own planned dose (1 × 5) is not what the column shows.
    let plan = default_plan(Phase::Strengthen);
    assert_eq!(report.exercises.len(), plan.items.len());
    for (row, item) in report.exercises.iter().zip(&plan.items) {
        assert!(row.in_current_plan, "{}", row.name);
        assert_eq!(row.dose, relief_export::names::dose(&item.dose));
        assert_eq!(
            row.name,
            relief_export::names::exercise_name(&item.exercise)
        );
    }
    // The counts are Progress's, exercise by exercise.
    for row in &report.exercises {
        let counted = view
            .adherence
            .exercises
            .iter()
            .find(|e| relief_export::names::exercise_name(&key_ref(&e.exercise)) == row.name);
        let expected = counted.map_or((0, 0, 0, 0), |e| (e.planned, e.done, e.skipped, e.not_done));
        assert_eq!(
            (row.planned, row.done, row.skipped, row.not_done),
            expected,
            "{}",
            row.name
        );
    }
    let row = &report.exercises[0];
    assert_eq!(row.done, 2, "the skipped one does not count");

    assert_eq!(report.notable.len(), 1, "only the session from 2 to 5");
    assert_eq!((report.notable[0].before, report.notable[0].after), (2, 5));
    assert_eq!(report.notable[0].summary, "Overdid the gardening");
    assert_eq!(report.skip_reasons, [("Too painful".to_owned(), 1)]);
    let notes: Vec<&str> = report.notes.iter().map(|(_, n)| n.as_str()).collect();
    assert_eq!(notes, ["Overdid the gardening", "Long drive today"]);
}

/// The exercise a Progress row names, as an `ExerciseRef` to name it by.
fn key_ref(key: &relief_core::ExerciseKey) -> relief_core::ExerciseRef {
    match key {
        relief_core::ExerciseKey::Library { id } => {
            relief_core::ExerciseRef::Library { id: id.clone() }
        }
        relief_core::ExerciseKey::Custom { name } => {
            relief_core::ExerciseRef::Custom(relief_core::CustomExercise {
                name: name.clone(),
                purpose: None,
                position: None,
                steps: vec![],
                key_points: vec![],
                stop_if: None,
            })
        }
    }
}

/// A record from 1970 (a clock that lost its battery), kept in a journal from
/// before the app refused such dates, or a first day chosen decades back:
/// either once failed every PDF with "Please try again", because the report
/// covered more days than relief-core's statistics take. It covers the latest
/// fifty years instead.
#[test]
fn a_record_from_1970_does_not_stop_the_report() {
    use relief_export::render::{render, ExportChoices, ExportError, ExportFormat};
    let dir = tempfile::tempdir().unwrap();
    let journal = journal(dir.path());
    let old = ValidPain {
        score: score(4),
        note: None,
        recorded_at: DateTime::parse_from_rfc3339("1970-01-01T00:00:00Z").unwrap(),
        worst_24h: None,
        average_24h: None,
        interference: None,
        tags: vec![],
    };
    journal.add_pain(&old, now()).unwrap();
    let check = |since: Option<NaiveDate>| {
        let choices = ExportChoices {
            format: ExportFormat::Pdf,
            since,
            until: None,
            name: None,
            birth_date: None,
            paper: None,
        };
        let progress =
            |range, today| Ok::<_, ExportError>(journal.progress_between(range, today).unwrap());
        let pdf = render(
            &journal.snapshot().unwrap(),
            progress,
            &choices,
            None,
            now(),
        )
        .unwrap_or_else(|e| panic!("since {since:?}: {e}"));
        assert!(pdf.starts_with(b"%PDF-"), "since {since:?}");
    };
    check(None);
    check(NaiveDate::from_ymd_opt(1900, 1, 1));
}
