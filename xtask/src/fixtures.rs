//! `tests/fixtures/progress.json`: what the Progress section and Today receive
//! for a seeded year of records, so the UI's fakes answer with real numbers.
//!
//! The UI tests (Vitest and Playwright) cannot run Rust, but they must check
//! that "Show as table" shows the values Rust computed. So one seeded journal
//! (`seed.rs`, a fixed seed and a fixed last day) is read through the very
//! functions the `progress` and `today_summary` commands call, and the answers
//! are written here. `cargo xtask bindings` rewrites the file; the test below
//! fails when the file no longer matches what Rust computes, so the fakes can
//! never drift from the statistics.

use std::path::PathBuf;

use chrono::{Local, NaiveDate};
use relief_core::ProgressRange;
use relief_store::Journal;
use serde_json::{json, Map, Value};

use crate::exec::XtaskError;
use crate::seed;

/// One year of records is enough to fill every chart, and small enough to load
/// in a test page.
const YEARS: u32 = 1;

/// The fixture's "today": fixed, so the file is the same on every machine and day.
pub const TODAY: (i32, u32, u32) = (2030, 6, 30);

/// Where the fixture lives.
pub fn path() -> PathBuf {
    crate::root().join("tests/fixtures/progress.json")
}

/// The fixture's text: `{ today, summary, views: { "4w", "3m", "12m", "all" } }`.
pub fn render() -> Result<String, XtaskError> {
    let today = NaiveDate::from_ymd_opt(TODAY.0, TODAY.1, TODAY.2)
        .ok_or_else(|| XtaskError::Seed("the fixture's date is not a date".into()))?;
    let dir = tempfile::tempdir().map_err(|source| XtaskError::Io {
        what: "temporary data folder".into(),
        source,
    })?;
    seed::write(dir.path(), YEARS, seed::DEFAULT_SEED, today)?;
    let journal = Journal::open(dir.path(), Local::now().fixed_offset())
        .map_err(|e| XtaskError::Seed(format!("open the seeded journal: {e}")))?
        .journal;
    let failed = |e: relief_store::StoreError| XtaskError::Seed(format!("read the view: {e}"));
    let mut views = Map::new();
    for (name, range) in [
        ("4w", ProgressRange::FourWeeks),
        ("3m", ProgressRange::ThreeMonths),
        ("12m", ProgressRange::TwelveMonths),
        ("all", ProgressRange::All),
    ] {
        let view = journal.progress(range, today).map_err(failed)?;
        views.insert(name.into(), to_value(&view)?);
    }
    let summary = journal.today_summary(today).map_err(failed)?;
    let fixture = json!({
        "today": today.to_string(),
        "summary": to_value(&summary)?,
        "views": Value::Object(views),
    });
    let mut text = serde_json::to_string_pretty(&fixture)
        .map_err(|e| XtaskError::Seed(format!("write the fixture: {e}")))?;
    text.push('\n');
    Ok(text)
}

/// Rewrites the fixture (part of `cargo xtask bindings`).
pub fn regenerate() -> Result<(), XtaskError> {
    let path = path();
    std::fs::write(&path, render()?).map_err(|source| XtaskError::Io {
        what: format!("write {}", path.display()),
        source,
    })
}

fn to_value(view: &impl serde::Serialize) -> Result<Value, XtaskError> {
    serde_json::to_value(view).map_err(|e| XtaskError::Seed(format!("serialise a view: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The UI's fakes answer with this file: it must be what Rust computes today.
    #[test]
    fn the_progress_fixture_matches_the_statistics() {
        let expected = render().expect("render the fixture");
        let on_disk = std::fs::read_to_string(path()).unwrap_or_default();
        assert!(
            on_disk == expected,
            "tests/fixtures/progress.json is out of date: run `cargo xtask bindings`"
        );
    }
}
