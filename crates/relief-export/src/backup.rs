//! The backup file: everything the journal holds, plus the preferences, as one
//! versioned JSON document (`docs/backup.md`, `docs/backup.schema.json`).
//!
//! Writing is deterministic: the same journal always gives the same bytes, so a
//! journal restored from a backup backs up to an identical file. That is why
//! the file holds no "made at" time: the file's own date says when.
//!
//! Reading never trusts the file. It is bounded in size, must say what it is
//! and which version, must have the right shape (an error names the field),
//! and must hold together before anyone may write a byte of it: ids in range
//! and unique, every reference resolving, and every record passing the very
//! rules (relief-core's) the app's commands keep, as the app would keep it.

use std::collections::HashSet;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime, TimeDelta};
use relief_core::pain::Walk;
use relief_core::records::{check_date, check_id};
use relief_core::Snapshot;
use relief_core::{
    CoreError, PainDraft, PainEntry, PainScore, Preferences, Procedure, ProcedureDraft, PsfsDraft,
    ReminderDraft, ScoredMeasureDraft, Session, SessionDraft, SessionExercise,
};
use serde::{Deserialize, Serialize};
use serde_json::Value;
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

/// The rules a file must keep that its shape alone cannot say: every record
/// passes the very validator the app's commands run on it (relief-core's, with
/// their limits), and is as the app keeps it; ids are in range and unique;
/// every reference resolves. `today` stands in for the commands' "now".
fn check(backup: &Backup, today: NaiveDate) -> Result<(), BackupError> {
    let j = &backup.journal;
    ids(j)?;
    let mut days = HashSet::new();
    for (i, walk) in j.walking.iter().enumerate() {
        let at = format!("journal.walking[{i}]");
        if !days.insert(walk.date) {
            return Err(inconsistent(
                format!("{at}.date"),
                "this day is listed twice",
            ));
        }
        let kept = Walk::new(walk.date, f64::from(walk.minutes), today)
            .map_err(|e| broken(&at, e, |_| "date"))?;
        as_kept(&at, walk, &kept)?;
    }
    for (i, p) in j.procedures.iter().enumerate() {
        let at = format!("journal.procedures[{i}]");
        let draft = ProcedureDraft {
            date: p.date.to_string(),
            region: Some(p.region),
            levels: p.levels.clone(),
            side: p.side,
            clinic: p.clinic.clone(),
            clinician: p.clinician.clone(),
            clinic_phone: p.clinic_phone.clone(),
            baseline_pain: p.baseline_pain.map(|s| f64::from(s.get())),
            notes: p.notes.clone(),
        };
        let valid = draft.validate(today).map_err(|e| {
            broken(&at, e, |e| {
                if let CoreError::TextTooLong { field, .. } = e {
                    field
                } else if matches!(e, CoreError::LevelNotInRegion { .. }) {
                    "levels"
                } else {
                    "date"
                }
            })
        })?;
        let kept = Procedure {
            id: p.id,
            date: valid.date,
            region: valid.region,
            levels: valid.levels,
            side: valid.side,
            clinic: valid.clinic,
            clinician: valid.clinician,
            clinic_phone: valid.clinic_phone,
            baseline_pain: valid.baseline_pain,
            notes: valid.notes,
        };
        as_kept(&at, p, &kept)?;
    }
    let rating = |score: PainScore| f64::from(score.get());
    for (i, e) in j.pain.iter().enumerate() {
        let at = format!("journal.pain[{i}]");
        let draft = PainDraft {
            score: rating(e.score),
            note: e.note.clone(),
            recorded_at: Some(e.recorded_at.to_rfc3339()),
            worst_24h: e.worst_24h.map(rating),
            average_24h: e.average_24h.map(rating),
            interference: e.interference.map(rating),
            tags: Some(e.tags.clone()),
        };
        let valid = draft
            .validate(end_of(today, *e.recorded_at.offset()))
            .map_err(|e| {
                broken(&at, e, |e| {
                    if matches!(e, CoreError::NoteTooLong { .. }) {
                        "note"
                    } else {
                        "recordedAt"
                    }
                })
            })?;
        let kept = PainEntry {
            id: e.id,
            score: valid.score,
            note: valid.note,
            recorded_at: valid.recorded_at,
            updated_at: e.updated_at,
            worst_24h: valid.worst_24h,
            average_24h: valid.average_24h,
            interference: valid.interference,
            tags: valid.tags,
        };
        as_kept(&at, e, &kept)?;
    }
    for (i, record) in j.sessions.iter().enumerate() {
        let at = format!("journal.sessions[{i}].session");
        let s = &record.session;
        let draft = SessionDraft {
            started_at: s.started_at.to_rfc3339(),
            finished_at: s.finished_at.to_rfc3339(),
            exercises: s.exercises.clone(),
            effort: f64::from(s.effort),
            pain_before: s.pain_before.map(rating),
            pain_after: s.pain_after.map(rating),
            note: s.note.clone(),
        };
        let valid = draft
            .validate(end_of(today, *s.finished_at.offset()))
            .map_err(|e| {
                broken(&at, e, |e| {
                    if matches!(e, CoreError::EffortOutOfRange { .. }) {
                        "effort"
                    } else if matches!(e, CoreError::DateImplausible { .. }) {
                        "startedAt"
                    } else {
                        "finishedAt"
                    }
                })
            })?;
        // Files from before `notDone` existed kept a passed-over exercise
        // as one with nothing done: read, as the journal reads it, as not
        // done (docs/backup.md).
        let settled = Session {
            exercises: s.exercises.iter().map(SessionExercise::settled).collect(),
            ..s.clone()
        };
        as_kept(&at, &settled, &valid)?;
    }
    for (i, record) in j.plans.iter().enumerate() {
        let at = format!("journal.plans[{i}]");
        // A plan was checked on the day it became current: its review date
        // is near that day, not necessarily near today.
        let made = record.created_at.date_naive();
        let too_new = made.pred_opt().is_some_and(|day| day > today);
        if too_new || check_date(made).is_err() {
            return Err(inconsistent(
                format!("{at}.createdAt"),
                "the plan is dated before the earliest day the app keeps, or after today",
            ));
        }
        let valid = record
            .plan
            .validate(made)
            .map_err(|e| broken(&format!("{at}.plan"), e, |_| ""))?;
        as_kept(&format!("{at}.plan"), &record.plan, &valid)?;
    }
    if j.plans.iter().filter(|p| p.replaced_at.is_none()).count() > 1 {
        return Err(inconsistent(
            "journal.plans".into(),
            "more than one plan is marked current",
        ));
    }
    let plans: HashSet<i64> = j.plans.iter().map(|p| p.id).collect();
    for (i, session) in j.sessions.iter().enumerate() {
        if session.plan_id.is_some_and(|id| !plans.contains(&id)) {
            return Err(inconsistent(
                format!("journal.sessions[{i}].planId"),
                "names a plan the file does not have",
            ));
        }
    }
    for (i, record) in j.psfs.iter().enumerate() {
        let at = format!("journal.psfs[{i}]");
        let draft = PsfsDraft {
            activities: record.psfs.activities.clone(),
            recorded_on: record.psfs.recorded_on,
        };
        let valid = draft
            .validate(today)
            .map_err(|e| broken(&at, e, |_| "recordedOn"))?;
        as_kept(&at, &record.psfs, &valid)?;
    }
    for (i, record) in j.measures.iter().enumerate() {
        let at = format!("journal.measures[{i}]");
        let m = &record.measure;
        let draft = ScoredMeasureDraft {
            measure: m.measure,
            total: m.total,
            recorded_on: m.recorded_on,
            scored_by: m.scored_by.clone(),
        };
        let valid = draft
            .validate(today)
            .map_err(|e| broken(&at, e, |_| "recordedOn"))?;
        as_kept(&at, m, &valid)?;
    }
    let now_local =
        end_of(today, FixedOffset::east_opt(0).expect("UTC is an offset")).naive_local();
    let live = j
        .reminders
        .iter()
        .enumerate()
        .map(|(i, r)| (format!("journal.reminders[{i}]"), r));
    let retired = j
        .retired_reminders
        .iter()
        .enumerate()
        .map(|(i, r)| (format!("journal.retiredReminders[{i}]"), r));
    for (at, r) in live.chain(retired) {
        let draft = ReminderDraft {
            kind: r.kind,
            message: r.message.clone(),
            enabled: r.enabled,
            schedule: r.schedule.clone(),
        };
        let valid = draft
            .validate_kept(now_local)
            .map_err(|e| broken(&at, e, |_| "schedule.at"))?;
        as_kept(&at, r, &valid.with_id(r.id))?;
    }
    let reminders: HashSet<i64> = j
        .reminders
        .iter()
        .chain(&j.retired_reminders)
        .map(|r| r.id)
        .collect();
    for (i, event) in j.reminder_events.iter().enumerate() {
        if !reminders.contains(&event.event.occurrence.reminder_id) {
            return Err(inconsistent(
                format!("journal.reminderEvents[{i}].occurrence.reminderId"),
                "names a reminder the file does not have",
            ));
        }
    }
    if let Some(preferences) = &backup.preferences {
        if let Err(e) = preferences.clone().validate() {
            return Err(inconsistent("preferences".into(), &e.to_string()));
        }
    }
    Ok(())
}

/// Every id within `relief_core::MAX_ID` (the commands' limit, too) and used
/// once in its list.
fn ids(j: &Snapshot) -> Result<(), BackupError> {
    let lists: [(&str, Vec<i64>); 8] = [
        (
            "journal.procedures",
            j.procedures.iter().map(|r| r.id).collect(),
        ),
        ("journal.pain", j.pain.iter().map(|r| r.id).collect()),
        (
            "journal.sessions",
            j.sessions.iter().map(|r| r.id).collect(),
        ),
        ("journal.plans", j.plans.iter().map(|r| r.id).collect()),
        ("journal.psfs", j.psfs.iter().map(|r| r.id).collect()),
        (
            "journal.measures",
            j.measures.iter().map(|r| r.id).collect(),
        ),
        (
            "journal.reminders",
            j.reminders.iter().map(|r| r.id).collect(),
        ),
        (
            "journal.reminderEvents",
            j.reminder_events.iter().map(|r| r.id).collect(),
        ),
    ];
    let retired = j.retired_reminders.iter().map(|r| r.id);
    for (list, ids) in &lists {
        in_range(list, ids.iter().copied())?;
    }
    in_range("journal.retiredReminders", retired.clone())?;
    if let Some(state) = &j.scheduler_state {
        for (i, snooze) in state.snoozes.per_reminder.iter().enumerate() {
            if let Err(e) = check_id(snooze.reminder_id) {
                return Err(inconsistent(
                    format!("journal.schedulerState.snoozes.perReminder[{i}].reminderId"),
                    &e.to_string(),
                ));
            }
        }
    }
    for (list, ids) in lists {
        // Reminders and retired reminders share one set of ids.
        if list == "journal.reminders" {
            unique(list, ids.into_iter().chain(retired.clone()))?;
        } else {
            unique(list, ids.into_iter())?;
        }
    }
    Ok(())
}

fn in_range(list: &str, ids: impl Iterator<Item = i64>) -> Result<(), BackupError> {
    for (i, id) in ids.enumerate() {
        if let Err(e) = check_id(id) {
            return Err(inconsistent(format!("{list}[{i}].id"), &e.to_string()));
        }
    }
    Ok(())
}

/// The last instant of `today` in `offset`: the reader's "now", so that a
/// record the app took today is never in the future.
fn end_of(today: NaiveDate, offset: FixedOffset) -> DateTime<FixedOffset> {
    let last = today.and_time(NaiveTime::MIN) + TimeDelta::days(1) - TimeDelta::nanoseconds(1);
    DateTime::from_naive_utc_and_offset(last - offset, offset)
}

fn inconsistent(path: String, reason: &str) -> BackupError {
    BackupError::Inconsistent {
        path,
        reason: reason.to_owned(),
    }
}

/// A record that breaks one of the app's rules, refused at the field the rule
/// names; `field` says which for a rule that names none (an empty one means the
/// record itself).
fn broken(at: &str, error: CoreError, field: fn(&CoreError) -> &'static str) -> BackupError {
    let path = match error.field().unwrap_or_else(|| field(&error)) {
        "" => at.to_owned(),
        field => format!("{at}.{field}"),
    };
    BackupError::Inconsistent {
        path,
        reason: error.to_string(),
    }
}

/// Refuses a record that is not as the app keeps it: `kept` is what the rules
/// made of it, and the two differ only where the file holds what the app never
/// writes (blank or untrimmed text, a repeat, a list out of order).
fn as_kept<T: Serialize + PartialEq>(at: &str, record: &T, kept: &T) -> Result<(), BackupError> {
    // Nearly every record is as kept; JSON is only for naming the field.
    if record == kept {
        return Ok(());
    }
    let value = |r: &T| {
        serde_json::to_value(r)
            .expect("journal records always serialise to JSON (no non-string map keys)")
    };
    match difference(&value(record), &value(kept)) {
        None => Ok(()),
        Some(field) => Err(inconsistent(
            format!("{at}{field}"),
            "the app never keeps this: text that is blank or has spaces around it, a repeat, or a list out of order",
        )),
    }
}

/// Where `a` and `b` first differ, as a path below them (`.note`,
/// `.schedule.days`); none when they are the same. A list with one entry
/// changed names that entry; one changed more (shorter, or in another order)
/// names the list.
fn difference(a: &Value, b: &Value) -> Option<String> {
    match (a, b) {
        _ if a == b => None,
        (Value::Object(x), Value::Object(y)) => {
            let keys = x.keys().chain(y.keys().filter(|k| !x.contains_key(*k)));
            keys.map(|k| {
                let (left, right) = (
                    x.get(k).unwrap_or(&Value::Null),
                    y.get(k).unwrap_or(&Value::Null),
                );
                difference(left, right).map(|below| format!(".{k}{below}"))
            })
            .find_map(|d| d)
        }
        (Value::Array(x), Value::Array(y))
            if x.len() == y.len() && x.iter().zip(y).filter(|(l, r)| l != r).count() == 1 =>
        {
            x.iter()
                .zip(y)
                .enumerate()
                .find_map(|(i, (l, r))| difference(l, r).map(|below| format!("[{i}]{below}")))
        }
        _ => Some(String::new()),
    }
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
