//! The command line's own work: `export` and `import`, headless.
//!
//! These never start Tauri, GTK or a window, so they run on a server, in a
//! terminal over SSH, or in CI with no display. They read and write the same
//! journal as the app, through relief-store, and the same formats, through
//! relief-export; the words they print come from the Fluent catalog.
//!
//! Exit codes (also in `--help` and docs/cli.md): 0 done; 2 the command line
//! itself is wrong (clap); 3 the input file cannot be used; 4 the data folder
//! cannot be opened; 5 the output cannot be written, or exists already; 6 done,
//! but the journal was found damaged first and put right (said on stderr);
//! 7 the disk is full; 8 the medium is read-only; 9 no permission to write
//! there; 10 a file stands where the data folder should be; 11 another task
//! holds the journal.

mod export;
mod import;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Args, Subcommand, ValueEnum};

use crate::i18n::{message, Arg};

pub use export::export;
pub use import::import;

/// What the command line can do without a window.
#[derive(Debug, Clone, Subcommand)]
pub enum Command {
    /// Export the journal (or a backup file) as PDF, CSV, FHIR R4, a backup, or a calendar.
    #[command(after_help = EXIT_CODES)]
    Export(ExportArgs),
    /// Restore a backup file into the journal: merged (the default) or replacing it.
    #[command(after_help = EXIT_CODES)]
    Import(ImportArgs),
}

pub const EXIT_CODES: &str = "Exit codes: 0 done; 2 wrong command line; 3 the input file cannot be used; \
4 the data folder cannot be opened; 5 the output cannot be written or exists already (see --force); \
6 done, but the journal was damaged and was restored from a backup first (see the message); \
7 the disk is full; 8 the drive is read-only; 9 no permission to write in the data folder; \
10 a file is where the data folder should be; 11 Relief Window is busy with another task.";

/// The exit code of a command that did its work on a journal it first had to
/// recover: a script must not take it for an ordinary success.
const RECOVERED: u8 = 6;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// The report for a physiotherapist.
    Pdf,
    /// A .zip of CSV files: pain entries, sessions, session exercises, measures.
    Csv,
    /// A FHIR R4 Bundle (JSON) for a clinic's system.
    Fhir,
    /// A complete backup (JSON) that `import` restores.
    Json,
    /// The reminders as an iCalendar file.
    Ics,
}

#[derive(Debug, Clone, Args)]
pub struct ExportArgs {
    #[arg(long, value_enum)]
    pub format: Format,
    /// Export from this backup file instead of a journal (nothing is opened or written but --out).
    #[arg(long, value_name = "FILE", conflicts_with = "data_dir")]
    pub from: Option<PathBuf>,
    /// Only records dated on or after this day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub since: Option<NaiveDate>,
    /// Only records dated on or before this day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub until: Option<NaiveDate>,
    /// Where to write. An existing file is kept unless --force is given.
    #[arg(long, value_name = "PATH")]
    pub out: PathBuf,
    /// Replace an existing file at --out.
    #[arg(long)]
    pub force: bool,
    /// The patient's name, printed on the report and in FHIR (optional).
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// The patient's date of birth (YYYY-MM-DD), printed on the report and in FHIR (optional).
    #[arg(long, value_name = "DATE")]
    pub birth_date: Option<NaiveDate>,
    /// Paper for the PDF.
    #[arg(long, value_enum, default_value_t = Paper::A4)]
    pub paper: Paper,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Paper {
    A4,
    Letter,
}

#[derive(Debug, Clone, Args)]
pub struct ImportArgs {
    /// The backup file to restore.
    #[arg(long, value_name = "FILE")]
    pub file: PathBuf,
    /// Add the file's records to the journal; records it already has are kept (the default).
    #[arg(long, conflicts_with = "replace")]
    pub merge: bool,
    /// Make the journal exactly the backup. The journal is backed up first.
    #[arg(long)]
    pub replace: bool,
}

/// A failure the command line reports, with its exit code.
#[derive(Debug)]
pub struct Failure {
    pub code: u8,
    pub message: String,
}

impl Failure {
    pub fn input(path: &Path, reason: impl ToString) -> Failure {
        Failure {
            code: 3,
            message: message(
                "cli-input_unusable",
                &[
                    ("path", Arg::Text(path.display().to_string())),
                    ("reason", Arg::Text(reason.to_string())),
                ],
            ),
        }
    }

    pub fn data_dir(path: &Path, reason: impl ToString) -> Failure {
        Failure {
            code: 4,
            message: message(
                "cli-data_dir_unusable",
                &[
                    ("path", Arg::Text(path.display().to_string())),
                    ("reason", Arg::Text(reason.to_string())),
                ],
            ),
        }
    }

    /// The journal in `data_dir` could not be used: a disk or permission
    /// problem, or another process, gets its own words and exit code; the
    /// rest are 4.
    pub fn journal(data_dir: &Path, error: relief_store::StoreError) -> Failure {
        let code = match error.code() {
            "disk_full" => 7,
            "read_only_medium" | "journal_read_only" => 8,
            "no_permission" => 9,
            "not_a_folder" => 10,
            "journal_busy" => 11,
            _ => return Failure::data_dir(data_dir, error),
        };
        let path = match &error {
            relief_store::StoreError::DataDirUnwritable { path, .. } => path.as_path(),
            _ => data_dir,
        };
        Failure {
            code,
            message: message(
                &format!("error-{}", error.code()),
                &[("path", Arg::Text(path.display().to_string()))],
            ),
        }
    }

    pub fn output(path: &Path, reason: impl ToString) -> Failure {
        Failure {
            code: 5,
            message: message(
                "cli-output_unwritable",
                &[
                    ("path", Arg::Text(path.display().to_string())),
                    ("reason", Arg::Text(reason.to_string())),
                ],
            ),
        }
    }
}

/// What a command did, and whether it first recovered the journal.
pub struct Done {
    pub said: String,
    pub recovered: bool,
}

/// Opens the journal in `data_dir` for a command. A recovery is said on stderr
/// at once, in the words the app uses, so the person hears it even if the
/// command then fails; the journal keeps it for the app to tell too.
pub fn open_journal(
    data_dir: &Path,
    now: chrono::DateTime<chrono::FixedOffset>,
) -> Result<(relief_store::Journal, bool), Failure> {
    let opened = match relief_store::Journal::open(data_dir, now) {
        Ok(opened) => opened,
        // A folder that cannot be written can still be read and exported
        // from; a command that writes then says why it cannot.
        Err(error) if matches!(error.code(), "read_only_medium" | "no_permission") => {
            return relief_store::Journal::open_read_only(data_dir)
                .map(|journal| (journal, false))
                .map_err(|_| Failure::journal(data_dir, error));
        }
        Err(error) => return Err(Failure::journal(data_dir, error)),
    };
    // Preferences an interrupted restore committed are written first.
    crate::preferences::apply_restored(&opened.journal, data_dir)
        .map_err(|e| Failure::data_dir(data_dir, e))?;

    let told = match &opened.recovery {
        Some(_) => {
            let notes = opened.journal.recoveries_to_tell().unwrap_or_default();
            for note in notes.iter().rev().take(1) {
                eprintln!("{}", crate::notices::Notice::recovery(note).message);
            }
            true
        }
        None => false,
    };
    Ok((opened.journal, told))
}

/// Runs one command against `data_dir` and turns the outcome into an exit code,
/// printing what happened (stdout) or why not (stderr).
pub fn run(command: Command, data_dir: PathBuf) -> ExitCode {
    // What an export killed mid-write left beside its chosen path.
    crate::writing::sweep(&data_dir);
    let outcome = match command {
        Command::Export(args) => export(&args, &data_dir),
        Command::Import(args) => import(&args, &data_dir),
    };
    match outcome {
        Ok(Done { said, recovered }) => {
            println!("{said}");
            if recovered {
                ExitCode::from(RECOVERED)
            } else {
                ExitCode::SUCCESS
            }
        }
        Err(failure) => {
            eprintln!("{}", failure.message);
            ExitCode::from(failure.code)
        }
    }
}

/// The app's data folder when none is given: where Tauri's `app_data_dir`
/// puts it (the platform's data folder and the app's identifier), found
/// without starting Tauri.
pub fn default_data_dir() -> Option<PathBuf> {
    dirs::data_dir().map(|d| d.join(crate::IDENTIFIER))
}
