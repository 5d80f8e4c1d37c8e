//! `cargo xtask`: the project's own commands, in Rust so they run wherever cargo does.
//!
//! - `run`: set up what is missing, build the UI, open the app;
//! - `test`: the same set-up, then every check and test, from formatting to the
//!   real app window driven by WebDriver;
//! - `dist`: release build with .deb and .rpm bundles;
//! - `bench`: size, start-up and memory figures into target/bench/report.json;
//! - `bindings`: rewrite the TypeScript types generated from Rust (ts-rs);
//! - `icons`: regenerate every platform's icons from icons/relief-window.svg.
//!
//! It knows how to install and drive tools; it knows nothing of the app's domain.

mod bench;
mod bench_idle;
mod dist;
mod exec;
mod icons;
mod setup;
mod test;

use std::path::PathBuf;
use std::process::ExitCode;

use exec::XtaskError;

const USAGE: &str = "usage: cargo xtask <run|test|dist|bench|bindings|icons> [args…]

  run [APP ARGS…]   install what is missing, build the UI and open the app
                    (e.g. cargo xtask run -- --data-dir /tmp/relief)
  test              install what is missing and run every test
  dist              build the release app with .deb and .rpm bundles
  bench             measure size, start-up time and memory (writes target/bench/report.json)
  bindings          regenerate ui/src/lib/ipc/bindings from the Rust types
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
        "bench" => bench::all(),
        "bindings" => test::regenerate_bindings(),
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
