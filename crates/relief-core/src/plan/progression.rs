//! Progression by time (graded activity): a dose builds from the library's
//! starting dose to its target over the first weeks on a plan.
//!
//! It depends on the weeks on the plan and nothing else. Pacing from time rather
//! than from how the day feels is the point of graded activity ("hurt does not
//! equal harm"), and the clinical reference is firm that doses are never computed
//! from pain scores; so no function here, or anywhere in this crate, takes a pain
//! score to decide a dose. A clinician may always set their own.

use crate::exercises::{Dose, Exercise};

/// Weeks from the starting dose to the target: the reference's "keep going at
/// least 6–8 weeks", with the build-up spread over the first six.
pub const PROGRESSION_WEEKS: u32 = 6;

/// The dose to suggest after `weeks_on_plan` whole weeks on a plan: the starting
/// dose in week 0, the target from week `PROGRESSION_WEEKS` on, and evenly in
/// between, rounded down so a step is never bigger than planned.
///
/// Only time decides this, never pain scores.
pub fn suggested_dose(exercise: &Exercise, weeks_on_plan: u32) -> Dose {
    let weeks = weeks_on_plan.min(PROGRESSION_WEEKS);
    let step = |from: u32, to: u32| {
        if to <= from {
            return from;
        }
        // At most 180 × 6: no overflow.
        from + (to - from) * weeks / PROGRESSION_WEEKS
    };
    match (exercise.dose, exercise.target) {
        (Dose::Reps { sets, reps }, Dose::Reps { sets: s2, reps: r2 }) => Dose::Reps {
            sets: step(sets, s2),
            reps: step(reps, r2),
        },
        (
            Dose::Hold {
                sets,
                reps,
                seconds,
            },
            Dose::Hold {
                sets: s2,
                reps: r2,
                seconds: h2,
            },
        ) => Dose::Hold {
            sets: step(sets, s2),
            reps: step(reps, r2),
            seconds: step(seconds, h2),
        },
        (Dose::Minutes { minutes }, Dose::Minutes { minutes: m2 }) => Dose::Minutes {
            minutes: step(minutes, m2),
        },
        // The library never mixes kinds (a test holds it to that); if it ever
        // did, the starting dose is the safe answer.
        (start, _) => start,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::{find, library};

    fn check(id: &str, weeks: u32, expected: Dose) {
        let exercise = find(id).unwrap();
        assert_eq!(
            suggested_dose(exercise, weeks),
            expected,
            "{id}, week {weeks}"
        );
    }

    #[test]
    fn doses_build_with_weeks_on_the_plan() {
        check("walking", 0, Dose::Minutes { minutes: 10 });
        check("walking", 3, Dose::Minutes { minutes: 20 });
        check("walking", 6, Dose::Minutes { minutes: 30 });
        check("walking", 52, Dose::Minutes { minutes: 30 });
        let bridge = |sets, reps, seconds| Dose::Hold {
            sets,
            reps,
            seconds,
        };
        check("glute-bridge", 0, bridge(1, 5, 5));
        check("glute-bridge", 1, bridge(1, 5, 5));
        check("glute-bridge", 2, bridge(1, 6, 6));
        check("glute-bridge", 6, bridge(2, 10, 10));
        check("cat-camel", 6, Dose::Reps { sets: 1, reps: 6 });
    }

    /// The signature is the guarantee: an exercise and a number of weeks, and no
    /// pain score. Here: the dose never goes down as weeks pass, and always stays
    /// between the start and the target.
    #[test]
    fn progression_depends_on_time_only() {
        for exercise in library() {
            let mut last = suggested_dose(exercise, 0);
            assert_eq!(last, exercise.dose);
            for week in 1..=60 {
                let dose = suggested_dose(exercise, week);
                assert_eq!(dose.validate("dose"), Ok(dose));
                let total = |d: Dose| match d {
                    Dose::Reps { sets, reps } => sets * reps,
                    Dose::Hold {
                        sets,
                        reps,
                        seconds,
                    } => sets * reps * seconds,
                    Dose::Minutes { minutes } => minutes,
                };
                assert!(total(dose) >= total(last), "{} week {week}", exercise.id);
                last = dose;
            }
            assert_eq!(last, exercise.target, "{}", exercise.id);
        }
    }
}
