//! Readable names for what the journal keeps as ids.
//!
//! relief-core keeps library exercise names as Fluent message ids, translated
//! in the UI; exports must not depend on the UI's files. So a library
//! exercise is named from its id made readable ("glute-bridge" reads "Glute
//! bridge") and the id travels beside it; a custom exercise has its own name.

use relief_core::{Dose, ExerciseRef, Side, SkipReason};

/// The id of a library exercise; none for a custom one.
pub fn exercise_id(exercise: &ExerciseRef) -> Option<&str> {
    match exercise {
        ExerciseRef::Library { id } => Some(id),
        ExerciseRef::Custom(_) => None,
    }
}

/// A readable English name of an exercise.
pub fn exercise_name(exercise: &ExerciseRef) -> String {
    match exercise {
        ExerciseRef::Library { id } => readable(id),
        ExerciseRef::Custom(custom) => custom.name.clone(),
    }
}

/// "glute-bridge" → "Glute bridge".
pub fn readable(id: &str) -> String {
    let spaced = id.replace('-', " ");
    let mut chars = spaced.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => spaced,
    }
}

/// A dose as a physio writes it: "3 × 10", "5 × 5 × 10 s hold", "10 min".
pub fn dose(dose: &Dose) -> String {
    match dose {
        Dose::Reps { sets, reps } => format!("{sets} × {reps}"),
        Dose::Hold {
            sets,
            reps,
            seconds,
        } => format!("{sets} × {reps} × {seconds} s hold"),
        Dose::Minutes { minutes } => format!("{minutes} min"),
    }
}

/// Which side a procedure treated, as the report and FHIR write it.
pub fn side(side: Side) -> &'static str {
    match side {
        Side::Left => "left side",
        Side::Right => "right side",
        Side::Both => "both sides",
    }
}

/// The stable code of a skip reason, as the journal and the CSV write it.
pub fn skip_code(reason: &SkipReason) -> &'static str {
    match reason {
        SkipReason::TooPainful => "too-painful",
        SkipReason::NoTime => "no-time",
        SkipReason::NoSpaceOrEquipment => "no-space-or-equipment",
        SkipReason::Other { .. } => "other",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(readable("glute-bridge"), "Glute bridge");
        assert_eq!(readable(""), "");
        assert_eq!(dose(&Dose::Reps { sets: 3, reps: 10 }), "3 × 10");
        assert_eq!(
            dose(&Dose::Hold {
                sets: 1,
                reps: 5,
                seconds: 10
            }),
            "1 × 5 × 10 s hold"
        );
        assert_eq!(dose(&Dose::Minutes { minutes: 20 }), "20 min");
    }
}
