//! Start-up notices: things that happened before the window opened that the person
//! should hear about in plain words (a journal restored from backup, preferences
//! reset). They are shown once, on Today.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::i18n::{message, Arg};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Notice {
    pub code: String,
    pub message: String,
}

impl Notice {
    /// A notice whose words are the catalog entry `notice-<code>`.
    pub fn new(code: &str, args: &[(&str, Arg)]) -> Self {
        Notice {
            code: code.to_owned(),
            message: message(&format!("notice-{code}"), args),
        }
    }
}
