//! Relief Window's journal: the person's health records, kept durably in SQLite.
//!
//! This crate owns one folder (the app chooses it: the OS app-data folder or
//! `--data-dir`). In it lives `journal.sqlite3`, a `backups/` folder of daily and
//! pre-migration copies, and any damaged journal that was moved aside. Opening the
//! journal checks it, recovers it from the newest sound backup if it is damaged, and
//! upgrades its schema; every write is one transaction, committed with a full sync.
//!
//! It must never know about Tauri, the UI or the clock: callers pass `now`, so tests
//! pin time, and the rules for what a valid entry is come from relief-core.

mod backup;
mod error;
mod journal;
mod migrations;
mod pain;
mod plans;
mod procedures;
mod recovery;
mod reminders;
mod sessions;

pub use error::StoreError;
pub use journal::{Journal, Opened};
pub use recovery::Recovery;

/// The journal's file name inside the data folder.
pub const JOURNAL_FILE: &str = "journal.sqlite3";
