//! Ten years of a diligent diary through every statistic: three pain entries a
//! day, a session a day, a walk a day, a PSFS a month and a new plan a quarter.
//!
//! No timings are asserted (a loaded test machine would make them flaky); the
//! point is that each function is linear in its days and records, so this runs
//! in well under a second even in a debug build, where a quadratic step over
//! 11,000 entries would take minutes and be noticed.

use chrono::{DateTime, Duration, FixedOffset, NaiveDate, TimeZone};
use relief_core::{
    active_days, active_days_this_week, adherence, pain_series, psfs_trend, relief_monitor,
    DateRange, Dose, ExerciseRef, MonitorState, PainEntry, PainScore, Plan, PlanItem, PlanRecord,
    PlanSource, Psfs, PsfsActivity, Session, SessionExercise, SessionRecord, SkipReason,
};

const DAYS: usize = 3653;

fn first() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()
}

fn at(day: usize, hour: u32) -> DateTime<FixedOffset> {
    let date = first() + Duration::days(day as i64);
    FixedOffset::east_opt(3600)
        .unwrap()
        .from_local_datetime(&date.and_hms_opt(hour, 0, 0).unwrap())
        .unwrap()
}

fn pain(day: usize, k: usize) -> PainEntry {
    PainEntry {
        id: (day * 3 + k) as i64,
        score: PainScore::try_from(((day + k) % 5 + 2) as f64).unwrap(),
        note: None,
        recorded_at: at(day, 8 + 5 * k as u32),
        updated_at: at(day, 8 + 5 * k as u32),
        worst_24h: None,
        average_24h: None,
        interference: None,
        tags: Vec::new(),
    }
}

fn session(day: usize) -> SessionRecord {
    let exercise = |id: &str, skipped| SessionExercise {
        exercise: ExerciseRef::Library { id: id.into() },
        planned: Dose::Reps { sets: 1, reps: 8 },
        sets_done: 1,
        reps_done: vec![8],
        hold_seconds: vec![],
        minutes_done: None,
        skipped,
        not_done: false,
    };
    SessionRecord {
        id: day as i64,
        session: Session {
            started_at: at(day, 18),
            finished_at: at(day, 18) + Duration::minutes(20),
            exercises: vec![
                exercise("bird-dog", None),
                exercise(
                    "glute-bridge",
                    day.is_multiple_of(9).then_some(SkipReason::NoTime),
                ),
            ],
            effort: 3,
            pain_before: None,
            pain_after: None,
            note: None,
        },
        plan_id: None,
    }
}

fn plan(quarter: usize) -> PlanRecord {
    let item = |id: &str, days_per_week| PlanItem {
        exercise: ExerciseRef::Library { id: id.into() },
        dose: Dose::Reps { sets: 1, reps: 8 },
        days_per_week,
        times_per_day: 1,
        notes: None,
    };
    PlanRecord {
        id: quarter as i64,
        plan: Plan {
            title: None,
            items: vec![item("bird-dog", 5), item("glute-bridge", 3)],
            author: None,
            review_date: None,
            notes: None,
        },
        source: PlanSource::Edited,
        created_at: at(quarter * 91, 12),
        replaced_at: Some(at((quarter + 1) * 91, 12)),
    }
}

#[test]
fn ten_years_of_records() {
    let range = DateRange::new(first(), first() + Duration::days(DAYS as i64 - 1)).unwrap();
    let today = range.last();
    let entries: Vec<PainEntry> = (0..DAYS)
        .flat_map(|d| (0..3).map(move |k| pain(d, k)))
        .collect();
    let sessions: Vec<SessionRecord> = (0..DAYS).map(session).collect();
    let plans: Vec<PlanRecord> = (0..DAYS / 91 + 1).map(plan).collect();
    let walking: Vec<(NaiveDate, u32)> = range.days().map(|d| (d, 30)).collect();
    let reminder_skips = vec![SkipReason::TooPainful; 500];
    let psfs: Vec<Psfs> = (0..DAYS / 30)
        .map(|m| Psfs {
            activities: vec![
                PsfsActivity {
                    name: "Walking".into(),
                    score: (m % 11) as u8,
                },
                PsfsActivity {
                    name: "Sitting".into(),
                    score: 5,
                },
            ],
            recorded_on: first() + Duration::days(m as i64 * 30),
        })
        .collect();

    let baseline = PainScore::try_from(8.0).ok();
    let series = pain_series(&entries, baseline, range);
    assert_eq!(series.days.len(), DAYS);
    assert!(series.days.iter().all(|d| d.readings == 3));
    assert!(series.days[6..].iter().all(|d| d.rolling_mean.is_some()));

    let state = relief_monitor(baseline, first(), &series.days, today);
    assert!(matches!(state, MonitorState::Quiet { .. }), "{state:?}");

    let a = adherence(&plans, &sessions, &reminder_skips, range);
    assert_eq!(a.weeks.len(), 523);
    assert_eq!(a.exercises.len(), 2);
    assert_eq!(a.exercises[0].done, DAYS as u32);
    assert_eq!(a.skips[0].from_reminders, 500);

    let active = active_days(&sessions, &walking, range);
    assert!(active.iter().all(|d| d.active && d.sessions == 1));
    assert_eq!(active_days_this_week(&sessions, &walking, today), 2);

    let trends = psfs_trend(&psfs);
    assert_eq!(trends.len(), 2);
    assert_eq!(trends[0].points.len(), DAYS / 30);
}
