//! The numbers of the physiotherapist's report, gathered from the Progress
//! view (relief-core's statistics, the same the app draws) and the journal's
//! records; relief-report draws them.
//!
//! Nothing here advises: it states what was recorded, averaged or counted.

use std::collections::HashMap;

use chrono::NaiveDate;
use relief_core::{ExerciseKey, Measure, Procedure, Region, SessionRecord, SkipKind};
use relief_core::{ProgressView, Snapshot};
use relief_report::{
    Adherence, ExerciseRow, Measure as ReportMeasure, NotableSession, PainSummary, Paper, Patient,
    Period, Procedure as ReportProcedure, Report, WeekAdherence,
};

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
/// The clinically important change in pain as a percentage of the usual pain
/// before the procedure: the NPRS MCID is "2 points or 30 %" (Ostelo 2008);
/// relief-core's `PAIN_MCID` is the points, this the other form, named
/// beside it in the report (never used to advise).
const PAIN_MCID_PERCENT: f64 = 30.0;

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
        exercises: exercises(view, &sessions, snapshot),
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
        mcid_percent: PAIN_MCID_PERCENT,
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
    // The range's totals as relief-core adds them up, as Progress says them.
    Adherence {
        sessions_done: view.adherence.range.done,
        sessions_planned: view.adherence.range.planned,
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

/// One row per exercise planned or done in the range: the current plan's
/// exercises first, in its order, then any others by name. The counts are
/// the Progress view's (planned, done, skipped and not done, as relief-core
/// counts them), so the report says what Progress says; only the dose is
/// read here, from the current plan or, for an exercise no longer in it, its
/// latest session in the range.
fn exercises(
    view: &ProgressView,
    sessions: &[&SessionRecord],
    snapshot: &Snapshot,
) -> Vec<ExerciseRow> {
    struct Row {
        name: String,
        dose: String,
        in_current_plan: bool,
    }
    let current = snapshot.plans.iter().find(|p| p.replaced_at.is_none());
    let mut order: Vec<ExerciseKey> = Vec::new();
    let mut rows: HashMap<ExerciseKey, Row> = HashMap::new();
    let mut add = |key: ExerciseKey, name: String, dose: String, in_current_plan: bool| {
        rows.entry(key.clone()).or_insert_with(|| {
            order.push(key);
            Row {
                name,
                dose,
                in_current_plan,
            }
        });
    };
    for item in current.iter().flat_map(|p| &p.plan.items) {
        let key = ExerciseKey::from(&item.exercise);
        add(
            key,
            names::exercise_name(&item.exercise),
            names::dose(&item.dose),
            true,
        );
    }
    // Latest first (by when they started, not by id: a session logged
    // afterwards can be older), so an exercise no longer planned shows the
    // dose of its latest session.
    let mut latest_first: Vec<&SessionRecord> = sessions.to_vec();
    latest_first.sort_by_key(|r| std::cmp::Reverse(r.session.started_at));
    for e in latest_first.iter().flat_map(|r| &r.session.exercises) {
        let key = ExerciseKey::from(&e.exercise);
        add(
            key,
            names::exercise_name(&e.exercise),
            names::dose(&e.planned),
            false,
        );
    }
    let counted: HashMap<&ExerciseKey, &relief_core::ExerciseAdherence> = view
        .adherence
        .exercises
        .iter()
        .map(|e| (&e.exercise, e))
        .collect();
    let plan_len = current.map_or(0, |p| p.plan.items.len());
    let (planned, others) = order.split_at(plan_len.min(order.len()));
    let mut others = others.to_vec();
    others.sort_by_key(|k| rows.get(k).map(|r| r.name.to_lowercase()));
    planned
        .iter()
        .chain(others.iter())
        .filter_map(|key| {
            let row = rows.get(key)?;
            let count = counted.get(key);
            let n = |f: fn(&relief_core::ExerciseAdherence) -> u32| count.map_or(0, |c| f(c));
            Some(ExerciseRow {
                name: row.name.clone(),
                dose: row.dose.clone(),
                in_current_plan: row.in_current_plan,
                planned: n(|c| c.planned),
                done: n(|c| c.done),
                skipped: n(|c| c.skipped),
                not_done: n(|c| c.not_done),
            })
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
                    .filter(|e| e.is_done())
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
