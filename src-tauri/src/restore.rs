//! Restoring a backup in two steps: a preview with counts, then the person's
//! choice (merge or replace).
//!
//! The checked backup waits here under a token between the two, so what is
//! written is exactly the file Rust read and checked, never anything the
//! webview sends back. Nothing touches the journal until `confirm`, which
//! backs the journal up first and writes in one transaction.

use std::collections::HashSet;

use chrono::{DateTime, Datelike, FixedOffset};
use relief_export::backup::{read_backup, Backup};
use relief_store::{Journal, RestoreMode, Snapshot};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::ApiError;

/// How many records of each kind.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct RecordCounts {
    pub procedures: u32,
    pub pain_entries: u32,
    pub sessions: u32,
    pub plans: u32,
    pub walking_days: u32,
    pub measures: u32,
    pub reminders: u32,
}

/// What the person sees before choosing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct RestorePreview {
    pub token: u32,
    pub file_name: String,
    /// Everything in the file.
    pub in_file: RecordCounts,
    /// What a merge would add: the file's records the journal does not have.
    pub new_in_merge: RecordCounts,
    /// What the journal holds now (what a replace would remove).
    pub in_journal: RecordCounts,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub enum RestoreChoice {
    Merge,
    Replace,
}

/// What a confirmed restore did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct RestoreDone {
    pub records: u32,
    /// The automatic backup taken just before, by file name.
    pub backup_file: String,
}

#[derive(Default)]
pub struct PendingRestore {
    last_token: u32,
    waiting: Option<(u32, Box<Backup>)>,
}

impl PendingRestore {
    /// Checks the whole file and holds it; any restore already waiting is dropped.
    pub fn preview(
        &mut self,
        journal: &Journal,
        bytes: &[u8],
        file_name: String,
        now: DateTime<FixedOffset>,
    ) -> Result<RestorePreview, ApiError> {
        self.waiting = None;
        let backup = read_backup(bytes, now.date_naive())?;
        let current = journal.snapshot()?;
        self.last_token = self.last_token.wrapping_add(1);
        let preview = RestorePreview {
            token: self.last_token,
            file_name,
            in_file: counts(&backup.journal, |_, _| true),
            new_in_merge: counts(&backup.journal, |kind, id| {
                !ids(&current, kind).contains(&id)
            }),
            in_journal: counts(&current, |_, _| true),
        };
        self.waiting = Some((self.last_token, Box::new(backup)));
        Ok(preview)
    }

    /// Writes the waiting backup. Preferences come along only with a replace;
    /// they are returned for the app to apply.
    pub fn confirm(
        &mut self,
        journal: &Journal,
        token: u32,
        choice: RestoreChoice,
        now: DateTime<FixedOffset>,
    ) -> Result<(RestoreDone, Option<relief_core::Preferences>), ApiError> {
        match self.waiting.take() {
            Some((waiting, backup)) if waiting == token => {
                let mode = match choice {
                    RestoreChoice::Merge => RestoreMode::Merge,
                    RestoreChoice::Replace => RestoreMode::Replace,
                };
                match journal.restore(&backup.journal, mode, now) {
                    Ok((restored, saved_to)) => Ok((
                        RestoreDone {
                            records: restored.total() as u32,
                            backup_file: saved_to
                                .file_name()
                                .map(|n| n.to_string_lossy().into_owned())
                                .unwrap_or_default(),
                        },
                        (mode == RestoreMode::Replace)
                            .then_some(backup.preferences)
                            .flatten(),
                    )),
                    Err(error) => {
                        // Nothing was written: keep it so the person can try again.
                        self.waiting = Some((waiting, backup));
                        Err(error.into())
                    }
                }
            }
            other => {
                self.waiting = other;
                Err(ApiError::new("restore_expired", &[]))
            }
        }
    }

    pub fn cancel(&mut self) {
        self.waiting = None;
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Procedure,
    Pain,
    Session,
    Plan,
    Walking,
    Measure,
    Reminder,
}

/// The ids (walking: days) of one kind of record.
fn ids(s: &Snapshot, kind: Kind) -> HashSet<i64> {
    match kind {
        Kind::Procedure => s.procedures.iter().map(|r| r.id).collect(),
        Kind::Pain => s.pain.iter().map(|r| r.id).collect(),
        Kind::Session => s.sessions.iter().map(|r| r.id).collect(),
        Kind::Plan => s.plans.iter().map(|r| r.id).collect(),
        Kind::Walking => s
            .walking
            .iter()
            .map(|w| i64::from(w.date.num_days_from_ce()))
            .collect(),
        // PSFS and totals share the count; their ids are apart by kind.
        Kind::Measure => s
            .psfs
            .iter()
            .map(|r| r.id * 2)
            .chain(s.measures.iter().map(|r| r.id * 2 + 1))
            .collect(),
        Kind::Reminder => s.reminders.iter().map(|r| r.id).collect(),
    }
}

fn counts(s: &Snapshot, keep: impl Fn(Kind, i64) -> bool) -> RecordCounts {
    let count = |kind: Kind| {
        ids(s, kind)
            .into_iter()
            .filter(|id| keep(kind, *id))
            .count() as u32
    };
    RecordCounts {
        procedures: count(Kind::Procedure),
        pain_entries: count(Kind::Pain),
        sessions: count(Kind::Session),
        plans: count(Kind::Plan),
        walking_days: count(Kind::Walking),
        measures: count(Kind::Measure),
        reminders: count(Kind::Reminder),
    }
}
