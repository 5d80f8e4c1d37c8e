//! Many records in one transaction, for a tool that writes a whole journal at
//! once (`cargo xtask seed`). Every write of the app is one transaction and one
//! sync to disk; years of records written that way would take minutes, while a
//! batch is one commit, and all or nothing.
//!
//! A `Batch` offers the same additions as `Journal`, through the same code, so
//! what a batch writes is exactly what the app would have written.

use chrono::{DateTime, FixedOffset};
use relief_core::pain::Walk;
use relief_core::reminders::ReminderEvent;
use relief_core::{
    PainEntry, Plan, PlanRecord, PlanSource, Procedure, Psfs, Reminder, ScoredMeasure, Session,
    SessionRecord, ValidPain, ValidProcedure, ValidReminder,
};
use rusqlite::{Connection, TransactionBehavior};

use relief_core::{PsfsRecord, ScoredMeasureRecord};

use crate::measures;
use crate::{pain, plans, procedures, reminders, sessions, walking, Journal, StoreError};

/// The journal inside one open transaction; see `Journal::bulk`.
pub struct Batch<'a> {
    conn: &'a Connection,
}

impl Journal {
    /// Runs `fill` in one transaction: everything it adds is stored, or, if it
    /// returns an error, nothing is. `fill` may fail in its own terms (a tool's
    /// error type that a `StoreError` converts into). The journal is locked
    /// meanwhile, so keep it for tools, not for anything a person waits on.
    pub fn bulk<T, E: From<StoreError>>(
        &self,
        fill: impl FnOnce(&Batch<'_>) -> Result<T, E>,
    ) -> Result<T, E> {
        if self.read_only {
            return Err(StoreError::ReadOnly.into());
        }
        let mut conn = self.lock();
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(StoreError::from)?;
        // An error returns before the commit; dropping `tx` rolls it all back.
        let value = fill(&Batch { conn: &tx })?;
        tx.commit().map_err(StoreError::from)?;
        Ok(value)
    }
}

impl Batch<'_> {
    pub fn add_pain(
        &self,
        p: &ValidPain,
        now: DateTime<FixedOffset>,
    ) -> Result<PainEntry, StoreError> {
        Ok(pain::insert(self.conn, p, now)?)
    }

    pub fn add_procedure(
        &self,
        p: &ValidProcedure,
        now: DateTime<FixedOffset>,
    ) -> Result<Procedure, StoreError> {
        Ok(procedures::insert(self.conn, p, now)?)
    }

    pub fn replace_plan(
        &self,
        plan: &Plan,
        source: PlanSource,
        now: DateTime<FixedOffset>,
    ) -> Result<PlanRecord, StoreError> {
        plans::replace(self.conn, plan, source, now)
    }

    pub fn add_session(
        &self,
        session: &Session,
        plan_id: Option<i64>,
        now: DateTime<FixedOffset>,
    ) -> Result<SessionRecord, StoreError> {
        sessions::insert(self.conn, session, plan_id, now)
    }

    pub fn set_walking(&self, walk: &Walk, now: DateTime<FixedOffset>) -> Result<(), StoreError> {
        Ok(walking::set(self.conn, walk, now)?)
    }

    pub fn add_psfs(
        &self,
        psfs: &Psfs,
        now: DateTime<FixedOffset>,
    ) -> Result<PsfsRecord, StoreError> {
        measures::insert_psfs(self.conn, psfs, now)
    }

    pub fn add_measure(
        &self,
        measure: &ScoredMeasure,
        now: DateTime<FixedOffset>,
    ) -> Result<ScoredMeasureRecord, StoreError> {
        Ok(measures::insert_measure(self.conn, measure, now)?)
    }

    pub fn add_reminder(
        &self,
        r: &ValidReminder,
        now: DateTime<FixedOffset>,
    ) -> Result<Reminder, StoreError> {
        reminders::insert(self.conn, r, now)
    }

    pub fn record_reminder_event(
        &self,
        event: &ReminderEvent,
        now: DateTime<FixedOffset>,
    ) -> Result<(), StoreError> {
        reminders::insert_event(self.conn, event, now)
    }
}
