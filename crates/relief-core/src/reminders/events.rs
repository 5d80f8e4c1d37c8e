//! What became of each time a reminder rang, and the scheduler's memory
//! between runs: plain data for the journal to keep. Progress counts these
//! without judging them: a skipped routine with its reason is a record, not a
//! failure. Nothing here decides anything; `due` does that.

use chrono::{DateTime, FixedOffset, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Occurrence, Snoozes};
use crate::SkipReason;

/// What the person did with a reminder that rang.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "outcome", rename_all = "camelCase")]
#[ts(tag = "outcome", rename_all = "camelCase")]
pub enum ReminderOutcome {
    /// Shown, and nothing more said.
    Shown,
    Done,
    Snoozed,
    /// Moved to another time by the person.
    Moved,
    /// Not done, with the same reasons a session offers.
    Skipped {
        reason: SkipReason,
    },
}

/// One time a reminder rang, and what became of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct ReminderEvent {
    pub occurrence: Occurrence,
    pub outcome: ReminderOutcome,
    /// Shown in the catch-up prompt rather than as a notification.
    pub from_catch_up: bool,
}

/// One reminder event with its journal id and the time it was recorded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReminderEventRecord {
    pub id: i64,
    #[serde(flatten)]
    pub event: ReminderEvent,
    pub recorded_at: DateTime<FixedOffset>,
}

/// What the scheduler must remember between runs: when it last checked (the
/// next check's `last_check`) and what is snoozed or paused.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct SchedulerState {
    #[ts(type = "string")]
    pub last_check: DateTime<Utc>,
    #[serde(default)]
    pub snoozes: Snoozes,
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn json_shape() {
        let due = DateTime::parse_from_rfc3339("2026-11-25T10:00:00Z")
            .unwrap()
            .to_utc();
        let event = ReminderEvent {
            occurrence: Occurrence {
                reminder_id: 4,
                local: NaiveDate::from_ymd_opt(2026, 11, 25)
                    .unwrap()
                    .and_hms_opt(10, 0, 0)
                    .unwrap(),
                due,
            },
            outcome: ReminderOutcome::Skipped {
                reason: SkipReason::TooPainful,
            },
            from_catch_up: true,
        };
        assert_eq!(
            serde_json::to_value(&event).unwrap(),
            serde_json::json!({
                "occurrence": {"reminderId": 4, "local": "2026-11-25T10:00:00", "due": "2026-11-25T10:00:00Z"},
                "outcome": {"outcome": "skipped", "reason": {"reason": "tooPainful"}},
                "fromCatchUp": true,
            })
        );
        let state: SchedulerState =
            serde_json::from_str(r#"{"lastCheck": "2026-11-25T10:00:00Z"}"#).unwrap();
        assert_eq!(state.last_check, due);
        assert_eq!(state.snoozes, Snoozes::default());
    }
}
