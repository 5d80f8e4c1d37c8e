//! The backup reader keeps every limit docs/backup.md documents, and they are
//! the app's own: a file whose records are all within them is read back whole
//! (a property test), and each limit's first forbidden value is refused,
//! naming the field, by the reader and by the relief-core rule the app's
//! commands run on the same value (a table, one row per limit).

use chrono::{DateTime, Duration, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeZone};
use relief_core::exercises::{self, HOLD_SECONDS, MINUTES, REPS, SETS};
use relief_core::pain::{PainTag, Walk, MAX_NOTE_CHARS, MAX_WALKING_MINUTES};
use relief_core::plan::{
    MAX_ITEMS, MAX_ITEM_NOTE_CHARS, MAX_LINES, MAX_LINE_CHARS, MAX_NAME_CHARS, MAX_TITLE_CHARS,
};
use relief_core::procedure::{MAX_DAYS_AHEAD, MAX_NAME_CHARS as MAX_CLINIC_CHARS, MAX_PHONE_CHARS};
use relief_core::reminders::{MAX_MESSAGE_CHARS, MAX_TIMES_PER_DAY, ONCE_MAX_YEARS_AHEAD};
use relief_core::stats::{
    MAX_ACTIVITY_CHARS, MAX_SCORED_BY_CHARS, PSFS_ACTIVITIES, PSFS_SCORE_MAX,
};
use relief_core::{
    BodyPosition, CoreError, CustomExercise, Dose, ExerciseRef, LocalTime, Measure, PainDraft,
    PainEntry, PainScore, Plan, PlanItem, PlanRecord, PlanSource, Preferences, Procedure,
    ProcedureDraft, Psfs, PsfsActivity, PsfsDraft, Purpose, RecordId, Region, Reminder,
    ReminderDraft, ReminderKind, Schedule, ScoredMeasure, ScoredMeasureDraft, Session,
    SessionDraft, SessionExercise, SessionRecord, Side, SkipReason, Weekday, EARLIEST_DATE, MAX_ID,
};
use relief_core::{PsfsRecord, ScoredMeasureRecord, Snapshot};
use relief_export::backup::{read_backup, write_backup};
use serde_json::{json, Value};

fn now() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-11-30T09:00:00+00:00").unwrap()
}

fn today() -> NaiveDate {
    now().date_naive()
}

/// The day `days` from today, as the file writes it.
fn day(days: i64) -> String {
    (today() + Duration::days(days)).to_string()
}

/// A file with one record of each kind, each well within its limits.
fn base() -> Value {
    let exercise = json!({
        "exercise": {"kind": "library", "id": "glute-bridge"},
        "planned": {"kind": "reps", "sets": 2, "reps": 10},
        "setsDone": 1, "repsDone": [10], "holdSeconds": []
    });
    let item = json!({
        "exercise": {"kind": "custom", "name": "Wall squat", "steps": ["Stand tall."],
                     "keyPoints": [], "stopIf": "Stop if your knees hurt."},
        "dose": {"kind": "reps", "sets": 1, "reps": 5},
        "daysPerWeek": 3, "timesPerDay": 1, "notes": "Slowly."
    });
    json!({
        "format": "relief-window-backup",
        "version": 1,
        "journal": {
            "procedures": [{"id": 1, "date": "2026-09-14", "region": "lumbar",
                "levels": ["L4-L5", "L5-S1"], "side": "both", "clinic": "Kent Spine Centre",
                "clinician": "Dr A. Rao", "clinicPhone": "+44 1227 864 000",
                "baselinePain": 7, "notes": "Second RFN."}],
            "pain": [{"id": 1, "score": 4, "note": "Stiff.",
                "recordedAt": "2026-11-29T08:00:00+01:00", "updatedAt": "2026-11-29T08:00:00+01:00",
                "tags": ["morning", "sleep"]}],
            "sessions": [{"id": 1, "planId": 1, "session": {
                "startedAt": "2026-11-29T17:00:00Z", "finishedAt": "2026-11-29T17:25:00Z",
                "exercises": [exercise], "effort": 4, "painBefore": 3, "painAfter": null,
                "note": "Felt steadier."}}],
            "plans": [{"id": 1, "source": "file", "createdAt": "2026-11-02T10:00:00Z",
                "replacedAt": null, "plan": {"title": "Weeks 3 to 6", "items": [item],
                "author": "Sam Physio", "reviewDate": "2027-01-15", "notes": "Little and often."}}],
            "walking": [{"date": "2026-11-29", "minutes": 30}],
            "psfs": [{"id": 1, "recordedOn": "2026-11-01",
                "activities": [{"name": "Gardening", "score": 5}]}],
            "measures": [{"id": 1, "measure": "odi", "total": 34.5, "recordedOn": "2026-11-01",
                "scoredBy": "Kent Spine Centre"}],
            "reminders": [
                {"id": 1, "kind": "routine", "message": "Time for today's exercises.",
                 "enabled": true, "schedule": {"kind": "weekly", "days": ["mon", "wed"],
                 "times": [{"hour": 8, "minute": 0}]}},
                {"id": 2, "kind": "followUp", "message": "Ring the clinic.", "enabled": true,
                 "schedule": {"kind": "once", "at": "2026-11-01T09:30:00"}}
            ],
            "retiredReminders": [],
            "reminderEvents": [{"id": 1, "occurrence": {"reminderId": 1,
                "local": "2026-11-23T08:00:00", "due": "2026-11-23T08:00:00Z"},
                "outcome": {"outcome": "done"}, "fromCatchUp": false,
                "recordedAt": "2026-11-23T08:01:00Z"}],
            "schedulerState": {"lastCheck": "2026-11-30T07:59:00Z", "snoozes":
                {"perReminder": [{"reminderId": 1, "until": "2026-11-30T08:10:00Z"}]}}
        }
    })
}

fn read(file: &Value) -> Result<relief_export::backup::Backup, relief_export::backup::BackupError> {
    read_backup(&serde_json::to_vec(file).unwrap(), today())
}

fn text(n: usize) -> String {
    "é".repeat(n)
}

/// The draft the app's command would get for the base file's records, to
/// change one value of, as the UI would send it.
fn pain() -> PainDraft {
    PainDraft {
        score: 4.0,
        note: Some("Stiff.".into()),
        recorded_at: Some("2026-11-29T08:00:00+01:00".into()),
        worst_24h: None,
        average_24h: None,
        interference: None,
        tags: None,
    }
}

fn session() -> SessionDraft {
    SessionDraft {
        started_at: "2026-11-29T17:00:00Z".into(),
        finished_at: "2026-11-29T17:25:00Z".into(),
        exercises: vec![SessionExercise {
            exercise: ExerciseRef::Library {
                id: "glute-bridge".into(),
            },
            planned: Dose::Reps { sets: 2, reps: 10 },
            sets_done: 1,
            reps_done: vec![10],
            hold_seconds: vec![],
            minutes_done: None,
            skipped: None,
            not_done: false,
        }],
        effort: 4.0,
        pain_before: Some(3.0),
        pain_after: None,
        note: None,
    }
}

fn plan() -> Plan {
    Plan {
        title: Some("Weeks 3 to 6".into()),
        items: vec![PlanItem {
            exercise: ExerciseRef::Custom(CustomExercise {
                name: "Wall squat".into(),
                purpose: None,
                position: None,
                steps: vec!["Stand tall.".into()],
                key_points: vec![],
                stop_if: None,
            }),
            dose: Dose::Reps { sets: 1, reps: 5 },
            days_per_week: 3,
            times_per_day: 1,
            notes: None,
        }],
        author: None,
        review_date: None,
        notes: None,
    }
}

fn procedure() -> ProcedureDraft {
    ProcedureDraft {
        date: "2026-09-14".into(),
        region: Some(Region::Lumbar),
        levels: vec![],
        side: None,
        clinic: None,
        clinician: None,
        clinic_phone: None,
        baseline_pain: None,
        notes: None,
    }
}

fn psfs(name: &str, score: u8, on: NaiveDate) -> PsfsDraft {
    PsfsDraft {
        activities: vec![PsfsActivity {
            name: name.into(),
            score,
        }],
        recorded_on: on,
    }
}

fn measure(measure: Measure, total: f64) -> ScoredMeasureDraft {
    ScoredMeasureDraft {
        measure,
        total,
        recorded_on: today(),
        scored_by: None,
    }
}

fn reminder(schedule: Schedule) -> ReminderDraft {
    ReminderDraft {
        kind: ReminderKind::Custom,
        message: "Walk".into(),
        enabled: true,
        schedule,
    }
}

fn weekly(days: Vec<Weekday>, times: Vec<LocalTime>) -> Schedule {
    Schedule::Weekly { days, times }
}

fn once(at: &str) -> Schedule {
    Schedule::Once {
        at: NaiveDateTime::parse_from_str(at, "%Y-%m-%dT%H:%M").unwrap(),
    }
}

fn refused<T>(result: Result<T, CoreError>) -> bool {
    result.is_err()
}

/// One limit: what it is, how the file breaks it with the first forbidden
/// value, the field the reader must name, and whether the app's command
/// (its relief-core rule) keeps the same value out of the journal: refused,
/// or (for blank text and repeats, which a command tidies away) never kept.
struct Limit {
    what: &'static str,
    change: fn(&mut Value),
    field: &'static str,
    command: Option<fn() -> bool>,
}

fn row(
    what: &'static str,
    field: &'static str,
    change: fn(&mut Value),
    command: fn() -> bool,
) -> Limit {
    Limit {
        what,
        change,
        field,
        command: Some(command),
    }
}

/// A limit on what only the app writes (ids, when a plan was made): no
/// command takes it from a person.
fn file_only(what: &'static str, field: &'static str, change: fn(&mut Value)) -> Limit {
    Limit {
        what,
        change,
        field,
        command: None,
    }
}

fn limits() -> Vec<Limit> {
    vec![
        // Ids.
        row(
            "a pain id of 0",
            "journal.pain[0].id",
            |v| v["journal"]["pain"][0]["id"] = json!(0),
            || refused(RecordId::try_from(0)),
        ),
        row(
            "a pain id above MAX_ID",
            "journal.pain[0].id",
            |v| v["journal"]["pain"][0]["id"] = json!(MAX_ID + 1),
            || refused(RecordId::try_from(MAX_ID + 1)),
        ),
        row(
            "a pain id of i64::MAX",
            "journal.pain[0].id",
            |v| v["journal"]["pain"][0]["id"] = json!(i64::MAX),
            || refused(RecordId::try_from(i64::MAX)),
        ),
        row(
            "a procedure id of -1",
            "journal.procedures[0].id",
            |v| v["journal"]["procedures"][0]["id"] = json!(-1),
            || refused(RecordId::try_from(-1)),
        ),
        row(
            "a session id above MAX_ID",
            "journal.sessions[0].id",
            |v| v["journal"]["sessions"][0]["id"] = json!(MAX_ID + 1),
            || refused(RecordId::try_from(MAX_ID + 1)),
        ),
        file_only("a plan id above MAX_ID", "journal.plans[0].id", |v| {
            v["journal"]["plans"][0]["id"] = json!(MAX_ID + 1)
        }),
        row(
            "a PSFS id of 0",
            "journal.psfs[0].id",
            |v| v["journal"]["psfs"][0]["id"] = json!(0),
            || refused(RecordId::try_from(0)),
        ),
        row(
            "a measure id of 0",
            "journal.measures[0].id",
            |v| v["journal"]["measures"][0]["id"] = json!(0),
            || refused(RecordId::try_from(0)),
        ),
        row(
            "a reminder id above MAX_ID",
            "journal.reminders[1].id",
            |v| v["journal"]["reminders"][1]["id"] = json!(MAX_ID + 1),
            || refused(RecordId::try_from(MAX_ID + 1)),
        ),
        file_only("an event id of 0", "journal.reminderEvents[0].id", |v| {
            v["journal"]["reminderEvents"][0]["id"] = json!(0)
        }),
        file_only(
            "a snoozed reminder id of 0",
            "journal.schedulerState.snoozes.perReminder[0].reminderId",
            |v| {
                v["journal"]["schedulerState"]["snoozes"]["perReminder"][0]["reminderId"] = json!(0)
            },
        ),
        // Procedures.
        row(
            "a procedure the day before the earliest date",
            "journal.procedures[0].date",
            |v| v["journal"]["procedures"][0]["date"] = json!("1979-12-31"),
            || {
                refused(
                    ProcedureDraft {
                        date: "1979-12-31".into(),
                        ..procedure()
                    }
                    .validate(today()),
                )
            },
        ),
        row(
            "a procedure planned too far ahead",
            "journal.procedures[0].date",
            |v| v["journal"]["procedures"][0]["date"] = json!(day(MAX_DAYS_AHEAD + 1)),
            || {
                refused(
                    ProcedureDraft {
                        date: day(MAX_DAYS_AHEAD + 1),
                        ..procedure()
                    }
                    .validate(today()),
                )
            },
        ),
        row(
            "a level from another region",
            "journal.procedures[0].levels",
            |v| v["journal"]["procedures"][0]["levels"] = json!(["C2-C3"]),
            || {
                refused(
                    ProcedureDraft {
                        levels: vec!["C2-C3".into()],
                        ..procedure()
                    }
                    .validate(today()),
                )
            },
        ),
        row(
            "levels out of order",
            "journal.procedures[0].levels",
            |v| v["journal"]["procedures"][0]["levels"] = json!(["L5-S1", "L4-L5"]),
            || {
                let draft = ProcedureDraft {
                    levels: vec!["L5-S1".into(), "L4-L5".into()],
                    ..procedure()
                };
                draft.validate(today()).unwrap().levels == ["L4-L5", "L5-S1"]
            },
        ),
        row(
            "a clinic one character too long",
            "journal.procedures[0].clinic",
            |v| v["journal"]["procedures"][0]["clinic"] = json!(text(MAX_CLINIC_CHARS + 1)),
            || {
                refused(
                    ProcedureDraft {
                        clinic: Some(text(MAX_CLINIC_CHARS + 1)),
                        ..procedure()
                    }
                    .validate(today()),
                )
            },
        ),
        row(
            "a clinician one character too long",
            "journal.procedures[0].clinician",
            |v| v["journal"]["procedures"][0]["clinician"] = json!(text(MAX_CLINIC_CHARS + 1)),
            || {
                refused(
                    ProcedureDraft {
                        clinician: Some(text(MAX_CLINIC_CHARS + 1)),
                        ..procedure()
                    }
                    .validate(today()),
                )
            },
        ),
        row(
            "a phone number one character too long",
            "journal.procedures[0].clinicPhone",
            |v| {
                v["journal"]["procedures"][0]["clinicPhone"] =
                    json!("1".repeat(MAX_PHONE_CHARS + 1))
            },
            || {
                refused(
                    ProcedureDraft {
                        clinic_phone: Some("1".repeat(MAX_PHONE_CHARS + 1)),
                        ..procedure()
                    }
                    .validate(today()),
                )
            },
        ),
        row(
            "procedure notes one character too long",
            "journal.procedures[0].notes",
            |v| v["journal"]["procedures"][0]["notes"] = json!(text(MAX_NOTE_CHARS + 1)),
            || {
                refused(
                    ProcedureDraft {
                        notes: Some(text(MAX_NOTE_CHARS + 1)),
                        ..procedure()
                    }
                    .validate(today()),
                )
            },
        ),
        row(
            "a blank clinic",
            "journal.procedures[0].clinic",
            |v| v["journal"]["procedures"][0]["clinic"] = json!("  "),
            || {
                ProcedureDraft {
                    clinic: Some("  ".into()),
                    ..procedure()
                }
                .validate(today())
                .unwrap()
                .clinic
                .is_none()
            },
        ),
        // Pain.
        row(
            "pain the second before the earliest date",
            "journal.pain[0].recordedAt",
            |v| v["journal"]["pain"][0]["recordedAt"] = json!("1979-12-31T23:59:59+01:00"),
            || {
                refused(
                    PainDraft {
                        recorded_at: Some("1979-12-31T23:59:59+01:00".into()),
                        ..pain()
                    }
                    .validate(now()),
                )
            },
        ),
        row(
            "pain from 1970",
            "journal.pain[0].recordedAt",
            |v| v["journal"]["pain"][0]["recordedAt"] = json!("1970-01-01T00:00:00Z"),
            || {
                refused(
                    PainDraft {
                        recorded_at: Some("1970-01-01T00:00:00Z".into()),
                        ..pain()
                    }
                    .validate(now()),
                )
            },
        ),
        row(
            "pain more than a day ahead",
            "journal.pain[0].recordedAt",
            |v| v["journal"]["pain"][0]["recordedAt"] = json!(format!("{}T00:00:00Z", day(2))),
            || {
                refused(
                    PainDraft {
                        recorded_at: Some("2026-12-01T09:00:01Z".into()),
                        ..pain()
                    }
                    .validate(now()),
                )
            },
        ),
        row(
            "a pain note one character too long",
            "journal.pain[0].note",
            |v| v["journal"]["pain"][0]["note"] = json!(text(MAX_NOTE_CHARS + 1)),
            || {
                refused(
                    PainDraft {
                        note: Some(text(MAX_NOTE_CHARS + 1)),
                        ..pain()
                    }
                    .validate(now()),
                )
            },
        ),
        row(
            "a blank pain note",
            "journal.pain[0].note",
            |v| v["journal"]["pain"][0]["note"] = json!(" \n "),
            || {
                PainDraft {
                    note: Some(" \n ".into()),
                    ..pain()
                }
                .validate(now())
                .unwrap()
                .note
                .is_none()
            },
        ),
        row(
            "an empty pain note",
            "journal.pain[0].note",
            |v| v["journal"]["pain"][0]["note"] = json!(""),
            || {
                PainDraft {
                    note: Some(String::new()),
                    ..pain()
                }
                .validate(now())
                .unwrap()
                .note
                .is_none()
            },
        ),
        row(
            "a note with spaces around it",
            "journal.pain[0].note",
            |v| v["journal"]["pain"][0]["note"] = json!(" Stiff. "),
            || {
                PainDraft {
                    note: Some(" Stiff. ".into()),
                    ..pain()
                }
                .validate(now())
                .unwrap()
                .note
                .as_deref()
                    == Some("Stiff.")
            },
        ),
        row(
            "a tag twice",
            "journal.pain[0].tags",
            |v| v["journal"]["pain"][0]["tags"] = json!(["morning", "morning"]),
            || {
                PainDraft {
                    tags: Some(vec![PainTag::Morning; 2]),
                    ..pain()
                }
                .validate(now())
                .unwrap()
                .tags
                .len()
                    == 1
            },
        ),
        // Walking.
        row(
            "a day of 1441 minutes",
            "journal.walking[0].minutes",
            |v| v["journal"]["walking"][0]["minutes"] = json!(MAX_WALKING_MINUTES + 1),
            || {
                refused(Walk::new(
                    today(),
                    f64::from(MAX_WALKING_MINUTES + 1),
                    today(),
                ))
            },
        ),
        row(
            "a walk tomorrow",
            "journal.walking[0].date",
            |v| v["journal"]["walking"][0]["date"] = json!(day(1)),
            || refused(Walk::new(today() + Duration::days(1), 30.0, today())),
        ),
        row(
            "a walk the day before the earliest date",
            "journal.walking[0].date",
            |v| v["journal"]["walking"][0]["date"] = json!("1979-12-31"),
            || refused(Walk::new(EARLIEST_DATE.pred_opt().unwrap(), 30.0, today())),
        ),
        // Sessions.
        row(
            "a session of no exercises",
            "journal.sessions[0].session.exercises",
            |v| v["journal"]["sessions"][0]["session"]["exercises"] = json!([]),
            || {
                refused(
                    SessionDraft {
                        exercises: vec![],
                        ..session()
                    }
                    .validate(now()),
                )
            },
        ),
        row(
            "a session of 31 exercises",
            "journal.sessions[0].session.exercises",
            |v| {
                let one = v["journal"]["sessions"][0]["session"]["exercises"][0].clone();
                v["journal"]["sessions"][0]["session"]["exercises"] =
                    json!(vec![one; MAX_ITEMS + 1]);
            },
            || {
                refused(
                    SessionDraft {
                        exercises: vec![session().exercises[0].clone(); MAX_ITEMS + 1],
                        ..session()
                    }
                    .validate(now()),
                )
            },
        ),
        row(
            "a session of 24 hours and a second",
            "journal.sessions[0].session.finishedAt",
            |v| {
                v["journal"]["sessions"][0]["session"]["finishedAt"] = json!("2026-11-30T17:00:01Z")
            },
            || {
                refused(
                    SessionDraft {
                        finished_at: "2026-11-30T17:00:01Z".into(),
                        ..session()
                    }
                    .validate(now()),
                )
            },
        ),
        row(
            "a session that ends before it starts",
            "journal.sessions[0].session.finishedAt",
            |v| {
                v["journal"]["sessions"][0]["session"]["finishedAt"] = json!("2026-11-29T16:59:59Z")
            },
            || {
                refused(
                    SessionDraft {
                        finished_at: "2026-11-29T16:59:59Z".into(),
                        ..session()
                    }
                    .validate(now()),
                )
            },
        ),
        row(
            "a session started before the earliest date",
            "journal.sessions[0].session.startedAt",
            |v| {
                v["journal"]["sessions"][0]["session"]["startedAt"] = json!("1979-12-31T23:59:00Z");
                v["journal"]["sessions"][0]["session"]["finishedAt"] =
                    json!("1980-01-01T00:10:00Z");
            },
            || {
                refused(
                    SessionDraft {
                        started_at: "1979-12-31T23:59:00Z".into(),
                        finished_at: "1980-01-01T00:10:00Z".into(),
                        ..session()
                    }
                    .validate(now()),
                )
            },
        ),
        row(
            "an effort of 11",
            "journal.sessions[0].session.effort",
            |v| v["journal"]["sessions"][0]["session"]["effort"] = json!(11),
            || {
                refused(
                    SessionDraft {
                        effort: 11.0,
                        ..session()
                    }
                    .validate(now()),
                )
            },
        ),
        row(
            "a session note one character too long",
            "journal.sessions[0].session.note",
            |v| v["journal"]["sessions"][0]["session"]["note"] = json!(text(MAX_NOTE_CHARS + 1)),
            || {
                refused(
                    SessionDraft {
                        note: Some(text(MAX_NOTE_CHARS + 1)),
                        ..session()
                    }
                    .validate(now()),
                )
            },
        ),
        row(
            "a blank session note",
            "journal.sessions[0].session.note",
            |v| v["journal"]["sessions"][0]["session"]["note"] = json!("   "),
            || {
                SessionDraft {
                    note: Some("   ".into()),
                    ..session()
                }
                .validate(now())
                .unwrap()
                .note
                .is_none()
            },
        ),
        row(
            "11 sets done",
            "journal.sessions[0].session.exercises[0].setsDone",
            |v| v["journal"]["sessions"][0]["session"]["exercises"][0]["setsDone"] = json!(11),
            || {
                let mut d = session();
                d.exercises[0].sets_done = 11;
                refused(d.validate(now()))
            },
        ),
        row(
            "reps for 11 sets",
            "journal.sessions[0].session.exercises[0].repsDone",
            |v| {
                v["journal"]["sessions"][0]["session"]["exercises"][0]["repsDone"] =
                    json!(vec![1; 11])
            },
            || {
                let mut d = session();
                d.exercises[0].reps_done = vec![1; 11];
                refused(d.validate(now()))
            },
        ),
        row(
            "101 reps in a set",
            "journal.sessions[0].session.exercises[0].repsDone[0]",
            |v| v["journal"]["sessions"][0]["session"]["exercises"][0]["repsDone"] = json!([101]),
            || {
                let mut d = session();
                d.exercises[0].reps_done = vec![101];
                refused(d.validate(now()))
            },
        ),
        row(
            "a hold of 601 seconds",
            "journal.sessions[0].session.exercises[0].holdSeconds[0]",
            |v| {
                v["journal"]["sessions"][0]["session"]["exercises"][0]["holdSeconds"] = json!([601])
            },
            || {
                let mut d = session();
                d.exercises[0].hold_seconds = vec![601];
                refused(d.validate(now()))
            },
        ),
        row(
            "181 minutes done",
            "journal.sessions[0].session.exercises[0].minutesDone",
            |v| {
                v["journal"]["sessions"][0]["session"]["exercises"][0]["minutesDone"] =
                    json!(MINUTES.1 + 1)
            },
            || {
                let mut d = session();
                d.exercises[0].minutes_done = Some(181);
                refused(d.validate(now()))
            },
        ),
        row(
            "a skip reason one character too long",
            "journal.sessions[0].session.exercises[0].skipped.text",
            |v| {
                v["journal"]["sessions"][0]["session"]["exercises"][0] = json!({
                "exercise": {"kind": "library", "id": "glute-bridge"},
                "planned": {"kind": "reps", "sets": 2, "reps": 10},
                "skipped": {"reason": "other", "text": text(201)}})
            },
            || {
                let mut d = session();
                d.exercises[0].skipped = Some(SkipReason::Other {
                    text: Some(text(201)),
                });
                refused(d.validate(now()))
            },
        ),
        row(
            "an exercise the library does not have",
            "journal.sessions[0].session.exercises[0].exercise.id",
            |v| {
                v["journal"]["sessions"][0]["session"]["exercises"][0]["exercise"]["id"] =
                    json!("moonwalk")
            },
            || {
                let mut d = session();
                d.exercises[0].exercise = ExerciseRef::Library {
                    id: "moonwalk".into(),
                };
                refused(d.validate(now()))
            },
        ),
        row(
            "a planned dose of 51 reps",
            "journal.sessions[0].session.exercises[0].planned.reps",
            |v| {
                v["journal"]["sessions"][0]["session"]["exercises"][0]["planned"]["reps"] =
                    json!(REPS.1 + 1)
            },
            || {
                let mut d = session();
                d.exercises[0].planned = Dose::Reps {
                    sets: 2,
                    reps: REPS.1 + 1,
                };
                refused(d.validate(now()))
            },
        ),
        // Plans.
        row(
            "a plan of no items",
            "journal.plans[0].plan.items",
            |v| v["journal"]["plans"][0]["plan"]["items"] = json!([]),
            || {
                refused(
                    Plan {
                        items: vec![],
                        ..plan()
                    }
                    .validate(today()),
                )
            },
        ),
        row(
            "a plan of 31 items",
            "journal.plans[0].plan.items",
            |v| {
                let one = v["journal"]["plans"][0]["plan"]["items"][0].clone();
                v["journal"]["plans"][0]["plan"]["items"] = json!(vec![one; MAX_ITEMS + 1]);
            },
            || {
                refused(
                    Plan {
                        items: vec![plan().items[0].clone(); MAX_ITEMS + 1],
                        ..plan()
                    }
                    .validate(today()),
                )
            },
        ),
        row(
            "8 days a week",
            "journal.plans[0].plan.items[0].daysPerWeek",
            |v| v["journal"]["plans"][0]["plan"]["items"][0]["daysPerWeek"] = json!(8),
            || {
                let mut p = plan();
                p.items[0].days_per_week = 8;
                refused(p.validate(today()))
            },
        ),
        row(
            "0 days a week",
            "journal.plans[0].plan.items[0].daysPerWeek",
            |v| v["journal"]["plans"][0]["plan"]["items"][0]["daysPerWeek"] = json!(0),
            || {
                let mut p = plan();
                p.items[0].days_per_week = 0;
                refused(p.validate(today()))
            },
        ),
        row(
            "4 times a day",
            "journal.plans[0].plan.items[0].timesPerDay",
            |v| v["journal"]["plans"][0]["plan"]["items"][0]["timesPerDay"] = json!(4),
            || {
                let mut p = plan();
                p.items[0].times_per_day = 4;
                refused(p.validate(today()))
            },
        ),
        row(
            "a title one character too long",
            "journal.plans[0].plan.title",
            |v| v["journal"]["plans"][0]["plan"]["title"] = json!(text(MAX_TITLE_CHARS + 1)),
            || {
                refused(
                    Plan {
                        title: Some(text(MAX_TITLE_CHARS + 1)),
                        ..plan()
                    }
                    .validate(today()),
                )
            },
        ),
        row(
            "a blank title",
            "journal.plans[0].plan.title",
            |v| v["journal"]["plans"][0]["plan"]["title"] = json!(" "),
            || {
                Plan {
                    title: Some(" ".into()),
                    ..plan()
                }
                .validate(today())
                .unwrap()
                .title
                .is_none()
            },
        ),
        row(
            "an author one character too long",
            "journal.plans[0].plan.author",
            |v| v["journal"]["plans"][0]["plan"]["author"] = json!(text(MAX_TITLE_CHARS + 1)),
            || {
                refused(
                    Plan {
                        author: Some(text(MAX_TITLE_CHARS + 1)),
                        ..plan()
                    }
                    .validate(today()),
                )
            },
        ),
        row(
            "plan notes one character too long",
            "journal.plans[0].plan.notes",
            |v| v["journal"]["plans"][0]["plan"]["notes"] = json!(text(MAX_NOTE_CHARS + 1)),
            || {
                refused(
                    Plan {
                        notes: Some(text(MAX_NOTE_CHARS + 1)),
                        ..plan()
                    }
                    .validate(today()),
                )
            },
        ),
        row(
            "item notes one character too long",
            "journal.plans[0].plan.items[0].notes",
            |v| {
                v["journal"]["plans"][0]["plan"]["items"][0]["notes"] =
                    json!(text(MAX_ITEM_NOTE_CHARS + 1))
            },
            || {
                let mut p = plan();
                p.items[0].notes = Some(text(MAX_ITEM_NOTE_CHARS + 1));
                refused(p.validate(today()))
            },
        ),
        row(
            "an exercise name one character too long",
            "journal.plans[0].plan.items[0].exercise.name",
            |v| {
                v["journal"]["plans"][0]["plan"]["items"][0]["exercise"]["name"] =
                    json!(text(MAX_NAME_CHARS + 1))
            },
            || {
                let mut p = plan();
                p.items[0].exercise = ExerciseRef::Custom(CustomExercise {
                    name: text(MAX_NAME_CHARS + 1),
                    ..custom()
                });
                refused(p.validate(today()))
            },
        ),
        row(
            "a blank exercise name",
            "journal.plans[0].plan.items[0].exercise.name",
            |v| v["journal"]["plans"][0]["plan"]["items"][0]["exercise"]["name"] = json!("  "),
            || {
                let mut p = plan();
                p.items[0].exercise = ExerciseRef::Custom(CustomExercise {
                    name: "  ".into(),
                    ..custom()
                });
                refused(p.validate(today()))
            },
        ),
        row(
            "21 steps",
            "journal.plans[0].plan.items[0].exercise.steps",
            |v| {
                v["journal"]["plans"][0]["plan"]["items"][0]["exercise"]["steps"] =
                    json!(vec!["Step."; MAX_LINES + 1])
            },
            || {
                let mut p = plan();
                p.items[0].exercise = ExerciseRef::Custom(CustomExercise {
                    steps: vec!["Step.".into(); MAX_LINES + 1],
                    ..custom()
                });
                refused(p.validate(today()))
            },
        ),
        row(
            "a step one character too long",
            "journal.plans[0].plan.items[0].exercise.steps[0]",
            |v| {
                v["journal"]["plans"][0]["plan"]["items"][0]["exercise"]["steps"] =
                    json!([text(MAX_LINE_CHARS + 1)])
            },
            || {
                let mut p = plan();
                p.items[0].exercise = ExerciseRef::Custom(CustomExercise {
                    steps: vec![text(MAX_LINE_CHARS + 1)],
                    ..custom()
                });
                refused(p.validate(today()))
            },
        ),
        row(
            "a blank step",
            "journal.plans[0].plan.items[0].exercise.steps",
            |v| {
                v["journal"]["plans"][0]["plan"]["items"][0]["exercise"]["steps"] =
                    json!(["Stand tall.", " "])
            },
            || {
                let mut p = plan();
                p.items[0].exercise = ExerciseRef::Custom(CustomExercise {
                    steps: vec!["Stand tall.".into(), " ".into()],
                    ..custom()
                });
                p.validate(today()).unwrap().items[0].exercise == plan().items[0].exercise
            },
        ),
        row(
            "a stop-if one character too long",
            "journal.plans[0].plan.items[0].exercise.stopIf",
            |v| {
                v["journal"]["plans"][0]["plan"]["items"][0]["exercise"]["stopIf"] =
                    json!(text(MAX_LINE_CHARS + 1))
            },
            || {
                let mut p = plan();
                p.items[0].exercise = ExerciseRef::Custom(CustomExercise {
                    stop_if: Some(text(MAX_LINE_CHARS + 1)),
                    ..custom()
                });
                refused(p.validate(today()))
            },
        ),
        row(
            "11 sets",
            "journal.plans[0].plan.items[0].dose.sets",
            |v| v["journal"]["plans"][0]["plan"]["items"][0]["dose"]["sets"] = json!(SETS.1 + 1),
            || {
                let mut p = plan();
                p.items[0].dose = Dose::Reps {
                    sets: SETS.1 + 1,
                    reps: 5,
                };
                refused(p.validate(today()))
            },
        ),
        row(
            "a hold of 121 seconds",
            "journal.plans[0].plan.items[0].dose.seconds",
            |v| {
                v["journal"]["plans"][0]["plan"]["items"][0]["dose"] =
                    json!({"kind": "hold", "sets": 1, "reps": 5, "seconds": HOLD_SECONDS.1 + 1})
            },
            || {
                let mut p = plan();
                p.items[0].dose = Dose::Hold {
                    sets: 1,
                    reps: 5,
                    seconds: HOLD_SECONDS.1 + 1,
                };
                refused(p.validate(today()))
            },
        ),
        row(
            "0 minutes",
            "journal.plans[0].plan.items[0].dose.minutes",
            |v| {
                v["journal"]["plans"][0]["plan"]["items"][0]["dose"] =
                    json!({"kind": "minutes", "minutes": 0})
            },
            || {
                let mut p = plan();
                p.items[0].dose = Dose::Minutes { minutes: 0 };
                refused(p.validate(today()))
            },
        ),
        row(
            "a library exercise twice",
            "journal.plans[0].plan.items[1].exercise.id",
            |v| {
                v["journal"]["plans"][0]["plan"]["items"] = json!([
                {"exercise": {"kind": "library", "id": "walking"}, "dose": {"kind": "minutes", "minutes": 10}, "daysPerWeek": 3, "timesPerDay": 1},
                {"exercise": {"kind": "library", "id": "walking"}, "dose": {"kind": "minutes", "minutes": 10}, "daysPerWeek": 3, "timesPerDay": 1}])
            },
            || {
                let walking = PlanItem {
                    exercise: ExerciseRef::Library {
                        id: "walking".into(),
                    },
                    ..plan().items[0].clone()
                };
                refused(
                    Plan {
                        items: vec![walking.clone(), walking],
                        ..plan()
                    }
                    .validate(today()),
                )
            },
        ),
        row(
            "a review date five years and a day after the plan",
            "journal.plans[0].plan.reviewDate",
            |v| v["journal"]["plans"][0]["plan"]["reviewDate"] = json!("2031-11-03"),
            || {
                refused(
                    Plan {
                        review_date: NaiveDate::from_ymd_opt(2031, 12, 1),
                        ..plan()
                    }
                    .validate(today()),
                )
            },
        ),
        file_only(
            "a plan made before the earliest date",
            "journal.plans[0].createdAt",
            |v| v["journal"]["plans"][0]["createdAt"] = json!("1979-12-31T10:00:00Z"),
        ),
        file_only(
            "a plan made two days from now",
            "journal.plans[0].createdAt",
            |v| v["journal"]["plans"][0]["createdAt"] = json!(format!("{}T00:00:00Z", day(2))),
        ),
        // PSFS and totals.
        row(
            "a PSFS of 6 activities",
            "journal.psfs[0].activities",
            |v| {
                v["journal"]["psfs"][0]["activities"] = json!((0..6)
                    .map(|i| json!({"name": format!("Activity {i}"), "score": 1}))
                    .collect::<Vec<_>>())
            },
            || {
                refused(
                    PsfsDraft {
                        activities: (0..6)
                            .map(|i| PsfsActivity {
                                name: format!("Activity {i}"),
                                score: 1,
                            })
                            .collect(),
                        recorded_on: today(),
                    }
                    .validate(today()),
                )
            },
        ),
        row(
            "a PSFS of no activities",
            "journal.psfs[0].activities",
            |v| v["journal"]["psfs"][0]["activities"] = json!([]),
            || {
                refused(
                    PsfsDraft {
                        activities: vec![],
                        recorded_on: today(),
                    }
                    .validate(today()),
                )
            },
        ),
        row(
            "an activity name one character too long",
            "journal.psfs[0].activities[0].name",
            |v| {
                v["journal"]["psfs"][0]["activities"][0]["name"] =
                    json!(text(MAX_ACTIVITY_CHARS + 1))
            },
            || refused(psfs(&text(MAX_ACTIVITY_CHARS + 1), 1, today()).validate(today())),
        ),
        row(
            "a blank activity name",
            "journal.psfs[0].activities[0].name",
            |v| v["journal"]["psfs"][0]["activities"][0]["name"] = json!(" "),
            || refused(psfs(" ", 1, today()).validate(today())),
        ),
        row(
            "a PSFS score of 11",
            "journal.psfs[0].activities[0].score",
            |v| v["journal"]["psfs"][0]["activities"][0]["score"] = json!(PSFS_SCORE_MAX + 1),
            || refused(psfs("Gardening", PSFS_SCORE_MAX + 1, today()).validate(today())),
        ),
        row(
            "a PSFS tomorrow",
            "journal.psfs[0].recordedOn",
            |v| v["journal"]["psfs"][0]["recordedOn"] = json!(day(1)),
            || refused(psfs("Gardening", 1, today() + Duration::days(1)).validate(today())),
        ),
        row(
            "a PSFS the day before the earliest date",
            "journal.psfs[0].recordedOn",
            |v| v["journal"]["psfs"][0]["recordedOn"] = json!("1979-12-31"),
            || refused(psfs("Gardening", 1, EARLIEST_DATE.pred_opt().unwrap()).validate(today())),
        ),
        row(
            "an ODI of 100.5",
            "journal.measures[0].total",
            |v| v["journal"]["measures"][0]["total"] = json!(100.5),
            || refused(measure(Measure::Odi, 100.5).validate(today())),
        ),
        row(
            "an RMDQ of 24.5",
            "journal.measures[0].total",
            |v| {
                v["journal"]["measures"][0]["measure"] = json!("rmdq");
                v["journal"]["measures"][0]["total"] = json!(24.5);
            },
            || refused(measure(Measure::Rmdq, 24.5).validate(today())),
        ),
        row(
            "a scorer one character too long",
            "journal.measures[0].scoredBy",
            |v| v["journal"]["measures"][0]["scoredBy"] = json!(text(MAX_SCORED_BY_CHARS + 1)),
            || {
                refused(
                    ScoredMeasureDraft {
                        scored_by: Some(text(MAX_SCORED_BY_CHARS + 1)),
                        ..measure(Measure::Odi, 10.0)
                    }
                    .validate(today()),
                )
            },
        ),
        row(
            "a total the day before the earliest date",
            "journal.measures[0].recordedOn",
            |v| v["journal"]["measures"][0]["recordedOn"] = json!("1979-12-31"),
            || {
                refused(
                    ScoredMeasureDraft {
                        recorded_on: EARLIEST_DATE.pred_opt().unwrap(),
                        ..measure(Measure::Odi, 10.0)
                    }
                    .validate(today()),
                )
            },
        ),
        // Reminders.
        row(
            "hour 24",
            "journal.reminders[0].schedule.times[0].hour",
            |v| v["journal"]["reminders"][0]["schedule"]["times"][0]["hour"] = json!(24),
            || {
                refused(
                    reminder(weekly(vec![Weekday::Mon], vec![LocalTime::new(24, 0)]))
                        .validate(now().naive_local()),
                )
            },
        ),
        row(
            "minute 60",
            "journal.reminders[0].schedule.times[0].minute",
            |v| v["journal"]["reminders"][0]["schedule"]["times"][0]["minute"] = json!(60),
            || {
                refused(
                    reminder(weekly(vec![Weekday::Mon], vec![LocalTime::new(8, 60)]))
                        .validate(now().naive_local()),
                )
            },
        ),
        row(
            "no day",
            "journal.reminders[0].schedule.days",
            |v| v["journal"]["reminders"][0]["schedule"]["days"] = json!([]),
            || {
                refused(
                    reminder(weekly(vec![], vec![LocalTime::new(8, 0)]))
                        .validate(now().naive_local()),
                )
            },
        ),
        row(
            "8 days a week",
            "journal.reminders[0].schedule.days",
            |v| {
                v["journal"]["reminders"][0]["schedule"]["days"] =
                    json!(["mon", "tue", "wed", "thu", "fri", "sat", "sun", "mon"])
            },
            || {
                let mut days = Weekday::ALL.to_vec();
                days.push(Weekday::Mon);
                let valid = reminder(weekly(days, vec![LocalTime::new(8, 0)]))
                    .validate(now().naive_local())
                    .unwrap();
                valid.schedule == weekly(Weekday::ALL.to_vec(), vec![LocalTime::new(8, 0)])
            },
        ),
        row(
            "no time",
            "journal.reminders[0].schedule.times",
            |v| v["journal"]["reminders"][0]["schedule"]["times"] = json!([]),
            || refused(reminder(weekly(vec![Weekday::Mon], vec![])).validate(now().naive_local())),
        ),
        row(
            "9 times a day",
            "journal.reminders[0].schedule.times",
            |v| {
                v["journal"]["reminders"][0]["schedule"]["times"] = json!((0..=MAX_TIMES_PER_DAY)
                    .map(|h| json!({"hour": h, "minute": 0}))
                    .collect::<Vec<_>>())
            },
            || {
                refused(
                    reminder(weekly(
                        vec![Weekday::Mon],
                        (0..=MAX_TIMES_PER_DAY as u8)
                            .map(|h| LocalTime::new(h, 0))
                            .collect(),
                    ))
                    .validate(now().naive_local()),
                )
            },
        ),
        row(
            "times out of order",
            "journal.reminders[0].schedule.times",
            |v| {
                v["journal"]["reminders"][0]["schedule"]["times"] =
                    json!([{"hour": 20, "minute": 0}, {"hour": 8, "minute": 0}])
            },
            || {
                let valid = reminder(weekly(
                    vec![Weekday::Mon],
                    vec![LocalTime::new(20, 0), LocalTime::new(8, 0)],
                ))
                .validate(now().naive_local())
                .unwrap();
                valid.schedule
                    == weekly(
                        vec![Weekday::Mon],
                        vec![LocalTime::new(8, 0), LocalTime::new(20, 0)],
                    )
            },
        ),
        row(
            "an empty message",
            "journal.reminders[0].message",
            |v| v["journal"]["reminders"][0]["message"] = json!(""),
            || {
                refused(
                    ReminderDraft {
                        message: String::new(),
                        ..reminder(once("2026-12-01T09:00"))
                    }
                    .validate(now().naive_local()),
                )
            },
        ),
        row(
            "a message one character too long",
            "journal.reminders[0].message",
            |v| v["journal"]["reminders"][0]["message"] = json!(text(MAX_MESSAGE_CHARS + 1)),
            || {
                refused(
                    ReminderDraft {
                        message: text(MAX_MESSAGE_CHARS + 1),
                        ..reminder(once("2026-12-01T09:00"))
                    }
                    .validate(now().naive_local()),
                )
            },
        ),
        row(
            "a one-off the minute before the earliest date",
            "journal.reminders[1].schedule.at",
            |v| v["journal"]["reminders"][1]["schedule"]["at"] = json!("1979-12-31T23:59:00"),
            || {
                refused(
                    ReminderDraft {
                        enabled: false,
                        ..reminder(once("1979-12-31T23:59"))
                    }
                    .validate(now().naive_local()),
                )
            },
        ),
        row(
            "a one-off more than five years ahead",
            "journal.reminders[1].schedule.at",
            |v| {
                v["journal"]["reminders"][1]["schedule"]["at"] = json!(format!(
                    "{}T00:00:00",
                    (today() + Duration::days(1))
                        .checked_add_months(chrono::Months::new(12 * ONCE_MAX_YEARS_AHEAD))
                        .unwrap()
                ))
            },
            || refused(reminder(once("2031-11-30T09:01")).validate(now().naive_local())),
        ),
        row(
            "a one-off to the second",
            "journal.reminders[1].schedule.at",
            |v| v["journal"]["reminders"][1]["schedule"]["at"] = json!("2026-11-01T09:30:15"),
            || {
                let at = NaiveDateTime::parse_from_str("2026-12-01T09:30:15", "%Y-%m-%dT%H:%M:%S")
                    .unwrap();
                let valid = reminder(Schedule::Once { at })
                    .validate(now().naive_local())
                    .unwrap();
                valid.schedule == once("2026-12-01T09:30")
            },
        ),
    ]
}

fn custom() -> CustomExercise {
    let ExerciseRef::Custom(custom) = plan().items[0].exercise.clone() else {
        unreachable!("the base plan's item is custom")
    };
    custom
}

#[test]
fn the_first_forbidden_value_of_every_limit_is_refused_by_the_reader_and_the_app() {
    let good = base();
    read(&good).expect("the base file is within every limit");
    let rows = limits();
    assert!(rows.len() > 80, "every limit has a row");
    for Limit {
        what,
        change,
        field,
        command,
    } in rows
    {
        let mut bad = good.clone();
        change(&mut bad);
        assert_ne!(bad, good, "{what}: the change changed something");
        let error = read(&bad).expect_err(what);
        assert_eq!(
            (error.code(), error.field()),
            ("backup_inconsistent", Some(field)),
            "{what}: {error}"
        );
        if let Some(keeps_it_out) = command {
            assert!(keeps_it_out(), "{what}: the app's own rule lets it in");
        }
    }
}

/// The property test: any journal whose every record is within the documented
/// limits, at them included, is read back whole, and written again byte for
/// byte the same.
mod within_limits {
    use super::*;
    use proptest::collection::{btree_set, vec};
    use proptest::prelude::*;
    use proptest::sample::{select, subsequence};

    /// Characters a person types, quotes and markup included; spaces and new
    /// lines only inside (text is kept trimmed).
    const CHARACTERS: &[char] = &['a', 'Z', '7', 'é', 'ß', '中', ' ', '\n', '"', '<', '&', '-'];

    /// Trimmed text of 1 to `max` characters, often exactly `max`.
    fn words(max: usize) -> impl Strategy<Value = String> {
        prop_oneof![Just(1), Just(max), 1..=max]
            .prop_flat_map(|n| vec(select(CHARACTERS), n))
            .prop_map(|mut chars| {
                let last = chars.len() - 1;
                for i in [0, last] {
                    if chars[i].is_whitespace() {
                        chars[i] = 'x';
                    }
                }
                chars.into_iter().collect()
            })
    }

    fn maybe(max: usize) -> impl Strategy<Value = Option<String>> {
        prop::option::of(words(max))
    }

    fn score() -> impl Strategy<Value = PainScore> {
        (0u8..=10).prop_map(|n| PainScore::try_from(f64::from(n)).unwrap())
    }

    /// `n` distinct ids from 1 to `MAX_ID`, often at either end.
    fn ids(n: usize) -> impl Strategy<Value = Vec<i64>> {
        let id = prop_oneof![Just(1), Just(MAX_ID), 1..=MAX_ID];
        btree_set(id, n..=n).prop_map(|set| set.into_iter().collect())
    }

    /// A day from the earliest date to `last`, often at either end.
    fn date(last: NaiveDate) -> impl Strategy<Value = NaiveDate> {
        let span = (last - EARLIEST_DATE).num_days();
        prop_oneof![Just(0), Just(span), 0..=span]
            .prop_map(|days| EARLIEST_DATE + Duration::days(days))
    }

    /// A time on one of those days, in any offset a person can be in.
    fn time(last: NaiveDate) -> impl Strategy<Value = DateTime<FixedOffset>> {
        (date(last), 0i64..86_400, -48i32..=56).prop_map(|(day, second, quarters)| {
            let offset = FixedOffset::east_opt(quarters * 15 * 60).unwrap();
            let wall = day.and_time(NaiveTime::MIN) + Duration::seconds(second);
            offset.from_local_datetime(&wall).single().unwrap()
        })
    }

    fn dose() -> impl Strategy<Value = Dose> {
        prop_oneof![
            (SETS.0..=SETS.1, REPS.0..=REPS.1).prop_map(|(sets, reps)| Dose::Reps { sets, reps }),
            (
                SETS.0..=SETS.1,
                REPS.0..=REPS.1,
                HOLD_SECONDS.0..=HOLD_SECONDS.1
            )
                .prop_map(|(sets, reps, seconds)| Dose::Hold {
                    sets,
                    reps,
                    seconds
                }),
            (MINUTES.0..=MINUTES.1).prop_map(|minutes| Dose::Minutes { minutes }),
        ]
    }

    fn custom_exercise() -> impl Strategy<Value = ExerciseRef> {
        let lines = || prop_oneof![vec(words(MAX_LINE_CHARS), 0..=2), vec(words(40), MAX_LINES)];
        let purposes = [
            Purpose::Aerobic,
            Purpose::Mobility,
            Purpose::CoreControl,
            Purpose::Strength,
        ];
        let positions = [
            BodyPosition::Lying,
            BodyPosition::Kneeling,
            BodyPosition::Standing,
            BodyPosition::Walking,
        ];
        (
            words(MAX_NAME_CHARS),
            prop::option::of(select(purposes.to_vec())),
            prop::option::of(select(positions.to_vec())),
            lines(),
            lines(),
            maybe(MAX_LINE_CHARS),
        )
            .prop_map(|(name, purpose, position, steps, key_points, stop_if)| {
                ExerciseRef::Custom(CustomExercise {
                    name,
                    purpose,
                    position,
                    steps,
                    key_points,
                    stop_if,
                })
            })
    }

    fn library() -> Vec<ExerciseRef> {
        exercises::library()
            .iter()
            .map(|e| ExerciseRef::Library { id: e.id.into() })
            .collect()
    }

    fn exercise() -> impl Strategy<Value = ExerciseRef> {
        prop_oneof![select(library()), custom_exercise()]
    }

    fn skip_reason() -> impl Strategy<Value = SkipReason> {
        prop_oneof![
            Just(SkipReason::TooPainful),
            Just(SkipReason::NoTime),
            Just(SkipReason::NoSpaceOrEquipment),
            maybe(200).prop_map(|text| SkipReason::Other { text }),
        ]
    }

    /// Done (with at least one rep), skipped or not done, as the app keeps each.
    fn session_exercise() -> impl Strategy<Value = SessionExercise> {
        let counts = (
            0u8..=10,
            vec(0u8..=100, 1..=10),
            prop_oneof![vec(0u16..=600, 0..=5), vec(0u16..=600, 500)],
            prop::option::of(0u16..=180),
        );
        (exercise(), dose(), counts, 0..3, skip_reason()).prop_map(
            |(
                exercise,
                planned,
                (sets_done, mut reps_done, hold_seconds, minutes_done),
                end,
                reason,
            )| {
                reps_done[0] = reps_done[0].max(1);
                let done = SessionExercise {
                    exercise,
                    planned,
                    sets_done,
                    reps_done,
                    hold_seconds,
                    minutes_done,
                    skipped: None,
                    not_done: false,
                };
                match end {
                    0 => done,
                    1 => SessionExercise {
                        skipped: Some(reason),
                        ..done
                    }
                    .settled(),
                    _ => SessionExercise {
                        not_done: true,
                        ..done
                    }
                    .settled(),
                }
            },
        )
    }

    fn session() -> impl Strategy<Value = Session> {
        (
            time(today()),
            prop_oneof![Just(0), Just(86_400), 0i64..=86_400],
            prop_oneof![
                vec(session_exercise(), 1..=3),
                vec(session_exercise(), MAX_ITEMS)
            ],
            0u8..=10,
            prop::option::of(score()),
            prop::option::of(score()),
            maybe(MAX_NOTE_CHARS),
        )
            .prop_map(
                |(started_at, seconds, exercises, effort, pain_before, pain_after, note)| Session {
                    started_at,
                    finished_at: started_at + Duration::seconds(seconds),
                    exercises,
                    effort,
                    pain_before,
                    pain_after,
                    note,
                },
            )
    }

    fn plan_item(exercise: ExerciseRef) -> impl Strategy<Value = PlanItem> {
        (dose(), 1u8..=7, 1u8..=3, maybe(MAX_ITEM_NOTE_CHARS)).prop_map(
            move |(dose, days_per_week, times_per_day, notes)| PlanItem {
                exercise: exercise.clone(),
                dose,
                days_per_week,
                times_per_day,
                notes,
            },
        )
    }

    /// 1 to 30 items, each library exercise at most once.
    fn plan_items() -> impl Strategy<Value = Vec<PlanItem>> {
        let count = library().len();
        (
            subsequence(library(), 0..=count),
            prop_oneof![Just(MAX_ITEMS), 1..=MAX_ITEMS],
        )
            .prop_flat_map(|(library, total)| {
                let customs = total
                    .saturating_sub(library.len())
                    .max(usize::from(library.is_empty()));
                (Just(library), vec(custom_exercise(), customs))
            })
            .prop_flat_map(|(library, customs)| {
                library
                    .into_iter()
                    .chain(customs)
                    .map(plan_item)
                    .collect::<Vec<_>>()
            })
    }

    /// A plan made on a day up to today, reviewed within five years of it.
    fn plan() -> impl Strategy<Value = PlanRecord> {
        let sources = [PlanSource::Default, PlanSource::Edited, PlanSource::File];
        (
            plan_items(),
            maybe(MAX_TITLE_CHARS),
            maybe(MAX_TITLE_CHARS),
            maybe(MAX_NOTE_CHARS),
            time(today()),
            select(sources.to_vec()),
        )
            .prop_flat_map(|(items, title, author, notes, created_at, source)| {
                let made = created_at.date_naive();
                let span = chrono::Months::new(60);
                let first = (made - span).max(EARLIEST_DATE);
                let last = made + span;
                let days = (last - first).num_days();
                let review = prop::option::of(
                    prop_oneof![Just(0), Just(days), 0..=days]
                        .prop_map(move |d| first + Duration::days(d)),
                );
                (
                    Just(Plan {
                        title,
                        items,
                        author,
                        review_date: None,
                        notes,
                    }),
                    review,
                    Just((created_at, source)),
                )
            })
            .prop_map(|(plan, review_date, (created_at, source))| PlanRecord {
                id: 0,
                plan: Plan {
                    review_date,
                    ..plan
                },
                source,
                created_at,
                replaced_at: None,
            })
    }

    fn procedure() -> impl Strategy<Value = Procedure> {
        let regions = Region::ALL.to_vec();
        let sides = [Side::Left, Side::Right, Side::Both];
        (
            date(today() + Duration::days(relief_core::procedure::MAX_DAYS_AHEAD)),
            select(regions).prop_flat_map(|region| {
                let levels: Vec<String> = region.levels().iter().map(|l| (*l).to_owned()).collect();
                let count = levels.len();
                (Just(region), subsequence(levels, 0..=count))
            }),
            prop::option::of(select(sides.to_vec())),
            (
                maybe(MAX_CLINIC_CHARS),
                maybe(MAX_CLINIC_CHARS),
                maybe(MAX_PHONE_CHARS),
            ),
            prop::option::of(score()),
            maybe(MAX_NOTE_CHARS),
        )
            .prop_map(
                |(
                    date,
                    (region, levels),
                    side,
                    (clinic, clinician, clinic_phone),
                    baseline_pain,
                    notes,
                )| {
                    Procedure {
                        id: 0,
                        date,
                        region,
                        levels,
                        side,
                        clinic,
                        clinician,
                        clinic_phone,
                        baseline_pain,
                        notes,
                    }
                },
            )
    }

    fn pain() -> impl Strategy<Value = PainEntry> {
        (
            time(today()),
            score(),
            maybe(MAX_NOTE_CHARS),
            (
                prop::option::of(score()),
                prop::option::of(score()),
                prop::option::of(score()),
            ),
            subsequence(PainTag::ALL.to_vec(), 0..=PainTag::ALL.len()),
        )
            .prop_map(
                |(recorded_at, score, note, (worst_24h, average_24h, interference), tags)| {
                    PainEntry {
                        id: 0,
                        score,
                        note,
                        recorded_at,
                        updated_at: recorded_at,
                        worst_24h,
                        average_24h,
                        interference,
                        tags,
                    }
                },
            )
    }

    fn walks() -> impl Strategy<Value = Vec<Walk>> {
        let minutes = prop_oneof![Just(0), Just(MAX_WALKING_MINUTES), 0..=MAX_WALKING_MINUTES];
        btree_set(date(today()), 0..=3).prop_flat_map(move |days| {
            days.into_iter()
                .map(|date| {
                    minutes
                        .clone()
                        .prop_map(move |minutes| Walk { date, minutes })
                })
                .collect::<Vec<_>>()
        })
    }

    fn psfs() -> impl Strategy<Value = Psfs> {
        (
            vec(
                (words(MAX_ACTIVITY_CHARS), 0..=PSFS_SCORE_MAX),
                1..=PSFS_ACTIVITIES.1,
            ),
            date(today()),
        )
            .prop_map(|(named, recorded_on)| {
                let mut activities: Vec<PsfsActivity> = Vec::new();
                for (name, score) in named {
                    // No two the same, ignoring case.
                    if !activities
                        .iter()
                        .any(|a| a.name.to_lowercase() == name.to_lowercase())
                    {
                        activities.push(PsfsActivity { name, score });
                    }
                }
                Psfs {
                    activities,
                    recorded_on,
                }
            })
    }

    fn measure() -> impl Strategy<Value = ScoredMeasure> {
        let total = prop_oneof![
            prop_oneof![Just(0), Just(1000), 0u32..=1000]
                .prop_map(|tenths| (Measure::Odi, f64::from(tenths) / 10.0)),
            (0u8..=24).prop_map(|n| (Measure::Rmdq, f64::from(n))),
        ];
        (total, date(today()), maybe(MAX_SCORED_BY_CHARS)).prop_map(
            |((measure, total), recorded_on, scored_by)| ScoredMeasure {
                measure,
                total,
                recorded_on,
                scored_by,
            },
        )
    }

    fn reminder() -> impl Strategy<Value = Reminder> {
        let kinds = [
            ReminderKind::Routine,
            ReminderKind::Diary,
            ReminderKind::FollowUp,
            ReminderKind::Custom,
        ];
        let weekly = (
            subsequence(Weekday::ALL.to_vec(), 1..=Weekday::ALL.len()),
            btree_set((0u8..=23, 0u8..=59), 1..=MAX_TIMES_PER_DAY),
        )
            .prop_map(|(days, times)| Schedule::Weekly {
                days,
                times: times
                    .into_iter()
                    .map(|(h, m)| LocalTime::new(h, m))
                    .collect(),
            });
        let latest = today()
            .checked_add_months(chrono::Months::new(12 * ONCE_MAX_YEARS_AHEAD))
            .unwrap();
        let once = (date(latest), 0u32..24 * 60).prop_map(|(day, minute)| Schedule::Once {
            at: day.and_time(NaiveTime::MIN) + Duration::minutes(minute.into()),
        });
        (
            select(kinds.to_vec()),
            words(MAX_MESSAGE_CHARS),
            any::<bool>(),
            prop_oneof![weekly, once],
        )
            .prop_map(|(kind, message, enabled, schedule)| Reminder {
                id: 0,
                kind,
                message,
                enabled,
                schedule,
            })
    }

    /// Gives each record its id, in the order drawn.
    fn with_ids<T>(records: Vec<T>, ids: &[i64], set: fn(&mut T, i64)) -> Vec<T> {
        records
            .into_iter()
            .zip(ids)
            .map(|(mut record, id)| {
                set(&mut record, *id);
                record
            })
            .collect()
    }

    prop_compose! {
        fn journal()(
            procedures in vec(procedure(), 0..=2),
            pain in vec(pain(), 0..=3),
            sessions in vec((session(), any::<Option<prop::sample::Index>>()), 0..=2),
            plans in vec(plan(), 0..=2),
            walking in walks(),
            psfs in vec(psfs(), 0..=2),
            measures in vec(measure(), 0..=2),
            reminders in vec(reminder(), 0..=3),
            retired in vec(reminder(), 0..=1),
            numbers in ids(4),
        ) -> Snapshot {
            // Ids are unique within a list (reminders and retired reminders
            // share one), and may repeat across lists.
            let mut plans = with_ids(plans, &numbers, |p, id| p.id = id);
            let current = plans.len().saturating_sub(1);
            for (i, plan) in plans.iter_mut().enumerate() {
                // At most one current plan.
                plan.replaced_at = (i != current).then_some(plan.created_at);
            }
            let sessions = sessions
                .into_iter()
                .zip(numbers.iter().rev())
                .map(|((session, plan), id)| SessionRecord {
                    id: *id,
                    session,
                    plan_id: plan
                        .filter(|_| !plans.is_empty())
                        .map(|i| plans[i.index(plans.len())].id),
                })
                .collect();
            let live = reminders.len();
            let mut reminders = with_ids(
                reminders.into_iter().chain(retired).collect(),
                &numbers,
                |r, id| r.id = id,
            );
            let retired_reminders = reminders.split_off(live);
            let psfs = psfs.into_iter().map(|psfs| PsfsRecord { id: 0, psfs }).collect();
            let measures = measures
                .into_iter()
                .map(|measure| ScoredMeasureRecord { id: 0, measure })
                .collect();
            Snapshot {
                procedures: with_ids(procedures, &numbers, |p, id| p.id = id),
                pain: with_ids(pain, &numbers, |e, id| e.id = id),
                sessions,
                plans,
                walking,
                psfs: with_ids(psfs, &numbers, |r, id| r.id = id),
                measures: with_ids(measures, &numbers, |r, id| r.id = id),
                reminders,
                retired_reminders,
                reminder_events: vec![],
                scheduler_state: None,
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

        #[test]
        fn a_journal_within_every_limit_reads_back_whole(
            journal in journal(),
            preferences in prop::option::of(Just(Preferences::default())),
        ) {
            let bytes = write_backup(&journal, preferences.as_ref());
            let backup = read_backup(&bytes, today())
                .map_err(|e| TestCaseError::fail(format!("refused: {e}")))?;
            prop_assert_eq!(&backup.journal, &journal);
            prop_assert_eq!(&backup.preferences, &preferences);
            prop_assert_eq!(
                write_backup(&backup.journal, backup.preferences.as_ref()),
                bytes,
                "written again, byte for byte the same"
            );
        }
    }
}
