//! `relief-window import`: a backup file restored into the journal.
//!
//! The whole file is read and checked before the journal is opened for
//! writing; the journal is backed up first, and the restore is one
//! transaction. Preferences come along only with --replace (committed with
//! the records, then written to their file): a merge keeps the person's own
//! settings.

use std::path::Path;

use chrono::Local;
use relief_export::backup::{read_backup, MAX_BACKUP_BYTES};
use relief_store::RestoreMode;

use super::{open_journal, Done, Failure, ImportArgs};
use crate::files::read_bounded;
use crate::i18n::{message, Arg};

pub fn import(args: &ImportArgs, data_dir: &Path) -> Result<Done, Failure> {
    let now = Local::now().fixed_offset();
    let bytes =
        read_bounded(&args.file, MAX_BACKUP_BYTES).map_err(|e| Failure::input(&args.file, e))?;
    let backup =
        read_backup(&bytes, now.date_naive()).map_err(|e| Failure::input(&args.file, e))?;
    let mode = if args.replace {
        RestoreMode::Replace
    } else {
        RestoreMode::Merge
    };
    let (journal, recovered) = open_journal(data_dir, now)?;
    // With --replace the backup's preferences are committed with its records
    // and written to their file after: if that write fails or the process
    // dies first, the next opening of the journal writes them.
    let preferences = match (mode, &backup.preferences) {
        (RestoreMode::Replace, Some(preferences)) => {
            Some(serde_json::to_string(preferences).map_err(|e| Failure::data_dir(data_dir, e))?)
        }
        _ => None,
    };
    let (restored, saved_to) = journal
        .restore_with_preferences(&backup.journal, mode, preferences.as_deref(), now)
        .map_err(|e| {
            // A record the journal's own rules refuse is the file's fault.
            if e.refused_by_a_rule() {
                Failure::input(&args.file, e)
            } else {
                Failure::journal(data_dir, e)
            }
        })?;
    if let Err(reason) = crate::preferences::apply_restored(&journal, data_dir) {
        return Err(Failure {
            code: 4,
            message: message(
                "cli-preferences_later",
                &[
                    ("count", Arg::Number(restored.total() as f64)),
                    ("reason", Arg::Text(reason)),
                ],
            ),
        });
    }
    Ok(Done {
        said: message(
            if mode == RestoreMode::Replace {
                "cli-imported_replace"
            } else {
                "cli-imported_merge"
            },
            &[
                ("count", Arg::Number(restored.total() as f64)),
                ("backup", Arg::Text(saved_to.display().to_string())),
            ],
        ),
        recovered,
    })
}
