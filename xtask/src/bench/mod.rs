//! `cargo xtask bench`: the figures a patient feels, measured on the release build.
//!
//! - binary and .deb size;
//! - start to first meaningful paint: from spawning the process to the UI's
//!   `ui_ready` call, which Today makes once it has drawn its data;
//! - memory: proportional set size (PSS) of the app and every process it started
//!   (WebKit's web and network processes), 5 s after start;
//! - idle in the tray: CPU use and wake-ups of all its processes over 10 minutes
//!   with the window closed into the tray (`idle.rs`);
//! - the Progress views' p99 on ten years of records (`data.rs`).
//!
//! Each timing is the median of five starts, each on an empty temporary data
//! folder, under one Xvfb display. Linux only (PSS comes from /proc).
//!
//! The parts import downwards only: this file calls `start` (one timed start),
//! `idle` and `data`; they share `processes` (helpers, the process tree,
//! the ready line) and `report` (the report file).

pub mod data;
mod idle;
mod processes;
mod report;
mod start;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use serde_json::{json, Map};

use crate::exec::XtaskError;
use crate::{dist, setup};
use processes::{session_bus, Background};
use report::{mib, write_report};
use start::one_start;

const RUNS: usize = 5;
/// The bench's own X display, apart from any the person has.
pub(crate) const DISPLAY: &str = ":87";

pub fn all() -> Result<(), XtaskError> {
    if !cfg!(target_os = "linux") {
        return Err(XtaskError::Bench(
            "cargo xtask bench runs on Linux only (it reads /proc).".into(),
        ));
    }
    setup::for_build()?;
    dist::bundles()?;
    let root = crate::root();
    let binary = root.join("target/release/relief-window");
    let deb = newest_with_extension(&root.join("target/release/bundle/deb"), "deb")?;

    let display = Background::start(
        "Xvfb",
        Command::new("Xvfb").args([DISPLAY, "-screen", "0", "1280x1024x24", "-nolisten", "tcp"]),
    )?;
    std::thread::sleep(Duration::from_millis(500));
    let bus = session_bus()?;

    let mut paints = Vec::new();
    let mut memories = Vec::new();
    for run in 1..=RUNS {
        let (paint, pss) = one_start(&binary, &bus.address)?;
        eprintln!("run {run}: first meaningful paint {paint:.0} ms, PSS {pss:.1} MiB");
        paints.push(paint);
        memories.push(pss);
    }

    let idle = idle::measure(&binary, &bus.address, DISPLAY)?;
    drop(bus);
    drop(display);

    let mut report = Map::new();
    let mut metric = |name: &str, value: f64, unit: &str| {
        report.insert(
            name.to_owned(),
            // Three decimals: idle CPU is a fraction of a per cent.
            json!({ "value": (value * 1000.0).round() / 1000.0, "unit": unit }),
        );
    };
    metric("binary_size", mib(file_size(&binary)? as f64), "MiB");
    metric("deb_size", mib(file_size(&deb)? as f64), "MiB");
    metric("first_meaningful_paint", median(&mut paints), "ms");
    metric("memory_pss_after_5s", median(&mut memories), "MiB");
    metric(
        "idle_in_tray_cpu",
        idle.cpu_percent_of_one_core,
        "% of one core",
    );
    metric(
        "idle_in_tray_wakeups",
        idle.wakeups_per_minute,
        "per minute",
    );
    metric("idle_in_tray_minutes", idle.minutes, "min");
    // Writes its own figures into the same report, which the line below keeps.
    data::run()?;
    write_report(&root, &report)
}

fn newest_with_extension(dir: &Path, extension: &str) -> Result<PathBuf, XtaskError> {
    std::fs::read_dir(dir)
        .map_err(|source| XtaskError::Io {
            what: format!("read {}", dir.display()),
            source,
        })?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == extension))
        .max_by_key(|p| std::fs::metadata(p).and_then(|m| m.modified()).ok())
        .ok_or_else(|| XtaskError::Bench(format!("no .{extension} in {}", dir.display())))
}

fn file_size(path: &Path) -> Result<u64, XtaskError> {
    std::fs::metadata(path)
        .map(|m| m.len())
        .map_err(|source| XtaskError::Io {
            what: format!("size of {}", path.display()),
            source,
        })
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    values.get(values.len() / 2).copied().unwrap_or(f64::NAN)
}
