//! The commands the web UI may invoke. Each is thin: it takes its state, calls the
//! store or the core, and maps the error to `ApiError`. Rules live in relief-core;
//! storage lives in relief-store. A command never decides what is valid.
//!
//! Every command is also listed in `build.rs` (the ACL manifest) and granted in
//! `capabilities/main-window.json`; the IPC tests check both.

pub mod args;
pub mod export;
pub mod learn;
pub mod pain;
pub mod plan_files;
pub mod preferences;
pub mod procedures;
pub mod progress;
pub mod reminders;
pub mod routine;
pub mod startup;

use chrono::{DateTime, FixedOffset, Local};

/// The person's local time, with its offset. The one place commands read the clock.
fn now() -> DateTime<FixedOffset> {
    Local::now().fixed_offset()
}
