//! Reminders through the IPC boundary and the real scheduler tick, with `now`
//! pinned in 2030 so the app's own 30-second heartbeat (which runs on the real
//! clock, years earlier) can never move the scheduler's memory past these tests.

mod common;

use chrono::{DateTime, Local, NaiveDate, TimeZone, Utc};
use common::*;
use relief_core::reminders::SchedulerState;
use relief_core::Snoozes;
use relief_window_lib::reminders;
use relief_window_lib::state::AppState;
use tauri::Manager;

/// 2030-06-03 (a Monday) at `hour:minute` on this machine's wall clock.
fn local(day: u32, hour: u32, minute: u32) -> DateTime<Utc> {
    let naive = NaiveDate::from_ymd_opt(2030, 6, day)
        .and_then(|d| d.and_hms_opt(hour, minute, 0))
        .expect("a real time");
    Local
        .from_local_datetime(&naive)
        .earliest()
        .expect("June has no DST change")
        .with_timezone(&Utc)
}

fn every_day(message: &str, hour: u8) -> Value {
    json!({"kind": "routine", "message": message, "enabled": true,
           "schedule": {"kind": "weekly", "days": ["mon","tue","wed","thu","fri","sat","sun"],
                        "times": [{"hour": hour, "minute": 0}]}})
}

fn remember_last_check(app: &Running, at: DateTime<Utc>) {
    app.app
        .state::<AppState>()
        .journal()
        .expect("journal open")
        .save_scheduler_state(&SchedulerState {
            last_check: at,
            snoozes: Snoozes::default(),
        })
        .expect("saved");
}

fn tick(app: &Running, at: DateTime<Utc>) {
    reminders::tick(app.app.handle(), at).expect("a tick never fails on a good journal");
}

#[test]
fn bad_reminders_are_refused_and_nothing_is_saved() {
    let dir = temp();
    let app = start(dir.path());
    let mut late = every_day("x", 25);
    assert_eq!(
        app.error_code("save_reminder", json!({"id": null, "draft": late})),
        "time_out_of_range"
    );
    late = every_day("x", 8);
    late["schedule"]["days"] = json!([]);
    assert_eq!(
        app.error_code("save_reminder", json!({"id": null, "draft": late})),
        "no_weekday"
    );
    let long = every_day(&"a".repeat(201), 8);
    assert_eq!(
        app.error_code("save_reminder", json!({"id": null, "draft": long})),
        "text_too_long"
    );
    let past = json!({"kind": "followUp", "message": "Call the clinic", "enabled": true,
                      "schedule": {"kind": "once", "at": "2020-01-01T09:00:00"}});
    assert_eq!(
        app.error_code("save_reminder", json!({"id": null, "draft": past})),
        "reminder_in_past"
    );
    assert_eq!(
        app.error_code(
            "set_quiet_hours",
            json!({"quiet": {"start": {"hour": 7, "minute": 0},
            "end": {"hour": 7, "minute": 0}, "whenDue": "defer"}})
        ),
        "quiet_hours_empty"
    );
    assert_eq!(
        app.error_code("save_reminder", json!({"id": null, "draft": "soon"})),
        "invalid_input"
    );
    let overview = app.ok("reminders_overview", json!({}));
    assert_eq!(overview["reminders"], json!([]));
    assert_eq!(overview["quietHours"], Value::Null);
}

#[test]
fn a_due_reminder_waits_as_a_banner_until_answered() {
    let dir = temp();
    let app = start(dir.path());
    let saved = app.ok(
        "save_reminder",
        json!({"id": null, "draft": every_day("Exercises", 10)}),
    );
    remember_last_check(&app, local(3, 9, 59));
    tick(&app, local(3, 10, 0) + chrono::Duration::seconds(20));

    let pending = app.ok("pending_reminders", json!({}));
    assert_eq!(pending["due"][0]["message"], "Exercises");
    assert_eq!(pending["due"][0]["occurrence"]["reminderId"], saved["id"]);
    assert_eq!(pending["catchUp"], json!([]));

    // The same tick again shows nothing new: a reminder rings once.
    tick(&app, local(3, 10, 1));
    assert_eq!(
        app.ok("pending_reminders", json!({}))["due"]
            .as_array()
            .map(Vec::len),
        Some(1)
    );

    let occurrence = pending["due"][0]["occurrence"].clone();
    let left = app.ok(
        "answer_reminder",
        json!({"occurrence": occurrence, "answer": {"answer": "done"}}),
    );
    assert_eq!(left, json!({"due": [], "catchUp": []}));
    let journal = app.app.state::<AppState>();
    let outcomes = journal
        .journal()
        .expect("open")
        .reminder_outcomes(local(3, 0, 0), local(4, 0, 0))
        .expect("counted");
    assert_eq!(outcomes, vec![("done".into(), 1), ("shown".into(), 1)]);
}

#[test]
fn reminders_missed_while_closed_make_one_catch_up_prompt() {
    let dir = temp();
    let app = start(dir.path());
    app.ok(
        "save_reminder",
        json!({"id": null, "draft": every_day("Exercises", 8)}),
    );
    app.ok(
        "save_reminder",
        json!({"id": null, "draft": every_day("Diary", 10)}),
    );
    let mut twice = every_day("Stretch", 9);
    twice["schedule"]["times"] = json!([{"hour": 9, "minute": 0}, {"hour": 11, "minute": 0}]);
    app.ok("save_reminder", json!({"id": null, "draft": twice}));
    // The app was closed from 07:00 to 12:00: five times fell due.
    remember_last_check(&app, local(3, 7, 0));
    tick(&app, local(3, 12, 0));

    let pending = app.ok("pending_reminders", json!({}));
    assert_eq!(pending["due"], json!([]));
    let missed = pending["catchUp"].as_array().cloned().unwrap_or_default();
    let messages: Vec<_> = missed.iter().map(|m| m["message"].clone()).collect();
    assert_eq!(
        messages,
        vec![json!("Exercises"), json!("Diary"), json!("Stretch")],
        "one entry per reminder"
    );

    // Move one to later today, skip one with a reason, do one now. Answers go
    // through the same function as the command, with `now` pinned at 12:05.
    let answer = |index: usize, answer: Value| {
        reminders::answer(
            app.app.handle(),
            serde_json::from_value(missed[index]["occurrence"].clone()).expect("an occurrence"),
            serde_json::from_value(answer).expect("an answer"),
            local(3, 12, 5),
        )
        .map(|p| serde_json::to_value(p).expect("serialises"))
        .map_err(|e| e.code)
    };
    let later = answer(
        0,
        json!({"answer": "later", "at": {"hour": 18, "minute": 30}}),
    )
    .expect("later");
    assert_eq!(later["catchUp"].as_array().map(Vec::len), Some(2));
    assert_eq!(
        answer(
            1,
            json!({"answer": "later", "at": {"hour": 6, "minute": 0}})
        ),
        Err("reminder_in_past".to_owned())
    );
    answer(1, json!({"answer": "skip", "reason": {"reason": "noTime"}})).expect("skipped");
    let left = answer(2, json!({"answer": "done"})).expect("done");
    assert_eq!(left, json!({"due": [], "catchUp": []}));

    // The moved one rings at 18:30.
    tick(&app, local(3, 18, 30) + chrono::Duration::seconds(5));
    let pending = app.ok("pending_reminders", json!({}));
    assert_eq!(pending["due"][0]["message"], "Exercises");
    // And the answers are in the journal: the skip counts in adherence.
    let outcomes = app
        .app
        .state::<AppState>()
        .journal()
        .expect("open")
        .reminder_outcomes(local(3, 0, 0), local(4, 0, 0))
        .expect("counted");
    assert!(outcomes.contains(&("skipped".into(), 1)), "{outcomes:?}");
    assert!(outcomes.contains(&("moved".into(), 1)), "{outcomes:?}");
}

#[test]
fn pause_and_resume_and_the_next_reminder() {
    let dir = temp();
    let app = start(dir.path());
    assert_eq!(app.ok("reminders_overview", json!({}))["next"], Value::Null);
    let defaults = app.ok("add_default_reminders", json!({}));
    assert_eq!(
        defaults.as_array().map(Vec::len),
        Some(2),
        "one routine and one diary reminder"
    );
    assert_eq!(
        app.ok("add_default_reminders", json!({})),
        defaults,
        "only when there are none"
    );
    let overview = app.ok("reminders_overview", json!({}));
    assert!(overview["next"]["message"].is_string(), "{overview}");

    let paused = app.ok("pause_reminders", json!({"choice": "oneHour"}));
    assert!(paused["until"].is_string());
    assert_eq!(app.ok("reminders_overview", json!({}))["paused"], paused);
    app.ok("resume_reminders", json!({}));
    assert_eq!(
        app.ok("reminders_overview", json!({}))["paused"],
        Value::Null
    );

    let quiet = json!({"start": {"hour": 21, "minute": 30}, "end": {"hour": 7, "minute": 30}, "whenDue": "defer"});
    let saved = app.ok("set_quiet_hours", json!({"quiet": quiet}));
    assert_eq!(saved["quietHours"], quiet);
    assert_eq!(app.ok("reminders_overview", json!({}))["quietHours"], quiet);
}
