//! The `relief-window` executable: reads the command line, checks for a desktop,
//! and runs the app. Everything else is in the library.

// No console window behind the app on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use std::process::ExitCode;

use clap::Parser;
use relief_window_lib::i18n::{message, Arg};
use relief_window_lib::{cli, launch, Launch};

fn main() -> ExitCode {
    let mut launch = Launch::parse();
    // Commands run headless: no display, no Tauri, no window.
    if let Some(command) = launch.command.take() {
        let Some(data_dir) = launch.data_dir.or_else(cli::default_data_dir) else {
            eprintln!("{}", message("cli-no_data_dir", &[]));
            return ExitCode::from(4);
        };
        return cli::run(command, data_dir);
    }
    if let Err(e) = launch::check_display() {
        eprintln!("{e}");
        return ExitCode::from(2);
    }
    match relief_window_lib::run(launch) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!(
                "{}",
                message(
                    "cli-could_not_start",
                    &[("reason", Arg::Text(e.to_string()))]
                )
            );
            ExitCode::FAILURE
        }
    }
}
