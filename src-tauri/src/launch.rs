//! How the app was started: the command line, and the checks that must pass before
//! a window can exist.
//!
//! Nothing here touches the journal or the UI; it only decides where data lives and
//! whether a desktop is there to draw on.

use std::path::PathBuf;

use clap::Parser;

/// Relief Window: a desktop companion for the months of relief after
/// radiofrequency neurotomy.
#[derive(Debug, Clone, Parser)]
#[command(name = "relief-window", version, about, after_help = crate::cli::EXIT_CODES)]
pub struct Launch {
    /// Keep the journal and preferences in DIR instead of the usual app-data folder
    /// (for tests, and for running the app from a USB stick).
    #[arg(
        long,
        value_name = "DIR",
        env = "RELIEF_WINDOW_DATA_DIR",
        global = true
    )]
    pub data_dir: Option<PathBuf>,
    /// Without a command, the app opens its window.
    #[command(subcommand)]
    pub command: Option<crate::cli::Command>,
}

/// Why the app cannot open a window here.
#[derive(Debug, thiserror::Error)]
pub enum DisplayError {
    #[error("{}", crate::i18n::message("cli-no_display", &[]))]
    NoDisplay,
}

/// On Linux and the BSDs GTK cannot start without a display server, and it says so
/// with a panic. Checking first lets us say it plainly. Other systems always have one.
pub fn check_display() -> Result<(), DisplayError> {
    if cfg!(any(
        target_os = "linux",
        target_os = "freebsd",
        target_os = "openbsd"
    )) {
        let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty());
        if !set("DISPLAY") && !set("WAYLAND_DISPLAY") {
            return Err(DisplayError::NoDisplay);
        }
    }
    Ok(())
}
