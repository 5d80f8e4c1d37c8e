//! Writes a sample report to a path, to look at or print:
//!
//! ```text
//! cargo run --release -p relief-report --example sample -- out.pdf [realistic|empty|ten-years]
//! ```
//!
//! It also renders the ten-year fixture once and prints how long that took
//! (a rough figure for one machine, not a benchmark).

#[path = "../tests/common/mod.rs"]
mod common;

use std::process::ExitCode;
use std::time::Instant;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: sample OUT.pdf [realistic|empty|ten-years]");
        return ExitCode::from(2);
    };
    let report = match args.next().as_deref() {
        None | Some("realistic") => common::realistic(),
        Some("empty") => common::empty(),
        Some("ten-years") => common::ten_years(),
        Some(other) => {
            eprintln!("unknown fixture {other:?}: use realistic, empty or ten-years");
            return ExitCode::from(2);
        }
    };
    let pdf = match relief_report::render(&report) {
        Ok(pdf) => pdf,
        Err(error) => {
            eprintln!("could not render: {error}");
            return ExitCode::FAILURE;
        }
    };
    if let Err(error) = std::fs::write(&path, &pdf) {
        eprintln!("could not write {path}: {error}");
        return ExitCode::FAILURE;
    }
    println!("wrote {path} ({} bytes)", pdf.len());

    let long = common::ten_years();
    let start = Instant::now();
    match relief_report::render(&long) {
        Ok(pdf) => println!(
            "ten years ({} daily points, {} weeks): rendered in {:.1} ms ({} bytes)",
            long.pain.daily.len(),
            long.adherence.weeks.len(),
            start.elapsed().as_secs_f64() * 1000.0,
            pdf.len()
        ),
        Err(error) => {
            eprintln!("ten-year report failed: {error}");
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
