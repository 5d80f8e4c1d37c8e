//! The default plan for each phase of the relief window: walking and gentle
//! mobility while the procedure is planned or recent, core control as relief
//! builds, and the full programme from the time to build strength on.
//!
//! The phase comes from dates alone (`timeline`), so the plan does too. Doses are
//! the library's starting doses; a clinician should confirm them.

use super::{ExerciseRef, Plan, PlanItem};
use crate::exercises::{library, Exercise, Purpose};
use crate::Phase;

/// Walking days a week at the start, and once strengthening begins (the
/// reference: at least 4, building to 5).
const WALKING_DAYS_EARLY: u8 = 4;
const WALKING_DAYS_LATER: u8 = 5;
/// Home exercises: most days, once a day, leaving rest days.
const EXERCISE_DAYS: u8 = 5;

/// The default plan for a person in `phase`.
pub fn default_plan(phase: Phase) -> Plan {
    let purposes: &[Purpose] = match phase {
        Phase::Planned | Phase::Recovery => &[Purpose::Aerobic, Purpose::Mobility],
        Phase::ReliefBuilds => &[Purpose::Aerobic, Purpose::Mobility, Purpose::CoreControl],
        Phase::Strengthen | Phase::Review | Phase::Beyond => &[
            Purpose::Aerobic,
            Purpose::Mobility,
            Purpose::CoreControl,
            Purpose::Strength,
        ],
    };
    let early = matches!(
        phase,
        Phase::Planned | Phase::Recovery | Phase::ReliefBuilds
    );
    Plan {
        title: None,
        items: library()
            .iter()
            .filter(|e| purposes.contains(&e.purpose))
            .map(|e| item(e, early))
            .collect(),
        author: None,
        review_date: None,
        notes: None,
    }
}

fn item(exercise: &Exercise, early: bool) -> PlanItem {
    let days_per_week = match (exercise.purpose, early) {
        (Purpose::Aerobic, true) => WALKING_DAYS_EARLY,
        (Purpose::Aerobic, false) => WALKING_DAYS_LATER,
        _ => EXERCISE_DAYS,
    };
    PlanItem {
        exercise: ExerciseRef::Library {
            id: exercise.id.to_owned(),
        },
        dose: exercise.dose,
        days_per_week,
        times_per_day: 1,
        notes: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::find;

    fn purposes(phase: Phase) -> Vec<Purpose> {
        let plan = default_plan(phase);
        let mut purposes: Vec<Purpose> = plan
            .items
            .iter()
            .map(|i| find(i.exercise.library_id().unwrap()).unwrap().purpose)
            .collect();
        purposes.dedup();
        purposes
    }

    fn check(phase: Phase, expected: &[Purpose], count: usize) {
        assert_eq!(purposes(phase), expected, "{phase:?}");
        assert_eq!(default_plan(phase).items.len(), count, "{phase:?}");
    }

    #[test]
    fn the_default_plan_follows_the_phase() {
        use Purpose::*;
        check(Phase::Planned, &[Aerobic, Mobility], 6);
        check(Phase::Recovery, &[Aerobic, Mobility], 6);
        check(Phase::ReliefBuilds, &[Aerobic, Mobility, CoreControl], 9);
        for phase in [Phase::Strengthen, Phase::Review, Phase::Beyond] {
            check(phase, &[Aerobic, Mobility, CoreControl, Strength], 12);
        }
    }

    #[test]
    fn default_plans_are_valid() {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        for phase in [
            Phase::Planned,
            Phase::Recovery,
            Phase::ReliefBuilds,
            Phase::Strengthen,
            Phase::Review,
            Phase::Beyond,
        ] {
            let plan = default_plan(phase);
            assert_eq!(plan.validate(today), Ok(plan.clone()), "{phase:?}");
        }
        let walking = |phase| default_plan(phase).items[0].days_per_week;
        assert_eq!(walking(Phase::Recovery), 4);
        assert_eq!(walking(Phase::Strengthen), 5);
    }

    /// The phase, and so the plan, comes from dates alone.
    #[test]
    fn the_plan_by_date() {
        let date = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let plan_on = |today: &str| {
            default_plan(crate::timeline::position(date("2026-11-25"), date(today)).phase)
                .items
                .len()
        };
        assert_eq!(plan_on("2026-11-20"), 6, "planned");
        assert_eq!(plan_on("2026-12-08"), 6, "day 14");
        assert_eq!(plan_on("2026-12-09"), 9, "week 3");
        assert_eq!(plan_on("2027-01-06"), 12, "month 2");
    }
}
