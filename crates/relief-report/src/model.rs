//! What the report shows, as plain data.
//!
//! Everything here is already counted and averaged elsewhere (the export
//! crate reads the journal); the renderer only lays it out. Percentages and
//! differences that exist only for display (sessions done of planned, latest
//! minus first) are the one exception, so that the numbers printed side by
//! side can never disagree.
//!
//! Pain values are on the 0–10 scale the patient used. Values that are not
//! finite are treated as missing rather than as an error: a report that
//! still prints is worth more to a physiotherapist than one that refuses.

use chrono::NaiveDate;

/// Everything one report shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// The paper size the PDF is laid out for.
    pub paper: Paper,
    /// Who the report is about; both parts may be left out by the patient.
    pub patient: Patient,
    /// Radiofrequency neurotomies (or other procedures), oldest first.
    pub procedures: Vec<Procedure>,
    /// The days the report covers, both ends included.
    pub period: Period,
    /// The day the report was made (not read from the clock here).
    pub generated_on: NaiveDate,
    /// Pain before the procedure, lately, and day by day.
    pub pain: PainSummary,
    /// Exercise sessions done against the plan.
    pub adherence: Adherence,
    /// Questionnaire scores: PSFS per activity, ODI, RMDQ.
    pub measures: Vec<Measure>,
    /// One row per exercise in the plan.
    pub exercises: Vec<ExerciseRow>,
    /// Sessions after which pain rose by 2 or more.
    pub notable: Vec<NotableSession>,
    /// Why planned sessions were skipped, with how often, most frequent first.
    pub skip_reasons: Vec<(String, u32)>,
    /// The patient's own notes, with their day. Any order; the newest are shown.
    pub notes: Vec<(NaiveDate, String)>,
}

/// Paper size of every page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Paper {
    /// 210 × 297 mm (595 × 842 pt).
    #[default]
    A4,
    /// 8.5 × 11 in (612 × 792 pt).
    Letter,
}

impl Paper {
    /// Width and height in PDF points (1/72 in).
    pub fn size_pt(self) -> (f32, f32) {
        match self {
            // 210 mm and 297 mm at 72/25.4 points per millimetre.
            Paper::A4 => (595.276, 841.89),
            Paper::Letter => (612.0, 792.0),
        }
    }
}

/// The patient, as far as they chose to say.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Patient {
    /// Name as the patient wrote it; the line is left out when `None`.
    pub name: Option<String>,
    /// Date of birth; the line is left out when `None`.
    pub date_of_birth: Option<NaiveDate>,
}

/// One procedure, e.g. a lumbar radiofrequency neurotomy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Procedure {
    /// The day it was done.
    pub date: NaiveDate,
    /// What was treated, e.g. "Lumbar L4–L5, L5–S1, both sides".
    pub description: String,
}

/// The days a report covers, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    /// First day covered.
    pub from: NaiveDate,
    /// Last day covered; must not be before `from`.
    pub to: NaiveDate,
}

/// Pain on the patient's 0–10 scale.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PainSummary {
    /// The patient's usual pain before the procedure (0–10), as they
    /// recalled it when recording the procedure; none if they gave none.
    pub baseline: Option<f64>,
    /// Average of the daily means over the last 14 days of the period.
    pub recent: Option<f64>,
    /// The smallest change counted as clinically important, in points (2.0:
    /// NPRS, Ostelo 2008).
    pub mcid: f64,
    /// The same change as a percentage of the usual pain before the
    /// procedure (30.0: Ostelo 2008's "2 points or 30 %"); 0 or less when
    /// not known, and then only points are named.
    pub mcid_percent: f64,
    /// Mean of each day's scores, one entry per day that has any, oldest first.
    pub daily: Vec<(NaiveDate, f64)>,
    /// 7-day rolling average of the daily means, oldest first.
    pub rolling_7day: Vec<(NaiveDate, f64)>,
}

/// Exercise sessions done against the plan.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Adherence {
    /// Sessions done in the period.
    pub sessions_done: u32,
    /// Sessions the plan asked for in the period (0 when there is no plan).
    pub sessions_planned: u32,
    /// Week by week, oldest first.
    pub weeks: Vec<WeekAdherence>,
}

/// Sessions in one week.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WeekAdherence {
    /// The Monday (or first day of the period) the week starts on.
    pub week_start: NaiveDate,
    /// Sessions done that week.
    pub done: u32,
    /// Sessions planned that week.
    pub planned: u32,
}

/// One questionnaire score over the period, e.g. ODI or one PSFS activity.
#[derive(Debug, Clone, PartialEq)]
pub struct Measure {
    /// What was measured, e.g. "PSFS: walking the dog", "ODI", "RMDQ".
    pub name: String,
    /// Range and direction, e.g. "0–10, higher is better".
    pub scale: String,
    /// The first score in the period, with its day.
    pub first: Option<(NaiveDate, f64)>,
    /// The latest score in the period, with its day.
    pub latest: Option<(NaiveDate, f64)>,
}

/// One exercise of the current plan, or done in the period, over the period.
///
/// There is no pain per exercise: the journal has pain only before and after
/// a whole session, and exercises done together would all show the same
/// numbers (see `NotableSession` for the sessions' own).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExerciseRow {
    /// The exercise's name.
    pub name: String,
    /// Its dose, e.g. "3 × 10": in the current plan when `in_current_plan`,
    /// otherwise the dose planned for its latest session in the period.
    pub dose: String,
    /// Whether the exercise is in the current plan (and `dose` is that plan's).
    pub in_current_plan: bool,
    /// Times the plans in force asked for it over the period.
    pub planned: u32,
    /// Times it was done in a session.
    pub done: u32,
    /// Times it was skipped with a reason.
    pub skipped: u32,
    /// Times planned that were neither done nor skipped (passed over in a
    /// session, or a planned day without one); planned = done + skipped +
    /// not done unless it was done more often than planned.
    pub not_done: u32,
}

/// A session after which pain rose by 2 points or more.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotableSession {
    /// The day of the session.
    pub date: NaiveDate,
    /// The exercises done, or the patient's note on the session.
    pub summary: String,
    /// Pain (0–10) before the session.
    pub before: u8,
    /// Pain (0–10) after the session.
    pub after: u8,
}
