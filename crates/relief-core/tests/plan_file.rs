//! Plan files at the boundary: every class of bad file is refused with a clear
//! code and the field named; good files, the documented example and the default
//! plans read back as written and match the JSON Schema in docs/.

use chrono::NaiveDate;
use relief_core::plan::file::{parse_plan_file, write_plan_file, MAX_FILE_BYTES};
use relief_core::{default_plan, ExerciseRef, Phase};
use serde_json::{json, Value};

const DOC: &str = include_str!("../../../docs/plan-file.md");
const SCHEMA: &str = include_str!("../../../docs/plan-file.schema.json");

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
}

fn file(items: Value) -> Value {
    json!({ "format": "relief-window-plan", "version": 1, "plan": { "items": items } })
}

fn walking() -> Value {
    json!({
        "exercise": { "id": "walking" },
        "dose": { "kind": "minutes", "minutes": 10 },
        "daysPerWeek": 4,
        "timesPerDay": 1
    })
}

/// One row per case: the bytes, and the code and field they must fail with (the
/// field is "-" for errors that belong to the whole file).
fn check(bytes: &[u8], code: &str, field: &str) {
    let error = parse_plan_file(bytes, today()).expect_err("this file must be refused");
    assert_eq!(
        (error.code(), error.field().unwrap_or("-")),
        (code, field),
        "{error}"
    );
}

fn check_json(value: Value, code: &str, field: &str) {
    check(value.to_string().as_bytes(), code, field);
}

fn the_doc_example() -> &'static str {
    let start = DOC.find("```json\n").expect("the doc has a JSON example") + 8;
    let length = DOC[start..].find("```").expect("the example ends");
    &DOC[start..start + length]
}

#[test]
fn files_that_are_not_plan_files() {
    let good = file(json!([walking()])).to_string();
    check(
        &good.as_bytes()[..good.len() / 2],
        "plan_file_not_json",
        "-",
    );
    check(b"", "plan_file_not_json", "-");
    check(b"format: relief-window-plan", "plan_file_not_json", "-");
    check(
        b"{\"format\": \"relief-window-plan\", \xff}",
        "plan_file_not_json",
        "-",
    );
    check(&vec![b' '; MAX_FILE_BYTES + 1], "plan_file_too_large", "-");
    check_json(json!([1, 2, 3]), "plan_file_wrong_format", "-");
    check_json(
        json!({"format": "fhir", "version": 1}),
        "plan_file_wrong_format",
        "-",
    );
    let mut v2 = file(json!([walking()]));
    v2["version"] = json!(2);
    check_json(v2.clone(), "plan_file_wrong_version", "-");
    v2["version"] = json!("1");
    check_json(v2.clone(), "plan_file_wrong_version", "-");
    let said = parse_plan_file(v2.to_string().as_bytes(), today())
        .unwrap_err()
        .to_string();
    assert!(
        said.contains("version \"1\";"),
        "the text \"1\" is not the number 1: {said}"
    );
}

#[test]
fn the_details_say_what_was_found() {
    let good = file(json!([walking()])).to_string();
    let truncated = parse_plan_file(&good.as_bytes()[..20], today()).unwrap_err();
    assert!(matches!(
        truncated,
        relief_core::CoreError::PlanFileNotJson {
            truncated: true,
            ..
        }
    ));
    let mut v3 = file(json!([walking()]));
    v3["version"] = json!(3);
    let wrong = parse_plan_file(v3.to_string().as_bytes(), today()).unwrap_err();
    assert_eq!(
        wrong.to_string(),
        "the plan file is version 3; this app reads version 1"
    );
}

#[test]
fn markup_is_refused_where_it_is() {
    let mut named = walking();
    named["exercise"] = json!({ "id": "moonwalk", "name": "<b>Moonwalk</b>" });
    check_json(
        file(json!([walking(), named])),
        "plan_file_markup",
        "plan.items[1].exercise.name",
    );
    let mut step = walking();
    step["exercise"] = json!({
        "name": "Moonwalk",
        "steps": ["Stand.", "Slide <img src=x onerror=alert(1)>"]
    });
    check_json(
        file(json!([step])),
        "plan_file_markup",
        "plan.items[0].exercise.steps[1]",
    );
    let mut title = file(json!([walking()]));
    title["plan"]["title"] = json!("<script>alert(1)</script>");
    check_json(title, "plan_file_markup", "plan.title");
    // A less-than sign is not markup.
    let mut fine = walking();
    fine["notes"] = json!("Stop if pain is > 5 or < 2? Ask. <3");
    assert!(parse_plan_file(file(json!([fine])).to_string().as_bytes(), today()).is_ok());
}

#[test]
fn invalid_plans_name_the_field() {
    let with = |f: fn(&mut Value)| {
        let mut item = walking();
        f(&mut item);
        file(
            json!([walking(), {"exercise": {"id": "bird-dog"}, "dose": {"kind": "reps", "sets": 1, "reps": 5}, "daysPerWeek": 5, "timesPerDay": 1}, item]),
        )
    };
    let invalid = "plan_file_invalid";
    check_json(
        with(|i| i["dose"] = json!({"kind": "reps", "sets": 1, "reps": 0})),
        invalid,
        "plan.items[2].dose.reps",
    );
    check_json(
        with(|i| i["dose"] = json!({"kind": "hold", "sets": 1, "reps": 1, "seconds": 7200})),
        invalid,
        "plan.items[2].dose.seconds",
    );
    check_json(
        with(|i| i["dose"] = json!({"kind": "reps", "sets": 50, "reps": 5})),
        invalid,
        "plan.items[2].dose.sets",
    );
    check_json(
        with(|i| i["daysPerWeek"] = json!(9)),
        invalid,
        "plan.items[2].daysPerWeek",
    );
    check_json(
        with(|i| i["timesPerDay"] = json!("twice")),
        invalid,
        "plan.items[2].timesPerDay",
    );
    check_json(
        with(|i| i["dayPerWeek"] = json!(3)),
        invalid,
        "plan.items[2].dayPerWeek",
    );
    check_json(
        with(|i| {
            i.as_object_mut().unwrap().remove("dose");
        }),
        invalid,
        "plan.items[2]",
    );
    // The walking item repeated.
    check_json(with(|_| {}), invalid, "plan.items[2].exercise.id");
    check_json(
        with(|i| i["exercise"] = json!({"id": "moonwalk"})),
        invalid,
        "plan.items[2].exercise.id",
    );
    check_json(
        with(|i| i["exercise"] = json!({"steps": ["Stand."]})),
        invalid,
        "plan.items[2].exercise.name",
    );
    check_json(file(json!([])), invalid, "plan.items");
    let mut review = file(json!([walking()]));
    review["plan"]["reviewDate"] = json!("2026-02-30");
    check_json(review.clone(), invalid, "plan.reviewDate");
    review["plan"]["reviewDate"] = json!("2099-01-01");
    check_json(review, invalid, "plan.reviewDate");

    let error = parse_plan_file(
        with(|i| i["dose"] = json!({"kind": "reps", "sets": 1, "reps": 0}))
            .to_string()
            .as_bytes(),
        today(),
    )
    .unwrap_err();
    assert!(
        matches!(&error, relief_core::CoreError::PlanFileInvalid { rule: "dose_out_of_range", detail, .. } if detail.contains("from 1 to 50")),
        "{error:?}"
    );
}

#[test]
fn unknown_ids_become_custom_exercises() {
    let imported = parse_plan_file(the_doc_example().as_bytes(), today()).unwrap();
    assert_eq!(imported.unknown_ids, ["clam-shell"]);
    let plan = imported.plan;
    assert_eq!(plan.items.len(), 4);
    assert_eq!(plan.author.as_deref(), Some("Sam Physio"));
    assert_eq!(plan.items[1].exercise.library_id(), Some("pelvic-tilt"));
    let ExerciseRef::Custom(clam) = &plan.items[2].exercise else {
        panic!("an unknown id becomes a custom exercise")
    };
    assert_eq!(clam.name, "Clam shell");
    assert_eq!(clam.steps.len(), 3);
    assert_eq!(
        clam.stop_if.as_deref(),
        Some("Stop if you feel pain in your hip.")
    );
    assert!(matches!(plan.items[3].exercise, ExerciseRef::Custom(_)));
}

#[test]
fn a_byte_order_mark_is_fine() {
    let text = format!("\u{feff}{}", file(json!([walking()])));
    assert!(parse_plan_file(text.as_bytes(), today()).is_ok());
}

#[test]
fn written_plans_read_back_unchanged() {
    let imported = parse_plan_file(the_doc_example().as_bytes(), today()).unwrap();
    for plan in [
        imported.plan,
        default_plan(Phase::Recovery),
        default_plan(Phase::Strengthen),
    ] {
        let text = write_plan_file(&plan);
        let again = parse_plan_file(text.as_bytes(), today()).unwrap();
        assert_eq!(again.plan, plan);
        assert!(again.unknown_ids.is_empty());
    }
}

#[test]
fn the_schema_agrees() {
    let schema: Value = serde_json::from_str(SCHEMA).expect("the schema is JSON");
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    let validator = jsonschema::draft202012::new(&schema).expect("the schema is valid");
    let mut files: Vec<Value> = vec![serde_json::from_str(the_doc_example()).unwrap()];
    for phase in [Phase::Recovery, Phase::ReliefBuilds, Phase::Strengthen] {
        files.push(serde_json::from_str(&write_plan_file(&default_plan(phase))).unwrap());
    }
    for f in &files {
        let errors: Vec<String> = validator.iter_errors(f).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{errors:?}");
    }
    // And it refuses what the parser refuses.
    for bad in [
        file(json!([])),
        {
            let mut v = file(json!([walking()]));
            v["version"] = json!(2);
            v
        },
        {
            let mut i = walking();
            i["dose"]["minutes"] = json!(0);
            file(json!([i]))
        },
        {
            let mut i = walking();
            i["exercise"] = json!({"name": "<b>x</b>"});
            file(json!([i]))
        },
        {
            let mut i = walking();
            i["dayPerWeek"] = json!(3);
            file(json!([i]))
        },
    ] {
        assert!(!validator.is_valid(&bad), "{bad}");
        assert!(parse_plan_file(bad.to_string().as_bytes(), today()).is_err());
    }
}
