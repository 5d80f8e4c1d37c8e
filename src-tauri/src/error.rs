//! `ApiError`: the one shape every command failure takes on its way to the UI.
//!
//! `{code, message}`: the code is stable, for the UI and the tests; the message is for
//! a person and comes from the Fluent catalog. This module knows how each crate's
//! error maps to a code; it never decides whether something *is* an error.

use relief_core::CoreError;
use relief_store::StoreError;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::i18n::{message, Arg};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, thiserror::Error)]
#[error("{code}: {message}")]
pub struct ApiError {
    pub code: String,
    pub message: String,
    /// Where the problem is, as a path like `plan.items[2].dose.reps`, when the
    /// input has parts (a plan, a plan file, a session).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub field: Option<String>,
}

impl ApiError {
    /// An error whose message is the catalog entry `error-<code>`.
    pub fn new(code: &str, args: &[(&str, Arg)]) -> Self {
        ApiError {
            code: code.to_owned(),
            message: message(&format!("error-{code}"), args),
            field: None,
        }
    }

    /// An argument that could not be read at all (wrong type, missing field).
    /// The detail goes to the log, not to the person: it is written for developers.
    pub fn invalid_input(detail: &str) -> Self {
        eprintln!("relief-window: invalid command input: {detail}");
        ApiError::new("invalid_input", &[])
    }
}

impl From<CoreError> for ApiError {
    fn from(error: CoreError) -> Self {
        let number = |n: usize| Arg::Number(n as f64);
        let mut args: Vec<(&str, Arg)> = match &error {
            CoreError::NoteTooLong { max, .. }
            | CoreError::TextTooLong { max, .. }
            | CoreError::FieldTooLong { max, .. }
            | CoreError::ListTooLong { max, .. }
            | CoreError::PlanItemCount { max, .. }
            | CoreError::TooManyTimes { max, .. }
            | CoreError::SessionExerciseCount { max, .. } => vec![("max", number(*max))],
            CoreError::LevelNotInRegion { level, .. } => vec![("level", Arg::Text(level.clone()))],
            CoreError::DoseOutOfRange { min, max, .. } => {
                vec![
                    ("min", Arg::Number((*min).into())),
                    ("max", Arg::Number((*max).into())),
                ]
            }
            CoreError::PlanFileWrongVersion { found, supported } => vec![
                (
                    "found",
                    Arg::Text(found.clone().unwrap_or_else(|| "?".into())),
                ),
                ("supported", Arg::Number((*supported).into())),
            ],
            // Says what is wrong as well as where: the rule's own words, with
            // its limits, or (for a missing or mistyped value) a plain sentence.
            CoreError::PlanFileInvalid { rule, cause, .. } => {
                let problem = match cause {
                    Some(cause) => ApiError::from((**cause).clone()).message,
                    None if *rule == "wrong_shape" => message("plan-file-wrong-shape", &[]),
                    None => message(&format!("error-{rule}"), &[]),
                };
                vec![("problem", Arg::Text(problem))]
            }
            _ => vec![],
        };
        let field = error.field().map(str::to_owned);
        if let Some(path) = &field {
            args.push(("field", Arg::Text(path.clone())));
        }
        ApiError {
            field,
            ..ApiError::new(error.code(), &args)
        }
    }
}

impl From<StoreError> for ApiError {
    fn from(error: StoreError) -> Self {
        // Storage failures carry SQLite detail that means nothing to a patient; keep
        // it in the log so a bug report can include it.
        eprintln!("relief-window: journal error: {error}");
        let args: Vec<(&str, Arg)> = match &error {
            StoreError::DataDirUnwritable { path, .. } => {
                vec![("path", Arg::Text(path.display().to_string()))]
            }
            _ => vec![],
        };
        ApiError::new(error.code(), &args)
    }
}

impl From<relief_export::backup::BackupError> for ApiError {
    fn from(error: relief_export::backup::BackupError) -> Self {
        use relief_export::backup::BackupError;
        let args: Vec<(&str, Arg)> = match &error {
            BackupError::UnsupportedVersion { found } => {
                vec![("found", Arg::Number(*found as f64))]
            }
            BackupError::WrongShape { path, reason }
            | BackupError::Inconsistent { path, reason } => vec![
                ("field", Arg::Text(path.clone())),
                ("reason", Arg::Text(reason.clone())),
            ],
            _ => vec![],
        };
        ApiError {
            field: error.field().map(str::to_owned),
            ..ApiError::new(error.code(), &args)
        }
    }
}
