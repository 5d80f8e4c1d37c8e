//! Plan files: how a physio's plan travels to the app, and back out of clinician
//! mode. The format is documented in docs/plan-file.md, with its JSON Schema in
//! docs/plan-file.schema.json:
//!
//! ```json
//! { "format": "relief-window-plan", "version": 1, "plan": { "items": [ … ] } }
//! ```
//!
//! A file is untrusted: it may be truncated, of another version, huge, not JSON,
//! or full of markup. Every such file is refused with an error that names the
//! field and what is wrong, and nothing panics. This module only turns bytes into
//! a checked plan; it never reads a file, and never replaces the current plan:
//! the app shows a preview and waits for the person to confirm.
//!
//! The file's shape is its own, not `Plan`'s, so the format stays stable while
//! the app's types change. A library item may carry its own `name`, `steps` and
//! so on: if a later or older app does not know the id, the item becomes a
//! custom exercise with that text instead of being lost.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use ts_rs::TS;

use super::{CustomExercise, ExerciseRef, Plan, PlanItem};
use crate::exercises::{self, BodyPosition, Dose, Purpose};
use crate::CoreError;

/// The `format` every plan file names.
pub const FORMAT: &str = "relief-window-plan";
/// The version this app reads and writes.
pub const VERSION: u32 = 1;
/// A plan of 30 items with long notes is a few tens of kilobytes; a mebibyte is
/// generous, and refusing before parsing keeps a huge file from costing memory.
pub const MAX_FILE_BYTES: usize = 1024 * 1024;

/// A plan read from a file, checked and ready to preview.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct ImportedPlan {
    pub plan: Plan,
    /// Library ids the file named that this app does not know; each became a
    /// custom exercise with the file's own words. The preview says so.
    pub unknown_ids: Vec<String>,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct PlanFile {
    format: String,
    version: u32,
    plan: FilePlan,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct FilePlan {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    author: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    review_date: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    notes: Option<String>,
    items: Vec<FileItem>,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct FileItem {
    exercise: FileExercise,
    dose: Dose,
    days_per_week: u8,
    times_per_day: u8,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    notes: Option<String>,
}

/// A library exercise (`id`, with optional fallback text) or a custom one (no
/// `id`, a `name` and its text), in one flat shape that is easy to write by hand.
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct FileExercise {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    purpose: Option<Purpose>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    position: Option<BodyPosition>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    steps: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    key_points: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    stop_if: Option<String>,
}

/// Reads a plan file's bytes and checks the plan inside against every rule.
/// `today` bounds the review date. Errors are `plan_file_*` codes; a broken rule
/// is `PlanFileInvalid` with the field's path, such as `plan.items[2].dose.reps`.
pub fn parse_plan_file(bytes: &[u8], today: NaiveDate) -> Result<ImportedPlan, CoreError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(CoreError::PlanFileTooLarge {
            size: bytes.len(),
            max: MAX_FILE_BYTES,
        });
    }
    // JSON is UTF-8 (RFC 8259), so other bytes are "not JSON". Editors on Windows
    // may add a byte-order mark; it means nothing, so it is skipped.
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let (line, column) = line_and_column(&bytes[..e.valid_up_to()]);
        CoreError::PlanFileNotJson {
            line,
            column,
            truncated: false,
        }
    })?;
    let value: Value = serde_json::from_str(text).map_err(|e| CoreError::PlanFileNotJson {
        line: e.line(),
        column: e.column(),
        truncated: e.is_eof(),
    })?;
    check_envelope(&value)?;
    if let Some(field) = find_markup(&value, String::new()) {
        return Err(CoreError::PlanFileMarkup { field });
    }
    let file: PlanFile =
        serde_path_to_error::deserialize(&value).map_err(|e| CoreError::PlanFileInvalid {
            field: e.path().to_string(),
            rule: "wrong_shape",
            detail: e.inner().to_string(),
            cause: None,
        })?;
    let (plan, unknown_ids) = from_file(file.plan)?;
    let plan = plan
        .validate(today)
        .map_err(|e| CoreError::PlanFileInvalid {
            field: match e.field() {
                Some(field) => format!("plan.{field}"),
                None => "plan".to_owned(),
            },
            rule: e.code(),
            detail: e.to_string(),
            cause: Some(Box::new(e)),
        })?;
    Ok(ImportedPlan { plan, unknown_ids })
}

/// The plan as a plan file, pretty-printed, for clinician mode to save.
pub fn write_plan_file(plan: &Plan) -> String {
    let file = PlanFile {
        format: FORMAT.to_owned(),
        version: VERSION,
        plan: to_file(plan),
    };
    let mut text = serde_json::to_string_pretty(&file)
        .expect("a plan file has only string keys and finite numbers, so it always serialises");
    text.push('\n');
    text
}

/// The format and version come first: a file of another kind or version would
/// otherwise fail on some field deep inside, which says nothing useful.
fn check_envelope(value: &Value) -> Result<(), CoreError> {
    let format = value.get("format");
    if format.and_then(Value::as_str) != Some(FORMAT) {
        return Err(CoreError::PlanFileWrongFormat {
            found: format.map(|f| short(&json_text(f))),
        });
    }
    let version = value.get("version");
    if version.and_then(Value::as_u64) != Some(u64::from(VERSION)) {
        return Err(CoreError::PlanFileWrongVersion {
            // As JSON, so the text "1" reads `"1"` and is not taken for the
            // number 1 this app reads ("version 1; this app reads version 1").
            found: version.map(|v| short(&v.to_string())),
            supported: VERSION,
        });
    }
    Ok(())
}

/// A string as its text, anything else as JSON.
fn json_text(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

fn short(text: &str) -> String {
    text.chars().take(64).collect()
}

/// The path of the first string that holds markup. serde_json refuses nesting
/// deeper than 128, so the recursion is bounded.
fn find_markup(value: &Value, at: String) -> Option<String> {
    match value {
        Value::String(text) if has_markup(text) => Some(at),
        Value::Array(values) => values
            .iter()
            .enumerate()
            .find_map(|(i, v)| find_markup(v, format!("{at}[{i}]"))),
        Value::Object(fields) => fields.iter().find_map(|(key, v)| {
            let path = if at.is_empty() {
                key.clone()
            } else {
                format!("{at}.{key}")
            };
            find_markup(v, path)
        }),
        _ => None,
    }
}

/// A tag (`<b>`, `</p>`, `<img …`), a comment or a declaration (`<!…`, `<?…`).
/// "pain < 5" and "<3" are not markup.
fn has_markup(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.windows(2).enumerate().any(|(i, pair)| {
        pair[0] == b'<'
            && match pair[1] {
                b'!' | b'?' => true,
                b'/' => bytes.get(i + 2).is_some_and(u8::is_ascii_alphabetic),
                next => next.is_ascii_alphabetic(),
            }
    })
}

fn line_and_column(valid: &[u8]) -> (usize, usize) {
    let line = 1 + valid.iter().filter(|b| **b == b'\n').count();
    let column = 1 + valid.iter().rev().take_while(|b| **b != b'\n').count();
    (line, column)
}

fn from_file(file: FilePlan) -> Result<(Plan, Vec<String>), CoreError> {
    let mut unknown_ids = Vec::new();
    let mut items = Vec::with_capacity(file.items.len());
    for (i, item) in file.items.into_iter().enumerate() {
        let exercise = match item.exercise.id.as_deref().map(str::trim) {
            Some(id) if exercises::find(id).is_some() => ExerciseRef::Library { id: id.to_owned() },
            Some(id) => {
                if item
                    .exercise
                    .name
                    .as_deref()
                    .is_none_or(|n| n.trim().is_empty())
                {
                    return Err(CoreError::PlanFileInvalid {
                        field: format!("plan.items[{i}].exercise.id"),
                        rule: "exercise_unknown",
                        detail: format!(
                            "no exercise in the library has the id {:?}, and the item has no name to use instead",
                            short(id)
                        ),
                        cause: None,
                    });
                }
                unknown_ids.push(short(id));
                custom(item.exercise)
            }
            None => custom(item.exercise),
        };
        items.push(PlanItem {
            exercise,
            dose: item.dose,
            days_per_week: item.days_per_week,
            times_per_day: item.times_per_day,
            notes: item.notes,
        });
    }
    let plan = Plan {
        title: file.title,
        items,
        author: file.author,
        review_date: file.review_date,
        notes: file.notes,
    };
    Ok((plan, unknown_ids))
}

fn custom(exercise: FileExercise) -> ExerciseRef {
    ExerciseRef::Custom(CustomExercise {
        // A missing name is caught by `Plan::validate` with its path.
        name: exercise.name.unwrap_or_default(),
        purpose: exercise.purpose,
        position: exercise.position,
        steps: exercise.steps,
        key_points: exercise.key_points,
        stop_if: exercise.stop_if,
    })
}

fn to_file(plan: &Plan) -> FilePlan {
    FilePlan {
        title: plan.title.clone(),
        author: plan.author.clone(),
        review_date: plan.review_date,
        notes: plan.notes.clone(),
        items: plan
            .items
            .iter()
            .map(|item| FileItem {
                exercise: match &item.exercise {
                    ExerciseRef::Library { id } => FileExercise {
                        id: Some(id.clone()),
                        name: None,
                        purpose: None,
                        position: None,
                        steps: vec![],
                        key_points: vec![],
                        stop_if: None,
                    },
                    ExerciseRef::Custom(custom) => FileExercise {
                        id: None,
                        name: Some(custom.name.clone()),
                        purpose: custom.purpose,
                        position: custom.position,
                        steps: custom.steps.clone(),
                        key_points: custom.key_points.clone(),
                        stop_if: custom.stop_if.clone(),
                    },
                },
                dose: item.dose,
                days_per_week: item.days_per_week,
                times_per_day: item.times_per_day,
                notes: item.notes.clone(),
            })
            .collect(),
    }
}
