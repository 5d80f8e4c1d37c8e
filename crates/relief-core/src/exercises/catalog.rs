//! The library's entries, from the clinical reference's home programme (section 3
//! of shared/clinical-reference.md). Doses are that table's starting doses and
//! the doses it builds to; a clinician should confirm them, and the app says so.
//!
//! Message ids are built from the exercise id, so an entry cannot point at
//! another exercise's words by a copy-and-paste slip.

use super::{BodyPosition as At, Dose, Exercise, ExerciseText, Purpose};

macro_rules! exercise {
    (
        $id:literal, $purpose:expr, $position:expr,
        dose: $dose:expr, target: $target:expr,
        steps: [$($step:literal),+], keys: [$($key:literal),+] $(,)?
    ) => {
        Exercise {
            id: $id,
            purpose: $purpose,
            position: $position,
            dose: $dose,
            target: $target,
            text: ExerciseText {
                name: concat!("exercise-", $id, "-name"),
                purpose: concat!("exercise-", $id, "-purpose"),
                progression: concat!("exercise-", $id, "-progression"),
                steps: &[$(concat!("exercise-", $id, "-step-", $step)),+],
                key_points: &[$(concat!("exercise-", $id, "-key-", $key)),+],
                stop_if: concat!("exercise-", $id, "-stop-if"),
            },
        }
    };
}

const fn reps(sets: u32, reps: u32) -> Dose {
    Dose::Reps { sets, reps }
}

const fn hold(sets: u32, reps: u32, seconds: u32) -> Dose {
    Dose::Hold {
        sets,
        reps,
        seconds,
    }
}

const fn minutes(minutes: u32) -> Dose {
    Dose::Minutes { minutes }
}

pub(super) static LIBRARY: [Exercise; 12] = [
    // At least 10 minutes, building to 30 (SWIFT trial; AAFP 2015).
    exercise!("walking", Purpose::Aerobic, At::Walking,
        dose: minutes(10), target: minutes(30),
        steps: [1, 2, 3], keys: [1, 2]),
    // Hold 2–5 s × 5, adding reps every few days.
    exercise!("pelvic-tilt", Purpose::Mobility, At::Lying,
        dose: hold(1, 5, 5), target: hold(1, 10, 5),
        steps: [1, 2, 3, 4], keys: [1, 2]),
    // 2–3 per side, hold 5–10 s; more reps later. Reps count each side.
    exercise!("knee-rolls", Purpose::Mobility, At::Lying,
        dose: hold(1, 3, 5), target: hold(1, 6, 10),
        steps: [1, 2, 3, 4], keys: [1, 2]),
    // Hold 5 s, 2–3 per leg, up to 5 per side (then both legs, in the text).
    exercise!("knee-to-chest", Purpose::Mobility, At::Lying,
        dose: hold(1, 3, 5), target: hold(1, 5, 5),
        steps: [1, 2, 3, 4], keys: [1, 2]),
    // 5–6 slow cycles; it is a movement, not a stretch, so it does not build.
    exercise!("cat-camel", Purpose::Mobility, At::Kneeling,
        dose: reps(1, 6), target: reps(1, 6),
        steps: [1, 2, 3, 4], keys: [1, 2]),
    // 8–10, one breath each.
    exercise!("bottom-to-heels", Purpose::Mobility, At::Kneeling,
        dose: reps(1, 8), target: reps(1, 10),
        steps: [1, 2, 3], keys: [1, 2]),
    // Hold 10 s × 10; longer holds later.
    exercise!("abdominal-drawing-in", Purpose::CoreControl, At::Lying,
        dose: hold(1, 10, 10), target: hold(1, 10, 15),
        steps: [1, 2, 3, 4], keys: [1, 2]),
    // Bird dog and dead bug train control of the trunk while the limbs move.
    // Hold 5 s × 10 per side; holds to 10 s.
    exercise!("bird-dog", Purpose::CoreControl, At::Kneeling,
        dose: hold(1, 10, 5), target: hold(1, 10, 10),
        steps: [1, 2, 3, 4], keys: [1, 2, 3]),
    // Arms only or legs only, 3 × 10; it builds to opposite arm and leg (text).
    exercise!("dead-bug", Purpose::CoreControl, At::Lying,
        dose: reps(3, 10), target: reps(3, 10),
        steps: [1, 2, 3, 4], keys: [1, 2]),
    // 5 reps holding about 3 breaths (5 s); up to 2 × 10 with 5–15 s holds.
    exercise!("glute-bridge", Purpose::Strength, At::Lying,
        dose: hold(1, 5, 5), target: hold(2, 10, 10),
        steps: [1, 2, 3, 4], keys: [1, 2]),
    // 10 s holds in a 5-3-1 pyramid, building to 7-5-3. A dose has equal sets, so
    // the same total: 3 sets of 3 (9 holds), building to 3 sets of 5 (15 holds).
    exercise!("curl-up", Purpose::Strength, At::Lying,
        dose: hold(3, 3, 10), target: hold(3, 5, 10),
        steps: [1, 2, 3, 4], keys: [1, 2]),
    // 10 s holds, building to the reference's 2 × 20–30 s per side (not 3 × 30 s);
    // then straight legs (in the text). Reps count per side: 2 holds on each side.
    exercise!("side-bridge", Purpose::Strength, At::Lying,
        dose: hold(1, 2, 10), target: hold(1, 2, 30),
        steps: [1, 2, 3, 4], keys: [1, 2]),
];
