//! Relief Window's domain rules, as plain functions of plain data.
//!
//! This crate decides what a valid pain entry, procedure record or preference is,
//! and where a person stands in their relief window. It must never know
//! about Tauri, SQLite, the file system or the clock: every rule that depends on the
//! time takes `now` as an argument, so tests can pin it and the rules stay pure.

pub mod error;
pub mod pain;
pub mod preferences;
pub mod procedure;
pub mod timeline;

pub use error::CoreError;
pub use pain::{PainDraft, PainEntry, PainScore, ValidPain};
pub use preferences::{Preferences, TextSize, Theme, WindowState};
pub use procedure::{Procedure, ProcedureDraft, Region, Side, ValidProcedure};
pub use timeline::{Here, Phase, PhaseSpan, Position, Timeline};
