//! Relief Window's journal: the person's health records, kept durably in SQLite.
//!
//! This crate owns one folder (the app chooses it: the OS app-data folder or
//! `--data-dir`). In it lives `journal.sqlite3`, a `backups/` folder of daily and
//! pre-migration copies, and any damaged journal that was moved aside. Opening the
//! journal checks it, recovers it from the newest sound backup if it is damaged, and
//! upgrades its schema; every write is one transaction, committed with a full sync.
//!
//! It must never know about Tauri, the UI or the clock: callers pass `now`, so tests
//! pin time, and the rules for what a valid entry is come from relief-core. The
//! Progress views (`progress.rs`) are read here and computed by relief-core's
//! statistics; their types, like the `Snapshot` of the whole journal, are
//! relief-core's plain data, which this crate fills and never defines.

mod backup;
mod batch;
mod connection;
mod days;
mod error;
mod health;
mod journal;
mod measures;
mod merge;
mod migrations;
mod offers;
mod pain;
pub mod partials;
mod plans;
mod procedures;
mod progress;
mod read_only;
mod records;
mod recoveries;
mod recovery;
mod reminders;
mod restore;
mod sessions;
mod snapshot;
mod sound;
mod tallies;
mod wal;
mod walking;

pub use batch::Batch;
pub use error::{DiskProblem, StoreError};
pub use health::Damage;
pub use journal::{Journal, Opened};
pub use merge::{already_here, AlreadyHere};
pub use partials::is_temporary;
pub use recoveries::RecoveryNote;
pub use recovery::Recovery;
pub use restore::{RestoreMode, Restored};

/// The journal's file name inside the data folder.
pub const JOURNAL_FILE: &str = "journal.sqlite3";
