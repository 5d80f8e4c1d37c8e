//! Running other programs, with one error type that says which step failed.

use std::path::Path;
use std::process::Command;

#[derive(Debug, thiserror::Error)]
pub enum XtaskError {
    #[error("{step} failed ({status}). See the output above.")]
    StepFailed { step: String, status: String },
    #[error("{step}: could not start {program}: {source}")]
    CannotStart {
        step: String,
        program: String,
        source: std::io::Error,
    },
    #[error("{0}")]
    Missing(String),
    #[error("{what}: {source}")]
    Io {
        what: String,
        source: std::io::Error,
    },
    #[error("{0}")]
    Bench(String),
    #[error("{0}")]
    Seed(String),
}

/// Runs `command` to completion, echoing it first so a failure is easy to repeat.
pub fn run(step: &str, command: &mut Command) -> Result<(), XtaskError> {
    eprintln!("\n==> {step}\n    $ {}", describe(command));
    let status = command.status().map_err(|source| XtaskError::CannotStart {
        step: step.to_owned(),
        program: command.get_program().to_string_lossy().into_owned(),
        source,
    })?;
    if status.success() {
        Ok(())
    } else {
        Err(XtaskError::StepFailed {
            step: step.to_owned(),
            status: status.to_string(),
        })
    }
}

/// Whether `command` runs and succeeds, quietly.
pub fn succeeds(command: &mut Command) -> bool {
    command
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

pub fn cargo(args: &[&str]) -> Command {
    let mut command = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    command.args(args).current_dir(crate::root());
    command
}

pub fn npm(dir: &Path, args: &[&str]) -> Command {
    let mut command = Command::new(if cfg!(windows) { "npm.cmd" } else { "npm" });
    command.args(args).current_dir(dir);
    command
}

fn describe(command: &Command) -> String {
    let mut text = command.get_program().to_string_lossy().into_owned();
    for arg in command.get_args() {
        text.push(' ');
        text.push_str(&arg.to_string_lossy());
    }
    text
}
