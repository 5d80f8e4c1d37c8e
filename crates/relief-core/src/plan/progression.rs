//! Progression by what was done (graded activity): a dose builds in small
//! steps from the library's starting dose to its target, one step after a set
//! number of sessions done at the current dose.
//!
//! It counts sessions actually done, not weeks passed, so a break of several
//! weeks never makes the dose jump: after a gap the person picks up where they
//! left off. Pacing from what was done rather than from how the day feels is
//! the point of graded activity ("hurt does not equal harm"), and the clinical
//! reference is firm that doses are never computed from pain scores; so no
//! function here, or anywhere in this crate, takes a pain score to decide a
//! dose. The app only ever offers a step; the person says yes or no, and a
//! clinician may always set their own dose.

use crate::exercises::{Dose, Exercise};

/// Steps from the starting dose to the target: the reference's "add 1–2
/// every few days", spread over the "at least 6–8 weeks" it asks people to
/// keep going.
pub const PROGRESSION_STEPS: u32 = 6;

/// Sessions done at one dose before the next step is offered: about a week
/// at the default plan's five days a week, the reference's "every few days"
/// read cautiously.
pub const SESSIONS_PER_STEP: u32 = 5;

/// The dose `step` steps from the exercise's starting dose toward its
/// target: the start at step 0, the target from step `PROGRESSION_STEPS` on,
/// and evenly in between, rounded down so a step is never bigger than
/// planned.
///
/// Repetitions build as one count across sets: a set is added only when a
/// set would otherwise pass the target's repetitions (1 × 10 is followed by
/// 2 × 6, not by a leap from 1 × 9 to 2 × 10), so no step asks for much
/// more than the one before.
pub fn dose_at_step(exercise: &Exercise, step: u32) -> Dose {
    let step = step.min(PROGRESSION_STEPS);
    let toward = |from: u32, to: u32| {
        if to <= from {
            return from;
        }
        // At most 500 × 6: no overflow.
        from + (to - from) * step / PROGRESSION_STEPS
    };
    // `sets` × `reps` building to `s2` × `r2`, the total shared over as few
    // sets as hold it.
    let sets_and_reps = |sets: u32, reps: u32, s2: u32, r2: u32| {
        let total = toward(sets * reps, s2 * r2);
        let most_reps = r2.max(reps).max(1);
        let sets = total.div_ceil(most_reps).clamp(sets, s2.max(sets)).max(1);
        (sets, total.div_ceil(sets).max(1))
    };
    match (exercise.dose, exercise.target) {
        (Dose::Reps { sets, reps }, Dose::Reps { sets: s2, reps: r2 }) => {
            let (sets, reps) = sets_and_reps(sets, reps, s2, r2);
            Dose::Reps { sets, reps }
        }
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
        ) => {
            let (sets, reps) = sets_and_reps(sets, reps, s2, r2);
            Dose::Hold {
                sets,
                reps,
                seconds: toward(seconds, h2),
            }
        }
        (Dose::Minutes { minutes }, Dose::Minutes { minutes: m2 }) => Dose::Minutes {
            minutes: toward(minutes, m2),
        },
        // The library never mixes kinds (a test holds it to that); if it ever
        // did, the starting dose is the safe answer.
        (start, _) => start,
    }
}

/// The next step up from `current` toward the exercise's target: the first
/// step that asks for more in all (sets × reps × seconds, or minutes). None
/// at or past the target, for an exercise that builds some other way (its
/// target is its start), or for a dose of another kind.
pub fn next_step(exercise: &Exercise, current: Dose) -> Option<Dose> {
    let now = volume(current)?;
    (1..=PROGRESSION_STEPS)
        .map(|step| dose_at_step(exercise, step))
        .find(|dose| {
            std::mem::discriminant(dose) == std::mem::discriminant(&current)
                && volume(*dose).is_some_and(|v| v > now)
        })
}

/// The step to offer after `sessions_done` sessions done at `current` (since
/// it became the dose, or since the person last said "not now"): the next
/// step once `SESSIONS_PER_STEP` are done, else none.
///
/// Only what was done decides this, never pain scores.
pub fn suggested_dose(exercise: &Exercise, current: Dose, sessions_done: u32) -> Option<Dose> {
    if sessions_done < SESSIONS_PER_STEP {
        return None;
    }
    next_step(exercise, current)
}

/// How much a dose asks for in all: repetitions × seconds held, or minutes.
fn volume(dose: Dose) -> Option<u64> {
    let n = u64::from;
    Some(match dose {
        Dose::Reps { sets, reps } => n(sets) * n(reps),
        Dose::Hold {
            sets,
            reps,
            seconds,
        } => n(sets) * n(reps) * n(seconds),
        Dose::Minutes { minutes } => n(minutes),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::{find, library};

    fn check(id: &str, current: Dose, expected: Option<Dose>) {
        let exercise = find(id).unwrap();
        assert_eq!(
            next_step(exercise, current),
            expected,
            "{id} from {current:?}"
        );
    }

    fn hold(sets: u32, reps: u32, seconds: u32) -> Dose {
        Dose::Hold {
            sets,
            reps,
            seconds,
        }
    }

    #[test]
    fn a_step_is_small_and_heads_for_the_target() {
        let minutes = |minutes| Dose::Minutes { minutes };
        check("walking", minutes(10), Some(minutes(13)));
        check("walking", minutes(13), Some(minutes(16)));
        // Off the steps (a dose carried over, say): the next step above it.
        check("walking", minutes(14), Some(minutes(16)));
        check("walking", minutes(30), None);
        check("walking", minutes(45), None);
        check("glute-bridge", hold(1, 5, 5), Some(hold(1, 7, 5)));
        // A set is added when one set would pass the target's 10.
        check("glute-bridge", hold(1, 10, 6), Some(hold(2, 6, 7)));
        check("glute-bridge", hold(2, 9, 9), Some(hold(2, 10, 10)));
        check("glute-bridge", hold(2, 10, 10), None);
        // It builds another way (its text says how): no step.
        check("cat-camel", Dose::Reps { sets: 1, reps: 6 }, None);
        // A dose of another kind is not the library's: no step.
        check("walking", Dose::Reps { sets: 1, reps: 5 }, None);
    }

    #[test]
    fn a_step_is_offered_after_sessions_done_never_before() {
        let walking = find("walking").unwrap();
        let start = Dose::Minutes { minutes: 10 };
        for done in 0..SESSIONS_PER_STEP {
            assert_eq!(suggested_dose(walking, start, done), None, "{done} done");
        }
        assert_eq!(
            suggested_dose(walking, start, SESSIONS_PER_STEP),
            Some(Dose::Minutes { minutes: 13 })
        );
        assert_eq!(
            suggested_dose(walking, start, 400),
            Some(Dose::Minutes { minutes: 13 }),
            "one step at a time, however many sessions"
        );
    }

    /// The signature is the guarantee: an exercise, a dose and a count of
    /// sessions, and no pain score. Here: following the steps from the start
    /// reaches the target, every step is valid and asks for more, and no
    /// step asks for even twice as much.
    #[test]
    fn the_steps_climb_to_the_target() {
        let total = |d: Dose| match d {
            Dose::Reps { sets, reps } => sets * reps,
            Dose::Hold {
                sets,
                reps,
                seconds,
            } => sets * reps * seconds,
            Dose::Minutes { minutes } => minutes,
        };
        for exercise in library() {
            let mut dose = exercise.dose;
            let mut steps = 0;
            while let Some(next) = next_step(exercise, dose) {
                assert_eq!(next.validate("dose"), Ok(next));
                assert!(total(next) > total(dose), "{}", exercise.id);
                assert!(
                    total(next) < 2 * total(dose),
                    "{}: {dose:?} to {next:?}",
                    exercise.id
                );
                dose = next;
                steps += 1;
                assert!(steps <= PROGRESSION_STEPS, "{}", exercise.id);
            }
            assert_eq!(dose, exercise.target, "{}", exercise.id);
            assert_eq!(dose_at_step(exercise, 0), exercise.dose);
            assert_eq!(dose_at_step(exercise, 99), exercise.target);
        }
    }
}
