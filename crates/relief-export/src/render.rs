//! One export of a journal as bytes: what the Export page, the command line
//! and the benchmark all call.
//!
//! It is given the journal's records (a `Snapshot`) and a way to ask for its
//! Progress view over a range (the report's numbers), never the journal
//! itself: the caller reads both from the person's journal or a review
//! journal, so the numbers are the same relief-core statistics the Progress
//! section draws.

use chrono::{DateTime, FixedOffset, NaiveDate, TimeDelta};
use relief_core::stats::MAX_RANGE_DAYS;
use relief_core::{DateRange, Preferences, ProgressView, Snapshot};
use relief_report::{Paper, Patient};
use serde::{Deserialize, Serialize};
use thiserror::Error;
use ts_rs::TS;

use crate::backup::write_backup;
use crate::fhir::{bundle_json, PatientDetails};
use crate::report::{build, ReportChoices};
use crate::Period;

/// Why an export was not made. `code()` is stable; `field()` names the
/// choice at fault, for the form to show the error beside it.
#[derive(Debug, Error)]
pub enum ExportError {
    #[error("{field} is after today")]
    DateInFuture { field: &'static str },
    #[error("the last day comes before the first")]
    DatesReversed,
    #[error("the name is longer than {MAX_NAME_CHARS} characters")]
    NameTooLong,
    #[error("the file could not be made: {0}")]
    Failed(String),
}

impl ExportError {
    pub fn code(&self) -> &'static str {
        match self {
            ExportError::DateInFuture { .. } => "export_date_in_future",
            ExportError::DatesReversed => "export_dates_reversed",
            ExportError::NameTooLong => "export_name_too_long",
            ExportError::Failed(_) => "export_failed",
        }
    }

    pub fn field(&self) -> Option<&'static str> {
        match self {
            ExportError::DateInFuture { field } => Some(field),
            ExportError::DatesReversed => Some("until"),
            ExportError::NameTooLong => Some("name"),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub enum ExportFormat {
    /// The report for a physiotherapist.
    Pdf,
    /// A zip of CSV files.
    Csv,
    /// A FHIR R4 Bundle.
    Fhir,
    /// A complete backup that a restore reads.
    Backup,
}

impl ExportFormat {
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Pdf => "pdf",
            ExportFormat::Csv => "zip",
            ExportFormat::Fhir | ExportFormat::Backup => "json",
        }
    }

    /// The file name the save dialog suggests.
    pub fn suggested_name(self, today: NaiveDate) -> String {
        let what = match self {
            ExportFormat::Pdf => "report",
            ExportFormat::Csv => "csv",
            ExportFormat::Fhir => "fhir",
            ExportFormat::Backup => "backup",
        };
        format!(
            "relief-window-{what}-{}.{}",
            today.format("%Y-%m-%d"),
            self.extension()
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub enum PaperSize {
    A4,
    Letter,
}

/// What to export and for whom; every field but `format` may be left out.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct ExportChoices {
    pub format: ExportFormat,
    /// First day covered (YYYY-MM-DD); none for the beginning.
    #[serde(default)]
    #[ts(type = "string | null", optional)]
    pub since: Option<NaiveDate>,
    /// Last day covered; none for today.
    #[serde(default)]
    #[ts(type = "string | null", optional)]
    pub until: Option<NaiveDate>,
    /// Printed on the report and in FHIR only if given.
    #[serde(default)]
    #[ts(optional)]
    pub name: Option<String>,
    #[serde(default)]
    #[ts(type = "string | null", optional)]
    pub birth_date: Option<NaiveDate>,
    /// A4 when not said.
    #[serde(default)]
    #[ts(optional)]
    pub paper: Option<PaperSize>,
}

/// The most a name on a report may hold.
const MAX_NAME_CHARS: usize = 120;

impl ExportChoices {
    /// Checks the dates (in order, not after today) and the name.
    pub fn check(&self, today: NaiveDate) -> Result<(), ExportError> {
        for (field, date) in [
            ("since", self.since),
            ("until", self.until),
            ("birthDate", self.birth_date),
        ] {
            if date.is_some_and(|d| d > today) {
                return Err(ExportError::DateInFuture { field });
            }
        }
        if let (Some(since), Some(until)) = (self.since, self.until) {
            if since > until {
                return Err(ExportError::DatesReversed);
            }
        }
        if self
            .name
            .as_ref()
            .is_some_and(|n| n.chars().count() > MAX_NAME_CHARS)
        {
            return Err(ExportError::NameTooLong);
        }
        Ok(())
    }

    fn period(&self) -> Period {
        Period {
            since: self.since,
            until: self.until,
        }
    }
}

/// The bytes of one export of the journal whose records are `snapshot`.
/// `progress(range, today)` is that journal's Progress view for the report's
/// days (only a PDF asks); its error is the caller's, and so is this
/// function's, so a journal's own errors pass through unchanged.
pub fn render<E: From<ExportError>>(
    snapshot: &Snapshot,
    progress: impl FnOnce(DateRange, NaiveDate) -> Result<ProgressView, E>,
    choices: &ExportChoices,
    preferences: Option<&Preferences>,
    now: DateTime<FixedOffset>,
) -> Result<Vec<u8>, E> {
    let today = now.date_naive();
    choices.check(today)?;
    let name = choices
        .name
        .as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(str::to_owned);
    Ok(match choices.format {
        // A backup is always whole: a period would make a later restore partial.
        ExportFormat::Backup => write_backup(snapshot, preferences),
        ExportFormat::Csv => {
            crate::csv::csv_zip(snapshot, choices.period()).map_err(|e| failed(&e))?
        }
        ExportFormat::Fhir => {
            let patient = PatientDetails {
                name,
                birth_date: choices.birth_date,
            };
            // Compact JSON ending with a newline, written straight from the
            // journal (`fhir` says why).
            bundle_json(snapshot, &patient, choices.period(), now).map_err(|e| failed(&e))?
        }
        ExportFormat::Pdf => {
            let range = report_range(snapshot, choices, today)?;
            let view = progress(range, today)?;
            let report = build(
                &view,
                snapshot,
                &ReportChoices {
                    patient: Patient {
                        name,
                        date_of_birth: choices.birth_date,
                    },
                    paper: match choices.paper {
                        Some(PaperSize::Letter) => Paper::Letter,
                        Some(PaperSize::A4) | None => Paper::A4,
                    },
                },
                today,
            );
            relief_report::render(&report).map_err(|e| failed(&e))?
        }
    })
}

/// The report's days: as chosen, else from the first record to today.
fn report_range(
    snapshot: &Snapshot,
    choices: &ExportChoices,
    today: NaiveDate,
) -> Result<DateRange, ExportError> {
    let until = choices.until.unwrap_or(today);
    let since = choices
        .since
        .unwrap_or_else(|| first_day(snapshot).unwrap_or(until).min(until));
    // The checks keep since <= until. A range longer than relief-core's
    // statistics take would fail every report, whatever the person did: a
    // record from a clock that lost its battery (1970), kept from before the
    // journal refused such dates, or a --since decades back. The report
    // covers the latest fifty years instead.
    let longest = TimeDelta::days(MAX_RANGE_DAYS as i64 - 1);
    let since = until
        .checked_sub_signed(longest)
        .map_or(since, |earliest| since.max(earliest));
    DateRange::new(since, until).map_err(|e| ExportError::Failed(e.to_string()))
}

fn first_day(s: &Snapshot) -> Option<NaiveDate> {
    let pain = s.pain.iter().map(|e| e.recorded_at.date_naive());
    let sessions = s.sessions.iter().map(|r| r.session.started_at.date_naive());
    let procedures = s.procedures.iter().map(|p| p.date);
    pain.chain(sessions).chain(procedures).min()
}

fn failed(error: &dyn std::fmt::Display) -> ExportError {
    ExportError::Failed(error.to_string())
}
