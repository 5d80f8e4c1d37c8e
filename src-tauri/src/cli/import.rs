//! `relief-window import`: a backup file restored into the journal.
//!
//! The whole file is read and checked before the journal is opened for
//! writing; the journal is backed up first, and the restore is one
//! transaction. Preferences come along only with --replace: a merge keeps the
//! person's own settings.

use std::path::Path;

use chrono::Local;
use relief_export::backup::{read_backup, MAX_BACKUP_BYTES};
use relief_store::RestoreMode;

use super::{open_journal, Done, Failure, ImportArgs};
use crate::files::{read_bounded, write_atomically};
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
    let (restored, saved_to) = journal
        .restore(&backup.journal, mode, now)
        .map_err(|e| Failure::data_dir(data_dir, e))?;
    if let (RestoreMode::Replace, Some(preferences)) = (mode, &backup.preferences) {
        // The store plugin's own file shape: one key holding the preferences.
        let file = serde_json::json!({ "preferences": preferences });
        let text = serde_json::to_vec_pretty(&file).map_err(|e| Failure::data_dir(data_dir, e))?;
        let path = crate::preferences::path_in(data_dir);
        write_atomically(&path, &text).map_err(|e| Failure::data_dir(data_dir, e))?;
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
