//! Readable names for what the journal keeps as ids.
//!
//! relief-core keeps library exercise names as Fluent message ids
//! (`exercise-{id}-name`); their English lives in the UI's catalog
//! `ui/src/locales/en/exercises.ftl`. Exports must not read the UI's files
//! at run time, so the catalog is compiled in here and read once with
//! fluent-bundle, as the app's own `i18n.rs` reads its messages: an
//! exercise is named as the library spells it ("Cat–camel", "Curl-up"), in
//! the report, the CSV (with its id beside it) and FHIR alike. An id the
//! catalog does not know (from a newer version's backup) is made readable
//! instead ("glute-bridge" reads "Glute bridge"). A custom exercise has its
//! own name.

use std::collections::HashMap;
use std::sync::OnceLock;

use fluent_bundle::{FluentBundle, FluentResource};
use relief_core::{Dose, ExerciseRef, Side, SkipReason};

/// The library's English words, as the UI has them.
const EXERCISES_FTL: &str = include_str!("../../../ui/src/locales/en/exercises.ftl");

/// The id of a library exercise; none for a custom one.
pub fn exercise_id(exercise: &ExerciseRef) -> Option<&str> {
    match exercise {
        ExerciseRef::Library { id } => Some(id),
        ExerciseRef::Custom(_) => None,
    }
}

/// The English name of an exercise, as the app shows it.
pub fn exercise_name(exercise: &ExerciseRef) -> String {
    match exercise {
        ExerciseRef::Library { id } => library_name(id),
        ExerciseRef::Custom(custom) => custom.name.clone(),
    }
}

/// The English name of library exercise `id`: the catalog's, or the id made
/// readable when the catalog has none.
pub fn library_name(id: &str) -> String {
    catalog_names()
        .get(id)
        .cloned()
        .unwrap_or_else(|| readable(id))
}

/// Every library exercise's catalog name, by id, read once.
fn catalog_names() -> &'static HashMap<&'static str, String> {
    static NAMES: OnceLock<HashMap<&'static str, String>> = OnceLock::new();
    NAMES.get_or_init(|| {
        // A catalog that does not parse names nothing (every name is then
        // made readable from its id); a test below keeps it parsing.
        let Ok(resource) = FluentResource::try_new(EXERCISES_FTL.to_owned()) else {
            return HashMap::new();
        };
        let mut bundle = FluentBundle::new(vec![unic_langid::langid!("en")]);
        // Isolation marks (U+2068/9) would end up in the files.
        bundle.set_use_isolating(false);
        if bundle.add_resource(resource).is_err() {
            return HashMap::new();
        }
        relief_core::exercises::library()
            .iter()
            .filter_map(|exercise| {
                let pattern = bundle.get_message(exercise.text.name)?.value()?;
                let mut errors = Vec::new();
                let name = bundle.format_pattern(pattern, None, &mut errors);
                let name = name.trim();
                (errors.is_empty() && !name.is_empty()).then(|| (exercise.id, name.to_owned()))
            })
            .collect()
    })
}

/// "glute-bridge" → "Glute bridge": for an id the catalog does not name.
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
    fn the_catalog_parses() {
        let resource = FluentResource::try_new(EXERCISES_FTL.to_owned());
        assert!(resource.is_ok(), "{:?}", resource.err().map(|e| e.1));
    }

    /// Every library exercise is named as the catalog spells it, never
    /// from its id.
    #[test]
    fn every_library_exercise_has_its_catalog_name() {
        let names = catalog_names();
        for exercise in relief_core::exercises::library() {
            let line = EXERCISES_FTL
                .lines()
                .find_map(|l| l.strip_prefix(&format!("{} = ", exercise.text.name)))
                .unwrap_or_else(|| panic!("{} is not in exercises.ftl", exercise.text.name));
            assert_eq!(
                names.get(exercise.id).map(String::as_str),
                Some(line.trim()),
                "{}",
                exercise.id
            );
            assert_eq!(library_name(exercise.id), line.trim(), "{}", exercise.id);
        }
        assert_eq!(names.len(), relief_core::exercises::library().len());
    }

    #[test]
    fn names_keep_their_own_spelling() {
        assert_eq!(library_name("cat-camel"), "Cat–camel");
        assert_eq!(library_name("curl-up"), "Curl-up");
        let library = |id: &str| ExerciseRef::Library { id: id.to_owned() };
        assert_eq!(exercise_name(&library("cat-camel")), "Cat–camel");
        assert_eq!(exercise_name(&library("curl-up")), "Curl-up");
        // An id from a newer version, unknown here, is still readable.
        assert_eq!(library_name("hip-hinge"), "Hip hinge");
    }

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
