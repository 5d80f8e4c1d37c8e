//! The FHIR export against a real validator.
//!
//! A realistic journal is built in code, exported, and the bytes the app
//! would write are handed to `tests/fhir/validate.mjs` (Medplum's StructureDefinition
//! validator and the official R4 JSON Schema, plus a check that references
//! resolve). The validator must be installed: `npm ci` in tests/fhir. A
//! missing node or node_modules fails these tests with that instruction
//! rather than skipping them, so a green run always means "validated".
//!
//! Negative controls break one thing at a time and expect the validator to
//! say so, so a validator that accepts anything cannot pass here.

use std::collections::{BTreeMap, HashSet};
use std::path::PathBuf;
use std::process::Command;

use chrono::{DateTime, Duration, FixedOffset, NaiveDate};
use relief_core::pain::{PainTag, Walk};
use relief_core::{
    CustomExercise, Dose, ExerciseRef, Measure, PainEntry, PainScore, Plan, PlanItem, PlanRecord,
    PlanSource, Procedure, Psfs, PsfsActivity, Region, ScoredMeasure, Session, SessionExercise,
    SessionRecord, Side, SkipReason,
};
use relief_core::{PsfsRecord, ScoredMeasureRecord, Snapshot};
use relief_export::fhir::{bundle_json, PatientDetails};
use relief_export::Period;
use serde_json::{json, Value};

const TRICKY: &str = "Sedation & local <anaesthetic>; \"went well\" — café after";

fn at(text: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(text).expect("a test time")
}

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("a test date")
}

fn score(value: u8) -> PainScore {
    PainScore::try_from(f64::from(value)).expect("a test score is 0-10")
}

fn generated_at() -> DateTime<FixedOffset> {
    at("2026-03-01T18:00:00+00:00")
}

fn patient() -> PatientDetails {
    PatientDetails {
        name: Some("Ana Pérez".into()),
        birth_date: Some(date("1961-07-04")),
    }
}

fn library(id: &str) -> ExerciseRef {
    ExerciseRef::Library { id: id.into() }
}

fn custom(name: &str) -> ExerciseRef {
    ExerciseRef::Custom(CustomExercise {
        name: name.into(),
        purpose: None,
        position: None,
        steps: vec!["Stand on the bottom stair".into(), "Lean forward".into()],
        key_points: vec![],
        stop_if: None,
    })
}

fn done(exercise: ExerciseRef, planned: Dose, reps: &[u8], holds: &[u16]) -> SessionExercise {
    SessionExercise {
        exercise,
        planned,
        // A set per entry of reps; holds of one exercise make one set.
        sets_done: match (reps.len(), holds.len()) {
            (0, 0) => 0,
            (0, _) => 1,
            (sets, _) => u8::try_from(sets).expect("few sets"),
        },
        reps_done: reps.to_vec(),
        hold_seconds: holds.to_vec(),
        minutes_done: None,
        skipped: None,
        not_done: false,
    }
}

fn walked(minutes: u16) -> SessionExercise {
    SessionExercise {
        minutes_done: Some(minutes),
        ..done(library("walking"), Dose::Minutes { minutes: 10 }, &[], &[])
    }
}

fn skipped(exercise: ExerciseRef, reason: SkipReason) -> SessionExercise {
    SessionExercise {
        skipped: Some(reason),
        ..done(exercise, Dose::Reps { sets: 2, reps: 10 }, &[], &[])
    }
}

const BRIDGE: Dose = Dose::Reps { sets: 2, reps: 10 };
const BIRD_DOG: Dose = Dose::Hold {
    sets: 1,
    reps: 5,
    seconds: 5,
};

/// Four sessions: done and skipped exercises, library and custom, reps,
/// holds and minutes, and one session of skipped exercises only.
fn sessions() -> Vec<SessionRecord> {
    let session = |id: i64, start: &str, minutes: i64, exercises, note: Option<&str>| {
        let started_at = at(start);
        SessionRecord {
            id,
            session: Session {
                started_at,
                finished_at: started_at + Duration::minutes(minutes) + Duration::seconds(30),
                exercises,
                effort: 4,
                pain_before: Some(score(5)),
                pain_after: (id % 2 == 0).then(|| score(3)),
                note: note.map(String::from),
            },
            plan_id: Some(2),
        }
    };
    vec![
        session(
            11,
            "2026-02-03T17:00:00+00:00",
            25,
            vec![
                walked(10),
                done(library("glute-bridge"), BRIDGE, &[10, 8], &[]),
                done(library("bird-dog"), BIRD_DOG, &[], &[5, 5, 4, 5, 5]),
                skipped(library("curl-up"), SkipReason::TooPainful),
            ],
            Some(TRICKY),
        ),
        session(
            12,
            "2026-02-05T07:30:00-05:00",
            15,
            vec![
                done(library("glute-bridge"), BRIDGE, &[10, 10], &[]),
                done(
                    custom("Hamstring stretch on the stairs"),
                    Dose::Hold {
                        sets: 1,
                        reps: 3,
                        seconds: 20,
                    },
                    &[],
                    &[20, 20, 15],
                ),
                skipped(
                    library("dead-bug"),
                    SkipReason::Other {
                        text: Some("Grandson's visit <3 & \"busy\"".into()),
                    },
                ),
            ],
            None,
        ),
        session(
            13,
            "2026-02-10T12:00:00+01:00",
            5,
            vec![
                skipped(library("glute-bridge"), SkipReason::NoTime),
                skipped(
                    custom("Hamstring stretch on the stairs"),
                    SkipReason::NoSpaceOrEquipment,
                ),
            ],
            Some("Only had five minutes"),
        ),
        session(
            14,
            "2026-02-20T17:00:00+00:00",
            30,
            vec![
                walked(15),
                done(library("glute-bridge"), BRIDGE, &[10, 10], &[]),
                done(library("bird-dog"), BIRD_DOG, &[], &[5, 5, 5, 5, 5]),
                done(library("curl-up"), BRIDGE, &[5, 3], &[]),
            ],
            None,
        ),
    ]
}

const SESSION_EXERCISES: usize = 4 + 3 + 2 + 4;

/// Thirty diary entries over January and February, every fifth with the
/// diary's additions, some with notes, a few recorded in another offset.
fn pain() -> Vec<PainEntry> {
    let notes = [
        Some(TRICKY),
        Some("Stiff after <b>gardening</b>"),
        None,
        Some("Better today; walked to the café"),
        None,
        Some("Line one\nline two, and a no-break\u{a0}space"),
    ];
    (0..30)
        .map(|i: i64| {
            let offset = if i % 7 == 3 { "-05:00" } else { "+00:00" };
            let day = date("2026-01-20") + Duration::days(i + i / 3);
            let recorded_at = at(&format!("{day}T08:30:00{offset}"));
            let rich = i % 5 == 0;
            let value = |v: i64| score(u8::try_from(v.clamp(0, 10)).expect("clamped"));
            PainEntry {
                id: 100 + i,
                score: value(7 - i / 6),
                note: notes[usize::try_from(i).expect("small") % notes.len()].map(String::from),
                recorded_at,
                updated_at: recorded_at + Duration::minutes(2),
                worst_24h: rich.then(|| value(8 - i / 6)),
                average_24h: rich.then(|| value(6 - i / 6)),
                interference: rich.then(|| value(5 - i / 8)),
                tags: if rich {
                    vec![PainTag::Morning, PainTag::AfterExercise]
                } else {
                    vec![]
                },
            }
        })
        .collect()
}

fn plans() -> Vec<PlanRecord> {
    let item = |exercise, dose, days, notes: Option<&str>| PlanItem {
        exercise,
        dose,
        days_per_week: days,
        times_per_day: 1,
        notes: notes.map(String::from),
    };
    vec![
        PlanRecord {
            id: 1,
            plan: Plan {
                title: None,
                items: vec![
                    item(library("walking"), Dose::Minutes { minutes: 10 }, 7, None),
                    item(library("pelvic-tilt"), BRIDGE, 5, None),
                ],
                author: None,
                review_date: None,
                notes: None,
            },
            source: PlanSource::Default,
            created_at: at("2026-01-16T09:00:00+00:00"),
            replaced_at: Some(at("2026-02-01T10:00:00+00:00")),
        },
        PlanRecord {
            id: 2,
            plan: Plan {
                title: Some("Weeks 3–8 after RFN".into()),
                items: vec![
                    item(library("walking"), Dose::Minutes { minutes: 15 }, 7, None),
                    item(
                        library("glute-bridge"),
                        BRIDGE,
                        5,
                        Some("Squeeze <glutes> & hold"),
                    ),
                    item(library("bird-dog"), BIRD_DOG, 5, None),
                    item(
                        custom("Hamstring stretch on the stairs"),
                        Dose::Hold {
                            sets: 1,
                            reps: 3,
                            seconds: 20,
                        },
                        3,
                        None,
                    ),
                ],
                author: Some("Sam O'Brien, physiotherapist".into()),
                review_date: Some(date("2026-03-15")),
                notes: Some(TRICKY.into()),
            },
            source: PlanSource::File,
            created_at: at("2026-02-01T10:00:00+00:00"),
            replaced_at: None,
        },
    ]
}

fn psfs(id: i64, on: &str, scores: [u8; 3]) -> PsfsRecord {
    let names = [
        "Putting on socks",
        "Sitting > 30 min in the car",
        "Lifting my grandson into the car seat",
    ];
    PsfsRecord {
        id,
        psfs: Psfs {
            activities: names
                .iter()
                .zip(scores)
                .map(|(name, score)| PsfsActivity {
                    name: (*name).into(),
                    score,
                })
                .collect(),
            recorded_on: date(on),
        },
    }
}

fn measure(
    id: i64,
    measure: Measure,
    total: f64,
    on: &str,
    by: Option<&str>,
) -> ScoredMeasureRecord {
    ScoredMeasureRecord {
        id,
        measure: ScoredMeasure {
            measure,
            total,
            recorded_on: date(on),
            scored_by: by.map(String::from),
        },
    }
}

fn snapshot() -> Snapshot {
    Snapshot {
        procedures: vec![
            Procedure {
                id: 1,
                date: date("2026-01-15"),
                region: Region::Lumbar,
                levels: vec!["L4-L5".into(), "L5-S1".into()],
                side: Some(Side::Both),
                clinic: Some("Kent Centre for Pain Medicine".into()),
                clinician: Some("Dr A. Smith".into()),
                clinic_phone: None,
                baseline_pain: Some(score(7)),
                notes: Some(TRICKY.into()),
            },
            // A repeat, booked after the export's date.
            Procedure {
                id: 2,
                date: date("2026-09-01"),
                region: Region::Sacroiliac,
                levels: vec!["L5".into(), "S1".into()],
                side: Some(Side::Left),
                clinic: None,
                clinician: None,
                clinic_phone: None,
                baseline_pain: None,
                notes: None,
            },
        ],
        pain: pain(),
        sessions: sessions(),
        plans: plans(),
        walking: vec![
            Walk {
                date: date("2026-02-03"),
                minutes: 25,
            },
            Walk {
                date: date("2026-02-04"),
                minutes: 0,
            },
            Walk {
                date: date("2026-02-20"),
                minutes: 40,
            },
        ],
        psfs: vec![
            psfs(1, "2026-01-20", [3, 4, 2]),
            psfs(2, "2026-02-20", [6, 5, 4]),
        ],
        measures: vec![
            measure(1, Measure::Odi, 34.0, "2026-01-20", Some("Kent Centre")),
            measure(2, Measure::Rmdq, 12.0, "2026-01-20", None),
            measure(3, Measure::Odi, 22.5, "2026-02-20", Some("me")),
        ],
        ..Snapshot::default()
    }
}

/// The export as the app writes it to a file.
fn export_bytes(period: Period) -> Vec<u8> {
    bundle_json(&snapshot(), &patient(), period, generated_at()).expect("the bundle is written")
}

/// The export, read back to look inside.
fn export(period: Period) -> Value {
    read(&export_bytes(period))
}

fn read(bytes: &[u8]) -> Value {
    serde_json::from_slice(bytes).expect("the bundle is JSON")
}

// --- The validator -------------------------------------------------------------

fn validator_dir() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fhir");
    // Resolved for the messages' sake; the unresolved path works as well.
    dir.canonicalize().unwrap_or(dir)
}

/// Runs the validator on a bundle's bytes: whether it passed, and what it
/// printed.
fn validate(bundle: &[u8]) -> (bool, String) {
    let dir = validator_dir();
    let setup = format!(
        "the FHIR validator is not installed: run `npm ci` in {} (needs Node.js 20.19 or later)",
        dir.display()
    );
    let node = Command::new("node").arg("--version").output();
    assert!(
        node.is_ok_and(|o| o.status.success()),
        "node was not found. {setup}"
    );
    assert!(dir.join("node_modules").is_dir(), "{setup}");

    let file = tempfile::Builder::new()
        .suffix(".json")
        .tempfile()
        .expect("a temporary file");
    std::fs::write(file.path(), bundle).expect("bundle written");
    let output = Command::new("node")
        .arg(dir.join("validate.mjs"))
        .arg(file.path())
        .output()
        .expect("node runs");
    let printed = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    match output.status.code() {
        Some(0) => (true, printed),
        Some(1) => (false, printed),
        _ => panic!("the validator could not run ({setup}):\n{printed}"),
    }
}

fn assert_valid(bundle: &[u8]) {
    let (valid, printed) = validate(bundle);
    assert!(valid, "the validator rejected the export:\n{printed}");
    assert!(
        !printed.contains("warning"),
        "the validator warned:\n{printed}"
    );
}

// --- Helpers to read the bundle ----------------------------------------------

fn entries(bundle: &Value) -> &Vec<Value> {
    bundle["entry"].as_array().expect("entries")
}

fn resources<'a>(bundle: &'a Value, kind: &str) -> Vec<&'a Value> {
    entries(bundle)
        .iter()
        .map(|e| &e["resource"])
        .filter(|r| r["resourceType"] == kind)
        .collect()
}

fn counts(bundle: &Value) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    for entry in entries(bundle) {
        let kind = entry["resource"]["resourceType"]
            .as_str()
            .expect("a resourceType")
            .to_owned();
        *counts.entry(kind).or_default() += 1;
    }
    counts
}

fn by_full_url(bundle: &Value) -> BTreeMap<&str, &Value> {
    entries(bundle)
        .iter()
        .map(|e| (e["fullUrl"].as_str().expect("fullUrl"), &e["resource"]))
        .collect()
}

fn loinc(resource: &Value) -> Option<&str> {
    resource["code"]["coding"]
        .as_array()?
        .iter()
        .find(|c| c["system"] == "http://loinc.org")?["code"]
        .as_str()
}

// --- Tests ---------------------------------------------------------------------

#[test]
fn the_export_is_valid_fhir() {
    assert_valid(&export_bytes(Period::ALL));
}

#[test]
fn an_empty_journal_exports_a_valid_bundle_of_one_patient() {
    let empty = bundle_json(
        &Snapshot::default(),
        &PatientDetails::default(),
        Period::ALL,
        generated_at(),
    )
    .expect("the bundle is written");
    assert_eq!(
        counts(&read(&empty)),
        BTreeMap::from([("Patient".to_owned(), 1)])
    );
    assert_valid(&empty);
}

#[test]
fn the_file_is_compact_json_ending_with_a_newline() {
    let bytes = export_bytes(Period::ALL);
    let text = std::str::from_utf8(&bytes).expect("UTF-8");
    let body = text.strip_suffix('\n').expect("a newline at the end");
    // Newlines in notes are escaped, so the only raw one is the last.
    assert!(!body.contains('\n'), "one line of JSON");
    assert!(
        body.starts_with(r#"{"resourceType":"Bundle","type":"collection","#),
        "resourceType first: {}",
        &body[..body.len().min(80)]
    );
    // Text is written as typed (é, <, &), only JSON's own escapes applied.
    assert!(body.contains("Ana Pérez"));
    assert!(body.contains("Squeeze <glutes> & hold"));
}

/// Every null, empty array, empty object or empty string in `value`, by
/// path: FHIR forbids them all, so an absent thing must be left out.
fn empties(value: &Value, path: &str, found: &mut Vec<String>) {
    match value {
        Value::Null => found.push(path.to_owned()),
        Value::String(s) if s.trim().is_empty() => found.push(path.to_owned()),
        Value::Array(items) if items.is_empty() => found.push(path.to_owned()),
        Value::Object(fields) if fields.is_empty() => found.push(path.to_owned()),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                empties(item, &format!("{path}[{i}]"), found);
            }
        }
        Value::Object(fields) => {
            for (key, field) in fields {
                empties(field, &format!("{path}.{key}"), found);
            }
        }
        _ => {}
    }
}

#[test]
fn nothing_is_null_or_empty() {
    for bundle in [
        export(Period::ALL),
        export(between("2026-01-20", "2026-01-20")),
        read(
            &bundle_json(
                &Snapshot::default(),
                &PatientDetails {
                    name: Some(" \u{a0} ".into()),
                    birth_date: None,
                },
                Period::ALL,
                generated_at(),
            )
            .expect("the bundle is written"),
        ),
    ] {
        let mut found = Vec::new();
        empties(&bundle, "Bundle", &mut found);
        assert!(found.is_empty(), "null or empty: {found:?}");
    }
}

#[test]
fn the_validator_rejects_broken_resources() {
    let good = export(Period::ALL);
    let first_pain = entries(&good)
        .iter()
        .position(|e| loinc(&e["resource"]) == Some("72514-3"))
        .expect("a pain observation");

    let broken = |f: &dyn Fn(&mut Value), expected: &[&str]| {
        let mut bundle = good.clone();
        f(&mut bundle["entry"][first_pain]["resource"]);
        let (valid, printed) = validate(&serde_json::to_vec(&bundle).expect("JSON"));
        assert!(!valid, "a broken bundle passed:\n{printed}");
        for text in expected {
            assert!(printed.contains(text), "expected {text:?} in:\n{printed}");
        }
    };
    // Each validator on its own: Medplum knows status is required; the JSON
    // Schema and Medplum both know a score is a number; the reference check
    // knows what the bundle holds.
    broken(
        &|o| {
            o.as_object_mut().expect("an object").remove("status");
        },
        &[
            "[medplum]",
            "Observation.status",
            "Missing required property",
        ],
    );
    broken(
        &|o| o["valueInteger"] = json!("4"),
        &["[json-schema]", ".valueInteger", "[medplum]"],
    );
    broken(
        // A time without seconds: FHIR's dateTime requires them.
        &|o| o["effectiveDateTime"] = json!("2026-02-03T08:30+00:00"),
        &["[json-schema]", ".effectiveDateTime", "[medplum]"],
    );
    broken(
        &|o| o["subject"]["reference"] = json!("urn:uuid:00000000-0000-5000-8000-000000000000"),
        &["[references]", "not an entry of the bundle"],
    );
    broken(
        &|o| o["dataAbsentReason"] = json!({ "text": "both a value and a reason" }),
        &["[medplum]", "obs-6"],
    );
}

#[test]
fn every_record_becomes_its_resource() {
    let bundle = export(Period::ALL);
    assert_eq!(bundle["resourceType"], "Bundle");
    assert_eq!(bundle["type"], "collection");
    assert_eq!(bundle["timestamp"], "2026-03-01T18:00:00+00:00");

    // 30 pain + 4 sessions + 13 session exercises + 3 walks + 2 PSFS scores
    // + 3 totals.
    let observations = 30 + 4 + SESSION_EXERCISES + 3 + 2 + 3;
    assert_eq!(
        counts(&bundle),
        BTreeMap::from([
            ("CarePlan".to_owned(), 2),
            ("Observation".to_owned(), observations),
            ("Patient".to_owned(), 1),
            ("Procedure".to_owned(), 2),
            ("Questionnaire".to_owned(), 1),
            ("QuestionnaireResponse".to_owned(), 2),
        ])
    );
    assert_eq!(entries(&bundle)[0]["resource"]["resourceType"], "Patient");

    let observations = resources(&bundle, "Observation");
    let with_code = |code: &str| {
        observations
            .iter()
            .filter(|o| loinc(o) == Some(code))
            .count()
    };
    assert_eq!(with_code("72514-3"), 30, "pain");
    assert_eq!(with_code("55411-3"), 4 + SESSION_EXERCISES + 3, "exercise");
    assert_eq!(with_code("97909-6"), 2, "ODI");
    let rmdq: Vec<_> = observations
        .iter()
        .filter(|o| o["code"]["text"] == "Roland-Morris Disability Questionnaire total")
        .collect();
    assert_eq!(rmdq.len(), 1);
    assert_eq!(rmdq[0]["valueQuantity"]["value"], json!(12));
    assert!(rmdq[0].get("performer").is_none(), "no scorer given");

    let odi: Vec<_> = observations
        .iter()
        .filter(|o| loinc(o) == Some("97909-6"))
        .collect();
    assert_eq!(odi[0]["valueQuantity"]["value"], json!(34));
    // Scores, not percentages: UCUM's annotation `{score}` for both totals.
    for total in [odi[0], odi[1], rmdq[0]] {
        assert_eq!(total["valueQuantity"]["code"], "{score}");
        assert_eq!(total["valueQuantity"]["unit"], "{score}");
        assert_eq!(
            total["valueQuantity"]["system"],
            "http://unitsofmeasure.org"
        );
    }
    assert_eq!(odi[0]["performer"][0]["display"], "Kent Centre");
    assert_eq!(odi[1]["valueQuantity"]["value"], json!(22.5));

    // Pain: the score, the offset the person was in, the note as typed.
    let pain: Vec<_> = observations
        .iter()
        .filter(|o| loinc(o) == Some("72514-3"))
        .collect();
    assert_eq!(pain[0]["valueInteger"], 7);
    assert_eq!(pain[0]["status"], "final");
    assert_eq!(pain[0]["category"][0]["coding"][0]["code"], "survey");
    assert_eq!(pain[0]["effectiveDateTime"], "2026-01-20T08:30:00+00:00");
    assert_eq!(pain[0]["note"][0]["text"], TRICKY);
    assert_eq!(pain[0]["component"].as_array().map(Vec::len), Some(5));
    assert!(
        pain[1].get("component").is_none(),
        "no additions, no components"
    );
    assert!(pain.iter().any(|p| p["effectiveDateTime"]
        .as_str()
        .is_some_and(|t| t.ends_with("-05:00"))));
    assert_eq!(
        pain[5]["note"][0]["text"], "Line one\nline two, and a no-break space",
        "whitespace the JSON Schema refuses reads as a space"
    );

    // The procedure done, and the one booked.
    let procedures = resources(&bundle, "Procedure");
    assert_eq!(procedures[0]["status"], "completed");
    assert_eq!(procedures[0]["performedDateTime"], "2026-01-15");
    assert_eq!(
        procedures[0]["code"]["text"],
        "Radiofrequency neurotomy of facet joint nerves"
    );
    assert_eq!(
        procedures[0]["bodySite"][0]["text"],
        "Lumbar facet joints, levels L4-L5, L5-S1, both sides"
    );
    assert_eq!(procedures[1]["status"], "preparation");
    assert!(procedures[1].get("performedDateTime").is_none());

    // The patient, with what they chose to give.
    let patient = resources(&bundle, "Patient")[0];
    assert_eq!(patient["name"][0]["text"], "Ana Pérez");
    assert_eq!(patient["birthDate"], "1961-07-04");
}

#[test]
fn every_reference_resolves_to_an_entry() {
    let bundle = export(Period::ALL);
    let all = by_full_url(&bundle);
    assert_eq!(all.len(), entries(&bundle).len(), "fullUrls are unique");
    let patient_url = entries(&bundle)[0]["fullUrl"].as_str().expect("fullUrl");
    for url in all.keys() {
        assert!(url.starts_with("urn:uuid:"), "{url}");
    }

    // Sessions: each parent's members, in order, are the entries after it.
    let parents: Vec<_> = resources(&bundle, "Observation")
        .into_iter()
        .filter(|o| o.get("hasMember").is_some())
        .collect();
    assert_eq!(parents.len(), 4);
    let mut members = HashSet::new();
    let mut cancelled = 0;
    for parent in &parents {
        assert_eq!(parent["subject"]["reference"], patient_url);
        for member in parent["hasMember"].as_array().expect("members") {
            let url = member["reference"].as_str().expect("a reference");
            let resource = all
                .get(url)
                .unwrap_or_else(|| panic!("{url} is in the bundle"));
            assert_eq!(loinc(resource), Some("55411-3"));
            assert_eq!(resource["effectivePeriod"], parent["effectivePeriod"]);
            if resource["status"] == "cancelled" {
                cancelled += 1;
                assert!(resource.get("valueQuantity").is_none());
                assert_eq!(
                    resource["dataAbsentReason"]["coding"][0]["code"],
                    "not-performed"
                );
                assert!(resource.get("performer").is_none(), "not done by anyone");
            } else {
                assert_eq!(resource["valueQuantity"]["code"], "min");
                assert_eq!(resource["performer"][0]["reference"], patient_url);
            }
            members.insert(url);
        }
    }
    assert_eq!(members.len(), SESSION_EXERCISES);
    assert_eq!(cancelled, 4, "skipped exercises are kept, as cancelled");

    // PSFS: each score points at its answers.
    let scores: Vec<_> = resources(&bundle, "Observation")
        .into_iter()
        .filter(|o| o.get("derivedFrom").is_some())
        .collect();
    assert_eq!(scores.len(), 2);
    for score in &scores {
        let url = score["derivedFrom"][0]["reference"]
            .as_str()
            .expect("a reference");
        let response = all.get(url).expect("derivedFrom is in the bundle");
        assert_eq!(response["resourceType"], "QuestionnaireResponse");
        assert_eq!(response["authored"], score["effectiveDateTime"]);
    }
    assert_eq!(scores[0]["valueQuantity"]["value"], json!(3));
    assert_eq!(scores[1]["valueQuantity"]["value"], json!(5));
    let responses = resources(&bundle, "QuestionnaireResponse");
    assert_eq!(responses[0]["status"], "completed");
    assert_eq!(responses[0]["item"][1]["linkId"], "activity-2");
    assert_eq!(
        responses[0]["item"][1]["text"],
        "Sitting > 30 min in the car"
    );
    assert_eq!(responses[0]["item"][1]["answer"][0]["valueInteger"], 4);
    let questionnaire = resources(&bundle, "Questionnaire")[0];
    assert_eq!(responses[0]["questionnaire"], questionnaire["url"]);

    // Plans: the current one active, replacing the earlier one.
    let plans = resources(&bundle, "CarePlan");
    assert_eq!(plans[0]["status"], "revoked");
    assert_eq!(plans[1]["status"], "active");
    assert_eq!(plans[1]["intent"], "plan");
    let replaced = plans[1]["replaces"][0]["reference"]
        .as_str()
        .expect("replaces");
    assert_eq!(
        all.get(replaced).map(|p| &p["status"]),
        Some(&json!("revoked"))
    );
    let activities = plans[1]["activity"].as_array().expect("activities");
    assert_eq!(activities.len(), 4);
    assert_eq!(
        activities[1]["detail"]["code"]["coding"][0]["code"],
        "glute-bridge"
    );
    assert_eq!(
        activities[1]["detail"]["description"],
        "2 × 10. Squeeze <glutes> & hold"
    );
    assert_eq!(
        activities[3]["detail"]["code"]["text"],
        "Hamstring stretch on the stairs"
    );
    assert_eq!(
        plans[1]["author"]["display"],
        "Sam O'Brien, physiotherapist"
    );
}

#[test]
fn the_same_journal_exports_the_same_bytes() {
    let first = export_bytes(Period::ALL);
    let second = export_bytes(Period::ALL);
    assert!(first == second, "two exports differ");
    let again = bundle_json(
        &snapshot(),
        &PatientDetails::default(),
        Period::ALL,
        generated_at(),
    )
    .expect("the bundle is written");
    // The person's details change the Patient, not anyone's identity.
    let urls = |bytes: &[u8]| {
        entries(&read(bytes))
            .iter()
            .map(|e| e["fullUrl"].clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(urls(&first), urls(&again));
}

#[test]
fn a_period_selects_the_records_of_its_days() {
    // February only.
    let february = export(between("2026-02-01", "2026-02-28"));
    let all = export(Period::ALL);
    let pain_in_february = pain()
        .iter()
        .filter(|p| p.recorded_at.date_naive() >= date("2026-02-01"))
        .filter(|p| p.recorded_at.date_naive() <= date("2026-02-28"))
        .count();
    assert!(pain_in_february > 0 && pain_in_february < 30);
    let observations = resources(&february, "Observation");
    let with_code = |code: &str| {
        observations
            .iter()
            .filter(|o| loinc(o) == Some(code))
            .count()
    };
    assert_eq!(with_code("72514-3"), pain_in_february);
    assert_eq!(with_code("97909-6"), 1, "only February's ODI");
    assert_eq!(resources(&february, "QuestionnaireResponse").len(), 1);
    // Both plans were current on 1 February; procedures are always there.
    assert_eq!(resources(&february, "CarePlan").len(), 2);
    assert_eq!(resources(&february, "Procedure").len(), 2);
    assert_valid(&export_bytes(between("2026-02-01", "2026-02-28")));

    // A day in January, before the physio's plan: the default plan alone,
    // and no `replaces` pointing out of the bundle.
    let one_day = export(between("2026-01-20", "2026-01-20"));
    let plans = resources(&one_day, "CarePlan");
    assert_eq!(plans.len(), 1);
    assert_eq!(plans[0]["status"], "revoked");
    assert!(plans[0].get("replaces").is_none());
    assert_eq!(resources(&one_day, "QuestionnaireResponse").len(), 1);

    // The whole journal's period selects everything.
    let wide = export(between("2025-01-01", "2026-12-31"));
    assert_eq!(wide, all);
    // Open at one end: from 20 February on.
    let since = export(Period {
        since: Some(date("2026-02-20")),
        until: None,
    });
    assert_eq!(resources(&since, "QuestionnaireResponse").len(), 1);
    assert_eq!(
        resources(&since, "CarePlan").len(),
        1,
        "the current plan only"
    );
}

fn between(since: &str, until: &str) -> Period {
    Period {
        since: Some(date(since)),
        until: Some(date(until)),
    }
}
