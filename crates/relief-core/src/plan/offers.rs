//! What the app offers to change in the person's plan as the relief window
//! moves on, and when: the plan for the phase they are now in, a note that
//! their physiotherapist may want to update a plan that is not the app's own,
//! a reminder of a plan file's review date, and the next step of a dose.
//!
//! Everything here is an offer. Nothing changes without the person's yes, and
//! a "not now" is remembered (`OfferAnswer`) until something new happens: the
//! next phase, or more sessions done at the same dose. The offers are a pure
//! function of the procedures, the current plan, the sessions, the answers
//! given and today (`plan_offers`); the phase comes from dates alone and a
//! dose step from sessions done, so no pain score can ever move a plan.
//!
//! Only the app's own plan (source `default`) is ever replaced by an offer.
//! A plan the person edited, or a physiotherapist's, is theirs: at a phase
//! change the person is only told which phase they are in.

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{default_plan, suggested_dose, Plan, PlanRecord, PlanSource};
use crate::exercises::{find, Dose};
use crate::timeline::{self, Phase};
use crate::{Procedure, Region, SessionRecord};

/// Which offer an answer is about. Each names what would make the offer
/// new again: another phase, another procedure, another review date,
/// another dose.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase")]
#[ts(tag = "kind", rename_all = "camelCase")]
pub enum OfferKey {
    /// The app's plan for `phase` of the window after the procedure on
    /// `procedure`.
    PhasePlan {
        #[ts(type = "string")]
        procedure: NaiveDate,
        phase: Phase,
    },
    /// The note that a plan not the app's own may need updating for `phase`.
    PhaseNotice {
        #[ts(type = "string")]
        procedure: NaiveDate,
        phase: Phase,
    },
    /// The reminder that plan `plan`'s review date, `date`, has come.
    Review {
        #[ts(type = "number")]
        plan: i64,
        #[ts(type = "string")]
        date: NaiveDate,
    },
    /// The next step of the library exercise `exercise` from `from`.
    DoseStep { exercise: String, from: Dose },
}

/// "Not now" (or "OK" to a note), given at `at`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct OfferAnswer {
    pub key: OfferKey,
    #[ts(type = "string")]
    pub at: DateTime<FixedOffset>,
}

/// The plan for the phase the person is in, ready to take in place of the
/// app's own plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct PhasePlanOffer {
    pub key: OfferKey,
    pub phase: Phase,
    pub plan: Plan,
    /// The person said "not now" in this phase: Today says nothing, and
    /// Routine shows it only when asked.
    pub hidden: bool,
}

/// One exercise of the app's plan, ready for its next step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct DoseStepOffer {
    pub key: OfferKey,
    /// The library id.
    pub exercise: String,
    pub from: Dose,
    pub to: Dose,
    /// Sessions in which it was done at `from` (since it became the dose, or
    /// since the last "not now").
    pub sessions: u32,
}

/// A plan's review date, come.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct ReviewDue {
    pub key: OfferKey,
    #[ts(type = "string")]
    pub date: NaiveDate,
}

/// Everything the app offers today, for Today and Routine.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct PlanOffers {
    /// Where the person stands; none until a procedure is recorded.
    pub phase: Option<Phase>,
    /// The treated region of the procedure the phases count from: the routine
    /// is written for the lower back, and says so for any other.
    pub region: Option<Region>,
    /// For the app's own plan: the plan of the phase they are in, when it
    /// holds other exercises than theirs.
    pub phase_plan: Option<PhasePlanOffer>,
    /// For an edited or a physiotherapist's plan: the phase has changed since
    /// the plan was made, so the physiotherapist may want to update it.
    pub phase_notice: Option<OfferKey>,
    /// The plan's review date has come: time to ask for a review.
    pub review_due: Option<ReviewDue>,
    /// For the app's own plan: exercises ready for their next step.
    pub dose_steps: Vec<DoseStepOffer>,
}

/// The plan the app offers someone who has none yet: the plan of their phase,
/// and with no procedure recorded (or one still to come) the gentlest,
/// walking and gentle mobility, never the full strengthening programme.
pub fn starting_plan(procedures: &[Procedure], today: NaiveDate) -> Plan {
    let phase =
        timeline::for_procedures(procedures, today).map_or(Phase::Planned, |t| t.position.phase);
    default_plan(phase)
}

/// What the app offers on `today`. `current` is the plan in use; `sessions`
/// may be all of them or only those since the current plan was made (the
/// rest are ignored); `answers` are every "not now" given.
pub fn plan_offers(
    procedures: &[Procedure],
    current: Option<&PlanRecord>,
    sessions: &[SessionRecord],
    answers: &[OfferAnswer],
    today: NaiveDate,
) -> PlanOffers {
    let timeline = timeline::for_procedures(procedures, today);
    let anchor = timeline
        .as_ref()
        .and_then(|t| procedures.iter().find(|p| p.id == t.procedure_id));
    let phase = timeline.as_ref().map(|t| t.position.phase);
    let mut offers = PlanOffers {
        phase,
        region: anchor.map(|p| p.region),
        phase_plan: None,
        phase_notice: None,
        review_due: None,
        dose_steps: Vec::new(),
    };
    let Some(record) = current else {
        return offers;
    };
    let answered = |key: &OfferKey| answers.iter().any(|a| a.key == *key);
    // The phases count from a procedure done; before it nothing moves.
    let window = anchor
        .zip(phase)
        .filter(|(_, phase)| *phase != Phase::Planned);

    match record.source {
        PlanSource::Default => {
            if let Some((procedure, phase)) = window {
                let plan = phase_plan(record, phase, procedure.date);
                if library_ids(&plan) != library_ids(&record.plan) {
                    let key = OfferKey::PhasePlan {
                        procedure: procedure.date,
                        phase,
                    };
                    offers.phase_plan = Some(PhasePlanOffer {
                        hidden: answered(&key),
                        key,
                        phase,
                        plan,
                    });
                }
            }
            // The first two weeks are for walking and gentle movement at the
            // dose the plan starts with: no step is offered in them.
            if phase != Some(Phase::Recovery) {
                offers.dose_steps = dose_steps(record, sessions, answers);
            }
        }
        PlanSource::Edited | PlanSource::File => {
            if let Some((procedure, phase)) = window {
                let made = record.created_at.date_naive();
                let phase_then = (made >= procedure.date)
                    .then(|| timeline::position(procedure.date, made).phase);
                let key = OfferKey::PhaseNotice {
                    procedure: procedure.date,
                    phase,
                };
                if phase_then != Some(phase) && !answered(&key) {
                    offers.phase_notice = Some(key);
                }
            }
        }
    }
    if let Some(date) = record.plan.review_date.filter(|d| *d <= today) {
        let key = OfferKey::Review {
            plan: record.id,
            date,
        };
        if !answered(&key) {
            offers.review_due = Some(ReviewDue { key, date });
        }
    }
    offers
}

/// The app's plan for `phase`, as it would replace `current`: the phase's
/// exercises at their starting doses, except that an exercise already on a
/// plan made in this same window keeps the dose it has built to. After a new
/// procedure (a plan made before `procedure`) everything starts again.
fn phase_plan(current: &PlanRecord, phase: Phase, procedure: NaiveDate) -> Plan {
    let mut plan = default_plan(phase);
    if current.created_at.date_naive() >= procedure {
        for item in &mut plan.items {
            if let Some(kept) = current
                .plan
                .items
                .iter()
                .find(|old| old.exercise.library_id() == item.exercise.library_id())
            {
                if std::mem::discriminant(&kept.dose) == std::mem::discriminant(&item.dose) {
                    item.dose = kept.dose;
                }
            }
        }
    }
    plan
}

/// The library exercises of a plan, in order; what tells two of the app's
/// plans apart (their doses build separately, by steps).
fn library_ids(plan: &Plan) -> Vec<&str> {
    let mut ids: Vec<&str> = plan
        .items
        .iter()
        .filter_map(|i| i.exercise.library_id())
        .collect();
    ids.sort_unstable();
    ids
}

/// Each library exercise of the app's plan done often enough at its dose to
/// be offered the next step. A session counts once for an exercise done in
/// it at the plan's dose (skipped or passed over does not count), after the
/// plan was made and after the last "not now" to that step.
fn dose_steps(
    record: &PlanRecord,
    sessions: &[SessionRecord],
    answers: &[OfferAnswer],
) -> Vec<DoseStepOffer> {
    record
        .plan
        .items
        .iter()
        .filter_map(|item| {
            let id = item.exercise.library_id()?;
            let exercise = find(id)?;
            let key = OfferKey::DoseStep {
                exercise: id.to_owned(),
                from: item.dose,
            };
            let since = answers
                .iter()
                .filter(|a| a.key == key)
                .map(|a| a.at)
                .chain([record.created_at])
                .max()?;
            let done = sessions
                .iter()
                .filter(|s| s.session.started_at >= since)
                .filter(|s| {
                    s.session.exercises.iter().any(|e| {
                        e.exercise.library_id() == Some(id) && e.planned == item.dose && e.is_done()
                    })
                })
                .count();
            let done = u32::try_from(done).unwrap_or(u32::MAX);
            let to = suggested_dose(exercise, item.dose, done)?;
            Some(DoseStepOffer {
                key,
                exercise: id.to_owned(),
                from: item.dose,
                to,
                sessions: done,
            })
        })
        .collect()
}

/// `plan` with the library exercise `exercise` at `dose`: the plan an
/// accepted step makes. None when the plan has no such exercise.
pub fn with_dose(plan: &Plan, exercise: &str, dose: Dose) -> Option<Plan> {
    let mut plan = plan.clone();
    let item = plan
        .items
        .iter_mut()
        .find(|i| i.exercise.library_id() == Some(exercise))?;
    item.dose = dose;
    Some(plan)
}
