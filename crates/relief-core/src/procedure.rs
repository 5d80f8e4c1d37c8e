//! Procedure records: what was done (or is planned), where, and how bad the pain
//! was before. Repeats are common, so a person may have several.
//!
//! A `ProcedureDraft` is what the person entered; `validate` checks it against
//! `today` and returns a `ValidProcedure` the journal may store. The baseline pain
//! recorded here is what later views compare against; nothing here interprets it.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::pain::{bounded_text, MAX_NOTE_CHARS};
use crate::records::check_date;
use crate::{CoreError, PainScore};

/// Longest clinic or clinician name, in characters.
pub const MAX_NAME_CHARS: usize = 120;
/// Longest clinic phone number, in characters: room for a country code, an
/// extension and the spaces people put in ("+44 1227 864 000 ext. 123").
pub const MAX_PHONE_CHARS: usize = 40;
/// How far ahead a planned procedure may be booked, in days. (How far back is
/// every record's rule: `records::EARLIEST_DATE`.)
pub const MAX_DAYS_AHEAD: i64 = 2 * 366;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(rename_all = "kebab-case")]
pub enum Region {
    Lumbar,
    Thoracic,
    Cervical,
    Sacroiliac,
}

impl Region {
    pub const ALL: [Region; 4] = [
        Region::Lumbar,
        Region::Thoracic,
        Region::Cervical,
        Region::Sacroiliac,
    ];

    /// The levels a clinic treats in this region, top to bottom. Facet levels name
    /// the joint between two vertebrae; for the sacroiliac joint clinics name the
    /// L5 dorsal ramus and the S1–S3 lateral branches instead.
    pub fn levels(self) -> &'static [&'static str] {
        match self {
            Region::Cervical => &["C2-C3", "C3-C4", "C4-C5", "C5-C6", "C6-C7", "C7-T1"],
            Region::Thoracic => &[
                "T1-T2", "T2-T3", "T3-T4", "T4-T5", "T5-T6", "T6-T7", "T7-T8", "T8-T9", "T9-T10",
                "T10-T11", "T11-T12", "T12-L1",
            ],
            Region::Lumbar => &["L1-L2", "L2-L3", "L3-L4", "L4-L5", "L5-S1"],
            Region::Sacroiliac => &["L5", "S1", "S2", "S3"],
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(rename_all = "kebab-case")]
pub enum Side {
    Left,
    Right,
    Both,
}

/// What the person entered. Only the date and the region are required: many
/// people do not know their levels or side, and that must not stop them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct ProcedureDraft {
    /// YYYY-MM-DD. A future date means a planned procedure.
    pub date: String,
    #[ts(optional)]
    pub region: Option<Region>,
    #[serde(default)]
    pub levels: Vec<String>,
    #[ts(optional)]
    pub side: Option<Side>,
    #[ts(optional)]
    pub clinic: Option<String>,
    #[ts(optional)]
    pub clinician: Option<String>,
    /// The clinic's phone number, as the person writes it; Get help shows it
    /// beside "contact your clinic".
    #[serde(default)]
    #[ts(optional)]
    pub clinic_phone: Option<String>,
    /// Usual pain before the procedure, 0–10.
    #[ts(optional)]
    pub baseline_pain: Option<f64>,
    #[ts(optional)]
    pub notes: Option<String>,
}

/// A procedure record that has passed every rule.
#[derive(Debug, Clone, PartialEq)]
pub struct ValidProcedure {
    pub date: NaiveDate,
    pub region: Region,
    pub levels: Vec<String>,
    pub side: Option<Side>,
    pub clinic: Option<String>,
    pub clinician: Option<String>,
    pub clinic_phone: Option<String>,
    pub baseline_pain: Option<PainScore>,
    pub notes: Option<String>,
}

/// A stored procedure record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct Procedure {
    #[ts(type = "number")]
    pub id: i64,
    /// YYYY-MM-DD.
    #[ts(type = "string")]
    pub date: NaiveDate,
    pub region: Region,
    pub levels: Vec<String>,
    pub side: Option<Side>,
    pub clinic: Option<String>,
    pub clinician: Option<String>,
    /// Absent in records (and backups) made before it was asked for.
    #[serde(default)]
    pub clinic_phone: Option<String>,
    pub baseline_pain: Option<PainScore>,
    pub notes: Option<String>,
}

impl ProcedureDraft {
    /// Checks every rule against `today` (the person's local date).
    pub fn validate(&self, today: NaiveDate) -> Result<ValidProcedure, CoreError> {
        let date = parse_date(&self.date, today)?;
        let region = self.region.ok_or(CoreError::RegionMissing)?;
        let levels = valid_levels(region, &self.levels)?;
        let baseline_pain = self.baseline_pain.map(PainScore::try_from).transpose()?;
        Ok(ValidProcedure {
            date,
            region,
            levels,
            side: self.side,
            clinic: normalise_text(self.clinic.as_deref(), "clinic", MAX_NAME_CHARS)?,
            clinician: normalise_text(self.clinician.as_deref(), "clinician", MAX_NAME_CHARS)?,
            clinic_phone: normalise_text(
                self.clinic_phone.as_deref(),
                "clinicPhone",
                MAX_PHONE_CHARS,
            )?,
            baseline_pain,
            notes: normalise_text(self.notes.as_deref(), "notes", MAX_NOTE_CHARS)?,
        })
    }
}

fn parse_date(text: &str, today: NaiveDate) -> Result<NaiveDate, CoreError> {
    let text = text.trim();
    let date = NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| CoreError::DateInvalid {
        value: text.chars().take(32).collect(),
    })?;
    if (date - today).num_days() > MAX_DAYS_AHEAD {
        return Err(CoreError::DateImplausible {
            value: date.to_string(),
        });
    }
    check_date(date)
}

/// Levels in the region's own order, without repeats, so two records of the same
/// treatment always read the same.
fn valid_levels(region: Region, levels: &[String]) -> Result<Vec<String>, CoreError> {
    if let Some(stray) = levels
        .iter()
        .find(|l| !region.levels().contains(&l.as_str()))
    {
        return Err(CoreError::LevelNotInRegion {
            level: stray.chars().take(16).collect(),
            region: region_name(region).to_owned(),
        });
    }
    Ok(region
        .levels()
        .iter()
        .filter(|known| levels.iter().any(|l| l == *known))
        .map(|l| (*l).to_owned())
        .collect())
}

fn normalise_text(
    text: Option<&str>,
    field: &'static str,
    max: usize,
) -> Result<Option<String>, CoreError> {
    bounded_text(text, max).map_err(|length| CoreError::TextTooLong { field, length, max })
}

fn region_name(region: Region) -> &'static str {
    match region {
        Region::Lumbar => "lumbar",
        Region::Thoracic => "thoracic",
        Region::Cervical => "cervical",
        Region::Sacroiliac => "sacroiliac",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
    }

    fn draft(date: &str, region: Option<Region>, levels: &[&str]) -> ProcedureDraft {
        ProcedureDraft {
            date: date.into(),
            region,
            levels: levels.iter().map(|l| l.to_string()).collect(),
            side: Some(Side::Both),
            clinic: None,
            clinician: None,
            clinic_phone: None,
            baseline_pain: Some(7.0),
            notes: None,
        }
    }

    fn check(d: ProcedureDraft, expected_error: Option<&str>) {
        let result = d.validate(today());
        assert_eq!(
            result.as_ref().err().map(CoreError::code),
            expected_error,
            "{d:?} gave {result:?}"
        );
    }

    #[test]
    fn dates() {
        check(draft("2026-11-05", Some(Region::Lumbar), &[]), None);
        check(draft("2026-11-25", Some(Region::Lumbar), &[]), None);
        check(draft("2027-01-10", Some(Region::Lumbar), &[]), None);
        check(draft("2024-02-29", Some(Region::Lumbar), &[]), None);
        check(
            draft("2026-02-30", Some(Region::Lumbar), &[]),
            Some("date_invalid"),
        );
        check(
            draft("2025-02-29", Some(Region::Lumbar), &[]),
            Some("date_invalid"),
        );
        check(
            draft("25/11/2026", Some(Region::Lumbar), &[]),
            Some("date_invalid"),
        );
        check(draft("", Some(Region::Lumbar), &[]), Some("date_invalid"));
        check(
            draft("1975-06-01", Some(Region::Lumbar), &[]),
            Some("date_implausible"),
        );
        check(draft("1980-01-01", Some(Region::Lumbar), &[]), None);
        check(
            draft("1979-12-31", Some(Region::Lumbar), &[]),
            Some("date_implausible"),
        );
        check(
            draft("-2000-01-01", Some(Region::Lumbar), &[]),
            Some("date_implausible"),
        );
        check(
            draft("2030-01-01", Some(Region::Lumbar), &[]),
            Some("date_implausible"),
        );
    }

    #[test]
    fn regions_and_levels() {
        check(draft("2026-11-05", None, &[]), Some("region_missing"));
        check(
            draft("2026-11-05", Some(Region::Lumbar), &["L4-L5", "L5-S1"]),
            None,
        );
        check(
            draft("2026-11-05", Some(Region::Cervical), &["L4-L5"]),
            Some("level_not_in_region"),
        );
        check(
            draft("2026-11-05", Some(Region::Sacroiliac), &["S1", "S2"]),
            None,
        );
        check(
            draft("2026-11-05", Some(Region::Thoracic), &["T12-L1"]),
            None,
        );
        check(
            draft("2026-11-05", Some(Region::Lumbar), &["<b>L4</b>"]),
            Some("level_not_in_region"),
        );
        let valid = draft(
            "2026-11-05",
            Some(Region::Lumbar),
            &["L5-S1", "L3-L4", "L5-S1"],
        )
        .validate(today())
        .unwrap();
        assert_eq!(valid.levels, ["L3-L4", "L5-S1"], "region order, no repeats");
    }

    #[test]
    fn baseline_and_text() {
        let mut d = draft("2026-11-05", Some(Region::Lumbar), &[]);
        d.baseline_pain = Some(11.0);
        check(d.clone(), Some("pain_out_of_range"));
        d.baseline_pain = Some(6.5);
        check(d.clone(), Some("pain_not_whole"));
        d.baseline_pain = None;
        check(d.clone(), None);
        d.clinic = Some("c".repeat(MAX_NAME_CHARS + 1));
        check(d.clone(), Some("text_too_long"));
        d.clinic = Some("  Kent Centre for Pain Medicine  ".into());
        assert_eq!(
            d.validate(today()).unwrap().clinic.as_deref(),
            Some("Kent Centre for Pain Medicine")
        );
        d.clinic_phone = Some("  +44 1227 864 000 ext. 12 ".into());
        assert_eq!(
            d.validate(today()).unwrap().clinic_phone.as_deref(),
            Some("+44 1227 864 000 ext. 12")
        );
        d.clinic_phone = Some("   ".into());
        assert_eq!(
            d.validate(today()).unwrap().clinic_phone,
            None,
            "blank is none"
        );
        d.clinic_phone = Some("1".repeat(MAX_PHONE_CHARS + 1));
        check(d.clone(), Some("text_too_long"));
        d.clinic_phone = None;
        d.notes = Some("n".repeat(MAX_NOTE_CHARS + 1));
        check(d, Some("text_too_long"));
    }
}
