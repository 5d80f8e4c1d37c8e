//! The app's offers about the person's plan, read and answered in the journal.
//!
//! relief-core decides what to offer (`relief_core::plan_offers`) from the
//! procedures, the current plan, the sessions since it was made and the
//! answers given; this module reads those in one snapshot, keeps the answers
//! (`plan_offer_answers`, migration 011), and takes an offer up in one
//! transaction that first asks relief-core again, so what replaces the plan is
//! exactly what is offered at that moment, never what a screen remembered.

use chrono::{DateTime, FixedOffset, NaiveDate};
use rusqlite::types::Type;
use rusqlite::{params, Connection};

use relief_core::plan::offers::with_dose;
use relief_core::{plan_offers, OfferAnswer, OfferKey, PlanOffers, PlanRecord, PlanSource};

use crate::{Journal, StoreError};

impl Journal {
    /// What the app offers about the plan on `today`.
    pub fn plan_offers(&self, today: NaiveDate) -> Result<PlanOffers, StoreError> {
        self.read(|conn| offers(conn, today))
    }

    /// Records the person's "not now" (or "OK") to the offer `key`.
    pub fn answer_offer(
        &self,
        key: &OfferKey,
        now: DateTime<FixedOffset>,
    ) -> Result<OfferAnswer, StoreError> {
        let json = serde_json::to_string(key).map_err(|e| StoreError::Serialise(e.to_string()))?;
        self.write(|conn| {
            conn.execute(
                "INSERT INTO plan_offer_answers (key_json, answered_at) VALUES (?1, ?2)",
                params![json, now.to_rfc3339()],
            )?;
            Ok(OfferAnswer {
                key: key.clone(),
                at: now,
            })
        })
    }

    /// Takes up the offer `key` (the plan of a new phase, or a dose's next
    /// step) if it still stands on `now`'s date: the plan it makes becomes
    /// the app's own plan and the one before goes to the history. Anything
    /// else is `OfferExpired`, and the plan is untouched.
    pub fn accept_offer(
        &self,
        key: &OfferKey,
        now: DateTime<FixedOffset>,
    ) -> Result<PlanRecord, StoreError> {
        self.write_checked(|conn| {
            let offers = offers(conn, now.date_naive())?;
            let plan = match key {
                OfferKey::PhasePlan { .. } => {
                    offers.phase_plan.filter(|o| o.key == *key).map(|o| o.plan)
                }
                OfferKey::DoseStep { exercise, .. } => {
                    let step = offers.dose_steps.into_iter().find(|s| s.key == *key);
                    let current = crate::plans::current(conn)?;
                    step.zip(current)
                        .and_then(|(step, record)| with_dose(&record.plan, exercise, step.to))
                }
                OfferKey::PhaseNotice { .. } | OfferKey::Review { .. } => None,
            };
            let plan = plan.ok_or(StoreError::OfferExpired)?;
            crate::plans::replace(conn, &plan, PlanSource::Default, now)
        })
    }
}

/// The offers on `today`, from one read of the journal.
fn offers(conn: &Connection, today: NaiveDate) -> Result<PlanOffers, StoreError> {
    let procedures = crate::procedures::all(conn)?;
    let current = crate::plans::current(conn)?;
    // Only sessions since the plan was made can count towards its steps.
    let sessions = match &current {
        Some(record) => crate::sessions::between(conn, record.created_at.date_naive(), today)?,
        None => Vec::new(),
    };
    let answers = answers_in(conn)?;
    Ok(plan_offers(
        &procedures,
        current.as_ref(),
        &sessions,
        &answers,
        today,
    ))
}

/// Every answer given, oldest first (also read whole when the journal opens).
pub(crate) fn answers_in(conn: &Connection) -> Result<Vec<OfferAnswer>, StoreError> {
    let mut statement =
        conn.prepare_cached("SELECT key_json, answered_at FROM plan_offer_answers ORDER BY id")?;
    let rows = statement.query_map([], |row| {
        let bad = |index: usize, what: String| {
            rusqlite::Error::FromSqlConversionFailure(index, Type::Text, what.into())
        };
        let key: String = row.get(0)?;
        Ok(OfferAnswer {
            key: serde_json::from_str(&key).map_err(|e| bad(0, e.to_string()))?,
            at: row.get(1)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}
