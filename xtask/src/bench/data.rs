//! `cargo xtask bench data`: how long the Progress section and Today wait for
//! their data on ten years of records.
//!
//! Seeds ten years (`seed.rs`) into a temporary folder, opens the journal, and
//! times the very functions the `progress` and `today_summary` commands call
//! (`Journal::progress`, `Journal::today_summary`) 200 times each, after a few
//! runs to warm SQLite's page cache as the app's would be. The p99s go into
//! target/bench/report.json beside the other figures. The goal is under 5 ms.
//! The very first "all" after opening (cold cache, plans not yet decoded) is
//! recorded too, as one figure.
//!
//! Always measured in a release build: the app ships optimised, and an
//! unoptimised build's timings would say nothing about it.

use std::time::Instant;

use chrono::Local;
use relief_core::ProgressRange;
use relief_store::Journal;
use serde_json::{json, Map, Value};

use crate::exec::{self, XtaskError};
use crate::seed;

const YEARS: u32 = 10;
const RUNS: usize = 200;
const WARM_UP: usize = 10;
const GOAL_MS: f64 = 5.0;

/// `cargo xtask bench data`, and the data part of `cargo xtask bench`.
pub fn run() -> Result<(), XtaskError> {
    if cfg!(debug_assertions) {
        let mut cargo = exec::cargo(&[
            "run",
            "--release",
            "--quiet",
            "--package",
            "xtask",
            "--",
            "bench",
            "data",
        ]);
        return exec::run("time the Progress views in a release build", &mut cargo);
    }
    let report = measure()?;
    super::report::write_report(&crate::root(), &report)
}

/// What reading every record may add to each start (issue 14).
const READ_WHOLE_GOAL_MS: f64 = 300.0;

fn measure() -> Result<Map<String, Value>, XtaskError> {
    let dir = tempfile::tempdir().map_err(|source| XtaskError::Io {
        what: "temporary data folder".into(),
        source,
    })?;
    let today = Local::now().date_naive();
    let seeding = Instant::now();
    let counts = seed::write(dir.path(), YEARS, seed::DEFAULT_SEED, today)?;
    eprintln!(
        "Seeded {YEARS} years in {:.1} s: {} pain entries, {} sessions, {} walks, {} reminder events.",
        seeding.elapsed().as_secs_f64(),
        counts.pain,
        counts.sessions,
        counts.walks,
        counts.reminder_events,
    );
    let mut report = Map::new();
    // Opening: SQLite's integrity_check, every record read through the app's
    // readers (so a row that no longer reads is found at start, not on every
    // command after), the purge and the backup check. The slowest of a few
    // opens, and the reading of every record on its own: what that check adds.
    const OPENS: usize = 5;
    let mut slowest_open: f64 = 0.0;
    for _ in 0..OPENS {
        let started = Instant::now();
        drop(
            Journal::open(dir.path(), Local::now().fixed_offset())
                .map_err(|e| XtaskError::Bench(format!("open the seeded journal: {e}")))?,
        );
        slowest_open = slowest_open.max(started.elapsed().as_secs_f64() * 1000.0);
    }
    let journal = Journal::open(dir.path(), Local::now().fixed_offset())
        .map_err(|e| XtaskError::Bench(format!("open the seeded journal: {e}")))?
        .journal;
    let mut slowest_check: f64 = 0.0;
    for _ in 0..OPENS {
        let started = Instant::now();
        journal
            .check_every_record()
            .map_err(|e| XtaskError::Bench(format!("read every record: {e}")))?;
        slowest_check = slowest_check.max(started.elapsed().as_secs_f64() * 1000.0);
    }
    println!(
        "\nOpening ten years: slowest of {OPENS} {slowest_open:.1} ms, of which reading every \
         record {slowest_check:.1} ms (goal: under {READ_WHOLE_GOAL_MS} ms added to start)."
    );
    report.insert("journal_open_ms".into(), figure(slowest_open));
    report.insert("read_every_record_ms".into(), figure(slowest_check));

    // The very first "all" after opening, before any warm-up: SQLite's page
    // cache is cold and the plans are not yet decoded (they are then kept for
    // as long as the journal is open). One call, so a figure, not a p99.
    let started = Instant::now();
    journal
        .progress(ProgressRange::All, today)
        .map_err(|e| XtaskError::Bench(format!("a view failed: {e}")))?;
    let first = started.elapsed().as_secs_f64() * 1000.0;
    report.insert("progress_all_first_call_ms".into(), figure(first));

    let ranges = [
        ("4w", ProgressRange::FourWeeks),
        ("3m", ProgressRange::ThreeMonths),
        ("12m", ProgressRange::TwelveMonths),
        ("all", ProgressRange::All),
    ];
    println!("\n| view | p50 ms | p99 ms |\n|---|---:|---:|");
    let mut slowest: f64 = 0.0;
    for (name, range) in ranges {
        let (p50, p99) = time(|| journal.progress(range, today).map(drop))?;
        println!("| progress {name} | {p50:.3} | {p99:.3} |");
        report.insert(format!("progress_{name}_p99_ms"), figure(p99));
        slowest = slowest.max(p99);
    }
    let (p50, p99) = time(|| journal.today_summary(today).map(drop))?;
    println!("| today_summary | {p50:.3} | {p99:.3} |");
    report.insert("today_summary_p99_ms".into(), figure(p99));
    slowest = slowest.max(p99);
    println!(
        "\nSlowest p99: {slowest:.3} ms ({} the {GOAL_MS} ms goal).",
        if slowest < GOAL_MS { "within" } else { "over" }
    );
    println!("First \"all\" after opening the journal: {first:.3} ms.");
    exports(&journal, &mut report)?;
    Ok(report)
}

/// Exports and a restore of the whole ten years, each the slowest of a few
/// runs (these are seconds-scale goals: PDF and restore under 1 s, CSV and
/// FHIR under 200 ms), through the same `render` the app and CLI call, fed as
/// they feed it (`export`).
fn exports(journal: &Journal, report: &mut Map<String, Value>) -> Result<(), XtaskError> {
    use relief_export::render::{ExportChoices, ExportFormat};
    const EXPORT_RUNS: usize = 5;
    let now = Local::now().fixed_offset();
    let bad = |what: &str| {
        let what = what.to_owned();
        move |e: &dyn std::fmt::Display| XtaskError::Bench(format!("{what}: {e}"))
    };
    println!("\n| export of ten years | slowest of {EXPORT_RUNS} ms | goal ms |\n|---|---:|---:|");
    let mut backup = Vec::new();
    for (name, format, goal) in [
        ("pdf", ExportFormat::Pdf, 1000.0),
        ("csv", ExportFormat::Csv, 200.0),
        ("fhir", ExportFormat::Fhir, 200.0),
        ("backup", ExportFormat::Backup, 1000.0),
    ] {
        let choices = ExportChoices {
            format,
            since: None,
            until: None,
            name: None,
            birth_date: None,
            paper: None,
        };
        let mut slowest: f64 = 0.0;
        for _ in 0..EXPORT_RUNS {
            let started = Instant::now();
            let bytes = export(journal, &choices, now).map_err(|e| bad(name)(&e))?;
            slowest = slowest.max(started.elapsed().as_secs_f64() * 1000.0);
            if format == ExportFormat::Backup {
                backup = bytes;
            }
        }
        println!("| {name} | {slowest:.1} | {goal:.0} |");
        report.insert(format!("export_{name}_ms"), figure(slowest));
    }
    // A restore as the person does it: the whole file checked, then written
    // into an empty journal in one transaction after the automatic backup.
    let mut slowest: f64 = 0.0;
    for _ in 0..3 {
        let dir = tempfile::tempdir().map_err(|source| XtaskError::Io {
            what: "restore folder".into(),
            source,
        })?;
        let target = Journal::open(dir.path(), now)
            .map_err(|e| bad("open")(&e))?
            .journal;
        let started = Instant::now();
        let file = relief_export::backup::read_backup(&backup, now.date_naive())
            .map_err(|e| bad("read the backup")(&e))?;
        target
            .restore(&file.journal, relief_store::RestoreMode::Replace, now)
            .map_err(|e| bad("restore")(&e))?;
        slowest = slowest.max(started.elapsed().as_secs_f64() * 1000.0);
    }
    println!(
        "| restore ({} MiB) | {slowest:.1} | 1000 |",
        backup.len() / (1024 * 1024)
    );
    report.insert("restore_ms".into(), figure(slowest));

    // A merge of the same ten years into a journal that holds them: every
    // record of the file is compared with the journal's and none is added.
    let dir = tempfile::tempdir().map_err(|source| XtaskError::Io {
        what: "merge folder".into(),
        source,
    })?;
    let target = Journal::open(dir.path(), now)
        .map_err(|e| bad("open")(&e))?
        .journal;
    let file = relief_export::backup::read_backup(&backup, now.date_naive())
        .map_err(|e| bad("read the backup")(&e))?;
    target
        .restore(&file.journal, relief_store::RestoreMode::Replace, now)
        .map_err(|e| bad("restore")(&e))?;
    let mut slowest: f64 = 0.0;
    for _ in 0..3 {
        let started = Instant::now();
        let (added, _) = target
            .restore(&file.journal, relief_store::RestoreMode::Merge, now)
            .map_err(|e| bad("merge")(&e))?;
        slowest = slowest.max(started.elapsed().as_secs_f64() * 1000.0);
        if added.total() != 0 {
            return Err(XtaskError::Bench(format!(
                "merging a journal's own backup added {} records",
                added.total()
            )));
        }
    }
    println!("| merge into the same ten years | {slowest:.1} | 1000 |");
    report.insert("merge_ms".into(), figure(slowest));
    Ok(())
}

/// p50 and p99 of `RUNS` calls of `view`, in milliseconds.
/// What the app's `exports::render_journal` does: the journal's records and its
/// Progress view, handed to relief-export's `render`.
fn export(
    journal: &Journal,
    choices: &relief_export::render::ExportChoices,
    now: chrono::DateTime<chrono::FixedOffset>,
) -> Result<Vec<u8>, relief_export::render::ExportError> {
    use relief_export::render::{render, ExportError};
    let store = |e: relief_store::StoreError| ExportError::Failed(e.to_string());
    let snapshot = journal.snapshot().map_err(store)?;
    let progress = |range, today| journal.progress_between(range, today).map_err(store);
    render(&snapshot, progress, choices, None, now)
}

fn time<E: std::fmt::Display>(
    mut view: impl FnMut() -> Result<(), E>,
) -> Result<(f64, f64), XtaskError> {
    let mut call = || view().map_err(|e| XtaskError::Bench(format!("a view failed: {e}")));
    for _ in 0..WARM_UP {
        call()?;
    }
    let mut times = Vec::with_capacity(RUNS);
    for _ in 0..RUNS {
        let started = Instant::now();
        call()?;
        times.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    times.sort_by(f64::total_cmp);
    Ok((percentile(&times, 50), percentile(&times, 99)))
}

/// The value at or below which `p` per cent of the sorted `times` fall.
fn percentile(times: &[f64], p: usize) -> f64 {
    let rank = (times.len() * p).div_ceil(100).max(1);
    times.get(rank - 1).copied().unwrap_or(f64::NAN)
}

fn figure(ms: f64) -> Value {
    json!({ "value": (ms * 1000.0).round() / 1000.0, "unit": "ms" })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles() {
        let times: Vec<f64> = (1..=200).map(f64::from).collect();
        assert_eq!(percentile(&times, 50), 100.0);
        assert_eq!(percentile(&times, 99), 198.0);
        assert_eq!(percentile(&[3.0], 99), 3.0);
    }
}
