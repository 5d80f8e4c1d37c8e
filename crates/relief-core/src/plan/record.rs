//! A plan as the journal keeps it: the plan itself, where it came from, and when
//! it was current. The current plan has no `replaced_at`; earlier ones form the
//! history, so a physio's plan that is later edited is never lost.

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::Plan;

/// Where a plan came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(rename_all = "kebab-case")]
pub enum PlanSource {
    /// The app's phased default plan.
    Default,
    /// Changed by the person in the plan editor.
    Edited,
    /// Imported from a physiotherapist's plan file.
    File,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct PlanRecord {
    #[ts(type = "number")]
    pub id: i64,
    pub plan: Plan,
    pub source: PlanSource,
    #[ts(type = "string")]
    pub created_at: DateTime<FixedOffset>,
    /// When a newer plan took its place; none for the current plan.
    #[ts(type = "string | null")]
    pub replaced_at: Option<DateTime<FixedOffset>>,
}
