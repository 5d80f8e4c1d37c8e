//! `relief-window export`: the journal, or a backup file, written as one
//! format to one path.
//!
//! Nothing is overwritten without --force, and the file appears whole or not
//! at all (a temporary file in the same folder, synced, then renamed).

use std::path::Path;

use chrono::{DateTime, FixedOffset, Local};
use relief_core::Preferences;
use relief_export::backup::{read_backup, write_backup, MAX_BACKUP_BYTES};
use relief_export::fhir::{bundle, PatientDetails};
use relief_export::Period;
use relief_store::{Journal, Snapshot};

use super::{ExportArgs, Failure, Format};
use crate::files::{read_bounded, write_atomically};
use crate::i18n::{message, Arg};

pub fn export(args: &ExportArgs, data_dir: &Path) -> Result<String, Failure> {
    let now = Local::now().fixed_offset();
    if args.out.exists() && !args.force {
        return Err(Failure::output(
            &args.out,
            message("cli-output_exists", &[]),
        ));
    }
    let (snapshot, preferences) = match &args.from {
        Some(file) => {
            let bytes =
                read_bounded(file, MAX_BACKUP_BYTES).map_err(|e| Failure::input(file, e))?;
            let backup =
                read_backup(&bytes, now.date_naive()).map_err(|e| Failure::input(file, e))?;
            (backup.journal, backup.preferences)
        }
        None => (read_journal(data_dir, now)?, read_preferences(data_dir)),
    };
    let period = Period {
        since: args.since,
        until: args.until,
    };
    let bytes = render(args, &snapshot, preferences.as_ref(), period, now)?;
    write_atomically(&args.out, &bytes).map_err(|e| Failure::output(&args.out, e))?;
    Ok(message(
        "cli-exported",
        &[("path", Arg::Text(args.out.display().to_string()))],
    ))
}

fn render(
    args: &ExportArgs,
    snapshot: &Snapshot,
    preferences: Option<&Preferences>,
    period: Period,
    now: DateTime<FixedOffset>,
) -> Result<Vec<u8>, Failure> {
    Ok(match args.format {
        // A backup is always whole: a period would make it a partial restore.
        Format::Json => write_backup(snapshot, preferences),
        Format::Csv => relief_export::csv::csv_zip(snapshot, period)
            .map_err(|e| Failure::output(&args.out, e))?,
        Format::Fhir => {
            let patient = PatientDetails {
                name: args.name.clone(),
                birth_date: args.birth_date,
            };
            let mut json = serde_json::to_vec_pretty(&bundle(snapshot, &patient, period, now))
                .map_err(|e| Failure::output(&args.out, e))?;
            json.push(b'\n');
            json
        }
        // Floating times, as the app's own calendar export writes them.
        Format::Ics => {
            relief_core::reminders::calendar(&snapshot.reminders, None, now.to_utc()).into_bytes()
        }
    })
}

/// The journal's records, read once. Opening runs the usual checks (and the
/// daily backup if due), exactly as the app would.
fn read_journal(data_dir: &Path, now: DateTime<FixedOffset>) -> Result<Snapshot, Failure> {
    if !data_dir.join(relief_store::JOURNAL_FILE).is_file() {
        return Err(Failure::data_dir(data_dir, message("cli-no_journal", &[])));
    }
    let opened = Journal::open(data_dir, now).map_err(|e| Failure::data_dir(data_dir, e))?;
    opened
        .journal
        .snapshot()
        .map_err(|e| Failure::data_dir(data_dir, e))
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
