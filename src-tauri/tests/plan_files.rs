//! Plan files on the patient's side: a file's bytes become a preview, and only
//! the person's confirmation replaces the plan. The native dialogs cannot run on
//! the mock runtime, so these tests hand the bytes to the same `AppState` method
//! the `open_plan_file` command calls after the dialog; the WebDriver test
//! (tests/webdriver/plan-file.test.mjs) drives the real dialogs.

mod common;

use chrono::{Local, NaiveDate};
use common::*;
use proptest::prelude::*;
use relief_core::{write_plan_file, Plan};
use relief_window_lib::state::AppState;
use tauri::Manager;

fn today() -> NaiveDate {
    Local::now().date_naive()
}

fn physio_plan() -> Plan {
    serde_json::from_value(json!({
        "title": "Back to the garden",
        "author": "Sam Physio",
        "items": [
            {"exercise": {"kind": "library", "id": "walking"},
             "dose": {"kind": "minutes", "minutes": 15}, "daysPerWeek": 5, "timesPerDay": 1},
            {"exercise": {"kind": "custom", "name": "Step-ups on the bottom stair",
                          "steps": ["Hold the rail.", "Step up, step down."], "keyPoints": []},
             "dose": {"kind": "reps", "sets": 2, "reps": 8}, "daysPerWeek": 3, "timesPerDay": 1,
             "notes": "Slowly."}
        ]
    }))
    .expect("a plan in the app's shape")
}

fn preview(app: &Running, bytes: &[u8]) -> Result<Value, String> {
    app.app
        .state::<AppState>()
        .preview_plan_import(bytes, "plan.json".into(), today())
        .map(|p| serde_json::to_value(p).expect("a preview serialises"))
        .map_err(|e| e.code)
}

fn adopt_default(app: &Running) -> Value {
    let plan = app.ok("default_plan_for_today", json!({}));
    app.ok("save_plan", json!({"plan": plan, "source": "default"}))
}

#[test]
fn a_plan_file_is_previewed_then_replaces_the_plan_only_when_confirmed() {
    let dir = temp();
    let app = start(dir.path());
    let old = adopt_default(&app);
    let file = write_plan_file(&physio_plan());

    let shown = preview(&app, file.as_bytes()).expect("a good file previews");
    assert_eq!(shown["fileName"], "plan.json");
    assert_eq!(shown["plan"]["author"], "Sam Physio");
    assert_eq!(
        shown["current"]["id"], old["id"],
        "the preview shows the plan it would replace"
    );
    assert_eq!(
        app.ok("current_plan", json!({}))["id"],
        old["id"],
        "a preview changes nothing"
    );

    let token = shown["token"].clone();
    let new = app.ok("confirm_plan_import", json!({"token": token}));
    assert_eq!(new["source"], "file");
    assert_eq!(
        new["plan"]["items"][1]["exercise"]["name"],
        "Step-ups on the bottom stair"
    );
    assert_eq!(app.ok("current_plan", json!({}))["id"], new["id"]);
    let history = app.ok("plan_history", json!({}));
    assert!(
        history
            .as_array()
            .is_some_and(|h| h.iter().any(|r| r["id"] == old["id"])),
        "the old plan goes to the history: {history}"
    );
    assert_eq!(
        app.error_code("confirm_plan_import", json!({"token": token})),
        "import_expired",
        "a preview is confirmed once"
    );
}

#[test]
fn a_stale_wrong_or_cancelled_preview_cannot_be_confirmed() {
    let dir = temp();
    let app = start(dir.path());
    let old = adopt_default(&app);
    let file = write_plan_file(&physio_plan());

    let first = preview(&app, file.as_bytes()).expect("previews");
    let second = preview(&app, file.as_bytes()).expect("previews");
    assert_ne!(first["token"], second["token"]);
    assert_eq!(
        app.error_code("confirm_plan_import", json!({"token": first["token"]})),
        "import_expired"
    );

    // A bad file opened after a good one drops the good one's preview.
    preview(&app, b"{\"format\":").expect_err("truncated");
    assert_eq!(
        app.error_code("confirm_plan_import", json!({"token": second["token"]})),
        "import_expired"
    );

    let third = preview(&app, file.as_bytes()).expect("previews");
    app.ok("cancel_plan_import", json!({}));
    assert_eq!(
        app.error_code("confirm_plan_import", json!({"token": third["token"]})),
        "import_expired"
    );
    assert_eq!(
        app.error_code("confirm_plan_import", json!({"token": "soon"})),
        "invalid_input"
    );
    assert_eq!(app.ok("current_plan", json!({}))["id"], old["id"]);
}

#[test]
fn bad_files_are_refused_with_words_that_say_where_and_what() {
    let dir = temp();
    let app = start(dir.path());
    let old = adopt_default(&app);
    let good = write_plan_file(&physio_plan());
    let zero_reps = good.replacen("\"reps\": 8", "\"reps\": 0", 1);
    assert_ne!(zero_reps, good, "the fixture has the dose to break");
    let markup = good.replacen("Slowly.", "<img src=x onerror=alert(1)>", 1);
    let huge = format!("{}{}", good, " ".repeat(1024 * 1024));
    for (bytes, code) in [
        (zero_reps.as_bytes(), "plan_file_invalid"),
        (markup.as_bytes(), "plan_file_markup"),
        (&good.as_bytes()[..good.len() / 2], "plan_file_not_json"),
        (huge.as_bytes(), "plan_file_too_large"),
        (&b"\x00\xff\xfe binary"[..], "plan_file_not_json"),
        (
            good.replacen("\"version\": 1", "\"version\": 9", 1)
                .as_bytes(),
            "plan_file_wrong_version",
        ),
    ] {
        assert_eq!(preview(&app, bytes).err().as_deref(), Some(code));
    }

    let error = app
        .app
        .state::<AppState>()
        .preview_plan_import(zero_reps.as_bytes(), "plan.json".into(), today())
        .expect_err("zero reps");
    assert_eq!(error.field.as_deref(), Some("plan.items[1].dose.reps"));
    assert!(
        error.message.contains("plan.items[1].dose.reps") && error.message.contains("from 1 to"),
        "the message names the field and says what is wrong: {}",
        error.message
    );
    assert_eq!(app.ok("current_plan", json!({}))["id"], old["id"]);
}

#[test]
fn clinician_mode_refuses_a_bad_plan_before_any_dialog() {
    let dir = temp();
    let app = start(dir.path());
    // The plan is checked first: no dialog opens (none could, on the mock runtime).
    assert_eq!(
        app.error_code("save_plan_file", json!({"plan": {"items": []}})),
        "plan_item_count"
    );
    let mut plan = serde_json::to_value(physio_plan()).expect("serialises");
    plan["items"][0]["dose"]["minutes"] = json!(600);
    assert_eq!(
        app.error_code("save_plan_file", json!({"plan": plan})),
        "dose_out_of_range"
    );
    assert_eq!(
        app.error_code("save_plan_file", json!({"plan": "not a plan"})),
        "invalid_input"
    );
    // A date that cannot exist is unreadable, but the error still says where.
    let mut plan = serde_json::to_value(physio_plan()).expect("serialises");
    plan["reviewDate"] = json!("2027-02-31");
    let error = app
        .invoke("save_plan_file", json!({"plan": plan}))
        .expect_err("31 February");
    assert_eq!(error["code"], "invalid_input");
    assert_eq!(error["field"], "reviewDate");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// Whatever bytes a file holds, opening it never panics and never changes
    /// the stored plan; only a confirmed preview does.
    #[test]
    fn arbitrary_bytes_never_change_the_stored_plan(
        bytes in prop::collection::vec(any::<u8>(), 0..2048),
        splice in prop::collection::vec(any::<u8>(), 0..64),
        at in any::<prop::sample::Index>(),
    ) {
        let dir = temp();
        let app = start(dir.path());
        let before = adopt_default(&app);
        // Random bytes, and a real file with random bytes spliced in.
        let mut spliced = write_plan_file(&physio_plan()).into_bytes();
        let at = at.index(spliced.len());
        spliced.splice(at..at, splice);
        for candidate in [&bytes, &spliced] {
            let _ = preview(&app, candidate);
            prop_assert_eq!(&app.ok("current_plan", json!({})), &before);
        }
    }
}
