//! The backup file against its JSON Schema (docs/backup.schema.json): a journal
//! with every kind of record and every optional field, written by
//! `write_backup`, matches it; the schema names every field the app writes; it
//! refuses what the reader refuses; and its lists and limits are the app's.

use chrono::{DateTime, Duration, FixedOffset, NaiveDate, NaiveDateTime, Utc};
use relief_core::pain::{PainTag, Walk, MAX_NOTE_CHARS, MAX_WALKING_MINUTES};
use relief_core::preferences::LANGUAGES;
use relief_core::reminders::{ReminderEvent, ReminderOutcome, SchedulerState};
use relief_core::Snapshot;
use relief_core::{
    BodyPosition, CustomExercise, Dose, ExerciseRef, LocalTime, Measure, Occurrence, PainScore,
    Pause, Plan, PlanItem, PlanSource, Preferences, Psfs, PsfsActivity, Purpose, QuietHours,
    Region, ReminderKind, Schedule, ScoredMeasure, Session, SessionExercise, Side, SkipReason,
    Snooze, Snoozes, TextSize, Theme, ValidPain, ValidProcedure, ValidReminder, Weekday, WhenQuiet,
    WindowState,
};
use relief_export::backup::{read_backup, write_backup};
use relief_store::Journal;
use serde_json::{json, Value};

const SCHEMA: &str = include_str!("../../../docs/backup.schema.json");

fn now() -> DateTime<FixedOffset> {
    // Fractions of a second, and an offset that is not UTC, as a real clock gives.
    DateTime::parse_from_rfc3339("2026-11-30T09:00:00.250+01:00").unwrap()
}

fn today() -> NaiveDate {
    now().date_naive()
}

fn at(text: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(text).unwrap()
}

fn utc(text: &str) -> DateTime<Utc> {
    at(text).to_utc()
}

fn local(text: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M").unwrap()
}

fn date(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn score(value: u8) -> PainScore {
    PainScore::try_from(f64::from(value)).unwrap()
}

fn schema() -> Value {
    serde_json::from_str(SCHEMA).expect("the schema is JSON")
}

fn validator(schema: &Value) -> jsonschema::Validator {
    jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(schema)
        .expect("the schema is a valid draft 2020-12 schema")
}

fn errors(validator: &jsonschema::Validator, file: &Value) -> Vec<String> {
    validator
        .iter_errors(file)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

fn library(id: &str) -> ExerciseRef {
    ExerciseRef::Library { id: id.into() }
}

fn wall_squat() -> ExerciseRef {
    ExerciseRef::Custom(CustomExercise {
        name: "Wall squat".into(),
        purpose: Some(Purpose::Strength),
        position: Some(BodyPosition::Standing),
        steps: vec![
            "Stand with your back to a wall.".into(),
            "Slide down a little, then up.".into(),
        ],
        key_points: vec!["Keep your heels down.".into()],
        stop_if: Some("Stop if your knees hurt.".into()),
    })
}

fn done(exercise: ExerciseRef, planned: Dose) -> SessionExercise {
    SessionExercise {
        exercise,
        planned,
        sets_done: 0,
        reps_done: vec![],
        hold_seconds: vec![],
        minutes_done: None,
        skipped: None,
        not_done: false,
    }
}

fn skipped(id: &str, reason: SkipReason) -> SessionExercise {
    SessionExercise {
        skipped: Some(reason),
        ..done(library(id), Dose::Reps { sets: 1, reps: 5 })
    }
}

/// A journal with every kind of record, every optional field given and left
/// out, made through the journal's own API.
fn rich_snapshot() -> Snapshot {
    let dir = tempfile::tempdir().unwrap();
    let journal = Journal::open(dir.path(), now()).unwrap().journal;

    journal
        .add_procedure(
            &ValidProcedure {
                date: date("2026-09-14"),
                region: Region::Lumbar,
                levels: vec!["L4-L5".into(), "L5-S1".into()],
                side: Some(Side::Both),
                clinic: Some("Kent Spine Centre".into()),
                clinician: Some("Dr A. Rao".into()),
                clinic_phone: None,
                baseline_pain: Some(score(7)),
                notes: Some("Second RFN; the first helped for 14 months.".into()),
            },
            now(),
        )
        .unwrap();
    journal
        .add_procedure(
            &ValidProcedure {
                date: date("2027-02-01"),
                region: Region::Cervical,
                levels: vec![],
                side: None,
                clinic: None,
                clinician: None,
                clinic_phone: None,
                baseline_pain: None,
                notes: None,
            },
            now(),
        )
        .unwrap();

    journal
        .add_pain(
            &ValidPain {
                score: score(10),
                note: Some("Bad night; \"stiff\" <b>&</b> é".into()),
                recorded_at: at("2026-11-28T22:15:00-05:00"),
                worst_24h: Some(score(10)),
                average_24h: Some(score(6)),
                interference: Some(score(0)),
                tags: PainTag::ALL.to_vec(),
            },
            now(),
        )
        .unwrap();
    journal
        .add_pain(
            &ValidPain {
                score: score(0),
                note: None,
                recorded_at: at("2026-11-29T07:00:00Z"),
                worst_24h: None,
                average_24h: None,
                interference: None,
                tags: vec![],
            },
            now(),
        )
        .unwrap();
    journal
        .add_pain(
            &ValidPain {
                score: score(3),
                note: None,
                recorded_at: now(),
                worst_24h: None,
                average_24h: Some(score(3)),
                interference: None,
                tags: vec![PainTag::AfterExercise],
            },
            now(),
        )
        .unwrap();

    let first = journal
        .replace_plan(
            &Plan {
                title: None,
                items: vec![PlanItem {
                    exercise: library("walking"),
                    dose: Dose::Minutes { minutes: 10 },
                    days_per_week: 4,
                    times_per_day: 1,
                    notes: None,
                }],
                author: None,
                review_date: None,
                notes: None,
            },
            PlanSource::Default,
            at("2026-10-01T10:00:00+01:00"),
        )
        .unwrap();
    let current = journal
        .replace_plan(
            &Plan {
                title: Some("Weeks 3 to 6".into()),
                items: vec![
                    PlanItem {
                        exercise: library("pelvic-tilt"),
                        dose: Dose::Hold {
                            sets: 1,
                            reps: 8,
                            seconds: 5,
                        },
                        days_per_week: 7,
                        times_per_day: 2,
                        notes: Some("Morning and evening.".into()),
                    },
                    PlanItem {
                        exercise: library("glute-bridge"),
                        dose: Dose::Reps { sets: 2, reps: 10 },
                        days_per_week: 3,
                        times_per_day: 1,
                        notes: None,
                    },
                    PlanItem {
                        exercise: wall_squat(),
                        dose: Dose::Reps { sets: 1, reps: 5 },
                        days_per_week: 3,
                        times_per_day: 1,
                        notes: None,
                    },
                ],
                author: Some("Sam Physio".into()),
                review_date: Some(date("2027-01-15")),
                notes: Some("Little and often.".into()),
            },
            PlanSource::File,
            at("2026-11-02T10:00:00Z"),
        )
        .unwrap();
    assert!(first.replaced_at.is_none() && current.replaced_at.is_none());

    journal
        .add_session(
            &Session {
                started_at: at("2026-11-29T17:00:00Z"),
                finished_at: at("2026-11-29T17:25:30Z"),
                exercises: vec![
                    SessionExercise {
                        sets_done: 1,
                        hold_seconds: vec![5, 5, 4, 5, 5, 6, 5, 5],
                        ..done(
                            library("pelvic-tilt"),
                            Dose::Hold {
                                sets: 1,
                                reps: 8,
                                seconds: 5,
                            },
                        )
                    },
                    SessionExercise {
                        sets_done: 2,
                        reps_done: vec![10, 8],
                        ..done(library("glute-bridge"), Dose::Reps { sets: 2, reps: 10 })
                    },
                    SessionExercise {
                        sets_done: 1,
                        reps_done: vec![5],
                        ..done(wall_squat(), Dose::Reps { sets: 1, reps: 5 })
                    },
                    SessionExercise {
                        minutes_done: Some(12),
                        ..done(library("walking"), Dose::Minutes { minutes: 10 })
                    },
                    skipped("bird-dog", SkipReason::TooPainful),
                    skipped("dead-bug", SkipReason::NoTime),
                    skipped("side-bridge", SkipReason::NoSpaceOrEquipment),
                    skipped(
                        "curl-up",
                        SkipReason::Other {
                            text: Some("The dog wanted a walk".into()),
                        },
                    ),
                    skipped("cat-camel", SkipReason::Other { text: None }),
                ],
                effort: 10,
                pain_before: Some(score(4)),
                pain_after: Some(score(3)),
                note: Some("Felt steadier.".into()),
            },
            Some(current.id),
            now(),
        )
        .unwrap();
    journal
        .add_session(
            &Session {
                started_at: at("2026-10-20T08:00:00+01:00"),
                finished_at: at("2026-10-20T08:10:00+01:00"),
                exercises: vec![SessionExercise {
                    minutes_done: Some(10),
                    ..done(library("walking"), Dose::Minutes { minutes: 10 })
                }],
                effort: 0,
                pain_before: None,
                pain_after: None,
                note: None,
            },
            None,
            now(),
        )
        .unwrap();

    for (day, minutes) in [("2026-11-28", 0), ("2026-11-29", MAX_WALKING_MINUTES)] {
        let walk = Walk {
            date: date(day),
            minutes,
        };
        journal.set_walking(&walk, now()).unwrap();
    }

    let activity = |name: &str, score: u8| PsfsActivity {
        name: name.into(),
        score,
    };
    journal
        .add_psfs(
            &Psfs {
                activities: vec![
                    activity("Walking to the shops", 0),
                    activity("Sitting through a film", 3),
                    activity("Gardening", 5),
                    activity("Lifting my grandson into the car seat", 7),
                    activity("Sleeping on my side", 10),
                ],
                recorded_on: date("2026-10-01"),
            },
            now(),
        )
        .unwrap();
    journal
        .add_psfs(
            &Psfs {
                activities: vec![activity("Gardening", 6)],
                recorded_on: today(),
            },
            now(),
        )
        .unwrap();
    for (measure, total, on, by) in [
        (Measure::Odi, 34.5, "2026-10-01", Some("Kent Spine Centre")),
        (Measure::Odi, 100.0, "2026-09-01", None),
        (Measure::Rmdq, 12.0, "2026-11-01", None),
        (Measure::Rmdq, 0.0, "2026-11-29", Some("me")),
    ] {
        let measure = ScoredMeasure {
            measure,
            total,
            recorded_on: date(on),
            scored_by: by.map(String::from),
        };
        journal.add_measure(&measure, now()).unwrap();
    }

    let reminder = |kind, message: &str, enabled, schedule| ValidReminder {
        kind,
        message: message.into(),
        enabled,
        schedule,
    };
    let routine = journal
        .add_reminder(
            &reminder(
                ReminderKind::Routine,
                "Time for today's exercises.",
                true,
                Schedule::Weekly {
                    days: vec![Weekday::Mon, Weekday::Wed, Weekday::Sun],
                    times: vec![LocalTime::new(8, 0), LocalTime::new(18, 30)],
                },
            ),
            now(),
        )
        .unwrap();
    let follow_up = journal
        .add_reminder(
            &reminder(
                ReminderKind::FollowUp,
                "Ring the clinic about the review.",
                true,
                Schedule::Once {
                    at: local("2026-12-15T09:30"),
                },
            ),
            now(),
        )
        .unwrap();
    let diary = journal
        .add_reminder(
            &reminder(
                ReminderKind::Diary,
                "How is your pain today?",
                false,
                Schedule::Weekly {
                    days: Weekday::ALL.to_vec(),
                    times: vec![LocalTime::new(19, 0)],
                },
            ),
            now(),
        )
        .unwrap();
    journal
        .add_reminder(
            &reminder(
                ReminderKind::Custom,
                "Stand up and stretch.",
                false,
                Schedule::Once {
                    at: local("2026-11-01T15:00"),
                },
            ),
            now(),
        )
        .unwrap();

    let outcomes = [
        (routine.id, ReminderOutcome::Shown, false),
        (routine.id, ReminderOutcome::Done, false),
        (routine.id, ReminderOutcome::Snoozed, false),
        (routine.id, ReminderOutcome::Moved, true),
        (
            routine.id,
            ReminderOutcome::Skipped {
                reason: SkipReason::NoTime,
            },
            false,
        ),
        (
            diary.id,
            ReminderOutcome::Skipped {
                reason: SkipReason::TooPainful,
            },
            true,
        ),
        (
            diary.id,
            ReminderOutcome::Skipped {
                reason: SkipReason::NoSpaceOrEquipment,
            },
            false,
        ),
        (
            diary.id,
            ReminderOutcome::Skipped {
                reason: SkipReason::Other {
                    text: Some("Away".into()),
                },
            },
            false,
        ),
    ];
    for (day, (reminder_id, outcome, from_catch_up)) in outcomes.into_iter().enumerate() {
        let due = utc("2026-11-20T18:00:00Z") + Duration::days(day as i64);
        let event = ReminderEvent {
            occurrence: Occurrence {
                reminder_id,
                local: due.naive_utc(),
                due,
            },
            outcome,
            from_catch_up,
        };
        journal.record_reminder_event(&event, now()).unwrap();
    }
    // Deleted, but its events are kept: it goes to `retiredReminders`.
    journal.delete_reminder(diary.id, now()).unwrap();

    journal
        .save_scheduler_state(&SchedulerState {
            last_check: utc("2026-11-30T07:59:00.5Z"),
            snoozes: Snoozes {
                paused: Some(Pause {
                    from: utc("2026-12-20T00:00:00Z"),
                    until: utc("2026-12-27T00:00:00Z"),
                }),
                per_reminder: vec![Snooze {
                    reminder_id: follow_up.id,
                    until: utc("2026-11-30T08:10:00Z"),
                }],
            },
        })
        .unwrap();

    journal.snapshot().unwrap()
}

fn rich_preferences() -> Preferences {
    Preferences {
        theme: Theme::HighContrast,
        text_size: TextSize::from(150),
        language: "en".into(),
        onboarding_done: true,
        clinician_mode: true,
        close_to_tray: false,
        tray_explained: true,
        quiet_hours: Some(QuietHours {
            start: LocalTime::new(21, 30),
            end: LocalTime::new(7, 30),
            when_due: WhenQuiet::Defer,
        }),
        window: Some(WindowState {
            width: 1024,
            height: 768,
            x: -20,
            y: 0,
            maximized: false,
        }),
        monitor_dismissed_since: Some(date("2026-11-03")),
    }
}

/// The rich journal's backup, checked by the app's own reader first.
fn rich_file() -> Value {
    let bytes = write_backup(&rich_snapshot(), Some(&rich_preferences()));
    read_backup(&bytes, today()).expect("the app reads its own backup");
    serde_json::from_slice(&bytes).unwrap()
}

#[test]
fn a_journal_with_every_kind_of_record_matches_the_schema() {
    let schema = schema();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    let validator = validator(&schema);
    let file = rich_file();

    // The journal really holds what this test is about.
    let j = &file["journal"];
    let count = |list: &str| j[list].as_array().map_or(0, Vec::len);
    for (list, expected) in [
        ("procedures", 2),
        ("pain", 3),
        ("sessions", 2),
        ("plans", 2),
        ("walking", 2),
        ("psfs", 2),
        ("measures", 4),
        ("reminders", 3),
        ("retiredReminders", 1),
        ("reminderEvents", 8),
    ] {
        assert_eq!(count(list), expected, "journal.{list}");
    }
    // (serde_json's Value sorts keys.)
    let text = file.to_string();
    for written in [
        r#""tags":["morning","afterExercise","work","sleep"]"#,
        r#""worst24h":10"#,
        r#""replacedAt":null"#,
        r#""kind":"custom","name":"Wall squat""#,
        r#""skipped":{"reason":"other","text":"The dog wanted a walk"}"#,
        r#""reason":{"reason":"other"}"#,
        r#""minutesDone":12"#,
        r#""total":34.5"#,
        r#""at":"2026-12-15T09:30:00","kind":"once""#,
        r#""paused":{"from":"2026-12-20T00:00:00Z""#,
        r#""perReminder":[{"#,
        r#""recordedAt":"2026-11-28T22:15:00-05:00""#,
        r#""recordedAt":"2026-11-30T09:00:00.250+01:00""#,
        r#""quietHours":{"#,
    ] {
        assert!(text.contains(written), "the file has {written}");
    }

    let found = errors(&validator, &file);
    assert!(found.is_empty(), "{found:#?}");

    // Without preferences (the command line on a bare data folder), and empty.
    for file in [
        write_backup(&rich_snapshot(), None),
        write_backup(&Snapshot::default(), None),
        write_backup(&Snapshot::default(), Some(&Preferences::default())),
    ] {
        let value: Value = serde_json::from_slice(&file).unwrap();
        let found = errors(&validator, &value);
        assert!(found.is_empty(), "{found:#?}");
    }
}

/// Every object the schema describes with `properties` made closed
/// (`additionalProperties: false`), where it is not already.
fn closed(schema: &mut Value) {
    match schema {
        Value::Object(map) => {
            let describes_an_object = map.get("type") == Some(&json!("object"))
                && map.contains_key("properties")
                && !map.contains_key("additionalProperties");
            if describes_an_object {
                map.insert("additionalProperties".into(), json!(false));
            }
            map.values_mut().for_each(closed);
        }
        Value::Array(items) => items.iter_mut().for_each(closed),
        _ => {}
    }
}

/// The reader ignores unknown fields inside records, so the schema allows
/// them there; but every field the app writes must be one the schema names.
#[test]
fn the_schema_names_every_field_the_app_writes() {
    let mut strict = schema();
    closed(&mut strict);
    let validator = validator(&strict);
    let found = errors(&validator, &rich_file());
    assert!(
        found.is_empty(),
        "fields the schema does not name: {found:#?}"
    );
    let mut extra = rich_file();
    extra["journal"]["pain"][0]["mood"] = json!("fine");
    assert!(!validator.is_valid(&extra), "the closed schema is closed");
}

/// A change that spoils a good file.
type Change = fn(&mut Value);

#[test]
fn the_schema_refuses_what_the_reader_refuses() {
    let validator = validator(&schema());
    let good = rich_file();
    let cases: [(&str, Change); 14] = [
        ("a pain score of 11", |v| {
            v["journal"]["pain"][0]["score"] = json!(11)
        }),
        ("an unknown top-level field", |v| {
            v["madeAt"] = json!("2026-11-30T09:00:00Z")
        }),
        ("no version", |v| {
            v.as_object_mut().unwrap().remove("version");
        }),
        ("a PSFS with 6 activities", |v| {
            let activities = &mut v["journal"]["psfs"][0]["activities"];
            activities
                .as_array_mut()
                .unwrap()
                .push(json!({"name": "Driving", "score": 4}));
            assert_eq!(activities.as_array().unwrap().len(), 6);
        }),
        ("an unknown skip reason", |v| {
            let skipped = v["journal"]["sessions"]
                .as_array_mut()
                .unwrap()
                .iter_mut()
                .flat_map(|s| s["session"]["exercises"].as_array_mut().unwrap())
                .find_map(|e| e.get_mut("skipped"))
                .unwrap();
            *skipped = json!({"reason": "tooTired"});
        }),
        ("an exercise both skipped and not done", |v| {
            let skipped = v["journal"]["sessions"]
                .as_array_mut()
                .unwrap()
                .iter_mut()
                .flat_map(|s| s["session"]["exercises"].as_array_mut().unwrap())
                .find(|e| e.get("skipped").is_some())
                .unwrap();
            skipped["notDone"] = json!(true);
        }),
        ("an unknown list in the journal", |v| {
            v["journal"]["surprise"] = json!([])
        }),
        ("a time without an offset", |v| {
            v["journal"]["pain"][1]["recordedAt"] = json!("2026-11-29T07:00:00")
        }),
        ("an impossible date", |v| {
            v["journal"]["walking"][0]["date"] = json!("2026-02-30")
        }),
        ("a field a dose does not have", |v| {
            v["journal"]["plans"][0]["plan"]["items"][0]["dose"]["sets"] = json!(1)
        }),
        ("an RMDQ of 25", |v| {
            let measures = v["journal"]["measures"].as_array_mut().unwrap();
            let rmdq = measures
                .iter_mut()
                .find(|m| m["measure"] == "rmdq")
                .unwrap();
            rmdq["total"] = json!(25.0);
        }),
        ("a newer version", |v| v["version"] = json!(2)),
        ("an id of 0", |v| v["journal"]["pain"][0]["id"] = json!(0)),
        ("an id past MAX_ID", |v| {
            v["journal"]["sessions"][0]["id"] = json!(relief_core::MAX_ID + 1)
        }),
    ];
    for (what, change) in cases {
        let mut bad = good.clone();
        change(&mut bad);
        assert_ne!(bad, good, "{what}: the change changed something");
        assert!(!validator.is_valid(&bad), "the schema accepts {what}");
        let bytes = serde_json::to_vec(&bad).unwrap();
        assert!(
            read_backup(&bytes, today()).is_err(),
            "the reader accepts {what}"
        );
    }
}

fn at_pointer<'a>(schema: &'a Value, pointer: &str) -> &'a Value {
    schema
        .pointer(pointer)
        .unwrap_or_else(|| panic!("the schema has {pointer}"))
}

fn names<T: serde::Serialize>(all: &[T]) -> Value {
    serde_json::to_value(all).unwrap()
}

/// The schema's lists and limits are the app's, so a new tag, level, text
/// size or limit cannot leave the schema behind.
#[test]
fn the_schema_lists_what_the_app_knows() {
    let schema = schema();
    let s = |pointer: &str| at_pointer(&schema, pointer).clone();
    assert_eq!(
        s("/$defs/painEntry/properties/tags/items/enum"),
        names(&PainTag::ALL)
    );
    assert_eq!(
        s("/$defs/procedure/properties/region/enum"),
        names(&Region::ALL)
    );
    for (i, region) in Region::ALL.into_iter().enumerate() {
        let rule = s(&format!("/$defs/procedure/allOf/{i}"));
        assert_eq!(rule["if"]["properties"]["region"]["const"], json!(region));
        assert_eq!(
            rule["then"]["properties"]["levels"]["items"]["enum"],
            names(region.levels()),
            "{region:?}"
        );
    }
    assert_eq!(s("/$defs/weekday/enum"), names(&Weekday::ALL));
    assert_eq!(
        s("/$defs/preferences/properties/textSize/enum"),
        names(&TextSize::OFFERED)
    );
    assert_eq!(
        s("/$defs/preferences/properties/language/enum"),
        names(LANGUAGES)
    );

    let number = |pointer: &str| s(pointer).as_u64().unwrap();
    assert_eq!(
        (number("/$defs/id/minimum"), number("/$defs/id/maximum")),
        (1, relief_core::MAX_ID as u64)
    );
    assert_eq!(number("/$defs/note/maxLength"), MAX_NOTE_CHARS as u64);
    assert_eq!(
        number("/$defs/walk/properties/minutes/maximum"),
        u64::from(MAX_WALKING_MINUTES)
    );
    let psfs = "/$defs/psfsRecord/properties/activities";
    let (fewest, most) = relief_core::stats::PSFS_ACTIVITIES;
    assert_eq!(number(&format!("{psfs}/minItems")), fewest as u64);
    assert_eq!(number(&format!("{psfs}/maxItems")), most as u64);
    assert_eq!(
        number(&format!("{psfs}/items/properties/score/maximum")),
        u64::from(relief_core::stats::PSFS_SCORE_MAX)
    );
    assert_eq!(
        number(&format!("{psfs}/items/properties/name/maxLength")),
        relief_core::stats::MAX_ACTIVITY_CHARS as u64
    );
    assert_eq!(
        number("/$defs/scoredMeasureRecord/properties/scoredBy/maxLength"),
        relief_core::stats::MAX_SCORED_BY_CHARS as u64
    );
    assert_eq!(
        number("/$defs/scoredMeasureRecord/properties/total/maximum"),
        Measure::Odi.max() as u64
    );
    assert_eq!(
        number("/$defs/scoredMeasureRecord/then/properties/total/maximum"),
        Measure::Rmdq.max() as u64
    );
    assert_eq!(
        number("/$defs/plan/properties/items/maxItems"),
        relief_core::plan::MAX_ITEMS as u64
    );
    assert_eq!(
        number("/$defs/reminder/properties/message/maxLength"),
        relief_core::reminders::MAX_MESSAGE_CHARS as u64
    );
    assert_eq!(
        number("/$defs/schedule/oneOf/0/properties/times/maxItems"),
        relief_core::reminders::MAX_TIMES_PER_DAY as u64
    );
    use relief_core::exercises::{HOLD_SECONDS, MINUTES, REPS, SETS};
    for (pointer, (min, max)) in [
        ("/$defs/sets", SETS),
        ("/$defs/reps", REPS),
        ("/$defs/dose/oneOf/1/properties/seconds", HOLD_SECONDS),
        ("/$defs/dose/oneOf/2/properties/minutes", MINUTES),
    ] {
        assert_eq!(
            (
                number(&format!("{pointer}/minimum")),
                number(&format!("{pointer}/maximum"))
            ),
            (u64::from(min), u64::from(max)),
            "{pointer}"
        );
    }

    // Every exercise of the library has an id the schema accepts.
    let id = jsonschema::draft202012::new(&s("/$defs/exerciseRef/oneOf/0")).unwrap();
    for exercise in relief_core::exercises::library() {
        assert!(
            id.is_valid(&json!({"kind": "library", "id": exercise.id})),
            "{}",
            exercise.id
        );
    }
}
