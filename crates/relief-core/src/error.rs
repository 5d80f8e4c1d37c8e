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
    /// Another 0–10 field of the pain diary (`worst24h`, `interference`), with
    /// the same words as the score's.
    #[error("{field} is {value}; it is rated from 0 to 10")]
    RatingOutOfRange { field: &'static str, value: f64 },
    #[error("{field} is {value}; it is rated in whole numbers")]
    RatingNotWhole { field: &'static str, value: f64 },
    #[error("{value} minutes of walking is not a whole number from 0 to 1440")]
    WalkingOutOfRange { value: f64 },
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
    #[error("id {value} is not from 1 to {max}", max = crate::MAX_ID)]
    IdOutOfRange { value: i64 },
    #[error("no region was chosen")]
    RegionMissing,
    #[error("level {level:?} is not in the {region} region")]
    LevelNotInRegion { level: String, region: String },
    #[error("{field} is {value}; it must be from {min} to {max}")]
    DoseOutOfRange {
        field: String,
        value: u32,
        min: u32,
        max: u32,
    },
    #[error("{field} is {value}; days per week are from 1 to 7")]
    DaysPerWeekOutOfRange { field: String, value: u8 },
    #[error("{field} is {value}; times per day are from 1 to 3")]
    TimesPerDayOutOfRange { field: String, value: u8 },
    #[error("a plan has {count} exercises; it must have from 1 to {max}")]
    PlanItemCount { count: usize, max: usize },
    #[error("{field}: no exercise in the library has the id {id:?}")]
    ExerciseUnknown { field: String, id: String },
    #[error("{field}: the exercise {id:?} is already in this plan")]
    ExerciseRepeated { field: String, id: String },
    #[error("{field} is required")]
    FieldRequired { field: String },
    #[error("{field} is {length} characters; at most {max} are allowed")]
    FieldTooLong {
        field: String,
        length: usize,
        max: usize,
    },
    #[error("{field} has {count} entries; at most {max} are allowed")]
    ListTooLong {
        field: String,
        count: usize,
        max: usize,
    },
    #[error("review date {value} is too far in the past or the future to be right")]
    ReviewDateImplausible { value: String },
    #[error("effort {value} is not a whole number from 0 to 10")]
    EffortOutOfRange { value: f64 },
    #[error("a session has {count} exercises; it must have from 1 to {max}")]
    SessionExerciseCount { count: usize, max: usize },
    #[error("{field}: an exercise cannot be both skipped and not done")]
    ExerciseOutcomeConflict { field: String },
    #[error("the session finished at {finished}, before it started at {started}")]
    SessionEndsBeforeStart { started: String, finished: String },
    #[error("the session lasted {minutes} minutes; at most a day is allowed")]
    SessionTooLong { minutes: i64 },
    #[error("the plan file is {size} bytes; at most {max} are allowed")]
    PlanFileTooLarge { size: usize, max: usize },
    #[error("the plan file is not JSON (line {line}, column {column}{})", if *truncated { ", it ends too soon" } else { "" })]
    PlanFileNotJson {
        line: usize,
        column: usize,
        truncated: bool,
    },
    #[error("the file is not a Relief Window plan (format {found:?})")]
    PlanFileWrongFormat { found: Option<String> },
    #[error("the plan file is version {}; this app reads version {supported}", found.as_deref().unwrap_or("(none)"))]
    PlanFileWrongVersion {
        /// The `version` as written in the file; none when it has none.
        found: Option<String>,
        supported: u32,
    },
    #[error("{field} contains markup such as HTML tags")]
    PlanFileMarkup { field: String },
    #[error("{field}: {detail}")]
    PlanFileInvalid {
        field: String,
        /// The stable code of the rule the field breaks, such as `dose_out_of_range`,
        /// or `wrong_shape` when it is missing or of the wrong type.
        rule: &'static str,
        /// English for logs and developers; the UI words it from `rule`.
        detail: String,
        /// The rule's own error (with its limits), when a rule was broken rather
        /// than the shape; the app words the message from it.
        cause: Option<Box<CoreError>>,
    },
    #[error("{field} is {value}; hours are from 0 to 23 and minutes from 0 to 59")]
    TimeOutOfRange { field: String, value: u8 },
    #[error("a weekly reminder needs at least one day of the week")]
    NoWeekday,
    #[error("a weekly reminder needs at least one time of day")]
    NoTime,
    #[error("a reminder has {count} times a day; at most {max} are allowed")]
    TooManyTimes { count: usize, max: usize },
    #[error("the one-off reminder at {at} is not in the future")]
    ReminderInPast { at: String },
    #[error("quiet hours start and end at the same time")]
    QuietHoursEmpty,
    #[error("the range {from} to {to} is backwards or longer than fifty years")]
    DateRangeInvalid { from: String, to: String },
    #[error("{field} is {value}, a date in the future")]
    DateInFuture { field: String, value: String },
    #[error("a PSFS has {count} activities; it must have from 1 to 5")]
    PsfsActivityCount { count: usize },
    #[error("{field}: the activity {name:?} is already listed")]
    PsfsDuplicateActivity { field: String, name: String },
    #[error("{field} is {value}; PSFS scores are from 0 to 10")]
    PsfsScoreOutOfRange { field: String, value: u8 },
    #[error("an ODI total of {value} is not from 0 to 100")]
    OdiOutOfRange { value: f64 },
    #[error("an RMDQ total of {value} is not a whole number from 0 to 24")]
    RmdqOutOfRange { value: f64 },
}

impl CoreError {
    /// A stable, machine-readable code. The UI and the tests rely on these; never
    /// rename one without a migration of every caller.
    pub fn code(&self) -> &'static str {
        match self {
            CoreError::PainOutOfRange { .. } => "pain_out_of_range",
            CoreError::PainNotWhole { .. } => "pain_not_whole",
            // The score's codes: the same scale, the same words.
            CoreError::RatingOutOfRange { .. } => "pain_out_of_range",
            CoreError::RatingNotWhole { .. } => "pain_not_whole",
            CoreError::WalkingOutOfRange { .. } => "walking_minutes_out_of_range",
            CoreError::NoteTooLong { .. } => "note_too_long",
            CoreError::TimeUnreadable { .. } => "time_unreadable",
            CoreError::TimeInFuture { .. } => "time_in_future",
            CoreError::TextSizeUnsupported { .. } => "text_size_unsupported",
            CoreError::LanguageUnsupported { .. } => "language_unsupported",
            CoreError::WindowImplausible { .. } => "window_implausible",
            CoreError::TextTooLong { .. } => "text_too_long",
            CoreError::DateInvalid { .. } => "date_invalid",
            CoreError::DateImplausible { .. } => "date_implausible",
            CoreError::IdOutOfRange { .. } => "id_out_of_range",
            CoreError::RegionMissing => "region_missing",
            CoreError::LevelNotInRegion { .. } => "level_not_in_region",
            CoreError::DoseOutOfRange { .. } => "dose_out_of_range",
            CoreError::DaysPerWeekOutOfRange { .. } => "days_per_week_out_of_range",
            CoreError::TimesPerDayOutOfRange { .. } => "times_per_day_out_of_range",
            CoreError::PlanItemCount { .. } => "plan_item_count",
            CoreError::ExerciseUnknown { .. } => "exercise_unknown",
            CoreError::ExerciseRepeated { .. } => "exercise_repeated",
            CoreError::FieldRequired { .. } => "field_required",
            // The same words as `TextTooLong`; only the field is a path here.
            CoreError::FieldTooLong { .. } => "text_too_long",
            CoreError::ListTooLong { .. } => "list_too_long",
            CoreError::ReviewDateImplausible { .. } => "review_date_implausible",
            CoreError::EffortOutOfRange { .. } => "effort_out_of_range",
            CoreError::SessionExerciseCount { .. } => "session_exercise_count",
            CoreError::ExerciseOutcomeConflict { .. } => "exercise_outcome_conflict",
            CoreError::SessionEndsBeforeStart { .. } => "session_ends_before_start",
            CoreError::SessionTooLong { .. } => "session_too_long",
            CoreError::PlanFileTooLarge { .. } => "plan_file_too_large",
            CoreError::PlanFileNotJson { .. } => "plan_file_not_json",
            CoreError::PlanFileWrongFormat { .. } => "plan_file_wrong_format",
            CoreError::PlanFileWrongVersion { .. } => "plan_file_wrong_version",
            CoreError::PlanFileMarkup { .. } => "plan_file_markup",
            CoreError::PlanFileInvalid { .. } => "plan_file_invalid",
            CoreError::TimeOutOfRange { .. } => "time_out_of_range",
            CoreError::NoWeekday => "no_weekday",
            CoreError::NoTime => "no_time",
            CoreError::TooManyTimes { .. } => "too_many_times",
            CoreError::ReminderInPast { .. } => "reminder_in_past",
            CoreError::QuietHoursEmpty => "quiet_hours_empty",
            CoreError::DateRangeInvalid { .. } => "date_range_invalid",
            CoreError::DateInFuture { .. } => "date_in_future",
            CoreError::PsfsActivityCount { .. } => "psfs_activity_count",
            CoreError::PsfsDuplicateActivity { .. } => "psfs_duplicate_activity",
            CoreError::PsfsScoreOutOfRange { .. } => "psfs_score_out_of_range",
            CoreError::OdiOutOfRange { .. } => "odi_out_of_range",
            CoreError::RmdqOutOfRange { .. } => "rmdq_out_of_range",
        }
    }

    /// The field a rule was broken in, as a path such as `items[2].dose.reps`, for
    /// errors that belong to one field of a plan, session, reminder, quiet
    /// hours, function measure, walk, or a pain entry's diary additions (the
    /// score itself keeps no field: it is the entry's one required number). The
    /// UI uses it to point at the field; a plan file's errors prefix it with
    /// `plan.`.
    pub fn field(&self) -> Option<&str> {
        match self {
            CoreError::DoseOutOfRange { field, .. }
            | CoreError::DaysPerWeekOutOfRange { field, .. }
            | CoreError::TimesPerDayOutOfRange { field, .. }
            | CoreError::ExerciseUnknown { field, .. }
            | CoreError::ExerciseRepeated { field, .. }
            | CoreError::FieldRequired { field }
            | CoreError::FieldTooLong { field, .. }
            | CoreError::ListTooLong { field, .. }
            | CoreError::PlanFileMarkup { field }
            | CoreError::PlanFileInvalid { field, .. }
            | CoreError::TimeOutOfRange { field, .. }
            | CoreError::DateInFuture { field, .. }
            | CoreError::PsfsDuplicateActivity { field, .. }
            | CoreError::ExerciseOutcomeConflict { field }
            | CoreError::PsfsScoreOutOfRange { field, .. } => Some(field),
            CoreError::RatingOutOfRange { field, .. } | CoreError::RatingNotWhole { field, .. } => {
                Some(field)
            }
            CoreError::WalkingOutOfRange { .. } => Some("minutes"),
            CoreError::PlanItemCount { .. } => Some("items"),
            CoreError::PsfsActivityCount { .. } => Some("activities"),
            // A measure's only number; the UI points at it.
            CoreError::OdiOutOfRange { .. } | CoreError::RmdqOutOfRange { .. } => Some("total"),
            CoreError::ReviewDateImplausible { .. } => Some("reviewDate"),
            CoreError::SessionExerciseCount { .. } => Some("exercises"),
            CoreError::NoWeekday => Some("schedule.days"),
            CoreError::NoTime | CoreError::TooManyTimes { .. } => Some("schedule.times"),
            CoreError::ReminderInPast { .. } => Some("schedule.at"),
            // Quiet hours are validated on their own, so the path starts there.
            CoreError::QuietHoursEmpty => Some("end"),
            _ => None,
        }
    }
}
