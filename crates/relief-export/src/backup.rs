//! The backup file: everything the journal holds, plus the preferences, as one
//! versioned JSON document (`docs/backup.md`, `docs/backup.schema.json`).
//!
//! Writing is deterministic: the same journal always gives the same bytes, so a
//! journal restored from a backup backs up to an identical file. That is why
//! the file holds no "made at" time: the file's own date says when.
//!
//! Reading never trusts the file. It is bounded in size, must say what it is
//! and which version, must have the right shape (an error names the field),
//! and must hold together (ids unique, every reference resolving, every
//! measure within its rules) before anyone may write a byte of it.

use std::collections::HashSet;

use chrono::NaiveDate;
use relief_core::{Preferences, PsfsDraft, ScoredMeasureDraft};
use relief_store::Snapshot;
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// What the file says it is, so a plan file or any other JSON is told apart.
pub const FORMAT: &str = "relief-window-backup";
/// The version this build writes and reads.
pub const VERSION: u32 = 1;
/// Far above ten years of daily records (a 10-year seed is a few MiB); a file
/// bigger than this is not one of ours, and reading it could exhaust memory.
pub const MAX_BACKUP_BYTES: usize = 64 * 1024 * 1024;

/// A backup as it is written and read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Backup {
    pub format: String,
    pub version: u32,
    pub journal: Snapshot,
    /// Absent in a backup made without the app's preferences (the command line
    /// run on a bare data folder).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preferences: Option<Preferences>,
}

/// Why a file cannot be restored. `code()` is what the app and the command
/// line show; every variant means nothing was written.
#[derive(Debug, Error, PartialEq)]
pub enum BackupError {
    #[error("the file is {bytes} bytes; a backup is at most {max}")]
    TooLarge { bytes: usize, max: usize },
    #[error("the file is not JSON (line {line}, column {column}): {reason}")]
    NotJson {
        line: usize,
        column: usize,
        reason: String,
    },
    #[error("the file is not a Relief Window backup")]
    NotABackup,
    #[error("the backup is version {found}; this version of the app reads version {VERSION}")]
    UnsupportedVersion { found: u64 },
    #[error("at {path}: {reason}")]
    WrongShape { path: String, reason: String },
    #[error("at {path}: {reason}")]
    Inconsistent { path: String, reason: String },
}

impl BackupError {
    pub fn code(&self) -> &'static str {
        match self {
            BackupError::TooLarge { .. } => "backup_too_large",
            BackupError::NotJson { .. } => "backup_not_json",
            BackupError::NotABackup => "backup_not_a_backup",
            BackupError::UnsupportedVersion { .. } => "backup_unsupported_version",
            BackupError::WrongShape { .. } => "backup_wrong_shape",
            BackupError::Inconsistent { .. } => "backup_inconsistent",
        }
    }

    /// The field the problem is at (`journal.pain[3].score`), if any.
    pub fn field(&self) -> Option<&str> {
        match self {
            BackupError::WrongShape { path, .. } | BackupError::Inconsistent { path, .. } => {
                Some(path)
            }
            _ => None,
        }
    }
}

/// The backup of `journal` (and `preferences`), as pretty JSON ending in a
/// newline: readable, and diffable between two backups.
pub fn write_backup(journal: &Snapshot, preferences: Option<&Preferences>) -> Vec<u8> {
    let backup = BackupRef {
        format: FORMAT,
        version: VERSION,
        journal,
        preferences,
    };
    // Serialising plain records to a Vec cannot fail: no map has non-string
    // keys and no writer can return an I/O error.
    let mut bytes = serde_json::to_vec_pretty(&backup)
        .expect("journal records always serialise to JSON (no non-string map keys)");
    bytes.push(b'\n');
    bytes
}

/// `Backup` by reference, so writing copies nothing.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct BackupRef<'a> {
    format: &'static str,
    version: u32,
    journal: &'a Snapshot,
    #[serde(skip_serializing_if = "Option::is_none")]
    preferences: Option<&'a Preferences>,
}

/// Reads and checks a whole backup; `today` is the person's local date (no
/// measure may be dated after it).
pub fn read_backup(bytes: &[u8], today: NaiveDate) -> Result<Backup, BackupError> {
    if bytes.len() > MAX_BACKUP_BYTES {
        return Err(BackupError::TooLarge {
            bytes: bytes.len(),
            max: MAX_BACKUP_BYTES,
        });
    }
    // As the plan reader does (relief_core::parse_plan_file): a byte-order
    // mark, which some Windows editors add, means nothing in UTF-8 JSON.
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    let value: serde_json::Value =
        serde_json::from_slice(bytes).map_err(|e| BackupError::NotJson {
            line: e.line(),
            column: e.column(),
            reason: e.to_string(),
        })?;
    // What it is and which version first, so a newer file gets "update the
    // app" rather than a confusing complaint about a field.
    if value.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
        return Err(BackupError::NotABackup);
    }
    match value.get("version").and_then(|v| v.as_u64()) {
        Some(v) if v == u64::from(VERSION) => {}
        Some(found) => return Err(BackupError::UnsupportedVersion { found }),
        None => return Err(BackupError::NotABackup),
    }
    let backup: Backup =
        serde_path_to_error::deserialize(value).map_err(|e| BackupError::WrongShape {
            path: e.path().to_string(),
            reason: e.inner().to_string(),
        })?;
    check(&backup, today)?;
    Ok(backup)
}

/// The rules a file must keep that its shape alone cannot say.
fn check(backup: &Backup, today: NaiveDate) -> Result<(), BackupError> {
    let j = &backup.journal;
    let bad = |path: String, reason: &str| BackupError::Inconsistent {
        path,
        reason: reason.to_owned(),
    };
    unique("journal.procedures", j.procedures.iter().map(|r| r.id))?;
    unique("journal.pain", j.pain.iter().map(|r| r.id))?;
    unique("journal.sessions", j.sessions.iter().map(|r| r.id))?;
    unique("journal.plans", j.plans.iter().map(|r| r.id))?;
    unique("journal.psfs", j.psfs.iter().map(|r| r.id))?;
    unique("journal.measures", j.measures.iter().map(|r| r.id))?;
    unique(
        "journal.reminders",
        j.reminders.iter().chain(&j.retired_reminders).map(|r| r.id),
    )?;
    unique(
        "journal.reminderEvents",
        j.reminder_events.iter().map(|r| r.id),
    )?;
    let mut days = HashSet::new();
    for (i, walk) in j.walking.iter().enumerate() {
        if !days.insert(walk.date) {
            return Err(bad(
                format!("journal.walking[{i}].date"),
                "this day is listed twice",
            ));
        }
        if walk.minutes > relief_core::pain::MAX_WALKING_MINUTES {
            return Err(bad(
                format!("journal.walking[{i}].minutes"),
                "more minutes than a day has",
            ));
        }
    }
    let long = |text: &Option<String>| {
        text.as_ref()
            .is_some_and(|t| t.chars().count() > relief_core::pain::MAX_NOTE_CHARS)
    };
    for (i, entry) in j.pain.iter().enumerate() {
        if long(&entry.note) {
            return Err(bad(
                format!("journal.pain[{i}].note"),
                "the note is longer than the app allows",
            ));
        }
    }
    for (i, record) in j.sessions.iter().enumerate() {
        if long(&record.session.note) {
            return Err(bad(
                format!("journal.sessions[{i}].session.note"),
                "the note is longer than the app allows",
            ));
        }
        for (n, e) in record.session.exercises.iter().enumerate() {
            if e.not_done && e.skipped.is_some() {
                return Err(bad(
                    format!("journal.sessions[{i}].session.exercises[{n}].notDone"),
                    "an exercise cannot be both skipped and not done",
                ));
            }
        }
    }
    if j.plans.iter().filter(|p| p.replaced_at.is_none()).count() > 1 {
        return Err(bad(
            "journal.plans".into(),
            "more than one plan is marked current",
        ));
    }
    let plans: HashSet<i64> = j.plans.iter().map(|p| p.id).collect();
    for (i, session) in j.sessions.iter().enumerate() {
        if session.plan_id.is_some_and(|id| !plans.contains(&id)) {
            return Err(bad(
                format!("journal.sessions[{i}].planId"),
                "names a plan the file does not have",
            ));
        }
    }
    let reminders: HashSet<i64> = j
        .reminders
        .iter()
        .chain(&j.retired_reminders)
        .map(|r| r.id)
        .collect();
    for (i, event) in j.reminder_events.iter().enumerate() {
        if !reminders.contains(&event.event.occurrence.reminder_id) {
            return Err(bad(
                format!("journal.reminderEvents[{i}].occurrence.reminderId"),
                "names a reminder the file does not have",
            ));
        }
    }
    // The measures go through the same rules as when they were first entered.
    for (i, record) in j.psfs.iter().enumerate() {
        let draft = PsfsDraft {
            activities: record.psfs.activities.clone(),
            recorded_on: record.psfs.recorded_on,
        };
        if let Err(e) = draft.validate(today) {
            return Err(bad(format!("journal.psfs[{i}]"), &e.to_string()));
        }
    }
    for (i, record) in j.measures.iter().enumerate() {
        let m = &record.measure;
        let draft = ScoredMeasureDraft {
            measure: m.measure,
            total: m.total,
            recorded_on: m.recorded_on,
            scored_by: m.scored_by.clone(),
        };
        if let Err(e) = draft.validate(today) {
            return Err(bad(format!("journal.measures[{i}]"), &e.to_string()));
        }
    }
    if let Some(preferences) = &backup.preferences {
        if let Err(e) = preferences.clone().validate() {
            return Err(bad("preferences".into(), &e.to_string()));
        }
    }
    Ok(())
}

fn unique(path: &str, ids: impl Iterator<Item = i64>) -> Result<(), BackupError> {
    let mut seen = HashSet::new();
    for (i, id) in ids.enumerate() {
        if !seen.insert(id) {
            return Err(BackupError::Inconsistent {
                path: format!("{path}[{i}].id"),
                reason: format!("the id {id} is used twice"),
            });
        }
    }
    Ok(())
}
