//! Progress through the IPC boundary: refusals that save nothing, the diary's
//! additions, walking, the function measures with undo, and the views' numbers
//! for a small journal written the way the UI writes it. The app reads the
//! real clock, so every date here counts back from this machine's today.

mod common;

use chrono::{DateTime, Datelike, Duration, FixedOffset, Local, NaiveDate, TimeZone};
use common::*;
use relief_core::{ExerciseRef, Plan, PlanItem, PlanSource};
use relief_window_lib::state::AppState;
use tauri::Manager;

fn today() -> NaiveDate {
    Local::now().date_naive()
}

/// `days` from today (negative: ago), as YYYY-MM-DD.
fn day(days: i64) -> String {
    (today() + Duration::days(days)).to_string()
}

/// `days` from today at `hour`:00 on this machine's wall clock.
fn local(days: i64, hour: u32) -> DateTime<FixedOffset> {
    let naive = (today() + Duration::days(days))
        .and_hms_opt(hour, 0, 0)
        .expect("a real time");
    Local
        .from_local_datetime(&naive)
        .earliest()
        .expect("no DST gap at this hour")
        .fixed_offset()
}

fn psfs(on: &str, names: &[&str]) -> Value {
    let activities: Vec<Value> = names
        .iter()
        .map(|n| json!({"name": n, "score": 4}))
        .collect();
    json!({"draft": {"activities": activities, "recordedOn": on}})
}

fn walking_session(days: i64, skipped: bool) -> Value {
    let started = local(days, 8);
    let mut exercise = json!({"exercise": {"kind": "library", "id": "walking"},
        "planned": {"kind": "minutes", "minutes": 20}, "minutesDone": 20});
    if skipped {
        exercise = json!({"exercise": {"kind": "library", "id": "walking"},
            "planned": {"kind": "minutes", "minutes": 20}, "skipped": {"reason": "noTime"}});
    }
    json!({"draft": {
        "startedAt": started.to_rfc3339(),
        "finishedAt": (started + Duration::minutes(25)).to_rfc3339(),
        "exercises": [exercise], "effort": 3}})
}

/// The error's code and the field it points at.
fn refusal(app: &Running, cmd: &str, body: Value) -> (String, Value) {
    let code = app.error_code(cmd, body.clone());
    let error = app.invoke(cmd, body).expect_err("refused");
    (code, error["field"].clone())
}

#[test]
fn bad_input_is_refused_with_its_code_and_nothing_is_saved() {
    let dir = temp();
    let app = start(dir.path());
    let pain = |extra: Value| {
        let mut draft = json!({"score": 4});
        for (k, v) in extra.as_object().expect("an object") {
            draft[k] = v.clone();
        }
        json!({"draft": draft})
    };
    assert_eq!(
        refusal(&app, "log_pain", pain(json!({"worst24h": 11}))),
        ("pain_out_of_range".into(), json!("worst24h"))
    );
    assert_eq!(
        refusal(&app, "log_pain", pain(json!({"average24h": -1}))),
        ("pain_out_of_range".into(), json!("average24h"))
    );
    assert_eq!(
        refusal(&app, "log_pain", pain(json!({"interference": 2.5}))),
        ("pain_not_whole".into(), json!("interference"))
    );
    assert_eq!(
        refusal(
            &app,
            "log_pain",
            pain(json!({"tags": ["morning", "monday"]}))
        ),
        ("invalid_input".into(), json!("tags[1]"))
    );
    assert!(app.recent().is_empty());

    let six = ["a", "b", "c", "d", "e", "f"];
    for (body, code) in [
        (psfs(&day(0), &[]), "psfs_activity_count"),
        (psfs(&day(0), &six), "psfs_activity_count"),
        (
            psfs(&day(0), &["Walking", "Sitting", " walking "]),
            "psfs_duplicate_activity",
        ),
        (psfs(&day(1), &["Walking"]), "date_in_future"),
        (json!({"draft": {"activities": "walking"}}), "invalid_input"),
    ] {
        assert_eq!(app.error_code("add_psfs", body.clone()), code, "{body}");
    }
    let score =
        json!({"draft": {"activities": [{"name": "Walking", "score": 11}], "recordedOn": day(0)}});
    assert_eq!(
        refusal(&app, "add_psfs", score),
        (
            "psfs_score_out_of_range".into(),
            json!("activities[0].score")
        )
    );
    assert_eq!(app.ok("list_psfs", json!({})), json!([]));

    let measure = |m: &str, total: f64, on: String| json!({"draft": {"measure": m, "total": total, "recordedOn": on}});
    for (body, code) in [
        (measure("odi", 100.5, day(0)), "odi_out_of_range"),
        (measure("rmdq", 12.5, day(0)), "rmdq_out_of_range"),
        (measure("rmdq", 25.0, day(0)), "rmdq_out_of_range"),
        (measure("odi", 20.0, day(1)), "date_in_future"),
        (measure("sf36", 20.0, day(0)), "invalid_input"),
    ] {
        assert_eq!(app.error_code("add_measure", body.clone()), code, "{body}");
    }

    for (body, code) in [
        (
            json!({"date": day(0), "minutes": 1441}),
            "walking_minutes_out_of_range",
        ),
        (
            json!({"date": day(0), "minutes": 12.5}),
            "walking_minutes_out_of_range",
        ),
        (
            json!({"date": day(0), "minutes": -5}),
            "walking_minutes_out_of_range",
        ),
        (json!({"date": day(1), "minutes": 30}), "date_in_future"),
        (
            json!({"date": "2026-02-30", "minutes": 30}),
            "invalid_input",
        ),
    ] {
        assert_eq!(app.error_code("set_walking", body.clone()), code, "{body}");
    }
    assert_eq!(
        app.error_code("progress", json!({"range": "5y"})),
        "invalid_input"
    );
    assert_eq!(
        app.error_code("delete_psfs", json!({"id": 42})),
        "not_found"
    );
    assert_eq!(
        app.error_code("undo_delete_measure", json!({"id": 42})),
        "not_found"
    );

    let view = app.ok("progress", json!({"range": "all"}));
    assert_eq!(view["range"], json!({"first": day(0), "last": day(0)}));
    assert_eq!(view["measures"], json!([]));
    assert_eq!(view["psfs"], json!([]));
    assert_eq!(view["activeDays"][0]["active"], false, "no walk was saved");
}

#[test]
fn the_diary_additions_are_logged_and_optional() {
    let dir = temp();
    let app = start(dir.path());
    let full = app.ok(
        "log_pain",
        json!({"draft": {"score": 4, "worst24h": 7, "average24h": 5, "interference": 3,
                         "tags": ["sleep", "morning", "sleep"]}}),
    );
    assert_eq!(full["worst24h"], 7);
    assert_eq!(full["average24h"], 5);
    assert_eq!(full["interference"], 3);
    assert_eq!(full["tags"], json!(["morning", "sleep"]), "a set, in order");
    let plain = app.ok("log_pain", json!({"draft": {"score": 2}}));
    for absent in ["worst24h", "average24h", "interference", "tags"] {
        assert!(plain.get(absent).is_none(), "{absent} in {plain}");
    }
    let edited = app.ok(
        "update_pain",
        json!({"id": full["id"], "draft": {"score": 4, "tags": ["work"]}}),
    );
    assert_eq!(edited["tags"], json!(["work"]));
    assert!(edited.get("worst24h").is_none());
    assert_eq!(app.recent().len(), 2);
}

#[test]
fn psfs_and_measures_delete_with_undo() {
    let dir = temp();
    let app = start(dir.path());
    let added = app.ok(
        "add_psfs",
        psfs(&day(-10), &["Walking", "Gardening", "Sitting"]),
    );
    assert_eq!(added["activities"][1]["name"], "Gardening");
    assert_eq!(added["recordedOn"], day(-10));
    assert_eq!(app.ok("list_psfs", json!({})), json!([added.clone()]));
    assert_eq!(app.ok("delete_psfs", json!({"id": added["id"]})), added);
    assert_eq!(app.ok("list_psfs", json!({})), json!([]));
    assert_eq!(
        app.ok("undo_delete_psfs", json!({"id": added["id"]})),
        added
    );

    let odi = app.ok(
        "add_measure",
        json!({"draft": {"measure": "odi", "total": 31.1, "recordedOn": day(-5), "scoredBy": "Clinic"}}),
    );
    assert_eq!(
        odi,
        json!({"id": odi["id"], "measure": "odi", "total": 31.1, "recordedOn": day(-5), "scoredBy": "Clinic"})
    );
    let shown = |app: &Running| app.ok("progress", json!({"range": "4w"}))["measures"].clone();
    assert_eq!(shown(&app), json!([odi.clone()]));
    app.ok("delete_measure", json!({"id": odi["id"]}));
    assert_eq!(shown(&app), json!([]));
    app.ok("undo_delete_measure", json!({"id": odi["id"]}));
    assert_eq!(shown(&app), json!([odi]));
}

/// Walking every day of the week, once a day: one routine day a day.
fn walking_plan() -> Plan {
    Plan {
        title: None,
        items: vec![PlanItem {
            exercise: ExerciseRef::Library {
                id: "walking".into(),
            },
            dose: relief_core::Dose::Minutes { minutes: 20 },
            days_per_week: 7,
            times_per_day: 1,
            notes: None,
        }],
        author: None,
        review_date: None,
        notes: None,
    }
}

#[test]
fn a_small_journal_gives_the_expected_progress() {
    let dir = temp();
    let app = start(dir.path());
    app.ok(
        "add_procedure",
        json!({"draft": {"date": day(-60), "region": "lumbar", "levels": ["L4-L5"], "baselinePain": 7}}),
    );
    // The plan has been in force for 21 days, today included.
    app.app
        .state::<AppState>()
        .journal()
        .expect("journal open")
        .replace_plan(&walking_plan(), PlanSource::Edited, local(-20, 9))
        .expect("saved");
    for (days, score) in [(-3, 4), (-2, 6), (-2, 8), (0, 2)] {
        app.ok(
            "log_pain",
            json!({"draft": {"score": score, "recordedAt": local(days, 9 + score as u32).to_rfc3339()}}),
        );
    }
    app.ok("log_session", walking_session(-3, false));
    app.ok("log_session", walking_session(-2, false));
    // Everything skipped: kept for its reason, but not a day of routine.
    app.ok("log_session", walking_session(-1, true));
    assert_eq!(
        app.ok("set_walking", json!({"date": day(-1), "minutes": 30})),
        json!({"date": day(-1), "minutes": 30})
    );
    app.ok("set_walking", json!({"date": day(-1), "minutes": 35}));

    let view = app.ok("progress", json!({"range": "4w"}));
    assert_eq!(view["range"], json!({"first": day(-27), "last": day(0)}));
    let days = view["pain"]["days"].as_array().expect("days");
    assert_eq!(days.len(), 28);
    let pain_on = |d: i64| days[(27 + d) as usize].clone();
    assert_eq!(pain_on(-2)["mean"], 7.0);
    assert_eq!(pain_on(-2)["readings"], 2);
    assert_eq!(
        pain_on(-3)["rollingMean"],
        Value::Null,
        "one day is no average"
    );
    let rolling = pain_on(0)["rollingMean"].as_f64().expect("three days");
    assert!(
        (rolling - (4.0 + 7.0 + 2.0) / 3.0).abs() < 1e-9,
        "{rolling}"
    );
    assert_eq!(view["pain"]["baseline"], 7);
    assert_eq!(view["pain"]["band"], json!({"low": 5, "high": 9}));

    // Whatever the weekday, the weeks add up to the plan's 21 days and the
    // two days done; the skipped session counts only its reason.
    let weeks = view["adherence"]["weeks"].as_array().expect("weeks");
    let total = |key: &str| weeks.iter().map(|w| w[key].as_u64().unwrap()).sum::<u64>();
    assert_eq!((total("planned"), total("done")), (21, 2));
    assert_eq!(
        view["adherence"]["exercises"],
        json!([{"exercise": {"kind": "library", "id": "walking"}, "planned": 21, "done": 2, "skipped": 1, "notDone": 18}])
    );
    assert_eq!(
        view["adherence"]["range"],
        json!({"planned": 21, "done": 2, "percent": 10}),
        "the weeks added up"
    );
    assert_eq!(
        view["adherence"]["skips"][1],
        json!({"reason": "noTime", "fromSessions": 1, "fromReminders": 0})
    );
    let active: Vec<String> = view["activeDays"]
        .as_array()
        .expect("days")
        .iter()
        .filter(|d| d["active"] == true)
        .map(|d| d["date"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(active, [day(-3), day(-2), day(-1)]);
    assert_eq!(view["activeDays"][26]["walkingMinutes"], 35);
    assert_eq!(
        view["monitor"],
        json!({"state": "quiet", "reason": "tooLittleData"})
    );

    let all = app.ok("progress", json!({"range": "all"}));
    assert_eq!(all["range"]["first"], day(-3), "from the earliest record");

    let monday = today() - Duration::days(today().weekday().num_days_from_monday().into());
    let this_week = [-3, -2, -1]
        .iter()
        .filter(|d| today() + Duration::days(**d) >= monday)
        .count();
    assert_eq!(
        app.ok("today_summary", json!({})),
        json!({"activeDaysThisWeek": this_week, "monitor": {"state": "quiet", "reason": "tooLittleData"}})
    );
}
