//! `relief-window export`: the journal, or a backup file, written as one
//! format to one path.
//!
//! The bytes come from `exports::render_journal`, the same code as the Export page; a
//! backup file given with --from is checked whole and read through a private
//! temporary journal, as review mode does. Nothing is overwritten without
//! --force, and the file appears whole or not at all (a temporary file in the
//! same folder, synced, then renamed).

use std::path::Path;

use chrono::{DateTime, FixedOffset, Local};
use relief_core::Preferences;
use relief_export::backup::MAX_BACKUP_BYTES;
use relief_store::Journal;

use super::{open_journal, Done, ExportArgs, Failure, Format, Paper};
use crate::exports::{render_journal, ExportChoices, ExportFormat, PaperSize};
use crate::files::{read_bounded, write_atomically};
use crate::i18n::{message, Arg};
use crate::review::Review;

pub fn export(args: &ExportArgs, data_dir: &Path) -> Result<Done, Failure> {
    let now = Local::now().fixed_offset();
    if args.out.exists() && !args.force {
        return Err(Failure::output(
            &args.out,
            message("cli-output_exists", &[]),
        ));
    }
    if args.from.is_none() && inside(data_dir, &args.out) {
        // The journal, its backups and preferences live there: an export
        // written over one of them (even with --force) would destroy records.
        return Err(Failure::output(
            &args.out,
            message("cli-out_in_data_dir", &[]),
        ));
    }
    let mut recovered = false;
    let bytes = match &args.from {
        Some(file) => {
            let bytes =
                read_bounded(file, MAX_BACKUP_BYTES).map_err(|e| Failure::input(file, e))?;
            let name = file.display().to_string();
            let review =
                Review::load(&bytes, name, now).map_err(|e| Failure::input(file, e.message))?;
            bytes_of(args, &review.journal, None, now)?
        }
        None => {
            let (journal, told) = existing_journal(data_dir, now)?;
            recovered = told;
            bytes_of(args, &journal, read_preferences(data_dir).as_ref(), now)?
        }
    };
    // With --from no data folder is touched, so the write is not noted there
    // (a kill then leaves its temporary file for the person to delete).
    let written = match args.from {
        Some(_) => write_atomically(&args.out, &bytes, None),
        None => crate::writing::write_chosen(&args.out, &bytes, data_dir),
    };
    written.map_err(|e| Failure::output(&args.out, e))?;
    Ok(Done {
        said: message(
            "cli-exported",
            &[("path", Arg::Text(args.out.display().to_string()))],
        ),
        recovered,
    })
}

fn bytes_of(
    args: &ExportArgs,
    journal: &Journal,
    preferences: Option<&Preferences>,
    now: DateTime<FixedOffset>,
) -> Result<Vec<u8>, Failure> {
    let format = match args.format {
        // Floating times, as the app's own calendar export writes them.
        Format::Ics => {
            let reminders = journal
                .reminders()
                .map_err(|e| Failure::output(&args.out, e))?;
            return Ok(
                relief_core::reminders::calendar(&reminders, None, now.to_utc()).into_bytes(),
            );
        }
        Format::Pdf => ExportFormat::Pdf,
        Format::Csv => ExportFormat::Csv,
        Format::Fhir => ExportFormat::Fhir,
        Format::Json => ExportFormat::Backup,
    };
    let choices = ExportChoices {
        format,
        since: args.since,
        until: args.until,
        name: args.name.clone(),
        birth_date: args.birth_date,
        paper: Some(match args.paper {
            Paper::A4 => PaperSize::A4,
            Paper::Letter => PaperSize::Letter,
        }),
    };
    render_journal(journal, &choices, preferences, now)
        .map_err(|e| Failure::output(&args.out, e.message))
}

/// The journal, opened with the usual checks (and the daily backup if due),
/// exactly as the app would, and whether it had to be recovered; a folder with
/// no journal is an error, not a new empty journal.
fn existing_journal(
    data_dir: &Path,
    now: DateTime<FixedOffset>,
) -> Result<(Journal, bool), Failure> {
    if !data_dir.join(relief_store::JOURNAL_FILE).is_file() {
        return Err(Failure::data_dir(data_dir, message("cli-no_journal", &[])));
    }
    open_journal(data_dir, now)
}

/// Whether `out` would land inside `folder` (or is it), however either is
/// written: relative, with `..`, or through a symbolic link.
fn inside(folder: &Path, out: &Path) -> bool {
    let Ok(folder) = folder.canonicalize() else {
        return false;
    };
    let parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let Ok(parent) = parent.canonicalize() else {
        return false;
    };
    let target = out.file_name().map(|name| parent.join(name));
    parent.starts_with(&folder) || target.is_some_and(|t| t == folder)
}

/// The preferences kept beside the journal, if they read; they are a
/// convenience in a backup, never a reason to fail one.
fn read_preferences(data_dir: &Path) -> Option<Preferences> {
    let bytes = std::fs::read(crate::preferences::path_in(data_dir)).ok()?;
    let mut file: serde_json::Map<String, serde_json::Value> =
        serde_json::from_slice(&bytes).ok()?;
    serde_json::from_value::<Preferences>(file.remove("preferences")?)
        .ok()?
        .validate()
        .ok()
}
