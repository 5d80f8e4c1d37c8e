//! The TypeScript types in ui/src/lib/ipc/bindings are generated from Rust by ts-rs
//! and committed. This test fails when they drift from the Rust; run
//! `cargo xtask bindings` to regenerate them.

use std::collections::BTreeSet;
use std::path::PathBuf;

use relief_core::pain::{PainTag, Walk};
use relief_core::{
    ActiveDay, Adherence, ChangeBand, ExerciseAdherence, ExerciseKey, Measure, MonitorState,
    PainDay, PainSeries, Psfs, PsfsActivity, PsfsDraft, PsfsPoint, PsfsTrend, QuietReason,
    RangeAdherence, ScoredMeasure, ScoredMeasureDraft, SkipCount, SkipKind, WeekAdherence,
};
use relief_core::{
    BodyPosition, CustomExercise, Dose, Exercise, ExerciseRef, ExerciseText, Here, PainDraft,
    PainEntry, PainScore, Phase, PhaseSpan, Plan, PlanItem, PlanRecord, PlanSource, Position,
    Preferences, Procedure, ProcedureDraft, Purpose, Region, Session, SessionDraft,
    SessionExercise, SessionRecord, SessionSummary, Side, SkipReason, TextSize, Theme, Timeline,
    WindowState,
};
use relief_core::{
    DaySpan, ProgressRange, ProgressView, PsfsRecord, ScoredMeasureRecord, TodaySummary,
};
use relief_core::{DoseStepOffer, OfferAnswer, OfferKey, PhasePlanOffer, PlanOffers, ReviewDue};
use relief_core::{
    LocalTime, Occurrence, Pause, QuietHours, Reminder, ReminderDraft, ReminderKind, Schedule,
    SnoozeChoice, Weekday, WhenQuiet,
};
use relief_window_lib::commands::export::ExportSource;
use relief_window_lib::commands::reminders::RemindersOverview;
use relief_window_lib::commands::startup::StartupStatus;
use relief_window_lib::error::ApiError;
use relief_window_lib::exports::{ExportChoices, ExportFormat, PaperSize};
use relief_window_lib::notices::Notice;
use relief_window_lib::plan_import::PlanImportPreview;
use relief_window_lib::reminders::{DueReminder, Pending, ReminderAnswer};
use relief_window_lib::restore::{RecordCounts, RestoreChoice, RestoreDone, RestorePreview};
use relief_window_lib::review::ReviewInfo;
use relief_window_lib::window::Destination;
use ts_rs::{Config, TS};

fn bindings_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../ui/src/lib/ipc/bindings")
}

/// Compares (or with UPDATE_BINDINGS=1 rewrites) one type's file; returns its name.
fn check<T: TS + 'static>(drifted: &mut Vec<String>) -> String {
    // Ids and counts are far below 2^53, so plain numbers are exact in JavaScript.
    let cfg = Config::new().with_large_int("number");
    let file = format!("{}.ts", T::ident(&cfg));
    let expected = T::export_to_string(&cfg).expect("every boundary type can be exported");
    let path = bindings_dir().join(&file);
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        std::fs::write(&path, &expected).expect("bindings folder is writable");
    } else if std::fs::read_to_string(&path).ok().as_deref() != Some(expected.as_str()) {
        drifted.push(file.clone());
    }
    file
}

#[test]
fn typescript_bindings_match_the_rust_types() {
    let mut drifted = Vec::new();
    let produced: BTreeSet<String> = [
        check::<PainDraft>(&mut drifted),
        check::<PainEntry>(&mut drifted),
        check::<PainScore>(&mut drifted),
        check::<TextSize>(&mut drifted),
        check::<Preferences>(&mut drifted),
        check::<Theme>(&mut drifted),
        check::<WindowState>(&mut drifted),
        check::<ApiError>(&mut drifted),
        check::<Notice>(&mut drifted),
        check::<StartupStatus>(&mut drifted),
        check::<PlanImportPreview>(&mut drifted),
        check::<ExportChoices>(&mut drifted),
        check::<ExportFormat>(&mut drifted),
        check::<PaperSize>(&mut drifted),
        check::<ExportSource>(&mut drifted),
        check::<RecordCounts>(&mut drifted),
        check::<RestorePreview>(&mut drifted),
        check::<RestoreChoice>(&mut drifted),
        check::<RestoreDone>(&mut drifted),
        check::<ReviewInfo>(&mut drifted),
        check::<ProcedureDraft>(&mut drifted),
        check::<Procedure>(&mut drifted),
        check::<Region>(&mut drifted),
        check::<Side>(&mut drifted),
        check::<Timeline>(&mut drifted),
        check::<Position>(&mut drifted),
        check::<Phase>(&mut drifted),
        check::<Here>(&mut drifted),
        check::<PhaseSpan>(&mut drifted),
        check::<Dose>(&mut drifted),
        check::<Exercise>(&mut drifted),
        check::<ExerciseText>(&mut drifted),
        check::<Purpose>(&mut drifted),
        check::<BodyPosition>(&mut drifted),
        check::<ExerciseRef>(&mut drifted),
        check::<CustomExercise>(&mut drifted),
        check::<Plan>(&mut drifted),
        check::<PlanItem>(&mut drifted),
        check::<PlanRecord>(&mut drifted),
        check::<PlanSource>(&mut drifted),
        check::<Session>(&mut drifted),
        check::<SessionDraft>(&mut drifted),
        check::<SessionExercise>(&mut drifted),
        check::<SessionRecord>(&mut drifted),
        check::<SessionSummary>(&mut drifted),
        check::<SkipReason>(&mut drifted),
        check::<Reminder>(&mut drifted),
        check::<ReminderDraft>(&mut drifted),
        check::<ReminderKind>(&mut drifted),
        check::<Schedule>(&mut drifted),
        check::<LocalTime>(&mut drifted),
        check::<Weekday>(&mut drifted),
        check::<QuietHours>(&mut drifted),
        check::<WhenQuiet>(&mut drifted),
        check::<Occurrence>(&mut drifted),
        check::<Pause>(&mut drifted),
        check::<SnoozeChoice>(&mut drifted),
        check::<DueReminder>(&mut drifted),
        check::<Pending>(&mut drifted),
        check::<RemindersOverview>(&mut drifted),
        check::<ReminderAnswer>(&mut drifted),
        check::<Destination>(&mut drifted),
        check::<PainTag>(&mut drifted),
        check::<Walk>(&mut drifted),
        check::<PainDay>(&mut drifted),
        check::<PainSeries>(&mut drifted),
        check::<ChangeBand>(&mut drifted),
        check::<Adherence>(&mut drifted),
        check::<WeekAdherence>(&mut drifted),
        check::<RangeAdherence>(&mut drifted),
        check::<PlanOffers>(&mut drifted),
        check::<PhasePlanOffer>(&mut drifted),
        check::<DoseStepOffer>(&mut drifted),
        check::<OfferKey>(&mut drifted),
        check::<OfferAnswer>(&mut drifted),
        check::<ReviewDue>(&mut drifted),
        check::<ExerciseAdherence>(&mut drifted),
        check::<ExerciseKey>(&mut drifted),
        check::<SkipCount>(&mut drifted),
        check::<SkipKind>(&mut drifted),
        check::<ActiveDay>(&mut drifted),
        check::<Psfs>(&mut drifted),
        check::<PsfsActivity>(&mut drifted),
        check::<PsfsDraft>(&mut drifted),
        check::<PsfsPoint>(&mut drifted),
        check::<PsfsTrend>(&mut drifted),
        check::<PsfsRecord>(&mut drifted),
        check::<Measure>(&mut drifted),
        check::<ScoredMeasure>(&mut drifted),
        check::<ScoredMeasureDraft>(&mut drifted),
        check::<ScoredMeasureRecord>(&mut drifted),
        check::<MonitorState>(&mut drifted),
        check::<QuietReason>(&mut drifted),
        check::<ProgressRange>(&mut drifted),
        check::<DaySpan>(&mut drifted),
        check::<ProgressView>(&mut drifted),
        check::<TodaySummary>(&mut drifted),
    ]
    .into();
    assert!(
        drifted.is_empty(),
        "these bindings differ from the Rust types: {drifted:?}. Run `cargo xtask bindings` and commit the result."
    );
    let on_disk: BTreeSet<String> = std::fs::read_dir(bindings_dir())
        .expect("bindings folder exists")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .collect();
    let stale: Vec<_> = on_disk.difference(&produced).collect();
    assert!(
        stale.is_empty(),
        "bindings no Rust type produces any more: {stale:?}"
    );
}

/// Test fixtures the UI fakes use instead of Rust: the real exercise library and
/// the default plan of every phase, so a fake never disagrees with the data.
/// Regenerated with the bindings (`cargo xtask bindings`).
#[test]
fn ui_fixtures_match_the_library() {
    use relief_core::timeline::Phase;
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures");
    let phases = [
        Phase::Planned,
        Phase::Recovery,
        Phase::ReliefBuilds,
        Phase::Strengthen,
        Phase::Review,
        Phase::Beyond,
    ];
    let plans: serde_json::Map<String, serde_json::Value> = phases
        .iter()
        .map(|phase| {
            let key = serde_json::to_value(phase).expect("a phase serialises");
            let key = key
                .as_str()
                .expect("phases serialise as strings")
                .to_owned();
            (
                key,
                serde_json::to_value(relief_core::default_plan(*phase)).expect("a plan serialises"),
            )
        })
        .collect();
    let files = [
        (
            "exercise-library.json",
            serde_json::to_value(relief_core::exercises::library()).expect("serialises"),
        ),
        ("default-plans.json", serde_json::Value::Object(plans)),
    ];
    let mut drifted = Vec::new();
    for (name, value) in files {
        let text = serde_json::to_string_pretty(&value).expect("serialises") + "\n";
        let path = dir.join(name);
        if std::env::var_os("UPDATE_BINDINGS").is_some() {
            std::fs::create_dir_all(&dir).expect("fixtures folder");
            std::fs::write(&path, &text).expect("fixtures are writable");
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
            drifted.push(name);
        }
    }
    assert!(
        drifted.is_empty(),
        "fixtures differ from the library: {drifted:?}. Run `cargo xtask bindings`."
    );
}
