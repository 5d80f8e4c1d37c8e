//! Function measures: the Patient-Specific Functional Scale (PSFS), and totals
//! of the Oswestry Disability Index (ODI) and the Roland–Morris Disability
//! Questionnaire (RMDQ) scored elsewhere.
//!
//! PSFS is free to use: the person names a few activities they find hard and
//! rates each from 0 (cannot do it) to 10 (as before the problem). ODI and RMDQ
//! are copyrighted questionnaires, so this crate holds no item of either, only
//! the total a clinic or the person scored on the licensed form. Scores are
//! kept as given and shown with their clinically important difference marked;
//! nothing here interprets them.

use std::collections::HashMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::plan::field_text;
use crate::records::check_date;
use crate::CoreError;

/// How many activities a PSFS lists. The scale asks for three to five; one or
/// two are allowed, because a person with one hard thing should still be able
/// to follow it.
pub const PSFS_ACTIVITIES: (usize, usize) = (1, 5);
/// Longest activity name, in characters: "Lifting my grandson into the car seat".
pub const MAX_ACTIVITY_CHARS: usize = 80;
/// PSFS scores run from 0 (unable) to 10 (able as before).
pub const PSFS_SCORE_MAX: u8 = 10;
/// Longest "scored by" (a clinic, a clinician, "me"), in characters.
pub const MAX_SCORED_BY_CHARS: usize = 80;

/// One activity and how well the person can do it today.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct PsfsActivity {
    pub name: String,
    pub score: u8,
}

/// A PSFS as the person filled it in, before any rule has looked at it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct PsfsDraft {
    pub activities: Vec<PsfsActivity>,
    #[ts(type = "string")]
    pub recorded_on: NaiveDate,
}

/// A PSFS that has passed every rule: names trimmed and distinct.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct Psfs {
    pub activities: Vec<PsfsActivity>,
    #[ts(type = "string")]
    pub recorded_on: NaiveDate,
}

/// A questionnaire whose total is entered, never its items.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub enum Measure {
    /// Oswestry Disability Index: a percentage, 0–100; higher is more disability.
    Odi,
    /// Roland–Morris Disability Questionnaire: 0–24 "yes" answers; higher is more
    /// disability.
    Rmdq,
}

impl Measure {
    /// The highest total.
    pub fn max(self) -> f64 {
        match self {
            Measure::Odi => 100.0,
            Measure::Rmdq => 24.0,
        }
    }

    /// The minimal clinically important difference, to mark on a chart: 10
    /// points for ODI, 5 for RMDQ (see the clinical reference).
    pub fn mcid(self) -> f64 {
        match self {
            Measure::Odi => 10.0,
            Measure::Rmdq => 5.0,
        }
    }
}

/// A total as entered. `total` is a float: an ODI with an unanswered section is
/// a fraction (sum / (5 × answered) × 100), and an RMDQ of 12.5 deserves a
/// clear "whole number" error rather than a deserialisation failure.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct ScoredMeasureDraft {
    pub measure: Measure,
    pub total: f64,
    #[ts(type = "string")]
    pub recorded_on: NaiveDate,
    /// Who scored it, such as the clinic; blank means not said.
    #[serde(default)]
    #[ts(optional)]
    pub scored_by: Option<String>,
}

/// A total that has passed every rule.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct ScoredMeasure {
    pub measure: Measure,
    pub total: f64,
    #[ts(type = "string")]
    pub recorded_on: NaiveDate,
    pub scored_by: Option<String>,
}

/// A PSFS as the journal keeps it, with its id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct PsfsRecord {
    #[ts(type = "number")]
    pub id: i64,
    #[serde(flatten)]
    #[ts(flatten)]
    pub psfs: Psfs,
}

/// An ODI or RMDQ total as the journal keeps it, with its id.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct ScoredMeasureRecord {
    #[ts(type = "number")]
    pub id: i64,
    #[serde(flatten)]
    #[ts(flatten)]
    pub measure: ScoredMeasure,
}

/// One activity's scores over time, for a small chart per activity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct PsfsTrend {
    /// The name as the person last wrote it.
    pub name: String,
    /// In date order.
    pub points: Vec<PsfsPoint>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct PsfsPoint {
    #[ts(type = "string")]
    pub date: NaiveDate,
    pub score: u8,
}

impl PsfsDraft {
    /// Checks every rule; `today` (the person's local date) bounds the date.
    /// Errors about one activity name it as a path, such as
    /// `activities[1].name`.
    pub fn validate(&self, today: NaiveDate) -> Result<Psfs, CoreError> {
        let count = self.activities.len();
        if !(PSFS_ACTIVITIES.0..=PSFS_ACTIVITIES.1).contains(&count) {
            return Err(CoreError::PsfsActivityCount { count });
        }
        let mut activities: Vec<PsfsActivity> = Vec::with_capacity(count);
        for (i, activity) in self.activities.iter().enumerate() {
            let field = format!("activities[{i}].name");
            let name =
                field_text(Some(&activity.name), &field, MAX_ACTIVITY_CHARS)?.ok_or_else(|| {
                    CoreError::FieldRequired {
                        field: field.clone(),
                    }
                })?;
            // "Walking" and "walking" are one activity: two rows for it would
            // split its trend in two.
            let key = name.to_lowercase();
            if activities.iter().any(|a| a.name.to_lowercase() == key) {
                return Err(CoreError::PsfsDuplicateActivity { field, name });
            }
            if activity.score > PSFS_SCORE_MAX {
                return Err(CoreError::PsfsScoreOutOfRange {
                    field: format!("activities[{i}].score"),
                    value: activity.score,
                });
            }
            activities.push(PsfsActivity {
                name,
                score: activity.score,
            });
        }
        Ok(Psfs {
            activities,
            recorded_on: not_in_future(self.recorded_on, today)?,
        })
    }
}

impl ScoredMeasureDraft {
    /// Checks every rule; `today` (the person's local date) bounds the date.
    pub fn validate(&self, today: NaiveDate) -> Result<ScoredMeasure, CoreError> {
        let total = self.total;
        let in_range = (0.0..=self.measure.max()).contains(&total);
        // RMDQ counts "yes" answers, so a fraction is a typo.
        let whole = self.measure == Measure::Odi || total.fract() == 0.0;
        if !in_range || !whole {
            return Err(match self.measure {
                Measure::Odi => CoreError::OdiOutOfRange { value: total },
                Measure::Rmdq => CoreError::RmdqOutOfRange { value: total },
            });
        }
        Ok(ScoredMeasure {
            measure: self.measure,
            total,
            recorded_on: not_in_future(self.recorded_on, today)?,
            scored_by: field_text(self.scored_by.as_deref(), "scoredBy", MAX_SCORED_BY_CHARS)?,
        })
    }
}

/// A measure describes a day that has happened: a later date is a slip, and
/// so is one before any record may be.
fn not_in_future(date: NaiveDate, today: NaiveDate) -> Result<NaiveDate, CoreError> {
    if date > today {
        return Err(CoreError::DateInFuture {
            field: "recordedOn".into(),
            value: date.to_string(),
        });
    }
    check_date(date)
}

/// Each activity's scores in date order, from PSFS records in any order.
/// Activities are matched by name without regard to case, listed in the order
/// first rated, and named as most recently written. Records on the same date
/// keep their order.
pub fn psfs_trend(records: &[Psfs]) -> Vec<PsfsTrend> {
    let mut order: Vec<&Psfs> = records.iter().collect();
    order.sort_by_key(|r| r.recorded_on);
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut trends: Vec<PsfsTrend> = Vec::new();
    for record in order {
        for activity in &record.activities {
            let i = *index
                .entry(activity.name.trim().to_lowercase())
                .or_insert_with(|| {
                    trends.push(PsfsTrend {
                        name: String::new(),
                        points: Vec::new(),
                    });
                    trends.len() - 1
                });
            trends[i].name.clone_from(&activity.name);
            trends[i].points.push(PsfsPoint {
                date: record.recorded_on,
                score: activity.score,
            });
        }
    }
    trends
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    fn today() -> NaiveDate {
        date("2026-03-10")
    }

    fn psfs(activities: &[(&str, u8)], on: &str) -> PsfsDraft {
        PsfsDraft {
            activities: activities
                .iter()
                .map(|(name, score)| PsfsActivity {
                    name: (*name).into(),
                    score: *score,
                })
                .collect(),
            recorded_on: date(on),
        }
    }

    fn scored(measure: Measure, total: f64, on: &str, by: Option<&str>) -> ScoredMeasureDraft {
        ScoredMeasureDraft {
            measure,
            total,
            recorded_on: date(on),
            scored_by: by.map(String::from),
        }
    }

    /// One row per case: the error's field (or "-") and code, or None if valid.
    fn check(result: Result<(), CoreError>, expected: Option<(&str, &str)>) {
        let got = result
            .as_ref()
            .err()
            .map(|e| (e.field().unwrap_or("-"), e.code()));
        assert_eq!(got, expected, "{result:?}");
    }

    fn check_psfs(d: PsfsDraft, expected: Option<(&str, &str)>) {
        check(d.validate(today()).map(drop), expected);
    }

    fn check_scored(d: ScoredMeasureDraft, expected: Option<(&str, &str)>) {
        check(d.validate(today()).map(drop), expected);
    }

    #[test]
    fn psfs_rules() {
        check_psfs(psfs(&[("Walking to the shop", 4)], "2026-03-10"), None);
        check_psfs(
            psfs(
                &[("a", 0), ("b", 10), ("c", 5), ("d", 5), ("e", 5)],
                "2026-03-01",
            ),
            None,
        );
        check_psfs(
            psfs(&[], "2026-03-10"),
            Some(("activities", "psfs_activity_count")),
        );
        check_psfs(
            psfs(
                &[("a", 1), ("b", 1), ("c", 1), ("d", 1), ("e", 1), ("f", 1)],
                "2026-03-10",
            ),
            Some(("activities", "psfs_activity_count")),
        );
        check_psfs(
            psfs(&[("Sitting", 4), ("   ", 4)], "2026-03-10"),
            Some(("activities[1].name", "field_required")),
        );
        check_psfs(
            psfs(&[(&"n".repeat(MAX_ACTIVITY_CHARS), 4)], "2026-03-10"),
            None,
        );
        check_psfs(
            psfs(&[(&"é".repeat(MAX_ACTIVITY_CHARS + 1), 4)], "2026-03-10"),
            Some(("activities[0].name", "text_too_long")),
        );
        check_psfs(
            psfs(
                &[("Walking", 4), ("Sitting", 5), (" walking ", 6)],
                "2026-03-10",
            ),
            Some(("activities[2].name", "psfs_duplicate_activity")),
        );
        check_psfs(
            psfs(&[("Walking", 11)], "2026-03-10"),
            Some(("activities[0].score", "psfs_score_out_of_range")),
        );
        check_psfs(
            psfs(&[("Walking", 4)], "2026-03-11"),
            Some(("recordedOn", "date_in_future")),
        );
        check_psfs(psfs(&[("Walking", 4)], "1980-01-01"), None);
        check_psfs(
            psfs(&[("Walking", 4)], "1979-12-31"),
            Some(("-", "date_implausible")),
        );
        let valid = psfs(&[("  Walking  ", 4)], "2026-03-10")
            .validate(today())
            .unwrap();
        assert_eq!(valid.activities[0].name, "Walking");
    }

    #[test]
    fn scored_measures() {
        check_scored(scored(Measure::Odi, 0.0, "2026-03-10", None), None);
        check_scored(scored(Measure::Odi, 100.0, "2026-03-10", None), None);
        check_scored(scored(Measure::Odi, 37.78, "2026-03-10", None), None);
        check_scored(
            scored(Measure::Odi, 100.5, "2026-03-10", None),
            Some(("total", "odi_out_of_range")),
        );
        check_scored(
            scored(Measure::Odi, -1.0, "2026-03-10", None),
            Some(("total", "odi_out_of_range")),
        );
        check_scored(
            scored(Measure::Odi, f64::NAN, "2026-03-10", None),
            Some(("total", "odi_out_of_range")),
        );
        check_scored(scored(Measure::Rmdq, 24.0, "2026-03-10", None), None);
        check_scored(
            scored(Measure::Rmdq, 25.0, "2026-03-10", None),
            Some(("total", "rmdq_out_of_range")),
        );
        check_scored(
            scored(Measure::Rmdq, 12.5, "2026-03-10", None),
            Some(("total", "rmdq_out_of_range")),
        );
        check_scored(
            scored(Measure::Rmdq, f64::INFINITY, "2026-03-10", None),
            Some(("total", "rmdq_out_of_range")),
        );
        check_scored(
            scored(Measure::Rmdq, 10.0, "2026-03-11", None),
            Some(("recordedOn", "date_in_future")),
        );
        check_scored(
            scored(Measure::Rmdq, 10.0, "1979-12-31", None),
            Some(("-", "date_implausible")),
        );
        check_scored(
            scored(Measure::Rmdq, 10.0, "2026-03-10", Some(&"c".repeat(81))),
            Some(("scoredBy", "text_too_long")),
        );
        let valid = scored(Measure::Odi, 22.0, "2026-03-10", Some("  "))
            .validate(today())
            .unwrap();
        assert_eq!(valid.scored_by, None, "blank is not said");
    }

    #[test]
    fn measures_in_json() {
        let draft: ScoredMeasureDraft = serde_json::from_str(
            r#"{"measure":"rmdq","total":9,"recordedOn":"2026-03-01","scoredBy":"Clinic"}"#,
        )
        .unwrap();
        assert_eq!(draft.measure, Measure::Rmdq);
        assert_eq!(draft.recorded_on, date("2026-03-01"));
        assert_eq!((Measure::Odi.mcid(), Measure::Rmdq.mcid()), (10.0, 5.0));
    }

    #[test]
    fn trends() {
        let record =
            |activities: &[(&str, u8)], on: &str| psfs(activities, on).validate(today()).unwrap();
        let records = [
            record(&[("Walking", 6), ("Gardening", 3)], "2026-02-01"),
            record(&[("walking", 4), ("Sitting", 5)], "2026-01-01"),
            record(&[("WALKING", 8)], "2026-03-01"),
        ];
        let trends = psfs_trend(&records);
        let got: Vec<_> = trends
            .iter()
            .map(|t| {
                let points: Vec<_> = t
                    .points
                    .iter()
                    .map(|p| (p.date.to_string(), p.score))
                    .collect();
                (t.name.as_str(), points)
            })
            .collect();
        let p = |d: &str, s: u8| (d.to_string(), s);
        assert_eq!(
            got,
            [
                (
                    "WALKING",
                    vec![p("2026-01-01", 4), p("2026-02-01", 6), p("2026-03-01", 8)]
                ),
                ("Sitting", vec![p("2026-01-01", 5)]),
                ("Gardening", vec![p("2026-02-01", 3)]),
            ]
        );
        assert!(psfs_trend(&[]).is_empty());
    }
}
