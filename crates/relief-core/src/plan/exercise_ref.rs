//! Which exercise a plan item or session means: one from the library by id, or a
//! physio's own, carried with its words.
//!
//! A custom exercise's text is the physio's, not ours: it is kept as they wrote
//! it (trimmed and bounded), never translated, and always shown as plain text.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{field_text, field_texts};
use crate::exercises::{self, BodyPosition, Purpose};
use crate::CoreError;

/// Longest exercise name, in characters.
pub const MAX_NAME_CHARS: usize = 120;
/// Longest step, key point or "stop if" line.
pub const MAX_LINE_CHARS: usize = 500;
/// Most steps, and most key points, of one custom exercise.
pub const MAX_LINES: usize = 20;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase")]
#[ts(tag = "kind", rename_all = "camelCase")]
pub enum ExerciseRef {
    /// An exercise of the library, by its stable id.
    Library { id: String },
    /// A physio's own exercise, with its words.
    Custom(CustomExercise),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct CustomExercise {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub purpose: Option<Purpose>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub position: Option<BodyPosition>,
    #[serde(default)]
    pub steps: Vec<String>,
    #[serde(default)]
    pub key_points: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub stop_if: Option<String>,
}

impl ExerciseRef {
    /// The library id, for a library exercise.
    pub fn library_id(&self) -> Option<&str> {
        match self {
            ExerciseRef::Library { id } => Some(id),
            ExerciseRef::Custom(_) => None,
        }
    }

    /// Checks the id is in the library, or the custom words are within bounds.
    /// `at` is this reference's path, such as `items[2].exercise`.
    pub fn validate(&self, at: &str) -> Result<ExerciseRef, CoreError> {
        match self {
            ExerciseRef::Library { id } => match exercises::find(id.trim()) {
                Some(exercise) => Ok(ExerciseRef::Library {
                    id: exercise.id.to_owned(),
                }),
                None => Err(CoreError::ExerciseUnknown {
                    field: format!("{at}.id"),
                    id: id.chars().take(64).collect(),
                }),
            },
            ExerciseRef::Custom(custom) => Ok(ExerciseRef::Custom(custom.validate(at)?)),
        }
    }
}

impl CustomExercise {
    fn validate(&self, at: &str) -> Result<CustomExercise, CoreError> {
        let name = field_text(Some(&self.name), &format!("{at}.name"), MAX_NAME_CHARS)?
            .ok_or_else(|| CoreError::FieldRequired {
                field: format!("{at}.name"),
            })?;
        Ok(CustomExercise {
            name,
            purpose: self.purpose,
            position: self.position,
            steps: field_texts(
                &self.steps,
                &format!("{at}.steps"),
                MAX_LINES,
                MAX_LINE_CHARS,
            )?,
            key_points: field_texts(
                &self.key_points,
                &format!("{at}.keyPoints"),
                MAX_LINES,
                MAX_LINE_CHARS,
            )?,
            stop_if: field_text(
                self.stop_if.as_deref(),
                &format!("{at}.stopIf"),
                MAX_LINE_CHARS,
            )?,
        })
    }
}
