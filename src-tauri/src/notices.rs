//! Start-up notices: things that happened before the window opened that the person
//! should hear about in plain words (a journal restored from backup, preferences
//! reset). They are shown on Today; a recovery's stays, run after run, until
//! the person dismisses it.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use relief_store::RecoveryNote;

use crate::i18n::{message, Arg};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Notice {
    pub code: String,
    pub message: String,
    /// For a recovered journal: the id to pass to `dismiss_recovery`, so the
    /// notice stays, run after run, until the person has read it. Other
    /// notices are about this run only.
    #[ts(type = "number | null")]
    pub recovery: Option<i64>,
}

impl Notice {
    /// A notice whose words are the catalog entry `notice-<code>`.
    pub fn new(code: &str, args: &[(&str, Arg)]) -> Self {
        Notice {
            code: code.to_owned(),
            message: message(&format!("notice-{code}"), args),
            recovery: None,
        }
    }

    /// The notice for a recovery the journal remembers until it is dismissed.
    pub fn recovery(note: &RecoveryNote) -> Self {
        let damage = ("damage", Arg::Text(note.damage.code().to_owned()));
        let moved_to = ("movedTo", Arg::Text(note.moved_to.clone()));
        let notice = match note.backup_taken_at {
            Some(taken) if note.restored_from.is_some() => {
                // The person's own clock, as every other time in the app.
                let local = taken.with_timezone(&chrono::Local);
                let when = Arg::Text(local.format("%Y-%m-%d %H:%M").to_string());
                Notice::new(
                    "journal_restored",
                    &[damage, ("backupDate", when), moved_to],
                )
            }
            _ => Notice::new("journal_recreated", &[damage, moved_to]),
        };
        Notice {
            recovery: Some(note.id),
            ..notice
        }
    }
}
