//! `cargo xtask`: the project's own commands, in Rust so they run wherever cargo does.
//!
//! - `run`: set up what is missing, build the UI, open the app;
//! - `test`: the same set-up, then every check and test, from formatting to the
//!   real app window driven by WebDriver;
//! - `dist`: release build with .deb and .rpm bundles;
//! - `bench`: size, start-up, memory and Progress-view figures into
//!   target/bench/report.json (`bench data` times only the Progress views);
//! - `seed`: a realistic synthetic journal of several years, to try the app on;
//! - `bindings`: rewrite the TypeScript types generated from Rust (ts-rs);
//! - `icons`: regenerate every platform's icons from icons/relief-window.svg.
//!
//! It knows how to install and drive tools. It knows the app's domain only
//! through relief-core and relief-store, which `seed` and `bench data` use as
//! the app does.

mod bench;
mod dist;
mod exec;
mod fixtures;
mod icons;
mod seed;
mod setup;
mod story;
mod test;

use std::path::PathBuf;
use std::process::ExitCode;

use exec::XtaskError;

const USAGE: &str = "usage: cargo xtask <run|test|dist|bench|seed|bindings|icons> [args…]

  run [APP ARGS…]   install what is missing, build the UI and open the app
                    (e.g. cargo xtask run -- --data-dir /tmp/relief)
  test              install what is missing and run every test
  dist              build the release app with .deb and .rpm bundles
  bench             measure size, start-up time, memory and the Progress views
                    (writes target/bench/report.json)
  bench data        time only the Progress views on ten seeded years
  seed --years N --data-dir DIR [--seed S] [--until DATE] [--force]
                    write a realistic synthetic journal of N years
  bindings          regenerate ui/src/lib/ipc/bindings and tests/fixtures from the Rust types
  icons             regenerate the platform icons from icons/relief-window.svg";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(command) = args.first() else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let rest = &args[1..];
    let result = match command.as_str() {
        "run" => run(rest),
        "test" => test::all(),
        "dist" => setup::for_build().and_then(|()| dist::bundles()),
        "bench" => match rest.first().map(String::as_str) {
            None => bench::all(),
            Some("data") => bench::data::run(),
            Some(other) => {
                eprintln!("unknown bench {other:?}\n\n{USAGE}");
                return ExitCode::from(2);
            }
        },
        "seed" => seed::run(rest),
        "bindings" => test::regenerate_bindings().and_then(|()| fixtures::regenerate()),
        "icons" => icons::regenerate(),
        "-h" | "--help" | "help" => {
            println!("{USAGE}");
            Ok(())
        }
        other => {
            eprintln!("unknown command {other:?}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("\nxtask: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(app_args: &[String]) -> Result<(), XtaskError> {
    setup::for_build()?;
    let app_args = app_args
        .strip_prefix(&["--".to_owned()])
        .unwrap_or(app_args);
    let mut cargo = exec::cargo(&["run", "-p", "relief-window", "--"]);
    cargo.args(app_args);
    exec::run("open the app", &mut cargo)
}

/// The workspace root: xtask lives one folder below it.
pub fn root() -> PathBuf {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().map(PathBuf::from).unwrap_or(manifest)
}
