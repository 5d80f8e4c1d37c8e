//! The whole journal as plain records: what exports and backups are made
//! from, and what a restore writes back. The journal (relief-store) reads one
//! in a single transaction; relief-export turns one into files and reads one
//! back from a backup. Plain data, defined here so neither needs the other.
//!
//! Deleted records (soft-deleted, awaiting purge) are not part of a snapshot:
//! the person deleted them. Ids are kept, so a restore can keep them too and a
//! merge can tell a record it already has.

use serde::{Deserialize, Serialize};

use crate::pain::Walk;
use crate::reminders::{ReminderEventRecord, SchedulerState};
use crate::{
    PainEntry, PlanRecord, Procedure, PsfsRecord, Reminder, ScoredMeasureRecord, SessionRecord,
};

/// Everything the journal holds, oldest first in each list.
///
/// Unknown lists are refused rather than dropped: a file from a newer app
/// must not lose records silently by being read here.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Snapshot {
    pub procedures: Vec<Procedure>,
    pub pain: Vec<PainEntry>,
    pub sessions: Vec<SessionRecord>,
    /// Every plan, earlier ones included; the current one has no `replaced_at`.
    pub plans: Vec<PlanRecord>,
    pub walking: Vec<Walk>,
    pub psfs: Vec<PsfsRecord>,
    pub measures: Vec<ScoredMeasureRecord>,
    /// Live reminders.
    pub reminders: Vec<Reminder>,
    /// Reminders the person deleted whose events are kept: those events still
    /// count in adherence, and must point at something.
    #[serde(default)]
    pub retired_reminders: Vec<Reminder>,
    pub reminder_events: Vec<ReminderEventRecord>,
    pub scheduler_state: Option<SchedulerState>,
}
