//! `Checked<T>`: a command argument that always deserialises, so that input of the
//! wrong shape is answered with `{code: "invalid_input", message}` like every other
//! error, instead of Tauri's own plain-string deserialisation error.

use relief_core::RecordId;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer};

use crate::error::ApiError;

pub struct Checked<T>(Result<T, Unreadable>);

/// Why an argument could not be read: where (a path such as
/// `reviewDate` or `items[2].dose.reps`, empty for the whole argument) and the
/// parser's words, which are for the log.
struct Unreadable {
    field: String,
    detail: String,
}

impl<T> Checked<T> {
    pub fn into_result(self) -> Result<T, ApiError> {
        self.0.map_err(|Unreadable { field, detail }| {
            let error = ApiError::invalid_input(&format!("{field}: {detail}"));
            // The path lets the UI say which field it is about (an impossible
            // date such as 31 February, an emptied number box).
            match field.as_str() {
                "" | "." => error,
                _ => ApiError {
                    field: Some(field),
                    ..error
                },
            }
        })
    }
}

impl Checked<RecordId> {
    /// A record's id: from 1 to `relief_core::MAX_ID`, the range the UI can
    /// count in and a backup may hold, else `invalid_input` naming no field.
    pub fn into_id(self) -> Result<i64, ApiError> {
        Ok(self.into_result()?.get())
    }
}

impl<'de, T: DeserializeOwned> Deserialize<'de> for Checked<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        Ok(Checked(serde_path_to_error::deserialize(value).map_err(
            |e| Unreadable {
                field: e.path().to_string(),
                detail: e.inner().to_string(),
            },
        )))
    }
}
