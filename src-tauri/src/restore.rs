//! Restoring a backup in two steps: a preview with counts, then the person's
//! choice (merge or replace).
//!
//! The checked backup waits here under a token between the two, so what is
//! written is exactly the file Rust read and checked, never anything the
//! webview sends back. Nothing touches the journal until `confirm`, which
//! backs the journal up first and writes in one transaction.

use std::collections::HashMap;

use chrono::{DateTime, FixedOffset};
use relief_core::Snapshot;
use relief_export::backup::{read_backup, Backup};
use relief_store::{already_here, AlreadyHere, Journal, RestoreMode};
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
    /// A replace's preferences are in the journal but could not be saved to
    /// their file yet; they will be on the next start. The UI says so.
    pub preferences_pending: bool,
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
            in_file: counts(&backup.journal),
            new_in_merge: new_in_merge(&backup.journal, &already_here(&current, &backup.journal)),
            in_journal: counts(&current),
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
                // A replace's preferences are committed with its records.
                let preferences = (mode == RestoreMode::Replace)
                    .then_some(backup.preferences.as_ref())
                    .flatten();
                let json = preferences
                    .map(serde_json::to_string)
                    .transpose()
                    .map_err(|e| {
                        eprintln!("relief-window: preferences serialise: {e}");
                        ApiError::new("internal", &[])
                    })?;
                match journal.restore_with_preferences(&backup.journal, mode, json.as_deref(), now)
                {
                    Ok((restored, saved_to)) => Ok((
                        RestoreDone {
                            records: restored.total() as u32,
                            backup_file: saved_to
                                .file_name()
                                .map(|n| n.to_string_lossy().into_owned())
                                .unwrap_or_default(),
                            preferences_pending: false,
                        },
                        preferences.cloned(),
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

/// Every record of each kind in `s`.
fn counts(s: &Snapshot) -> RecordCounts {
    RecordCounts {
        procedures: count(s.procedures.len()),
        pain_entries: count(s.pain.len()),
        sessions: count(s.sessions.len()),
        plans: count(s.plans.len()),
        walking_days: count(s.walking.len()),
        measures: count(s.psfs.len() + s.measures.len()),
        reminders: count(s.reminders.len()),
    }
}

/// What a merge of `file` would add: its records the journal does not
/// already have (`relief_store::already_here`, the very rule the merge follows).
fn new_in_merge(file: &Snapshot, here: &AlreadyHere) -> RecordCounts {
    fn new<T>(records: &[T], id: impl Fn(&T) -> i64, have: &HashMap<i64, i64>) -> usize {
        records
            .iter()
            .filter(|r| !have.contains_key(&id(r)))
            .count()
    }
    RecordCounts {
        procedures: count(new(&file.procedures, |r| r.id, &here.procedures)),
        pain_entries: count(new(&file.pain, |r| r.id, &here.pain)),
        sessions: count(new(&file.sessions, |r| r.id, &here.sessions)),
        plans: count(new(&file.plans, |r| r.id, &here.plans)),
        walking_days: count(
            file.walking
                .iter()
                .filter(|w| !here.walking_days.contains(&w.date))
                .count(),
        ),
        measures: count(
            new(&file.psfs, |r| r.id, &here.psfs) + new(&file.measures, |r| r.id, &here.measures),
        ),
        reminders: count(new(&file.reminders, |r| r.id, &here.reminders)),
    }
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use relief_core::{PainScore, ValidPain};
    use relief_export::backup::write_backup;

    use super::*;

    fn at(text: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(text).unwrap()
    }

    fn pain(score: u8, time: &str) -> ValidPain {
        ValidPain {
            score: PainScore::try_from(f64::from(score)).unwrap(),
            note: None,
            recorded_at: at(time),
            worst_24h: None,
            average_24h: None,
            interference: None,
            tags: Vec::new(),
        }
    }

    /// The preview counts what the merge will add: another computer's
    /// entries whose ids this journal uses for its own are new, and the same
    /// file's entries once merged are not.
    #[test]
    fn the_preview_counts_what_a_merge_adds() {
        let now = at("2026-03-29T09:30:00+01:00");
        let other = tempfile::tempdir().unwrap();
        let other = Journal::open(other.path(), now).unwrap().journal;
        for hour in 6..9 {
            other
                .add_pain(&pain(4, &format!("2026-03-01T{hour:02}:00:00+00:00")), now)
                .unwrap();
        }
        let file = write_backup(&other.snapshot().unwrap(), None);

        let dir = tempfile::tempdir().unwrap();
        let journal = Journal::open(dir.path(), now).unwrap().journal;
        journal
            .add_pain(&pain(6, "2026-03-20T07:00:00+00:00"), now)
            .unwrap();
        let mut pending = PendingRestore::default();
        let preview = pending
            .preview(&journal, &file, "b.json".into(), now)
            .unwrap();
        assert_eq!(preview.in_journal.pain_entries, 1);
        assert_eq!(preview.in_file.pain_entries, 3);
        assert_eq!(
            preview.new_in_merge.pain_entries, 3,
            "id 1 is another entry here"
        );

        let (done, _) = pending
            .confirm(&journal, preview.token, RestoreChoice::Merge, now)
            .unwrap();
        assert_eq!(done.records, 3);
        assert_eq!(journal.snapshot().unwrap().pain.len(), 4);
        let again = pending
            .preview(&journal, &file, "b.json".into(), now)
            .unwrap();
        assert_eq!(again.new_in_merge.pain_entries, 0, "all three are here now");
    }
}
