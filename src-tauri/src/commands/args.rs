//! `Checked<T>`: a command argument that always deserialises, so that input of the
//! wrong shape is answered with `{code: "invalid_input", message}` like every other
//! error, instead of Tauri's own plain-string deserialisation error.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer};

use crate::error::ApiError;

pub struct Checked<T>(Result<T, String>);

impl<T> Checked<T> {
    pub fn into_result(self) -> Result<T, ApiError> {
        self.0.map_err(|detail| ApiError::invalid_input(&detail))
    }
}

impl<'de, T: DeserializeOwned> Deserialize<'de> for Checked<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        Ok(Checked(
            serde_json::from_value(value).map_err(|e| e.to_string()),
        ))
    }
}
