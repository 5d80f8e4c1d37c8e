//! The one error type of relief-core: what a person asked for that the rules refuse.
//!
//! Each variant names the rule in domain terms. The app turns a variant into a stable
//! code (`CoreError::code`) and a message from the Fluent catalog; the text here is
//! only for logs and tests.

use thiserror::Error;

#[derive(Debug, Clone, PartialEq, Error)]
pub enum CoreError {
    #[error("pain {value} is not between 0 and 10")]
    PainOutOfRange { value: f64 },
    #[error("pain {value} is not a whole number")]
    PainNotWhole { value: f64 },
    #[error("note is {length} characters; at most {max} are allowed")]
    NoteTooLong { length: usize, max: usize },
    #[error("time {value:?} is not an ISO 8601 date and time with an offset")]
    TimeUnreadable { value: String },
    #[error("time {value} is more than a day in the future")]
    TimeInFuture { value: String },
    #[error("text size {percent}% is not one of the offered sizes")]
    TextSizeUnsupported { percent: u16 },
    #[error("language {tag:?} is not available")]
    LanguageUnsupported { tag: String },
    #[error("window size {width}×{height} is not plausible")]
    WindowImplausible { width: u32, height: u32 },
    #[error("{field} is {length} characters; at most {max} are allowed")]
    TextTooLong {
        field: &'static str,
        length: usize,
        max: usize,
    },
    #[error("date {value:?} is not a real date in the form YYYY-MM-DD")]
    DateInvalid { value: String },
    #[error("date {value} is too far in the past or the future to be right")]
    DateImplausible { value: String },
    #[error("no region was chosen")]
    RegionMissing,
    #[error("level {level:?} is not in the {region} region")]
    LevelNotInRegion { level: String, region: String },
}

impl CoreError {
    /// A stable, machine-readable code. The UI and the tests rely on these; never
    /// rename one without a migration of every caller.
    pub fn code(&self) -> &'static str {
        match self {
            CoreError::PainOutOfRange { .. } => "pain_out_of_range",
            CoreError::PainNotWhole { .. } => "pain_not_whole",
            CoreError::NoteTooLong { .. } => "note_too_long",
            CoreError::TimeUnreadable { .. } => "time_unreadable",
            CoreError::TimeInFuture { .. } => "time_in_future",
            CoreError::TextSizeUnsupported { .. } => "text_size_unsupported",
            CoreError::LanguageUnsupported { .. } => "language_unsupported",
            CoreError::WindowImplausible { .. } => "window_implausible",
            CoreError::TextTooLong { .. } => "text_too_long",
            CoreError::DateInvalid { .. } => "date_invalid",
            CoreError::DateImplausible { .. } => "date_implausible",
            CoreError::RegionMissing => "region_missing",
            CoreError::LevelNotInRegion { .. } => "level_not_in_region",
        }
    }
}
