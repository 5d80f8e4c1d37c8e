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
    assert_eq!(report.pain.daily.len(), 28);

    let planned: u32 = view.adherence.weeks.iter().map(|w| w.planned).sum();
    assert_eq!(report.adherence.sessions_planned, planned);
    assert_eq!(
        report.adherence.sessions_done,
        view.adherence.weeks.iter().map(|w| w.done).sum::<u32>()
    );

    let row = &report.exercises[0];
    assert_eq!(row.sessions_done, 2, "the skipped one does not count");
    assert_eq!(row.pain_before_avg, Some(2.5));
    assert_eq!(row.pain_after_avg, Some(4.0));

    assert_eq!(report.notable.len(), 1, "only the session from 2 to 5");
    assert_eq!((report.notable[0].before, report.notable[0].after), (2, 5));
    assert_eq!(report.notable[0].summary, "Overdid the gardening");
    assert_eq!(report.skip_reasons, [("Too painful".to_owned(), 1)]);
    let notes: Vec<&str> = report.notes.iter().map(|(_, n)| n.as_str()).collect();
    assert_eq!(notes, ["Overdid the gardening", "Long drive today"]);
}
