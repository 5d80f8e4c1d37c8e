//! Exports shared by the Export page and the command line: which bytes each
//! format is, from which journal, over which dates.
//!
//! A journal here is the person's own, or a review journal loaded from a
//! backup file (`review.rs`); either way the numbers come from the same
//! relief-core statistics the Progress section draws.

use chrono::{DateTime, FixedOffset, NaiveDate};
use relief_core::{DateRange, Preferences};
use relief_export::backup::write_backup;
use relief_export::fhir::{bundle, PatientDetails};
use relief_export::report::{build, ReportChoices};
use relief_export::Period;
use relief_report::{Paper, Patient};
use relief_store::{Journal, Snapshot};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::ApiError;

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
    pub fn check(&self, today: NaiveDate) -> Result<(), ApiError> {
        let field = |name: &str, code: &str| ApiError {
            field: Some(name.into()),
            ..ApiError::new(code, &[])
        };
        for (name, date) in [
            ("since", self.since),
            ("until", self.until),
            ("birthDate", self.birth_date),
        ] {
            if date.is_some_and(|d| d > today) {
                return Err(field(name, "export_date_in_future"));
            }
        }
        if let (Some(since), Some(until)) = (self.since, self.until) {
            if since > until {
                return Err(field("until", "export_dates_reversed"));
            }
        }
        if self
            .name
            .as_ref()
            .is_some_and(|n| n.chars().count() > MAX_NAME_CHARS)
        {
            return Err(field("name", "export_name_too_long"));
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

/// The bytes of one export of `journal`.
pub fn render(
    journal: &Journal,
    choices: &ExportChoices,
    preferences: Option<&Preferences>,
    now: DateTime<FixedOffset>,
) -> Result<Vec<u8>, ApiError> {
    let today = now.date_naive();
    choices.check(today)?;
    let snapshot = journal.snapshot()?;
    let name = choices
        .name
        .as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(str::to_owned);
    Ok(match choices.format {
        // A backup is always whole: a period would make a later restore partial.
        ExportFormat::Backup => write_backup(&snapshot, preferences),
        ExportFormat::Csv => {
            relief_export::csv::csv_zip(&snapshot, choices.period()).map_err(|e| failed(&e))?
        }
        ExportFormat::Fhir => {
            let patient = PatientDetails {
                name,
                birth_date: choices.birth_date,
            };
            let mut json =
                serde_json::to_vec_pretty(&bundle(&snapshot, &patient, choices.period(), now))
                    .map_err(|e| failed(&e))?;
            json.push(b'\n');
            json
        }
        ExportFormat::Pdf => {
            let range = report_range(&snapshot, choices, today)?;
            let view = journal.progress_between(range, today)?;
            let report = build(
                &view,
                &snapshot,
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
) -> Result<DateRange, ApiError> {
    let until = choices.until.unwrap_or(today);
    let since = choices
        .since
        .unwrap_or_else(|| first_day(snapshot).unwrap_or(until).min(until));
    DateRange::new(since, until).map_err(ApiError::from)
}

fn first_day(s: &Snapshot) -> Option<NaiveDate> {
    let pain = s.pain.iter().map(|e| e.recorded_at.date_naive());
    let sessions = s.sessions.iter().map(|r| r.session.started_at.date_naive());
    let procedures = s.procedures.iter().map(|p| p.date);
    pain.chain(sessions).chain(procedures).min()
}

fn failed(error: &dyn std::fmt::Display) -> ApiError {
    eprintln!("relief-window: export failed: {error}");
    ApiError::new("export_failed", &[])
}
