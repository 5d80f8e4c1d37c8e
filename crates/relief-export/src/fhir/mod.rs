//! FHIR R4: the journal as a Bundle of type collection.
//!
//! `bundle` turns a `Snapshot` into one JSON Bundle a clinic's system can read:
//! a minimal Patient, the RFN Procedure(s), pain Observations (LOINC 72514-3),
//! exercise sessions as Observations of exercise duration (LOINC 55411-3)
//! grouped by `hasMember`, daily walking, PSFS as a QuestionnaireResponse with
//! a score Observation `derivedFrom` it, ODI and RMDQ totals, and the exercise
//! plans as CarePlans. Each file here maps one part; `codes` holds every code.
//!
//! The output is a pure function of its arguments: no clock, no randomness,
//! entries in the journal's order and UUIDs derived from journal ids (`ids`),
//! so the same journal always exports to the same bytes.
//!
//! What is left out, on purpose: reminders and their events (app settings,
//! not health records), and questionnaire item text for ODI and RMDQ, which
//! are licensed (only their totals are kept, as the journal does).

mod codes;
mod exercise;
mod ids;
mod observations;
mod plan;
mod procedure;
mod questionnaire;
mod text;

use chrono::{DateTime, FixedOffset, NaiveDate};
use relief_store::Snapshot;
use serde_json::{json, Map, Value};

use crate::Period;

pub use codes::{LOCAL as LOCAL_CODE_SYSTEM, PSFS_QUESTIONNAIRE};

/// What the person chose to put in the export about themselves. Both are
/// optional: an export without a name is still a useful record to hand over.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PatientDetails {
    pub name: Option<String>,
    pub birth_date: Option<NaiveDate>,
}

/// The whole journal (or the records of `period`) as a FHIR R4 Bundle of type
/// `collection`, as JSON.
///
/// `period` is inclusive at both ends and compared with the person's local
/// dates (the date of each record in the offset it was recorded in);
/// `Period::ALL` exports everything. It selects pain entries, sessions, walking, PSFS and
/// totals by their date, and plans that were current for at least one day of
/// it. Procedures are always exported: every other record is read against
/// them (how long after the RFN a pain score was given).
///
/// `generated_at` becomes `Bundle.timestamp`; the caller passes it so that the
/// function stays pure.
pub fn bundle(
    snapshot: &Snapshot,
    patient: &PatientDetails,
    period: Period,
    generated_at: DateTime<FixedOffset>,
) -> Value {
    let context = Context {
        patient: ids::urn("patient"),
        period,
        today: generated_at.date_naive(),
    };
    let mut entries = vec![Entry {
        full_url: context.patient.clone(),
        resource: patient_resource(patient),
    }];
    entries.extend(procedure::procedures(&snapshot.procedures, &context));
    entries.extend(observations::pain(&snapshot.pain, &context));
    entries.extend(exercise::sessions(&snapshot.sessions, &context));
    entries.extend(observations::walking(&snapshot.walking, &context));
    entries.extend(questionnaire::psfs(&snapshot.psfs, &context));
    entries.extend(observations::measures(&snapshot.measures, &context));
    entries.extend(plan::care_plans(&snapshot.plans, &context));

    json!({
        "resourceType": "Bundle",
        "type": "collection",
        "timestamp": text::date_time(&generated_at),
        "entry": entries
            .into_iter()
            .map(|e| json!({ "fullUrl": e.full_url, "resource": e.resource }))
            .collect::<Vec<_>>(),
    })
}

/// One entry of the bundle, before it is written out.
pub(crate) struct Entry {
    pub full_url: String,
    pub resource: Value,
}

/// What every mapping needs besides its own records.
pub(crate) struct Context {
    /// The Patient's fullUrl, for `subject`.
    pub patient: String,
    pub period: Period,
    /// The export's own date, to tell a booked procedure from a done one.
    pub today: NaiveDate,
}

impl Context {
    pub fn subject(&self) -> Value {
        ids::reference(&self.patient)
    }
}

/// Whether `[from, to]` (open-ended when `to` is none) shares a day with
/// `period`. A period whose first day is after its last shares none, as it
/// contains none.
pub(crate) fn overlaps(period: Period, from: NaiveDate, to: Option<NaiveDate>) -> bool {
    let backwards = matches!((period.since, period.until), (Some(s), Some(u)) if s > u);
    !backwards
        && period.until.is_none_or(|until| from <= until)
        && period
            .since
            .is_none_or(|since| to.is_none_or(|to| since <= to))
}

/// Adds `key` to a JSON object when there is a value: FHIR forbids `null`
/// and empty arrays, so an absent thing must be absent.
pub(crate) fn put(resource: &mut Value, key: &str, value: Option<Value>) {
    let Some(value) = value else { return };
    if value.as_array().is_some_and(Vec::is_empty) {
        return;
    }
    if let Some(object) = resource.as_object_mut() {
        object.insert(key.to_owned(), value);
    }
}

/// `[{ "text": … }]` for one Annotation list from optional texts, or `None`
/// when none is left.
pub(crate) fn notes<I>(texts: I) -> Option<Value>
where
    I: IntoIterator<Item = Option<String>>,
{
    let notes: Vec<Value> = texts
        .into_iter()
        .flatten()
        .filter_map(|t| text::string(&t))
        .map(|t| json!({ "text": t }))
        .collect();
    (!notes.is_empty()).then_some(Value::Array(notes))
}

/// A minimal Patient: the export is the person's own, and they decide whether
/// it carries their name and birth date.
fn patient_resource(patient: &PatientDetails) -> Value {
    let mut resource = Value::Object(Map::new());
    put(&mut resource, "resourceType", Some(json!("Patient")));
    let name = text::optional(patient.name.as_deref());
    put(
        &mut resource,
        "name",
        name.map(|name| json!([{ "text": name }])),
    );
    put(
        &mut resource,
        "birthDate",
        patient.birth_date.map(|d| json!(d.to_string())),
    );
    resource
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 3, d).unwrap()
    }

    fn period(since: Option<u32>, until: Option<u32>) -> Period {
        Period {
            since: since.map(day),
            until: until.map(day),
        }
    }

    #[test]
    fn overlapping_periods() {
        let check = |p: Period, from: u32, to: Option<u32>, expected: bool| {
            assert_eq!(
                overlaps(p, day(from), to.map(day)),
                expected,
                "{p:?} {from} {to:?}"
            );
        };
        check(Period::ALL, 1, None, true);
        let march = period(Some(10), Some(20));
        check(march, 1, Some(10), true); // touching counts
        check(march, 20, None, true);
        check(march, 1, None, true);
        check(march, 12, Some(14), true);
        check(march, 21, None, false);
        check(march, 1, Some(9), false);
        check(period(None, Some(20)), 1, Some(2), true);
        check(period(Some(10), None), 1, Some(9), false);
        check(period(Some(20), Some(10)), 1, None, false); // backwards
    }

    #[test]
    fn a_patient_without_details_is_still_a_patient() {
        assert_eq!(
            patient_resource(&PatientDetails::default()),
            json!({ "resourceType": "Patient" })
        );
        let named = patient_resource(&PatientDetails {
            name: Some("  Ana Pérez ".into()),
            birth_date: Some(day(2)),
        });
        assert_eq!(named["name"][0]["text"], "Ana Pérez");
        assert_eq!(named["birthDate"], "2026-03-02");
    }
}
