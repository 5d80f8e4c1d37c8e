//! Relief Window's domain rules, as plain functions of plain data.
//!
//! This crate decides which ids and dates any record may have (`records`), what
//! a valid pain entry, procedure record or preference is,
//! where a person stands in their relief window, what the exercise library holds,
//! what a valid plan, plan file or exercise session is, how doses build with
//! time (never with pain scores), when reminders ring, and the progress
//! statistics drawn from all of these (counted and compared, never turned into
//! advice). It must never know about Tauri, SQLite, the file system or the
//! clock: every rule that depends on the time takes `now` as an argument, so
//! tests can pin it and the rules stay pure.

pub mod error;
pub mod exercises;
pub mod pain;
pub mod plan;
pub mod preferences;
pub mod procedure;
pub mod records;
pub mod reminders;
pub mod session;
pub mod snapshot;
pub mod stats;
pub mod timeline;

pub use error::CoreError;
pub use exercises::{BodyPosition, Dose, Exercise, ExerciseText, Purpose};
pub use pain::{PainDraft, PainEntry, PainScore, ValidPain};
pub use plan::file::{parse_plan_file, write_plan_file, ImportedPlan};
pub use plan::offers::{
    plan_offers, starting_plan, DoseStepOffer, OfferAnswer, OfferKey, PhasePlanOffer, PlanOffers,
    ReviewDue,
};
pub use plan::{
    default_plan, suggested_dose, CustomExercise, ExerciseRef, Plan, PlanItem, PlanRecord,
    PlanSource,
};
pub use preferences::{Preferences, TextSize, Theme, WindowState};
pub use procedure::{Procedure, ProcedureDraft, Region, Side, ValidProcedure};
pub use records::{RecordId, EARLIEST_DATE, MAX_ID};
// `reminders::check`, `reminders::occurrences` and `reminders::calendar` keep
// their module's name: alone, `check` would say nothing.
pub use reminders::{
    default_reminders, snooze_until, Check, LocalTime, Occurrence, Pause, QuietHours, Reminder,
    ReminderDraft, ReminderKind, Schedule, Snooze, SnoozeChoice, Snoozes, ValidReminder, Weekday,
    WhenQuiet,
};
pub use session::{
    Outcome, Session, SessionDraft, SessionExercise, SessionRecord, SessionSummary, SkipReason,
};
// Progress statistics. A `DateRange` is checked once, when it is made, so the
// functions that take one cannot fail.
pub use snapshot::Snapshot;
pub use stats::{
    active_days, active_days_of_tallies, active_days_this_week, active_days_this_week_of_tallies,
    adherence, adherence_of_tallies, pain_series, pain_series_of_daily_sums, psfs_trend,
    relief_monitor, ActiveDay, Adherence, ChangeBand, DailyPainSum, DateRange, DaySpan,
    ExerciseAdherence, ExerciseKey, Measure, Met, MonitorState, PainDay, PainSeries, ProgressRange,
    ProgressView, Psfs, PsfsActivity, PsfsDraft, PsfsPoint, PsfsRecord, PsfsTrend, QuietReason,
    RangeAdherence, ScoredMeasure, ScoredMeasureDraft, ScoredMeasureRecord, SessionTallies,
    SkipCount, SkipKind, TodaySummary, WeekAdherence, PAIN_MCID,
};
pub use timeline::{Here, Phase, PhaseSpan, Position, Timeline};
