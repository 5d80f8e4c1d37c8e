//! Exercise plans: which exercises, how much, how many days a week and times a
//! day, and who set it.
//!
//! A plan comes from three places: the default plan for the person's phase
//! (`phased`), a physio's plan file (`file`), or the person's own edits. All three
//! pass through `Plan::validate`. Doses build in steps as sessions are done
//! (`progression`), never with pain:
//! nothing in this module takes a pain score. What the app offers to change
//! as the window moves on, and only ever with the person's yes, is `offers`.
//! Keeping earlier plans is the journal's job, not this module's.

mod exercise_ref;
pub mod file;
pub mod offers;
mod phased;
mod progression;
mod record;

use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::exercises::Dose;
use crate::pain::{bounded_text, MAX_NOTE_CHARS};
use crate::{CoreError, EARLIEST_DATE};

pub use exercise_ref::{CustomExercise, ExerciseRef, MAX_LINES, MAX_LINE_CHARS, MAX_NAME_CHARS};
pub use phased::default_plan;
pub use progression::{
    dose_at_step, next_step, suggested_dose, PROGRESSION_STEPS, SESSIONS_PER_STEP,
};
pub use record::{PlanRecord, PlanSource};

/// A plan holds at most this many exercises: a home programme has about a dozen.
pub const MAX_ITEMS: usize = 30;
/// Longest plan title or author name, in characters.
pub const MAX_TITLE_CHARS: usize = 120;
/// Longest note on one item, in characters.
pub const MAX_ITEM_NOTE_CHARS: usize = 500;
pub const DAYS_PER_WEEK: (u8, u8) = (1, 7);
pub const TIMES_PER_DAY: (u8, u8) = (1, 3);
/// A review date this many years away either side of today is a typo.
const REVIEW_DATE_YEARS: u32 = 5;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct Plan {
    /// None for the default plans: the UI names those in the person's language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub title: Option<String>,
    pub items: Vec<PlanItem>,
    /// The physio who set the plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub author: Option<String>,
    /// When the physio wants to see the person again, YYYY-MM-DD.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional, type = "string")]
    pub review_date: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub notes: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct PlanItem {
    pub exercise: ExerciseRef,
    pub dose: Dose,
    pub days_per_week: u8,
    pub times_per_day: u8,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub notes: Option<String>,
}

impl Plan {
    /// Checks every rule, and returns the plan with its text trimmed and blanks
    /// made none. `today` bounds the review date. Errors name the field as a
    /// path, such as `items[2].dose.reps` (`CoreError::field`).
    pub fn validate(&self, today: NaiveDate) -> Result<Plan, CoreError> {
        let count = self.items.len();
        if !(1..=MAX_ITEMS).contains(&count) {
            return Err(CoreError::PlanItemCount {
                count,
                max: MAX_ITEMS,
            });
        }
        let mut items: Vec<PlanItem> = Vec::with_capacity(count);
        for (i, item) in self.items.iter().enumerate() {
            let item = item.validate(&format!("items[{i}]"))?;
            if let Some(id) = item.exercise.library_id() {
                if items
                    .iter()
                    .any(|seen| seen.exercise.library_id() == Some(id))
                {
                    return Err(CoreError::ExerciseRepeated {
                        field: format!("items[{i}].exercise.id"),
                        id: id.to_owned(),
                    });
                }
            }
            items.push(item);
        }
        Ok(Plan {
            title: field_text(self.title.as_deref(), "title", MAX_TITLE_CHARS)?,
            items,
            author: field_text(self.author.as_deref(), "author", MAX_TITLE_CHARS)?,
            review_date: self
                .review_date
                .map(|date| plausible_review(date, today))
                .transpose()?,
            notes: field_text(self.notes.as_deref(), "notes", MAX_NOTE_CHARS)?,
        })
    }
}

impl PlanItem {
    fn validate(&self, at: &str) -> Result<PlanItem, CoreError> {
        let exercise = self.exercise.validate(&format!("{at}.exercise"))?;
        let dose = self.dose.validate(&format!("{at}.dose"))?;
        if !(DAYS_PER_WEEK.0..=DAYS_PER_WEEK.1).contains(&self.days_per_week) {
            return Err(CoreError::DaysPerWeekOutOfRange {
                field: format!("{at}.daysPerWeek"),
                value: self.days_per_week,
            });
        }
        if !(TIMES_PER_DAY.0..=TIMES_PER_DAY.1).contains(&self.times_per_day) {
            return Err(CoreError::TimesPerDayOutOfRange {
                field: format!("{at}.timesPerDay"),
                value: self.times_per_day,
            });
        }
        Ok(PlanItem {
            exercise,
            dose,
            days_per_week: self.days_per_week,
            times_per_day: self.times_per_day,
            notes: field_text(
                self.notes.as_deref(),
                &format!("{at}.notes"),
                MAX_ITEM_NOTE_CHARS,
            )?,
        })
    }
}

fn plausible_review(date: NaiveDate, today: NaiveDate) -> Result<NaiveDate, CoreError> {
    let span = Months::new(12 * REVIEW_DATE_YEARS);
    let earliest = today.checked_sub_months(span).unwrap_or(NaiveDate::MIN);
    let latest = today.checked_add_months(span).unwrap_or(NaiveDate::MAX);
    if (earliest..=latest).contains(&date) && date >= EARLIEST_DATE {
        Ok(date)
    } else {
        Err(CoreError::ReviewDateImplausible {
            value: date.to_string(),
        })
    }
}

/// Trimmed text or none, refused with the field's path when too long.
pub(crate) fn field_text(
    text: Option<&str>,
    field: &str,
    max: usize,
) -> Result<Option<String>, CoreError> {
    bounded_text(text, max).map_err(|length| CoreError::FieldTooLong {
        field: field.to_owned(),
        length,
        max,
    })
}

/// A list of lines, each trimmed and bounded; blank lines are dropped.
pub(crate) fn field_texts(
    lines: &[String],
    field: &str,
    max_lines: usize,
    max_chars: usize,
) -> Result<Vec<String>, CoreError> {
    if lines.len() > max_lines {
        return Err(CoreError::ListTooLong {
            field: field.to_owned(),
            count: lines.len(),
            max: max_lines,
        });
    }
    let mut kept = Vec::with_capacity(lines.len());
    for (i, line) in lines.iter().enumerate() {
        if let Some(line) = field_text(Some(line), &format!("{field}[{i}]"), max_chars)? {
            kept.push(line);
        }
    }
    Ok(kept)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
    }

    fn library(id: &str) -> PlanItem {
        PlanItem {
            exercise: ExerciseRef::Library { id: id.into() },
            dose: Dose::Reps { sets: 1, reps: 5 },
            days_per_week: 5,
            times_per_day: 1,
            notes: None,
        }
    }

    fn custom(name: &str) -> PlanItem {
        PlanItem {
            exercise: ExerciseRef::Custom(CustomExercise {
                name: name.into(),
                purpose: None,
                position: None,
                steps: vec!["Stand tall.".into(), "  ".into()],
                key_points: vec![],
                stop_if: None,
            }),
            ..library("walking")
        }
    }

    fn plan(items: Vec<PlanItem>) -> Plan {
        Plan {
            title: Some("  From Sam  ".into()),
            items,
            author: None,
            review_date: None,
            notes: None,
        }
    }

    /// One row per case: the plan, and the field and code it must fail with.
    fn check(p: Plan, expected: Option<(&str, &str)>) {
        let result = p.validate(today());
        let got = result
            .as_ref()
            .err()
            .map(|e| (e.field().unwrap_or("-"), e.code()));
        assert_eq!(got, expected, "{p:?} gave {result:?}");
    }

    #[test]
    fn plans() {
        check(plan(vec![library("walking")]), None);
        check(plan(vec![custom("Wall squat")]), None);
        check(plan(vec![]), Some(("items", "plan_item_count")));
        let many: Vec<PlanItem> = (0..31).map(|i| custom(&format!("Move {i}"))).collect();
        check(plan(many[..30].to_vec()), None);
        check(plan(many), Some(("items", "plan_item_count")));
        check(
            plan(vec![library("walking"), library("moonwalk")]),
            Some(("items[1].exercise.id", "exercise_unknown")),
        );
        check(
            plan(vec![library("walking"), custom("x"), library("walking")]),
            Some(("items[2].exercise.id", "exercise_repeated")),
        );
        // Two custom exercises may share a name: the physio knows why.
        check(plan(vec![custom("Stretch"), custom("Stretch")]), None);
        check(
            plan(vec![custom("  ")]),
            Some(("items[0].exercise.name", "field_required")),
        );
    }

    #[test]
    fn items() {
        let with = |f: fn(&mut PlanItem)| {
            let mut item = library("bird-dog");
            f(&mut item);
            plan(vec![item])
        };
        check(with(|i| i.days_per_week = 7), None);
        check(with(|i| i.times_per_day = 3), None);
        check(
            with(|i| i.days_per_week = 0),
            Some(("items[0].daysPerWeek", "days_per_week_out_of_range")),
        );
        check(
            with(|i| i.days_per_week = 8),
            Some(("items[0].daysPerWeek", "days_per_week_out_of_range")),
        );
        check(
            with(|i| i.times_per_day = 0),
            Some(("items[0].timesPerDay", "times_per_day_out_of_range")),
        );
        check(
            with(|i| i.times_per_day = 4),
            Some(("items[0].timesPerDay", "times_per_day_out_of_range")),
        );
        check(
            with(|i| i.dose = Dose::Reps { sets: 1, reps: 0 }),
            Some(("items[0].dose.reps", "dose_out_of_range")),
        );
        check(
            with(|i| i.notes = Some("n".repeat(MAX_ITEM_NOTE_CHARS + 1))),
            Some(("items[0].notes", "text_too_long")),
        );
    }

    #[test]
    fn text_and_dates() {
        let with = |f: fn(&mut Plan)| {
            let mut p = plan(vec![custom("Wall squat")]);
            f(&mut p);
            p
        };
        check(
            with(|p| p.title = Some("t".repeat(MAX_TITLE_CHARS + 1))),
            Some(("title", "text_too_long")),
        );
        check(
            with(|p| p.author = Some("a".repeat(MAX_TITLE_CHARS + 1))),
            Some(("author", "text_too_long")),
        );
        check(
            with(|p| p.notes = Some("n".repeat(MAX_NOTE_CHARS + 1))),
            Some(("notes", "text_too_long")),
        );
        check(
            with(|p| {
                if let ExerciseRef::Custom(c) = &mut p.items[0].exercise {
                    c.steps = vec!["step".into(); MAX_LINES + 1];
                }
            }),
            Some(("items[0].exercise.steps", "list_too_long")),
        );
        check(
            with(|p| {
                if let ExerciseRef::Custom(c) = &mut p.items[0].exercise {
                    c.key_points = vec!["ok".into(), "k".repeat(MAX_LINE_CHARS + 1)];
                }
            }),
            Some(("items[0].exercise.keyPoints[1]", "text_too_long")),
        );
        check(
            with(|p| p.review_date = NaiveDate::from_ymd_opt(2027, 1, 15)),
            None,
        );
        check(
            with(|p| p.review_date = NaiveDate::from_ymd_opt(2025, 1, 15)),
            None,
        );
        check(
            with(|p| p.review_date = NaiveDate::from_ymd_opt(2207, 1, 15)),
            Some(("reviewDate", "review_date_implausible")),
        );
        check(
            with(|p| p.review_date = NaiveDate::from_ymd_opt(1907, 1, 15)),
            Some(("reviewDate", "review_date_implausible")),
        );
    }

    #[test]
    fn validation_tidies_text() {
        let valid = plan(vec![custom(" Wall squat "), library(" walking ")])
            .validate(today())
            .unwrap();
        assert_eq!(valid.title.as_deref(), Some("From Sam"));
        let ExerciseRef::Custom(c) = &valid.items[0].exercise else {
            panic!("still custom")
        };
        assert_eq!(c.name, "Wall squat");
        assert_eq!(c.steps, ["Stand tall."], "blank steps are dropped");
        assert_eq!(valid.items[1].exercise.library_id(), Some("walking"));
    }
}
