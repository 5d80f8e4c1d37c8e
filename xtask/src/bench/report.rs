//! The bench's report: printed as a table and merged into
//! target/bench/report.json, so `bench` and `bench data` each keep the
//! other's figures.

use std::path::Path;

use serde_json::{Map, Value};

use crate::exec::XtaskError;

/// Prints `report` and writes it into target/bench/report.json, keeping the
/// figures already there that it does not measure (`bench data` writes
/// only its own).
pub(super) fn write_report(root: &Path, report: &Map<String, Value>) -> Result<(), XtaskError> {
    println!("\n| metric | value | unit |\n|---|---:|---|");
    for (name, figure) in report {
        println!(
            "| {name} | {} | {} |",
            figure["value"],
            figure["unit"].as_str().unwrap_or("")
        );
    }
    let dir = root.join("target/bench");
    let io = |what: &str| {
        let what = what.to_owned();
        move |source| XtaskError::Io { what, source }
    };
    std::fs::create_dir_all(&dir).map_err(io("create target/bench"))?;
    let mut merged: Map<String, Value> = std::fs::read_to_string(dir.join("report.json"))
        .ok()
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default();
    merged.extend(report.clone());
    let text =
        serde_json::to_string_pretty(&merged).map_err(|e| XtaskError::Bench(e.to_string()))?;
    std::fs::write(dir.join("report.json"), text).map_err(io("write report.json"))?;
    println!("\nWritten to {}", dir.join("report.json").display());
    Ok(())
}

/// Bytes as mebibytes, the unit every size in the report uses.
pub(super) fn mib(bytes: f64) -> f64 {
    bytes / (1024.0 * 1024.0)
}
