//! Relief Window's domain rules, as plain functions of plain data.
//!
//! This crate decides what a valid pain entry or preference is. It must never know
//! about Tauri, SQLite, the file system or the clock: every rule that depends on the
//! time takes `now` as an argument, so tests can pin it and the rules stay pure.

pub mod error;
pub mod pain;
pub mod preferences;

pub use error::CoreError;
pub use pain::{PainDraft, PainEntry, PainScore, ValidPain};
pub use preferences::{Preferences, TextSize, Theme, WindowState};
