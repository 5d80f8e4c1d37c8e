//! Reminders in the running app. relief-core decides what is due; this module
//! runs the clock and carries the results to the person:
//!
//! - `tick`: every 30 seconds the wall clock is compared with the last check
//!   (never one long sleep: a sleeping computer makes long timers fire late or
//!   early), due reminders become the desktop's own notifications, missed ones
//!   one catch-up notification, and the window is told;
//! - `Waiting`: what the window shows until the person answers: a banner per
//!   due reminder, one catch-up prompt for the missed ones;
//! - `answer`: done, snooze, later today, or skip with a reason, each recorded
//!   in the journal (skips count in adherence).
//!
//! The scheduler's memory (last check, snoozes, pause) lives in the journal, so
//! a restart catches up on what fell due while the app was closed.

mod answer;
mod notify;
mod tick;

use std::sync::{Mutex, MutexGuard};

use relief_core::{Occurrence, ReminderKind};
use serde::Serialize;
use ts_rs::TS;

pub use answer::{answer, pause, resume, ReminderAnswer};
pub use tick::{next_reminder, start, tick, TICK};

/// Sent to the window whenever what is waiting, or the schedule, changed.
pub const CHANGED_EVENT: &str = "reminders-changed";

/// A reminder that rang, with the words to show for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct DueReminder {
    pub occurrence: Occurrence,
    pub kind: ReminderKind,
    pub message: String,
}

/// What waits for the person's answer.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct Pending {
    /// Rang just now: one banner each.
    pub due: Vec<DueReminder>,
    /// Missed while the app was closed or the computer slept: one prompt.
    pub catch_up: Vec<DueReminder>,
}

/// The app's pending reminders. Its lock is also held across each tick and each
/// answer, so the two never interleave their read-modify-write of the
/// scheduler's memory.
#[derive(Default)]
pub struct Waiting(Mutex<Pending>);

impl Waiting {
    pub fn lock(&self) -> MutexGuard<'_, Pending> {
        // The pending lists are plain values, whole after any panic.
        self.0.lock().unwrap_or_else(|p| p.into_inner())
    }
}

impl Pending {
    /// Takes `occurrence` out of either list; true if it was in the catch-up.
    fn take(&mut self, occurrence: &Occurrence) -> bool {
        let same = |d: &DueReminder| d.occurrence.reminder_id == occurrence.reminder_id;
        let was_catch_up = self.catch_up.iter().any(same);
        self.due.retain(|d| !same(d));
        self.catch_up.retain(|d| !same(d));
        was_catch_up
    }
}
