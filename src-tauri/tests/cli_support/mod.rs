//! What the command-line tests share: the app started as a command, without a
//! display or a data folder from the environment (as in a terminal with no
//! desktop), and pain entries to fill their journals with. Each test file
//! uses a part of it, hence the `allow`.
#![allow(dead_code)]

use std::ffi::OsStr;
use std::process::{Command, Output};

use chrono::{DateTime, FixedOffset};
use relief_core::{PainScore, ValidPain};

/// The app built for these tests.
pub const BIN: &str = env!("CARGO_BIN_EXE_relief-window");

/// `command` without a display or a data folder from the environment.
pub fn clean(command: &mut Command) -> &mut Command {
    command
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env_remove("RELIEF_WINDOW_DATA_DIR")
}

/// The app, as a command-line tool.
pub fn app() -> Command {
    let mut command = Command::new(BIN);
    clean(&mut command);
    command
}

/// Runs the app with `args` and waits for it to end.
pub fn run<S: AsRef<OsStr>>(args: &[S]) -> Output {
    app().args(args).output().expect("the app runs")
}

/// A pain entry of `score` at `at`, with `note`, and nothing else.
pub fn pain(score: u8, at: DateTime<FixedOffset>, note: Option<String>) -> ValidPain {
    ValidPain {
        score: PainScore::try_from(f64::from(score)).expect("a score from 0 to 10"),
        note,
        recorded_at: at,
        worst_24h: None,
        average_24h: None,
        interference: None,
        tags: vec![],
    }
}
