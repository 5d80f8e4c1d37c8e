//! The whole journal as plain records, read in one transaction: what exports
//! and backups are made from, and what a restore writes back.
//!
//! Deleted records (soft-deleted, awaiting purge) are not part of a snapshot:
//! the person deleted them. Ids are kept, so a restore can keep them too and a
//! merge can tell a record it already has.

use chrono::{DateTime, FixedOffset};
use relief_core::reminders::{ReminderEvent, SchedulerState};
use relief_core::{PainEntry, PlanRecord, Procedure, Reminder, SessionRecord, Walk};
use serde::{Deserialize, Serialize};

use crate::{PsfsRecord, ScoredMeasureRecord};

/// One reminder event with its journal id and the time it was recorded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReminderEventRecord {
    pub id: i64,
    #[serde(flatten)]
    pub event: ReminderEvent,
    pub recorded_at: DateTime<FixedOffset>,
}

/// Everything the journal holds, oldest first in each list.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Snapshot {
    pub procedures: Vec<Procedure>,
    pub pain: Vec<PainEntry>,
    pub sessions: Vec<SessionRecord>,
    /// Every plan, earlier ones included; the current one has no `replaced_at`.
    pub plans: Vec<PlanRecord>,
    pub walking: Vec<Walk>,
    pub psfs: Vec<PsfsRecord>,
    pub measures: Vec<ScoredMeasureRecord>,
    pub reminders: Vec<Reminder>,
    pub reminder_events: Vec<ReminderEventRecord>,
    pub scheduler_state: Option<SchedulerState>,
}
