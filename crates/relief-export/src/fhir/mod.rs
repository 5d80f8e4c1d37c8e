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
//! The bundle is written as it is mapped: each part streams its entries,
//! typed structs that borrow the journal (`model`), into the JSON array of
//! the one output buffer (`json`), and nothing holds the whole bundle but its
//! bytes. Codes repeated thousands of times are rendered once per export.
//! That is what makes a ten-year journal (28,000 resources, 40 MB) an
//! export of a fraction of a second.
//!
//! What is left out, on purpose: reminders and their events (app settings,
//! not health records), and questionnaire item text for ODI and RMDQ, which
//! are licensed (only their totals are kept, as the journal does).

mod codes;
mod exercise;
mod ids;
mod json;
mod model;
mod observations;
mod plan;
mod procedure;
mod questionnaire;
mod text;

use std::borrow::Cow;
use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset, NaiveDate};
use relief_core::Snapshot;
use serde::ser::{Serialize, SerializeSeq, Serializer};

use self::ids::Urn;
use self::json::Fragment;
use self::model::{Concept, Entry, Patient, Reference, Resource, Text};
use crate::{names, Period};

pub use codes::{LOCAL as LOCAL_CODE_SYSTEM, PSFS_QUESTIONNAIRE};

/// What the person chose to put in the export about themselves. Both are
/// optional: an export without a name is still a useful record to hand over.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PatientDetails {
    pub name: Option<String>,
    pub birth_date: Option<NaiveDate>,
}

/// The whole journal (or the records of `period`) as a FHIR R4 Bundle of type
/// `collection`: compact JSON in UTF-8, ending with a newline, ready to be
/// written to a file.
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
///
/// Compact rather than pretty: the file is for a clinic's system, not for
/// reading, and indentation made a ten-year export nearly twice the size.
///
/// # Errors
///
/// Only if serde_json fails to write, which every value here is built to
/// avoid (no NaN, no map with keys that are not strings, and writing to
/// memory cannot fail); the error is passed on rather than turned into a
/// panic or a half-written file all the same.
pub fn bundle_json(
    snapshot: &Snapshot,
    patient: &PatientDetails,
    period: Period,
    generated_at: DateTime<FixedOffset>,
) -> Result<Vec<u8>, serde_json::Error> {
    let context = Context::new(snapshot, period, generated_at.date_naive())?;
    let bundle = Bundle {
        resource_type: "Bundle",
        kind: "collection",
        timestamp: text::date_time(&generated_at),
        entry: Entries {
            snapshot,
            patient,
            context: &context,
        },
    };
    let mut out = json::write(&bundle, size_hint(snapshot, period))?;
    out.push(b'\n');
    Ok(out)
}

#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct Bundle<'a> {
    resource_type: &'static str,
    #[serde(rename = "type")]
    kind: &'static str,
    timestamp: String,
    entry: Entries<'a>,
}

/// `Bundle.entry`, written as each part maps its records. Never empty: the
/// Patient is always there.
struct Entries<'a> {
    snapshot: &'a Snapshot,
    patient: &'a PatientDetails,
    context: &'a Context<'a>,
}

impl Serialize for Entries<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let (snapshot, context) = (self.snapshot, self.context);
        // JSON needs no length up front.
        let mut out = serializer.serialize_seq(None)?;
        out.serialize_element(&Entry {
            full_url: context.patient,
            resource: Resource::Patient(patient_resource(self.patient)),
        })?;
        procedure::procedures(&snapshot.procedures, context, &mut out)?;
        observations::pain(&snapshot.pain, context, &mut out)?;
        exercise::sessions(&snapshot.sessions, context, &mut out)?;
        observations::walking(&snapshot.walking, context, &mut out)?;
        questionnaire::psfs(&snapshot.psfs, context, &mut out)?;
        observations::measures(&snapshot.measures, context, &mut out)?;
        plan::care_plans(&snapshot.plans, context, &mut out)?;
        out.end()
    }
}

/// About how many bytes the bundle of `period` takes, so that the buffer is
/// allocated once rather than grown (and copied) a dozen times. The figures
/// are a little above what each kind of record takes in a ten-year journal;
/// a long note makes the guess short, which only costs a copy.
fn size_hint(snapshot: &Snapshot, period: Period) -> usize {
    let count =
        |dates: &mut dyn Iterator<Item = NaiveDate>| dates.filter(|&d| period.contains(d)).count();
    let sessions = snapshot
        .sessions
        .iter()
        .filter(|r| period.contains(r.session.started_at.date_naive()));
    let (sessions, exercises) =
        sessions.fold((0, 0), |(s, e), r| (s + 1, e + r.session.exercises.len()));
    1024 + 1024 * snapshot.procedures.len()
        + 1000 * count(&mut snapshot.pain.iter().map(|e| e.recorded_at.date_naive()))
        + 1800 * sessions
        + 2000 * exercises
        + 1100 * count(&mut snapshot.walking.iter().map(|w| w.date))
        + 1700 * count(&mut snapshot.psfs.iter().map(|r| r.psfs.recorded_on))
        + 800 * count(&mut snapshot.measures.iter().map(|r| r.measure.recorded_on))
        + 4000 * snapshot.plans.len()
}

/// What every mapping needs besides its own records.
pub(crate) struct Context<'s> {
    /// The Patient's fullUrl.
    pub patient: Urn,
    /// A Reference to the Patient, rendered.
    subject: Fragment,
    pub period: Period,
    /// The export's own date, to tell a booked procedure from a done one.
    pub today: NaiveDate,
    /// The concepts every resource of a kind repeats, rendered.
    pub fixed: codes::Fixed,
    /// Each library exercise of the journal as a concept, rendered: there
    /// are a few dozen, named by some 17,000 exercise Observations. (A
    /// BTreeMap: for a few dozen short keys a handful of comparisons is
    /// quicker than hashing each with SipHash.)
    exercises: BTreeMap<&'s str, Fragment>,
}

impl<'s> Context<'s> {
    pub fn new(
        snapshot: &'s Snapshot,
        period: Period,
        today: NaiveDate,
    ) -> Result<Self, serde_json::Error> {
        let sessions = snapshot.sessions.iter().flat_map(|r| &r.session.exercises);
        let done = sessions.map(|e| &e.exercise);
        let planned = snapshot.plans.iter().flat_map(|r| &r.plan.items);
        let ids = done
            .chain(planned.map(|i| &i.exercise))
            .filter_map(|e| e.library_id())
            // Walking is the exercise of every day's walk.
            .chain([exercise::WALKING]);
        let mut exercises = BTreeMap::new();
        for id in ids {
            if !exercises.contains_key(id) {
                exercises.insert(id, Fragment::render(&exercise_concept(id))?);
            }
        }
        let patient = ids::urn("patient");
        Ok(Context {
            patient,
            subject: Fragment::render(&Reference::to(patient))?,
            period,
            today,
            fixed: codes::Fixed::render()?,
            exercises,
        })
    }

    /// A Reference to the Patient: the subject of every record, and the
    /// performer of what they reported or did themselves.
    pub fn subject(&self) -> Reference<'_> {
        Reference::Fixed(&self.subject)
    }

    /// The library exercise `id` as a concept.
    pub fn exercise<'a>(&'a self, id: &'a str) -> Concept<'a> {
        match self.exercises.get(id) {
            Some(concept) => Concept::Fixed(concept),
            // Every id of the journal was rendered; made here all the same
            // rather than trusting that.
            None => exercise_concept(id).into(),
        }
    }
}

/// A library exercise: its id as a project code, its name as the library
/// spells it (`names`, the same as the CSV and the report).
fn exercise_concept(id: &str) -> model::CodeableConcept<'_> {
    codes::local(id, names::library_name(id))
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

/// One Annotation list from optional texts, cleaned by `text`; empty when
/// none is left (and then left out of the resource, as FHIR wants).
pub(crate) fn notes<'a, I>(texts: I) -> Vec<Text<'a>>
where
    I: IntoIterator<Item = Option<Cow<'a, str>>>,
{
    texts
        .into_iter()
        .flatten()
        .filter_map(text::owned)
        .map(|text| Text { text })
        .collect()
}

/// A minimal Patient: the export is the person's own, and they decide whether
/// it carries their name and birth date.
fn patient_resource(patient: &PatientDetails) -> Patient<'_> {
    Patient {
        name: text::optional(patient.name.as_deref()).map(|text| [Text { text }]),
        birth_date: patient.birth_date.map(|d| d.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::{json, Value};

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

    fn patient_json(patient: &PatientDetails) -> Value {
        json::to_value(&Resource::Patient(patient_resource(patient)))
    }

    #[test]
    fn a_patient_without_details_is_still_a_patient() {
        assert_eq!(
            patient_json(&PatientDetails::default()),
            json!({ "resourceType": "Patient" })
        );
        let named = patient_json(&PatientDetails {
            name: Some("  Ana Pérez ".into()),
            birth_date: Some(day(2)),
        });
        assert_eq!(named["name"][0]["text"], "Ana Pérez");
        assert_eq!(named["birthDate"], "2026-03-02");
    }
}
