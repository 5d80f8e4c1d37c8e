//! Which of a backup's records a merge leaves out because the journal already
//! has them, whatever their ids.
//!
//! Ids are only unique within one journal. A backup from an earlier day of the
//! same journal shares them; a backup from another computer (where the person
//! logged before restoring here) reuses the same small numbers for other
//! records. So a file's record counts as already here when the journal holds:
//!
//! - the record with the same id and the same *identity*: the moment or day it
//!   is about (a pain score's time, a session's start, a plan's creation…),
//!   so a record corrected since the backup is not brought back as a second
//!   copy; or
//! - a record with the same *content* under any id: what a merge that gave it a
//!   new id wrote before, so merging the same file twice adds nothing.
//!
//! Anything else is added: under its own id if that is free, else a new one
//! (`restore.rs`), with sessions and reminder events following their plan's
//! and reminder's new ids.

use std::collections::{HashMap, HashSet};

use serde::Serialize;
use serde_json::Value;

use relief_core::reminders::ReminderEventRecord;
use relief_core::Snapshot;

/// For each kind, the file's ids the journal already has, each with the id
/// the journal has it under.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct AlreadyHere {
    pub procedures: HashMap<i64, i64>,
    pub pain: HashMap<i64, i64>,
    pub sessions: HashMap<i64, i64>,
    pub plans: HashMap<i64, i64>,
    pub psfs: HashMap<i64, i64>,
    pub measures: HashMap<i64, i64>,
    /// Live and retired reminders alike: they share one table.
    pub reminders: HashMap<i64, i64>,
    pub reminder_events: HashMap<i64, i64>,
    /// Walking is one number a day: a day the journal has keeps its number.
    pub walking_days: HashSet<chrono::NaiveDate>,
}

/// What of `file` the journal whose snapshot is `here` already has.
pub fn already_here(here: &Snapshot, file: &Snapshot) -> AlreadyHere {
    let reminders = |s: &Snapshot| -> Vec<relief_core::Reminder> {
        s.reminders
            .iter()
            .chain(&s.retired_reminders)
            .cloned()
            .collect()
    };
    let plans = found(
        (&here.plans, &file.plans),
        |r| r.id,
        |r| r.created_at.to_rfc3339(),
        // A merge stamps the file's current plan replaced.
        (
            |r| content(r, &["id", "replacedAt"]),
            |r| content(r, &["id", "replacedAt"]),
        ),
    );
    let reminders_here = found(
        (&reminders(here), &reminders(file)),
        |r| r.id,
        |r| key(&r.kind),
        (|r| content(r, &["id"]), |r| content(r, &["id"])),
    );
    // A session or event is the same only if it belongs to the same plan
    // or reminder: the journal's own, or the file's as the journal has it
    // (one the journal does not have yet cannot match anything).
    let own = |id: Option<i64>| id.map_or("none".to_owned(), |id| id.to_string());
    let as_here = |map: &HashMap<i64, i64>, id: Option<i64>| match id {
        Some(id) => map
            .get(&id)
            .map_or(format!("new {id}"), |here| here.to_string()),
        None => "none".to_owned(),
    };
    AlreadyHere {
        procedures: found(
            (&here.procedures, &file.procedures),
            |r| r.id,
            |r| key(&(r.date, r.region)),
            (|r| content(r, &["id"]), |r| content(r, &["id"])),
        ),
        pain: found(
            (&here.pain, &file.pain),
            |r| r.id,
            |r| r.recorded_at.to_rfc3339(),
            (|r| content(r, &["id"]), |r| content(r, &["id"])),
        ),
        sessions: found(
            (&here.sessions, &file.sessions),
            |r| r.id,
            |r| r.session.started_at.to_rfc3339(),
            (
                |r| format!("{} {}", content(r, &["id", "planId"]), own(r.plan_id)),
                |r| {
                    let plan = as_here(&plans, r.plan_id);
                    format!("{} {plan}", content(r, &["id", "planId"]))
                },
            ),
        ),
        psfs: found(
            (&here.psfs, &file.psfs),
            |r| r.id,
            |r| r.psfs.recorded_on.to_string(),
            (|r| content(r, &["id"]), |r| content(r, &["id"])),
        ),
        measures: found(
            (&here.measures, &file.measures),
            |r| r.id,
            |r| key(&(r.measure.measure, r.measure.recorded_on)),
            (|r| content(r, &["id"]), |r| content(r, &["id"])),
        ),
        reminder_events: found(
            (&here.reminder_events, &file.reminder_events),
            |r| r.id,
            |r: &ReminderEventRecord| r.recorded_at.to_rfc3339(),
            (
                |r| {
                    let reminder = own(Some(r.event.occurrence.reminder_id));
                    format!(
                        "{} {reminder}",
                        content(r, &["id", "occurrence.reminderId"])
                    )
                },
                |r| {
                    let reminder = as_here(&reminders_here, Some(r.event.occurrence.reminder_id));
                    format!(
                        "{} {reminder}",
                        content(r, &["id", "occurrence.reminderId"])
                    )
                },
            ),
        ),
        plans,
        reminders: reminders_here,
        walking_days: file
            .walking
            .iter()
            .map(|w| w.date)
            .filter(|day| here.walking.iter().any(|w| w.date == *day))
            .collect(),
    }
}

/// The file's records the journal has, by the two rules in the module's
/// overview, as file id → journal id. `contents` describe a journal record
/// and a file record in the same terms (a file's reference to another of its
/// records is put as the journal has that record).
fn found<T>(
    (journal, file): (&[T], &[T]),
    id: impl Fn(&T) -> i64,
    identity: impl Fn(&T) -> String,
    (journal_content, file_content): (impl Fn(&T) -> String, impl Fn(&T) -> String),
) -> HashMap<i64, i64> {
    let by_id: HashMap<i64, String> = journal.iter().map(|r| (id(r), identity(r))).collect();
    let by_content: HashMap<String, i64> = journal
        .iter()
        .map(|r| (journal_content(r), id(r)))
        .collect();
    file.iter()
        .filter_map(|r| {
            let same_record = by_id.get(&id(r)).is_some_and(|i| *i == identity(r));
            if same_record {
                Some((id(r), id(r)))
            } else {
                by_content.get(&file_content(r)).map(|here| (id(r), *here))
            }
        })
        .collect()
}

/// A record as JSON without the named fields (its ids; `a.b` for a field of a
/// field), for comparing.
fn content<T: Serialize>(record: &T, without: &[&str]) -> String {
    match serde_json::to_value(record) {
        Ok(mut value) => {
            for path in without {
                remove(&mut value, path);
            }
            value.to_string()
        }
        Err(_) => unlike_anything(record),
    }
}

fn remove(value: &mut Value, path: &str) {
    match path.split_once('.') {
        Some((field, rest)) => {
            if let Some(inner) = value.get_mut(field) {
                remove(inner, rest);
            }
        }
        None => {
            if let Value::Object(fields) = value {
                fields.remove(path);
            }
        }
    }
}

fn key<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_else(|_| unlike_anything(value))
}

/// Records never fail to serialise (they are plain structs); if one ever
/// did, it must match nothing rather than every other that failed.
fn unlike_anything<T>(record: &T) -> String {
    format!("unreadable at {:p}", record)
}
