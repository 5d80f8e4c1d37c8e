//! The IPC boundary, tested through Tauri's mock runtime with the app's real
//! context, so the capability file and the ACL manifest are exercised too.
//!
//! Each test opens the app on its own temporary data folder and speaks to it the
//! way the web UI does: a command name and a JSON body.

mod common;

use common::*;

#[test]
fn a_pain_entry_is_logged_listed_and_kept_across_restarts() {
    let dir = temp();
    {
        let app = start(dir.path());
        let entry = app.ok(
            "log_pain",
            json!({"draft": {"score": 6, "note": "after the walk"}}),
        );
        assert_eq!(entry["score"], 6);
        assert_eq!(entry["note"], "after the walk");
        let recent = app.recent();
        assert_eq!(recent.len(), 1);
        assert_eq!(recent[0]["id"], entry["id"]);
    }
    let again = start(dir.path());
    let recent = again.recent();
    assert_eq!(recent.len(), 1, "the entry survives a restart");
    assert_eq!(recent[0]["score"], 6);
}

#[test]
fn bad_input_gets_a_code_and_a_message_and_nothing_is_stored() {
    let dir = temp();
    let app = start(dir.path());
    let tomorrow_and_more = (chrono::Local::now() + chrono::Duration::hours(26))
        .fixed_offset()
        .to_rfc3339();
    let cases = [
        (json!({"draft": {"score": 11}}), "pain_out_of_range"),
        (json!({"draft": {"score": -1}}), "pain_out_of_range"),
        (json!({"draft": {"score": 4.5}}), "pain_not_whole"),
        (json!({"draft": {"score": "seven"}}), "invalid_input"),
        (json!({"draft": {"score": null}}), "invalid_input"),
        (json!({"draft": "not an object"}), "invalid_input"),
        (
            json!({"draft": {"score": 3, "note": "x".repeat(2001)}}),
            "note_too_long",
        ),
        (
            json!({"draft": {"score": 3, "recordedAt": tomorrow_and_more}}),
            "time_in_future",
        ),
        (
            json!({"draft": {"score": 3, "recordedAt": "last Tuesday"}}),
            "time_unreadable",
        ),
    ];
    for (body, expected) in cases {
        assert_eq!(
            app.error_code("log_pain", body.clone()),
            expected,
            "for {body}"
        );
    }
    assert!(app.recent().is_empty(), "no bad entry was stored");
}

#[test]
fn edit_delete_and_undo() {
    let dir = temp();
    let app = start(dir.path());
    let entry = app.ok("log_pain", json!({"draft": {"score": 5}}));
    let id = entry["id"].clone();

    let edited = app.ok(
        "update_pain",
        json!({"id": id, "draft": {"score": 3, "note": "better"}}),
    );
    assert_eq!(
        (edited["score"].clone(), edited["note"].clone()),
        (json!(3), json!("better"))
    );
    assert_eq!(
        app.error_code("update_pain", json!({"id": id, "draft": {"score": 12}})),
        "pain_out_of_range"
    );
    assert_eq!(
        app.recent()[0]["score"],
        3,
        "a refused edit changes nothing"
    );

    app.ok("delete_pain", json!({"id": id}));
    assert!(app.recent().is_empty());
    assert_eq!(
        app.error_code("update_pain", json!({"id": id, "draft": {"score": 1}})),
        "not_found"
    );
    let restored = app.ok("undo_delete_pain", json!({"id": id}));
    assert_eq!(restored["note"], "better");
    assert_eq!(app.recent().len(), 1);

    assert_eq!(
        app.error_code("delete_pain", json!({"id": 999_999})),
        "not_found"
    );
    assert_eq!(
        app.error_code("delete_pain", json!({"id": "one"})),
        "invalid_input"
    );
    // Ids the UI cannot hold exactly, or no record can have: relief-core's
    // MAX_ID, the backup reader's limit too.
    for id in [
        json!(0),
        json!(-1),
        json!(relief_core::MAX_ID + 1),
        json!(i64::MAX),
    ] {
        assert_eq!(
            app.error_code("delete_pain", json!({ "id": id })),
            "invalid_input",
            "{id}"
        );
    }
    assert_eq!(
        app.error_code("delete_pain", json!({"id": relief_core::MAX_ID})),
        "not_found"
    );
}

#[test]
fn preferences_are_validated_saved_and_reloaded() {
    let dir = temp();
    {
        let app = start(dir.path());
        let defaults = app.ok("get_preferences", json!({}));
        assert_eq!(defaults["theme"], "system");
        assert_eq!(defaults["textSize"], 100);
        let mut changed = defaults.clone();
        changed["theme"] = json!("high-contrast");
        changed["textSize"] = json!(200);
        app.ok("set_preferences", json!({"preferences": changed}));
        let mut bad = defaults.clone();
        bad["textSize"] = json!(130);
        assert_eq!(
            app.error_code("set_preferences", json!({"preferences": bad})),
            "text_size_unsupported"
        );
        bad["textSize"] = json!(100);
        bad["language"] = json!("tlh");
        assert_eq!(
            app.error_code("set_preferences", json!({"preferences": bad})),
            "language_unsupported"
        );
    }
    let again = start(dir.path());
    let loaded = again.ok("get_preferences", json!({}));
    assert_eq!(
        (loaded["theme"].clone(), loaded["textSize"].clone()),
        (json!("high-contrast"), json!(200))
    );
    let status = again.ok("startup_status", json!({}));
    assert_eq!(
        status["notices"],
        json!([]),
        "a healthy start has nothing to report"
    );
}

#[test]
fn a_damaged_preferences_file_falls_back_to_defaults_with_a_notice() {
    let dir = temp();
    std::fs::write(
        dir.path().join("preferences.json"),
        b"{\"preferences\": {\"theme\": \"da",
    )
    .expect("write");
    let app = start(dir.path());
    let status = app.ok("startup_status", json!({}));
    let codes: Vec<_> = status["notices"]
        .as_array()
        .expect("list")
        .iter()
        .map(|n| n["code"].clone())
        .collect();
    assert_eq!(codes, vec![json!("preferences_reset")]);
    assert_eq!(app.ok("get_preferences", json!({}))["theme"], "system");
    let kept_aside = std::fs::read_dir(dir.path())
        .expect("readable")
        .filter_map(|e| e.ok())
        .any(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("preferences.corrupt-")
        });
    assert!(
        kept_aside,
        "the damaged file is kept for inspection, not deleted"
    );
    // The journal is unaffected.
    app.ok("log_pain", json!({"draft": {"score": 2}}));
}

#[test]
fn a_recovered_journal_is_told_until_the_person_dismisses_it() {
    let dir = temp();
    {
        let app = start(dir.path());
        for score in [3, 4, 5] {
            app.ok("log_pain", json!({"draft": {"score": score}}));
        }
    }
    // A copy holding the three entries; then the journal is emptied from outside.
    let journal = relief_store::Journal::open(dir.path(), chrono::Local::now().fixed_offset())
        .expect("opens")
        .journal;
    journal
        .backup_now("daily", chrono::Local::now().fixed_offset())
        .expect("backs up");
    drop(journal);
    std::fs::write(dir.path().join("journal.sqlite3"), b"").expect("empties");
    let _ = std::fs::remove_file(dir.path().join("journal.sqlite3-wal"));

    let recovery = {
        let app = start(dir.path());
        assert_eq!(app.recent().len(), 3, "the backup's entries are back");
        let status = app.ok("startup_status", json!({}));
        let notice = &status["notices"][0];
        assert_eq!(notice["code"], "journal_restored", "{status}");
        let message = notice["message"].as_str().unwrap_or("");
        assert!(message.contains("emptied"), "{message}");
        assert!(message.contains("journal.corrupt-"), "{message}");
        notice["recovery"].clone()
    };
    assert!(recovery.is_i64(), "the notice can be dismissed: {recovery}");
    let app = start(dir.path());
    let status = app.ok("startup_status", json!({}));
    assert_eq!(
        status["notices"][0]["recovery"], recovery,
        "told again until read"
    );
    assert_eq!(
        app.error_code("dismiss_recovery", json!({"id": "one"})),
        "invalid_input"
    );
    app.ok("dismiss_recovery", json!({"id": recovery}));
    assert_eq!(app.ok("startup_status", json!({}))["notices"], json!([]));
    drop(app);
    let again = start(dir.path());
    assert_eq!(
        again.ok("startup_status", json!({}))["notices"],
        json!([]),
        "dismissed for good"
    );
}

#[test]
fn an_unwritable_data_folder_is_reported_not_crashed_on() {
    let dir = temp();
    // A folder whose parent is a file cannot be created, even by root.
    let blocker = dir.path().join("a-file");
    std::fs::write(&blocker, b"x").expect("write");
    let app = start(&blocker.join("data"));
    let status = app.ok("startup_status", json!({}));
    assert_eq!(status["journalError"]["code"], "not_a_folder", "{status}");
    assert!(
        status["journalError"]["message"]
            .as_str()
            .unwrap_or("")
            .contains("a-file"),
        "{status}"
    );
    assert_eq!(
        app.error_code("log_pain", json!({"draft": {"score": 2}})),
        "not_a_folder"
    );
}

#[test]
fn the_webview_cannot_reach_plugin_commands_it_was_not_granted() {
    let dir = temp();
    let app = start(dir.path());
    for (cmd, body) in [
        ("plugin:store|load", json!({"path": "/etc/passwd"})),
        ("plugin:store|get", json!({"rid": 0, "key": "preferences"})),
        ("plugin:single-instance|anything", json!({})),
    ] {
        let refused = app.invoke(cmd, body);
        assert!(refused.is_err(), "{cmd} must be refused, got {refused:?}");
    }
    // And the app's own commands are allowed.
    app.ok("startup_status", json!({}));
}

/// Every code the app can answer with: the `code()` arms of relief-core's and
/// relief-store's error enums, and every `ApiError::new("…")` in the app. Read
/// from the sources, so a new code without words fails here.
fn every_error_code() -> Vec<String> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut codes = Vec::new();
    for file in [
        "crates/relief-core/src/error.rs",
        "crates/relief-store/src/error.rs",
        "crates/relief-export/src/backup.rs",
    ] {
        let text = std::fs::read_to_string(root.join(file)).expect("error sources are readable");
        for line in text.lines().filter(|l| l.contains("=> \"")) {
            if let Some(code) = line.split('"').nth(1) {
                codes.push(code.to_owned());
            }
        }
    }
    let mut stack = vec![root.join("src-tauri/src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).expect("readable").flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).expect("readable");
                for piece in text.split("ApiError::new(\"").skip(1) {
                    codes.extend(piece.split('"').next().map(str::to_owned));
                }
            }
        }
    }
    codes.sort();
    codes.dedup();
    codes
}

#[test]
fn every_error_code_has_words_in_the_catalog() {
    use relief_window_lib::i18n::has_message;
    let codes = every_error_code();
    assert!(codes.len() > 40, "the scan found the codes: {codes:?}");
    for expected in [
        "pain_out_of_range",
        "data_dir_unwritable",
        "invalid_input",
        "plan_file_markup",
    ] {
        assert!(
            codes.iter().any(|c| c == expected),
            "{expected} was not found by the scan"
        );
    }
    let missing: Vec<_> = codes
        .iter()
        .filter(|c| !has_message(&format!("error-{c}")))
        .collect();
    assert!(
        missing.is_empty(),
        "error codes without a message: {missing:?}"
    );
    for notice in [
        "journal_restored",
        "journal_recreated",
        "preferences_reset",
        "backup_failed",
    ] {
        assert!(
            has_message(&format!("notice-{notice}")),
            "notice-{notice} missing"
        );
    }
    for cli in ["cli-no_display", "cli-could_not_start"] {
        assert!(has_message(cli), "{cli} missing");
    }
}

fn days_from_today(days: i64) -> String {
    (chrono::Local::now().date_naive() + chrono::Duration::days(days)).to_string()
}

#[test]
fn procedures_are_recorded_and_the_timeline_counts_from_the_latest() {
    let dir = temp();
    let app = start(dir.path());
    assert_eq!(
        app.ok("timeline", json!({})),
        Value::Null,
        "no timeline before a procedure"
    );
    let draft = json!({"date": days_from_today(-20), "region": "lumbar", "levels": ["L5-S1", "L4-L5"],
        "side": "both", "clinic": "Kent Centre", "baselinePain": 7, "notes": "went well"});
    let recorded = app.ok("add_procedure", json!({"draft": draft}));
    assert_eq!(recorded["levels"], json!(["L4-L5", "L5-S1"]));
    assert_eq!(recorded["baselinePain"], 7);
    let timeline = app.ok("timeline", json!({}));
    assert_eq!(timeline["procedureId"], recorded["id"]);
    assert_eq!(timeline["position"]["phase"], "relief-builds");
    assert_eq!(
        timeline["position"]["here"],
        json!({"unit": "week", "count": 3})
    );

    let planned = app.ok(
        "add_procedure",
        json!({"draft": {"date": days_from_today(30), "region": "lumbar"}}),
    );
    let list = app.ok("list_procedures", json!({}));
    assert_eq!(
        list[0]["id"], planned["id"],
        "newest date first: the planned one is on top"
    );
    assert_eq!(
        app.ok("timeline", json!({}))["procedureId"],
        recorded["id"],
        "the timeline stays on the done one"
    );

    app.ok("delete_procedure", json!({"id": recorded["id"]}));
    assert_eq!(
        app.ok("timeline", json!({}))["position"]["phase"],
        "planned"
    );
    app.ok("undo_delete_procedure", json!({"id": recorded["id"]}));
    assert_eq!(
        app.ok("list_procedures", json!({}))
            .as_array()
            .map(Vec::len),
        Some(2)
    );
}

#[test]
fn bad_procedures_are_refused_and_nothing_is_stored() {
    let dir = temp();
    let app = start(dir.path());
    let cases = [
        (
            json!({"date": "2026-02-30", "region": "lumbar"}),
            "date_invalid",
        ),
        (
            json!({"date": "1900-01-01", "region": "lumbar"}),
            "date_implausible",
        ),
        (json!({"date": days_from_today(-3)}), "region_missing"),
        (
            json!({"date": days_from_today(-3), "region": "elbow"}),
            "invalid_input",
        ),
        (
            json!({"date": days_from_today(-3), "region": "cervical", "levels": ["L4-L5"]}),
            "level_not_in_region",
        ),
        (
            json!({"date": days_from_today(-3), "region": "lumbar", "baselinePain": 12}),
            "pain_out_of_range",
        ),
        (
            json!({"date": days_from_today(-3), "region": "lumbar", "clinic": "x".repeat(121)}),
            "text_too_long",
        ),
        (
            json!({"date": days_from_today(-3), "region": "lumbar", "notes": "x".repeat(2001)}),
            "text_too_long",
        ),
    ];
    for (draft, expected) in cases {
        assert_eq!(
            app.error_code("add_procedure", json!({"draft": draft.clone()})),
            expected,
            "for {draft}"
        );
    }
    assert_eq!(
        app.ok("list_procedures", json!({})),
        json!([]),
        "nothing was stored"
    );
}

#[test]
fn only_listed_sources_can_be_opened() {
    let dir = temp();
    let app = start(dir.path());
    assert_eq!(
        app.error_code("open_source", json!({"id": "https://example.com"})),
        "unknown_source"
    );
    assert_eq!(
        app.error_code("open_source", json!({"id": 42})),
        "invalid_input"
    );
    let refused = app.invoke(
        "plugin:opener|open_url",
        json!({"url": "https://example.com"}),
    );
    assert!(
        refused.is_err(),
        "the webview cannot use the opener plugin itself: {refused:?}"
    );
}

#[test]
fn the_library_and_the_phased_default_plan() {
    let dir = temp();
    let app = start(dir.path());
    let library = app.ok("exercise_library", json!({}));
    let ids: Vec<&str> = library
        .as_array()
        .expect("a list")
        .iter()
        .filter_map(|e| e["id"].as_str())
        .collect();
    assert!(
        ids.len() >= 12 && ids.contains(&"glute-bridge") && ids.contains(&"walking"),
        "{ids:?}"
    );
    assert!(
        library[0]["text"]["name"]
            .as_str()
            .is_some_and(|n| n.starts_with("exercise-")),
        "message ids, not English"
    );

    let gentle = app.ok("default_plan_for_today", json!({}));
    let ids: Vec<&str> = gentle["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter_map(|i| i["exercise"]["id"].as_str())
        .collect();
    assert_eq!(
        ids,
        [
            "walking",
            "pelvic-tilt",
            "knee-rolls",
            "knee-to-chest",
            "cat-camel",
            "bottom-to-heels"
        ],
        "no procedure: the gentlest plan, never the strengthening programme"
    );
    let draft = json!({"date": days_from_today(-5), "region": "lumbar"});
    app.ok("add_procedure", json!({"draft": draft}));
    let recovery = app.ok("default_plan_for_today", json!({}));
    let purposes: Vec<&str> = recovery["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter_map(|i| i["exercise"]["id"].as_str())
        .collect();
    assert!(
        purposes.contains(&"walking") && !purposes.contains(&"glute-bridge"),
        "recovery: {purposes:?}"
    );
}

#[test]
fn plans_are_saved_with_a_history_and_bad_doses_are_refused() {
    let dir = temp();
    let app = start(dir.path());
    assert_eq!(app.ok("current_plan", json!({})), Value::Null);
    let plan = app.ok("default_plan_for_today", json!({}));
    let first = app.ok("save_plan", json!({"plan": plan, "source": "default"}));
    assert_eq!(first["source"], "default");

    let mut edited = plan.clone();
    edited["items"][0]["daysPerWeek"] = json!(3);
    app.ok("save_plan", json!({"plan": edited, "source": "edited"}));
    assert_eq!(
        app.ok("current_plan", json!({}))["plan"]["items"][0]["daysPerWeek"],
        3
    );
    let history = app.ok("plan_history", json!({}));
    assert_eq!(
        history[0]["id"], first["id"],
        "the earlier plan is in the history"
    );

    for (path, value, code) in [
        ("reps", json!(0), "dose_out_of_range"),
        ("sets", json!(50), "dose_out_of_range"),
    ] {
        let mut bad = plan.clone();
        let item = bad["items"]
            .as_array_mut()
            .expect("items")
            .iter_mut()
            .find(|i| i["dose"]["kind"] == "reps")
            .expect("a reps exercise");
        item["dose"][path] = value;
        let error = app
            .invoke("save_plan", json!({"plan": bad, "source": "edited"}))
            .expect_err("refused");
        assert_eq!(error["code"], code);
        assert!(
            error["field"]
                .as_str()
                .is_some_and(|f| f.ends_with(&format!("dose.{path}"))),
            "{error}"
        );
    }
    let mut long_hold = plan.clone();
    if let Some(item) = long_hold["items"]
        .as_array_mut()
        .and_then(|items| items.iter_mut().find(|i| i["dose"]["kind"] == "hold"))
    {
        item["dose"]["seconds"] = json!(7200);
        assert_eq!(
            app.error_code("save_plan", json!({"plan": long_hold, "source": "edited"})),
            "dose_out_of_range"
        );
    }
    assert_eq!(
        app.ok("current_plan", json!({}))["plan"]["items"][0]["daysPerWeek"],
        3,
        "refusals change nothing"
    );
}

#[test]
fn sessions_are_logged_under_the_current_plan() {
    let dir = temp();
    let app = start(dir.path());
    let plan = app.ok("default_plan_for_today", json!({}));
    let saved = app.ok("save_plan", json!({"plan": plan, "source": "default"}));
    let finished = chrono::Local::now().fixed_offset();
    let started = finished - chrono::Duration::minutes(20);
    let draft = json!({
        "startedAt": started.to_rfc3339(), "finishedAt": finished.to_rfc3339(),
        "exercises": [
            {"exercise": {"kind": "library", "id": "glute-bridge"}, "planned": {"kind": "reps", "sets": 1, "reps": 5},
             "setsDone": 1, "repsDone": [5]},
            {"exercise": {"kind": "library", "id": "bird-dog"}, "planned": {"kind": "hold", "sets": 1, "reps": 10, "seconds": 5},
             "skipped": {"reason": "tooPainful"}}
        ],
        "effort": 5, "painBefore": 4, "painAfter": 3, "note": "steady"
    });
    let logged = app.ok("log_session", json!({"draft": draft}));
    assert_eq!(logged["planId"], saved["id"]);
    let recent = app.ok("recent_sessions", json!({"limit": 10}));
    assert_eq!(
        recent[0]["session"]["exercises"][1]["skipped"]["reason"],
        "tooPainful"
    );

    let mut bad = draft.clone();
    bad["effort"] = json!(11);
    assert_eq!(
        app.error_code("log_session", json!({"draft": bad})),
        "effort_out_of_range"
    );
    app.ok("delete_session", json!({"id": logged["id"]}));
    assert_eq!(app.ok("recent_sessions", json!({"limit": 10})), json!([]));
    app.ok("undo_delete_session", json!({"id": logged["id"]}));
    assert_eq!(
        app.ok("recent_sessions", json!({"limit": 10}))
            .as_array()
            .map(Vec::len),
        Some(1)
    );
}

/// The plan moving with the window, through the real ACL: the offer of a new
/// phase's plan, "not now", taking it (the old plan kept), and a stale offer
/// refused with its own code and words; nothing changes on a refusal.
#[test]
fn plan_offers_are_read_answered_and_taken() {
    let dir = temp();
    let app = start(dir.path());
    let gentle = app.ok("default_plan_for_today", json!({}));
    let first = app.ok("save_plan", json!({"plan": gentle, "source": "default"}));
    let none = app.ok("plan_offers", json!({}));
    assert_eq!(
        (none["phase"].clone(), none["phasePlan"].clone()),
        (Value::Null, Value::Null)
    );

    let draft = json!({"date": days_from_today(-50), "region": "lumbar"});
    app.ok("add_procedure", json!({"draft": draft}));
    let offers = app.ok("plan_offers", json!({}));
    assert_eq!(offers["phase"], "strengthen");
    let offer = &offers["phasePlan"];
    assert_eq!(offer["hidden"], false);
    assert_eq!(offer["plan"]["items"].as_array().map(Vec::len), Some(12));

    app.ok("answer_offer", json!({"key": offer["key"]}));
    assert_eq!(
        app.ok("plan_offers", json!({}))["phasePlan"]["hidden"],
        true
    );
    let taken = app.ok("accept_offer", json!({"key": offer["key"]}));
    assert_eq!(taken["source"], "default");
    assert_eq!(taken["plan"], offer["plan"]);
    assert_eq!(app.ok("plan_history", json!({}))[0]["id"], first["id"]);

    let stale = app
        .invoke("accept_offer", json!({"key": offer["key"]}))
        .expect_err("taken already");
    assert_eq!(stale["code"], "offer_expired");
    assert!(stale["message"]
        .as_str()
        .is_some_and(|m| m.contains("Your plan has not changed")));
    assert_eq!(app.ok("current_plan", json!({}))["id"], taken["id"]);
    assert_eq!(
        app.error_code("answer_offer", json!({"key": {"kind": "nonsense"}})),
        "invalid_input"
    );
}

/// A session with one exercise done, one skipped and one passed over: saved
/// with the three outcomes, and only the done one counted as done.
#[test]
fn a_session_counts_what_happened() {
    let dir = temp();
    let app = start(dir.path());
    let finished = chrono::Local::now().fixed_offset();
    let started = finished - chrono::Duration::minutes(20);
    let exercise = |id: &str, extra: Value| {
        let mut e = json!({"exercise": {"kind": "library", "id": id}, "planned": {"kind": "reps", "sets": 1, "reps": 5},
                           "setsDone": 0, "repsDone": [], "holdSeconds": []});
        for (k, v) in extra.as_object().expect("an object") {
            e[k] = v.clone();
        }
        e
    };
    let draft = json!({
        "startedAt": started.to_rfc3339(), "finishedAt": finished.to_rfc3339(),
        "exercises": [
            exercise("cat-camel", json!({"setsDone": 1, "repsDone": [5]})),
            exercise("bird-dog", json!({"skipped": {"reason": "noTime"}})),
            exercise("dead-bug", json!({})),
        ],
        "effort": 3
    });
    let logged = app.ok("log_session", json!({"draft": draft}));
    let exercises = &logged["session"]["exercises"];
    assert_eq!(exercises[0].get("notDone"), None);
    assert_eq!(exercises[1].get("notDone"), None);
    assert_eq!(exercises[2]["notDone"], true, "passed over is not done");

    let mut both = draft.clone();
    both["exercises"][1]["notDone"] = json!(true);
    let refused = app
        .invoke("log_session", json!({"draft": both}))
        .expect_err("skipped and not done at once");
    assert_eq!(refused["code"], "exercise_outcome_conflict");
    assert_eq!(refused["field"], "exercises[1].notDone");

    let view = app.ok("progress", json!({"range": "4w"}));
    let counts: Vec<(String, u64, u64)> = view["adherence"]["exercises"]
        .as_array()
        .expect("rows")
        .iter()
        .map(|e| {
            (
                e["exercise"]["id"].as_str().unwrap_or_default().to_owned(),
                e["done"].as_u64().unwrap_or(99),
                e["skipped"].as_u64().unwrap_or(99),
            )
        })
        .collect();
    assert_eq!(
        counts,
        [
            ("cat-camel".to_owned(), 1, 0),
            ("bird-dog".to_owned(), 0, 1)
        ],
        "the passed-over exercise is neither done nor skipped"
    );
}
