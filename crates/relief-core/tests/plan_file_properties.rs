//! Property tests of the plan-file parser: no input makes it panic, and every
//! valid plan survives write → parse unchanged.

use chrono::NaiveDate;
use proptest::prelude::*;
use relief_core::exercises::library;
use relief_core::plan::file::{parse_plan_file, write_plan_file};
use relief_core::{BodyPosition, CustomExercise, Dose, ExerciseRef, Plan, PlanItem, Purpose};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
}

fn dose() -> impl Strategy<Value = Dose> {
    prop_oneof![
        (1..=10u32, 1..=50u32).prop_map(|(sets, reps)| Dose::Reps { sets, reps }),
        (1..=10u32, 1..=50u32, 1..=120u32).prop_map(|(sets, reps, seconds)| Dose::Hold {
            sets,
            reps,
            seconds
        }),
        (1..=180u32).prop_map(|minutes| Dose::Minutes { minutes }),
    ]
}

/// Text a physio might write: letters, accents, punctuation. No `<`, which
/// could make markup (refused on import; see plan_file.rs for those rows).
fn text(max: usize) -> impl Strategy<Value = String> {
    proptest::string::string_regex(&format!("[a-zA-Zéü0-9 .,:;!?()'’>&\"-]{{1,{max}}}"))
        .expect("a valid pattern")
}

fn exercise() -> impl Strategy<Value = ExerciseRef> {
    let library_ids: Vec<&'static str> = library().iter().map(|e| e.id).collect();
    prop_oneof![
        proptest::sample::select(library_ids).prop_map(|id| ExerciseRef::Library { id: id.into() }),
        (
            text(40),
            proptest::option::of(proptest::sample::select(vec![
                Purpose::Aerobic,
                Purpose::Mobility,
                Purpose::CoreControl,
                Purpose::Strength
            ])),
            proptest::option::of(proptest::sample::select(vec![
                BodyPosition::Lying,
                BodyPosition::Kneeling,
                BodyPosition::Standing,
                BodyPosition::Walking
            ])),
            proptest::collection::vec(text(80), 0..4),
            proptest::collection::vec(text(80), 0..3),
            proptest::option::of(text(80)),
        )
            .prop_map(|(name, purpose, position, steps, key_points, stop_if)| {
                ExerciseRef::Custom(CustomExercise {
                    name,
                    purpose,
                    position,
                    steps,
                    key_points,
                    stop_if,
                })
            }),
    ]
}

fn plan() -> impl Strategy<Value = Plan> {
    let item = (
        exercise(),
        dose(),
        1..=7u8,
        1..=3u8,
        proptest::option::of(text(100)),
    )
        .prop_map(
            |(exercise, dose, days_per_week, times_per_day, notes)| PlanItem {
                exercise,
                dose,
                days_per_week,
                times_per_day,
                notes,
            },
        );
    (
        proptest::collection::vec(item, 1..8),
        proptest::option::of(text(60)),
        proptest::option::of(text(60)),
        proptest::option::of(0..3000i64),
        proptest::option::of(text(300)),
    )
        .prop_map(|(items, title, author, review, notes)| Plan {
            title,
            items,
            author,
            review_date: review
                .map(|d| today() - chrono::Duration::days(1000) + chrono::Duration::days(d)),
            notes,
        })
}

proptest! {
    // Integration tests have no lib.rs beside them to keep regressions next to;
    // a failure prints its minimal case, which belongs in plan_file.rs as a row.
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let _ = parse_plan_file(&bytes, today());
    }

    /// Bytes that start like a plan file get past the envelope, so the deeper
    /// checks see arbitrary input too.
    #[test]
    fn arbitrary_plans_never_panic(tail in "[\\[\\]{}:,\"a-zA-Z0-9 <>.-]{0,300}") {
        let text = format!(r#"{{"format":"relief-window-plan","version":1,"plan":{tail}"#);
        let _ = parse_plan_file(text.as_bytes(), today());
    }

    #[test]
    fn valid_plans_round_trip(plan in plan()) {
        // Generated plans may repeat a library exercise; the property is about
        // plans the rules accept.
        let Ok(plan) = plan.validate(today()) else { return Ok(()) };
        let text = write_plan_file(&plan);
        let imported = parse_plan_file(text.as_bytes(), today());
        prop_assert_eq!(imported.map(|i| i.plan), Ok(plan));
    }
}
