//! Reminders in the journal: add, change, delete with undo, list; what became of
//! each reminder that fell due (kept for adherence); and the scheduler's memory
//! between runs (its last check, and what is snoozed or paused).
//!
//! Whether a reminder is valid and when it is due is relief-core's business; this
//! module stores a `ValidReminder` and reads it back, and never computes a time.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, Utc};
use rusqlite::types::Type;
use rusqlite::{params, Connection, OptionalExtension, Row};

use relief_core::reminders::{ReminderEvent, ReminderOutcome, SchedulerState};
use relief_core::{Occurrence, Reminder, ReminderKind, SkipReason, Snoozes, ValidReminder};

use relief_core::reminders::ReminderEventRecord;

use crate::{Journal, StoreError};

pub(crate) const COLUMNS: &str = "id, kind, message, enabled, schedule_json";

impl Journal {
    pub fn add_reminder(
        &self,
        r: &ValidReminder,
        now: DateTime<FixedOffset>,
    ) -> Result<Reminder, StoreError> {
        self.write_checked(|conn| insert(conn, r, now))
    }

    /// Replaces every field of a reminder. A deleted one cannot be changed.
    pub fn update_reminder(
        &self,
        id: i64,
        r: &ValidReminder,
        now: DateTime<FixedOffset>,
    ) -> Result<Reminder, StoreError> {
        let schedule = json(&r.schedule)?;
        self.write(|conn| {
            conn.query_row(
                &format!(
                    "UPDATE reminders SET kind = ?2, message = ?3, enabled = ?4, schedule_json = ?5, updated_at = ?6
                     WHERE id = ?1 AND deleted_at IS NULL RETURNING {COLUMNS}"
                ),
                params![id, kind_text(r.kind), r.message, r.enabled, schedule, now.to_rfc3339()],
                reminder,
            )
            .optional()
        })?
        .ok_or(StoreError::NotFound { id })
    }

    /// Marks a reminder deleted and returns it, so the UI can offer undo.
    pub fn delete_reminder(
        &self,
        id: i64,
        now: DateTime<FixedOffset>,
    ) -> Result<Reminder, StoreError> {
        self.write(|conn| {
            conn.query_row(
                &format!(
                    "UPDATE reminders SET deleted_at = ?2
                     WHERE id = ?1 AND deleted_at IS NULL RETURNING {COLUMNS}"
                ),
                params![id, now.to_rfc3339()],
                reminder,
            )
            .optional()
        })?
        .ok_or(StoreError::NotFound { id })
    }

    pub fn undo_delete_reminder(&self, id: i64) -> Result<Reminder, StoreError> {
        self.write(|conn| {
            conn.query_row(
                &format!(
                    "UPDATE reminders SET deleted_at = NULL
                     WHERE id = ?1 AND deleted_at IS NOT NULL RETURNING {COLUMNS}"
                ),
                params![id],
                reminder,
            )
            .optional()
        })?
        .ok_or(StoreError::NotFound { id })
    }

    /// Every live reminder, oldest first (the order the person made them).
    pub fn reminders(&self) -> Result<Vec<Reminder>, StoreError> {
        let conn = self.lock();
        let mut statement = conn.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM reminders WHERE deleted_at IS NULL ORDER BY id"
        ))?;
        let rows = statement.query_map([], reminder)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Records what became of a reminder that fell due.
    pub fn record_reminder_event(
        &self,
        event: &ReminderEvent,
        now: DateTime<FixedOffset>,
    ) -> Result<(), StoreError> {
        self.write_checked(|conn| insert_event(conn, event, now))
    }

    /// The reasons given when reminders set for a date from `from` to `to`
    /// (both included, the person's wall-clock dates) were answered "skip", in
    /// the order they fell due. An "other" reason comes back without its
    /// words, which the journal does not keep.
    pub fn reminder_skip_reasons_between(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Vec<SkipReason>, StoreError> {
        skip_reasons_between(&self.lock(), from, to)
    }

    /// How many events of each outcome fell due in `[from, until)`; the first
    /// building block of reminder adherence.
    pub fn reminder_outcomes(
        &self,
        from: DateTime<Utc>,
        until: DateTime<Utc>,
    ) -> Result<Vec<(String, i64)>, StoreError> {
        let conn = self.lock();
        let mut statement = conn.prepare_cached(
            "SELECT outcome, count(*) FROM reminder_events
             WHERE due_at >= ?1 AND due_at < ?2 GROUP BY outcome ORDER BY outcome",
        )?;
        let rows = statement.query_map(params![from.to_rfc3339(), until.to_rfc3339()], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The scheduler's memory, or none before its first check.
    pub fn scheduler_state(&self) -> Result<Option<SchedulerState>, StoreError> {
        scheduler_state_in(&self.lock())
    }

    pub fn save_scheduler_state(&self, state: &SchedulerState) -> Result<(), StoreError> {
        let snoozes = json(&state.snoozes)?;
        self.write(|conn| {
            conn.execute(
                "INSERT INTO scheduler_state (id, last_check, snoozes_json) VALUES (1, ?1, ?2)
                 ON CONFLICT (id) DO UPDATE SET last_check = excluded.last_check,
                     snoozes_json = excluded.snoozes_json",
                params![state.last_check.to_rfc3339(), snoozes],
            )
        })?;
        Ok(())
    }
}

pub(crate) fn scheduler_state_in(conn: &Connection) -> Result<Option<SchedulerState>, StoreError> {
    let row: Option<(String, String)> = conn
        .query_row(
            "SELECT last_check, snoozes_json FROM scheduler_state WHERE id = 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    row.map(|(last_check, snoozes)| {
        let last_check = DateTime::parse_from_rfc3339(&last_check)
            .map_err(|e| StoreError::Serialise(format!("last_check: {e}")))?
            .with_timezone(&Utc);
        // Snoozes are a convenience: a damaged value means nothing is snoozed.
        let snoozes: Snoozes = serde_json::from_str(&snoozes).unwrap_or_default();
        Ok(SchedulerState {
            last_check,
            snoozes,
        })
    })
    .transpose()
}

pub(crate) fn insert(
    conn: &Connection,
    r: &ValidReminder,
    now: DateTime<FixedOffset>,
) -> Result<Reminder, StoreError> {
    insert_row(conn, None, r, &now.to_rfc3339(), None)?;
    Ok(conn
        .prepare_cached(&format!("SELECT {COLUMNS} FROM reminders WHERE id = ?1"))?
        .query_row([conn.last_insert_rowid()], reminder)?)
}

/// Writes a reminder's row under `id`, or a new id for none; nothing when
/// `id` is taken (a restore then tries a new one). `deleted_at` keeps a
/// deleted reminder whose events still count. The one place the table's
/// columns are written. Returns how many rows were written.
pub(crate) fn insert_row(
    conn: &Connection,
    id: Option<i64>,
    r: &ValidReminder,
    created_at: &str,
    deleted_at: Option<&str>,
) -> Result<usize, StoreError> {
    let schedule = json(&r.schedule)?;
    Ok(conn
        .prepare_cached(
            "INSERT INTO reminders (id, kind, message, enabled, schedule_json, created_at,
                                    updated_at, deleted_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, ?7) ON CONFLICT (id) DO NOTHING",
        )?
        .execute(params![
            id,
            kind_text(r.kind),
            r.message,
            r.enabled,
            schedule,
            created_at,
            deleted_at
        ])?)
}

pub(crate) fn insert_event(
    conn: &Connection,
    event: &ReminderEvent,
    now: DateTime<FixedOffset>,
) -> Result<(), StoreError> {
    let inserted = conn
        .prepare_cached(
            "INSERT INTO reminder_events
                 (reminder_id, kind, set_for, due_at, outcome, skip_reason, from_catch_up, recorded_at)
             SELECT id, kind, ?2, ?3, ?4, ?5, ?6, ?7 FROM reminders WHERE id = ?1",
        )?
        .execute(params![
            event.occurrence.reminder_id,
            event.occurrence.local.format("%Y-%m-%dT%H:%M:%S").to_string(),
            event.occurrence.due.to_rfc3339(),
            outcome_text(&event.outcome),
            skip_text(&event.outcome),
            event.from_catch_up,
            now.to_rfc3339(),
        ])?;
    match inserted {
        0 => Err(StoreError::NotFound {
            id: event.occurrence.reminder_id,
        }),
        _ => Ok(()),
    }
}

pub(crate) fn skip_reasons_between(
    conn: &Connection,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<SkipReason>, StoreError> {
    let mut statement = conn.prepare_cached(
        "SELECT skip_reason FROM reminder_events
         WHERE substr(set_for, 1, 10) BETWEEN ?1 AND ?2 AND outcome = 'skipped'
         ORDER BY due_at, id",
    )?;
    let rows = statement.query_map([from.to_string(), to.to_string()], |r| {
        let text: Option<String> = r.get(0)?;
        Ok(match text.as_deref() {
            Some("too-painful") => SkipReason::TooPainful,
            Some("no-time") => SkipReason::NoTime,
            Some("no-space-or-equipment") => SkipReason::NoSpaceOrEquipment,
            // "other", or a skip recorded without a reason.
            _ => SkipReason::Other { text: None },
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub(crate) fn json<T: serde::Serialize>(value: &T) -> Result<String, StoreError> {
    serde_json::to_string(value).map_err(|e| StoreError::Serialise(e.to_string()))
}

pub(crate) fn kind_text(kind: ReminderKind) -> &'static str {
    match kind {
        ReminderKind::Routine => "routine",
        ReminderKind::Diary => "diary",
        ReminderKind::FollowUp => "followUp",
        ReminderKind::Custom => "custom",
    }
}

pub(crate) fn outcome_text(outcome: &ReminderOutcome) -> &'static str {
    match outcome {
        ReminderOutcome::Shown => "shown",
        ReminderOutcome::Done => "done",
        ReminderOutcome::Snoozed => "snoozed",
        ReminderOutcome::Moved => "moved",
        ReminderOutcome::Skipped { .. } => "skipped",
    }
}

pub(crate) fn skip_text(outcome: &ReminderOutcome) -> Option<&'static str> {
    match outcome {
        ReminderOutcome::Skipped { reason } => Some(match reason {
            SkipReason::TooPainful => "too-painful",
            SkipReason::NoTime => "no-time",
            SkipReason::NoSpaceOrEquipment => "no-space-or-equipment",
            SkipReason::Other { .. } => "other",
        }),
        _ => None,
    }
}

/// Reads a row of `COLUMNS`. A value no rule would have let in (a hand-edited
/// file) is a conversion error, never a panic.
pub(crate) fn reminder(row: &Row<'_>) -> rusqlite::Result<Reminder> {
    let bad = |index: usize, what: String| {
        rusqlite::Error::FromSqlConversionFailure(index, Type::Text, what.into())
    };
    let kind: String = row.get(1)?;
    let kind = [
        ReminderKind::Routine,
        ReminderKind::Diary,
        ReminderKind::FollowUp,
        ReminderKind::Custom,
    ]
    .into_iter()
    .find(|k| kind_text(*k) == kind)
    .ok_or_else(|| bad(1, format!("unknown reminder kind {kind:?}")))?;
    let schedule: String = row.get(4)?;
    Ok(Reminder {
        id: row.get(0)?,
        kind,
        message: row.get(2)?,
        enabled: row.get(3)?,
        schedule: serde_json::from_str(&schedule).map_err(|e| bad(4, e.to_string()))?,
    })
}

/// Reads `id, reminder_id, set_for, due_at, outcome, skip_reason,
/// from_catch_up, recorded_at` of `reminder_events`. An "other" skip comes
/// back without its words, which the journal does not keep.
pub(crate) fn event_record(row: &Row<'_>) -> rusqlite::Result<ReminderEventRecord> {
    let bad = |index: usize, what: String| {
        rusqlite::Error::FromSqlConversionFailure(index, Type::Text, what.into())
    };
    let set_for: String = row.get(2)?;
    let local = NaiveDateTime::parse_from_str(&set_for, "%Y-%m-%dT%H:%M:%S")
        .map_err(|e| bad(2, e.to_string()))?;
    let outcome: String = row.get(4)?;
    let skip: Option<String> = row.get(5)?;
    let outcome = match outcome.as_str() {
        "shown" => ReminderOutcome::Shown,
        "done" => ReminderOutcome::Done,
        "snoozed" => ReminderOutcome::Snoozed,
        "moved" => ReminderOutcome::Moved,
        "skipped" => ReminderOutcome::Skipped {
            reason: match skip.as_deref() {
                Some("too-painful") => SkipReason::TooPainful,
                Some("no-time") => SkipReason::NoTime,
                Some("no-space-or-equipment") => SkipReason::NoSpaceOrEquipment,
                _ => SkipReason::Other { text: None },
            },
        },
        other => return Err(bad(4, format!("unknown outcome {other:?}"))),
    };
    Ok(ReminderEventRecord {
        id: row.get(0)?,
        event: ReminderEvent {
            occurrence: Occurrence {
                reminder_id: row.get(1)?,
                local,
                due: row.get::<_, DateTime<FixedOffset>>(3)?.with_timezone(&Utc),
            },
            outcome,
            from_catch_up: row.get(6)?,
        },
        recorded_at: row.get(7)?,
    })
}
