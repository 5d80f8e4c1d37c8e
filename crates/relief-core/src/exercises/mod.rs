//! The exercise library: the home programme for the low back after RFN, as data.
//!
//! Every exercise has a stable id (plans and sessions refer to it), a purpose and
//! a body position (to filter by), a starting dose, a dose it builds to over the
//! weeks, and its words as Fluent message ids (`exercise-{id}-name`, …) whose
//! English lives in `ui/src/locales/en/exercises.ftl`, so the library can be
//! translated without touching Rust. It must never hold English text, and never
//! know how the person feels: nothing here reads a pain score.

mod catalog;
mod dose;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use dose::{Dose, HOLD_SECONDS, MINUTES, REPS, SETS};

/// What an exercise is for. A small set on purpose: it is what the default plan
/// phases by, and what a person filters by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(rename_all = "kebab-case")]
pub enum Purpose {
    /// Walking: fitness and confidence.
    Aerobic,
    /// Gentle movement of the spine and hips.
    Mobility,
    /// Waking up and steadying the deep trunk muscles.
    CoreControl,
    /// Building strength and endurance in the trunk and hips.
    Strength,
}

/// Where the body is. Side-lying exercises count as lying: a person looking for
/// "something I can do on the floor" wants them together.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(rename_all = "kebab-case")]
pub enum BodyPosition {
    Lying,
    Kneeling,
    Standing,
    Walking,
}

/// The words of an exercise, as Fluent message ids.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct ExerciseText {
    pub name: &'static str,
    /// One line: what it is for.
    pub purpose: &'static str,
    /// How it builds over the weeks.
    pub progression: &'static str,
    pub steps: &'static [&'static str],
    pub key_points: &'static [&'static str],
    /// "Stop and seek advice if …"
    pub stop_if: &'static str,
}

/// One exercise of the library.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct Exercise {
    /// Stable, kebab-case; plans, sessions and plan files refer to it. Never
    /// rename one.
    pub id: &'static str,
    pub purpose: Purpose,
    pub position: BodyPosition,
    /// Where a person starts.
    pub dose: Dose,
    /// Where the dose builds to in steps, session by session, if it is
    /// comfortable; the same as `dose` when the exercise progresses some other
    /// way (a harder version, which the progression text describes).
    pub target: Dose,
    pub text: ExerciseText,
}

/// The whole library, in the order a programme is usually done.
pub fn library() -> &'static [Exercise] {
    &catalog::LIBRARY
}

/// The exercise with this id, if the library has one.
pub fn find(id: &str) -> Option<&'static Exercise> {
    library().iter().find(|e| e.id == id)
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    #[test]
    fn the_library_is_complete() {
        let all = library();
        assert!(all.len() >= 12, "the clinical reference names 12 exercises");
        let ids: HashSet<_> = all.iter().map(|e| e.id).collect();
        assert_eq!(ids.len(), all.len(), "ids are unique");
        for e in all {
            let kebab =
                e.id.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            assert!(
                kebab && !e.id.starts_with('-') && !e.id.ends_with('-'),
                "{}",
                e.id
            );
            assert!(e.text.steps.len() >= 2, "{} has at least 2 steps", e.id);
            assert!(!e.text.key_points.is_empty(), "{} has a key point", e.id);
            for id in [e.text.stop_if, e.text.name] {
                assert!(id.starts_with(&format!("exercise-{}-", e.id)), "{id}");
            }
            assert_eq!(e.dose.validate("dose"), Ok(e.dose), "{} start", e.id);
            assert_eq!(e.target.validate("target"), Ok(e.target), "{} target", e.id);
            assert_eq!(
                std::mem::discriminant(&e.dose),
                std::mem::discriminant(&e.target),
                "{}: a dose builds in its own kind",
                e.id
            );
        }
    }

    #[test]
    fn the_reference_table_is_there() {
        let check = |id: &str, purpose: Purpose, position: BodyPosition| {
            let e = find(id).unwrap_or_else(|| panic!("{id} is in the library"));
            assert_eq!((e.purpose, e.position), (purpose, position), "{id}");
        };
        use BodyPosition::*;
        check("walking", Purpose::Aerobic, Walking);
        check("pelvic-tilt", Purpose::Mobility, Lying);
        check("knee-rolls", Purpose::Mobility, Lying);
        check("knee-to-chest", Purpose::Mobility, Lying);
        check("cat-camel", Purpose::Mobility, Kneeling);
        check("bottom-to-heels", Purpose::Mobility, Kneeling);
        check("abdominal-drawing-in", Purpose::CoreControl, Lying);
        check("bird-dog", Purpose::CoreControl, Kneeling);
        check("dead-bug", Purpose::CoreControl, Lying);
        check("glute-bridge", Purpose::Strength, Lying);
        check("curl-up", Purpose::Strength, Lying);
        check("side-bridge", Purpose::Strength, Lying);
        assert_eq!(find("no-such-exercise"), None);
    }

    #[test]
    fn the_ui_sees_message_ids() {
        let json = serde_json::to_value(find("glute-bridge").unwrap()).unwrap();
        assert_eq!(json["text"]["name"], "exercise-glute-bridge-name");
        assert_eq!(json["text"]["keyPoints"][0], "exercise-glute-bridge-key-1");
        assert_eq!(json["position"], "lying");
        assert_eq!(json["purpose"], "strength");
        assert_eq!(json["dose"]["kind"], "hold");
    }
}
