//! The numbers of the physiotherapist's report, gathered from the Progress
//! view (relief-core's statistics, the same the app draws) and the journal's
//! records; relief-report draws them.
//!
//! Nothing here advises: it states what was recorded, averaged or counted.

use std::collections::HashMap;

use chrono::NaiveDate;
use relief_core::{
    ExerciseKey, ExerciseRef, Measure, PainScore, Procedure, Region, SessionRecord, SkipKind,
};
use relief_report::{
    Adherence, ExerciseRow, Measure as ReportMeasure, NotableSession, PainSummary, Paper, Patient,
    Period, Procedure as ReportProcedure, Report, WeekAdherence,
};
use relief_store::{ProgressView, Snapshot};

use crate::names;

/// What the person chose for the report.
#[derive(Debug, Clone, Default)]
pub struct ReportChoices {
    pub patient: Patient,
    pub paper: Paper,
}

/// The days over which "recent" pain is averaged, as the monitor does.
const RECENT_DAYS: usize = 14;
/// A rise after a session worth a physio's look, in points (the change band).
const NOTABLE_RISE: u8 = 2;

/// The report for `view`'s range; `snapshot` supplies what the view does not
/// count (procedures, exercises, notes). `today` is the date it is made.
pub fn build(
    view: &ProgressView,
    snapshot: &Snapshot,
    choices: &ReportChoices,
    today: NaiveDate,
) -> Report {
    let period = Period {
        from: view.range.first,
        to: view.range.last,
    };
    let within = |date: NaiveDate| date >= period.from && date <= period.to;
    let sessions: Vec<&SessionRecord> = snapshot
        .sessions
        .iter()
        .filter(|s| within(s.session.started_at.date_naive()))
        .collect();
    Report {
        paper: choices.paper,
        patient: choices.patient.clone(),
        procedures: procedures(&snapshot.procedures),
        period,
        generated_on: today,
        pain: pain(view),
        adherence: adherence(view),
        measures: measures(view),
        exercises: exercises(&sessions, snapshot),
        notable: notable(&sessions),
        skip_reasons: skip_reasons(view),
        notes: notes(snapshot, &sessions, within),
    }
}

fn procedures(all: &[Procedure]) -> Vec<ReportProcedure> {
    let mut list: Vec<ReportProcedure> = all
        .iter()
        .map(|p| {
            let region = match p.region {
                Region::Lumbar => "Lumbar",
                Region::Thoracic => "Thoracic",
                Region::Cervical => "Cervical",
                Region::Sacroiliac => "Sacroiliac",
            };
            let mut parts = vec![region.to_owned()];
            if !p.levels.is_empty() {
                parts[0] = format!("{region} {}", p.levels.join(", "));
            }
            if let Some(side) = p.side {
                parts.push(names::side(side).to_owned());
            }
            if let Some(clinic) = &p.clinic {
                parts.push(clinic.clone());
            }
            ReportProcedure {
                date: p.date,
                description: parts.join(", "),
            }
        })
        .collect();
    list.sort_by_key(|p| p.date);
    list
}

fn pain(view: &ProgressView) -> PainSummary {
    let daily: Vec<(NaiveDate, f64)> = view
        .pain
        .days
        .iter()
        .filter_map(|d| d.mean.map(|m| (d.date, m)))
        .collect();
    let rolling_7day = view
        .pain
        .days
        .iter()
        .filter_map(|d| d.rolling_mean.map(|m| (d.date, m)))
        .collect();
    // The mean of the days with a score among the range's last fourteen.
    let recent_days: Vec<f64> = view
        .pain
        .days
        .iter()
        .rev()
        .take(RECENT_DAYS)
        .filter_map(|d| d.mean)
        .collect();
    let recent = (!recent_days.is_empty())
        .then(|| recent_days.iter().sum::<f64>() / recent_days.len() as f64);
    PainSummary {
        baseline: view.pain.baseline.map(|b| f64::from(b.get())),
        recent,
        mcid: f64::from(view.pain.mcid),
        daily,
        rolling_7day,
    }
}

fn adherence(view: &ProgressView) -> Adherence {
    let weeks: Vec<WeekAdherence> = view
        .adherence
        .weeks
        .iter()
        .map(|w| WeekAdherence {
            week_start: w.week_start,
            done: w.done,
            planned: w.planned,
        })
        .collect();
    Adherence {
        sessions_done: weeks.iter().map(|w| w.done).sum(),
        sessions_planned: weeks.iter().map(|w| w.planned).sum(),
        weeks,
    }
}

fn measures(view: &ProgressView) -> Vec<ReportMeasure> {
    let mut list: Vec<ReportMeasure> = view
        .psfs
        .iter()
        .map(|trend| ReportMeasure {
            name: format!("PSFS: {}", trend.name),
            scale: "0–10, higher is better".into(),
            first: trend.points.first().map(|p| (p.date, f64::from(p.score))),
            latest: trend.points.last().map(|p| (p.date, f64::from(p.score))),
        })
        .collect();
    for (measure, name, scale) in [
        (Measure::Odi, "ODI", "0–100 %, lower is better"),
        (Measure::Rmdq, "RMDQ", "0–24, lower is better"),
    ] {
        let totals: Vec<(NaiveDate, f64)> = view
            .measures
            .iter()
            .filter(|r| r.measure.measure == measure)
            .map(|r| (r.measure.recorded_on, r.measure.total))
            .collect();
        if !totals.is_empty() {
            list.push(ReportMeasure {
                name: name.into(),
                scale: scale.into(),
                first: totals.first().copied(),
                latest: totals.last().copied(),
            });
        }
    }
    list
}

/// One row per exercise done or planned in the range: the current plan's
/// exercises first, in its order, then any others by name.
fn exercises(sessions: &[&SessionRecord], snapshot: &Snapshot) -> Vec<ExerciseRow> {
    struct Tally {
        name: String,
        dose: String,
        done: u32,
        before: Vec<u8>,
        after: Vec<u8>,
    }
    let current = snapshot.plans.iter().find(|p| p.replaced_at.is_none());
    let mut order: Vec<ExerciseKey> = Vec::new();
    let mut tallies: HashMap<ExerciseKey, Tally> = HashMap::new();
    let mut add = |exercise: &ExerciseRef, dose: String| {
        let key = ExerciseKey::from(exercise);
        tallies.entry(key.clone()).or_insert_with(|| {
            order.push(key);
            Tally {
                name: names::exercise_name(exercise),
                dose,
                done: 0,
                before: vec![],
                after: vec![],
            }
        });
    };
    for item in current.iter().flat_map(|p| &p.plan.items) {
        add(&item.exercise, names::dose(&item.dose));
    }
    // Newest first, so an exercise no longer planned shows its latest dose.
    for record in sessions.iter().rev() {
        for e in &record.session.exercises {
            add(&e.exercise, names::dose(&e.planned));
        }
    }
    for record in sessions {
        let s = &record.session;
        for e in s.exercises.iter().filter(|e| e.skipped.is_none()) {
            if let Some(tally) = tallies.get_mut(&ExerciseKey::from(&e.exercise)) {
                tally.done += 1;
                tally.before.extend(s.pain_before.map(PainScore::get));
                tally.after.extend(s.pain_after.map(PainScore::get));
            }
        }
    }
    let mean = |scores: &[u8]| {
        (!scores.is_empty())
            .then(|| scores.iter().map(|s| f64::from(*s)).sum::<f64>() / scores.len() as f64)
    };
    let plan_len = current.map_or(0, |p| p.plan.items.len());
    let (planned, others) = order.split_at(plan_len.min(order.len()));
    let mut others = others.to_vec();
    others.sort_by_key(|k| tallies.get(k).map(|t| t.name.to_lowercase()));
    planned
        .iter()
        .chain(others.iter())
        .filter_map(|key| tallies.get(key))
        .map(|t| ExerciseRow {
            name: t.name.clone(),
            dose: t.dose.clone(),
            sessions_done: t.done,
            pain_before_avg: mean(&t.before),
            pain_after_avg: mean(&t.after),
        })
        .collect()
}

fn notable(sessions: &[&SessionRecord]) -> Vec<NotableSession> {
    sessions
        .iter()
        .filter_map(|record| {
            let s = &record.session;
            let (before, after) = (s.pain_before?.get(), s.pain_after?.get());
            (after >= before.saturating_add(NOTABLE_RISE)).then(|| {
                let done: Vec<String> = s
                    .exercises
                    .iter()
                    .filter(|e| e.skipped.is_none())
                    .map(|e| names::exercise_name(&e.exercise))
                    .collect();
                NotableSession {
                    date: s.started_at.date_naive(),
                    summary: s.note.clone().unwrap_or_else(|| done.join(", ")),
                    before,
                    after,
                }
            })
        })
        .collect()
}

fn skip_reasons(view: &ProgressView) -> Vec<(String, u32)> {
    let mut list: Vec<(String, u32)> = view
        .adherence
        .skips
        .iter()
        .map(|s| {
            let words = match s.reason {
                SkipKind::TooPainful => "Too painful",
                SkipKind::NoTime => "No time",
                SkipKind::NoSpaceOrEquipment => "No space or equipment",
                SkipKind::Other => "Other reason",
            };
            (words.to_owned(), s.from_sessions + s.from_reminders)
        })
        .filter(|(_, count)| *count > 0)
        .collect();
    list.sort_by_key(|(_, count)| std::cmp::Reverse(*count));
    list
}

/// The person's own words in the range: pain diary notes and session notes.
fn notes(
    snapshot: &Snapshot,
    sessions: &[&SessionRecord],
    within: impl Fn(NaiveDate) -> bool,
) -> Vec<(NaiveDate, String)> {
    let mut notes: Vec<(NaiveDate, String)> = snapshot
        .pain
        .iter()
        .filter(|e| within(e.recorded_at.date_naive()))
        .filter_map(|e| e.note.clone().map(|n| (e.recorded_at.date_naive(), n)))
        .chain(sessions.iter().filter_map(|r| {
            r.session
                .note
                .clone()
                .map(|n| (r.session.started_at.date_naive(), n))
        }))
        .collect();
    notes.sort_by_key(|(date, _)| *date);
    notes
}
