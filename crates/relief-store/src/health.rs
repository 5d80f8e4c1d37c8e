//! Whether a journal file can be trusted: the checks `Journal::open` runs on
//! the journal, and recovery on every backup it considers, so a damaged file
//! is never taken for a sound one.
//!
//! SQLite's `integrity_check` sees damage to its own structures; it does not
//! see a row whose bytes no longer read as the record they were (a flipped
//! bit in a date, a cut JSON), nor a file emptied by something outside the
//! app (`: > journal.sqlite3` is a valid, empty database to SQLite). So a
//! journal is sound only when, besides passing `integrity_check`, every row of
//! every table reads through the same code the app reads it with, and when an
//! empty journal is not standing where a backup holds records.

use std::path::Path;

use rusqlite::Connection;

use crate::{backup, StoreError};

/// Why a journal was found unsound: what recovery tells the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Damage {
    /// SQLite calls the file damaged (or it is not a database at all).
    Damaged,
    /// The file is empty, or has no tables, while a backup holds records.
    Emptied,
    /// A row does not read as the record it was.
    Unreadable,
    /// The journal could not be brought to this version of the app.
    NotUpgradable,
}

impl Damage {
    /// A stable code for the notice and the command line's words.
    pub fn code(self) -> &'static str {
        match self {
            Damage::Damaged => "damaged",
            Damage::Emptied => "emptied",
            Damage::Unreadable => "unreadable",
            Damage::NotUpgradable => "not_upgradable",
        }
    }

    /// The damage a `code` names, as kept in the journal's `recoveries`.
    pub fn from_code(code: &str) -> Option<Damage> {
        [
            Damage::Damaged,
            Damage::Emptied,
            Damage::Unreadable,
            Damage::NotUpgradable,
        ]
        .into_iter()
        .find(|d| d.code() == code)
    }
}

/// What the journal file's size says before SQLite opens it: a file of no
/// bytes where a backup holds records was emptied (`: > journal.sqlite3`, a
/// sync tool, a full disk), and a file shorter than its own header says was
/// cut. Opening it first would write a new header into the empty file.
pub(crate) fn file_damage(
    dir: &Path,
    path: &Path,
    empty_is_damage: bool,
) -> Result<Option<(Damage, String)>, StoreError> {
    // No file yet: a new journal. One that cannot be read is SQLite's to say.
    let Ok(bytes) = std::fs::metadata(path).map(|m| m.len()) else {
        return Ok(None);
    };
    if bytes == 0 {
        return Ok(
            (empty_is_damage && backup::any_holds_records(dir)?).then(|| {
                (
                    Damage::Emptied,
                    "the journal file is empty, and a backup holds records".into(),
                )
            }),
        );
    }
    let cut = header_size(path)
        .filter(|expected| *expected > bytes)
        .map(|expected| {
            (
                Damage::Damaged,
                format!("the file is {bytes} bytes; its header says {expected}"),
            )
        });
    // Committed transactions in the -wal that SQLite would drop unseen.
    Ok(cut.or_else(|| crate::wal::damage_in(path).map(|found| (Damage::Damaged, found))))
}

/// The size SQLite's header says the file has (page size × pages), when the
/// header says it validly (its change counter matches "version valid for").
fn header_size(path: &Path) -> Option<u64> {
    use std::io::Read;
    let mut header = [0u8; 100];
    std::fs::File::open(path)
        .ok()?
        .read_exact(&mut header)
        .ok()?;
    if &header[..16] != b"SQLite format 3\0" {
        return None;
    }
    let word = |at: usize| {
        u32::from_be_bytes([header[at], header[at + 1], header[at + 2], header[at + 3]])
    };
    let page_size = match u16::from_be_bytes([header[16], header[17]]) {
        1 => 65_536,
        n => u64::from(n),
    };
    let pages = u64::from(word(28));
    (pages > 0 && word(24) == word(92)).then_some(pages * page_size)
}

/// No table, no index, nothing: a file that was never a journal or was
/// emptied. (A brand-new journal is like this too, before its first
/// migration; it is only damage when a backup says there were records.)
pub(crate) fn is_blank(conn: &Connection) -> Result<bool, StoreError> {
    let objects: i64 = conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))?;
    Ok(objects == 0)
}

impl crate::Journal {
    /// Reads every record as `Journal::open` does (`read_whole`), on the open
    /// journal: what the check adds to each start, for `cargo xtask bench`,
    /// and a way to re-check a journal that has been open a long while.
    pub fn check_every_record(&self) -> Result<(), StoreError> {
        self.read(|conn| {
            read_whole(conn).map_err(|(damage, detail)| StoreError::JournalCorrupt {
                reason: format!("{}: {detail}", damage.code()),
            })
        })
    }
}

/// Reads every record of every table through the app's own readers: every
/// live row in full (not a range of dates, which a row with a damaged date
/// would fall outside), each session's exercises, every plan, reminder and
/// event, the scheduler's memory and the answers to plan offers. A row that
/// does not read is `Unreadable`, with SQLite's or the reader's words for the
/// log. Deleted rows are left alone: they are purged next.
pub(crate) fn read_whole(conn: &Connection) -> Result<(), (Damage, String)> {
    use crate::{measures, pain, plans, procedures, reminders, sessions};
    let live = |table: &str, columns: &str| {
        format!("SELECT {columns} FROM {table} WHERE deleted_at IS NULL")
    };
    let reads = || -> rusqlite::Result<()> {
        every(
            conn,
            &live("procedures", procedures::COLUMNS),
            procedures::procedure,
        )?;
        every(conn, &live("pain_entries", pain::COLUMNS), pain::entry)?;
        every(
            conn,
            &live("sessions", sessions::COLUMNS),
            sessions::session_head,
        )?;
        every(
            conn,
            "SELECT e.exercise_json FROM session_exercises e JOIN sessions s ON s.id = e.session_id
              WHERE s.deleted_at IS NULL",
            |r| sessions::exercise(sessions::text(r, 0)?),
        )?;
        every(
            conn,
            &format!("SELECT {} FROM plans", plans::COLUMNS),
            plans::record,
        )?;
        every(conn, "SELECT date, minutes FROM walking", |r| {
            crate::days::column(r, 0)?;
            r.get::<_, u16>(1)
        })?;
        every(
            conn,
            &live("psfs_records", measures::PSFS_COLUMNS),
            measures::psfs,
        )?;
        every(
            conn,
            &live("scored_measures", measures::MEASURE_COLUMNS),
            measures::scored,
        )?;
        every(
            conn,
            &format!("SELECT {} FROM reminders", reminders::COLUMNS),
            reminders::reminder,
        )?;
        every(
            conn,
            "SELECT id, reminder_id, set_for, due_at, outcome, skip_reason, from_catch_up, recorded_at
               FROM reminder_events",
            reminders::event_record,
        )?;
        Ok(())
    };
    let unreadable = |detail: String| (Damage::Unreadable, detail);
    reads().map_err(|e| unreadable(e.to_string()))?;
    reminders::scheduler_state_in(conn).map_err(|e| unreadable(e.to_string()))?;
    crate::offers::answers_in(conn).map_err(|e| unreadable(e.to_string()))?;
    Ok(())
}

/// Reads every row `sql` gives with `read`, keeping nothing.
fn every<T>(
    conn: &Connection,
    sql: &str,
    mut read: impl FnMut(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
) -> rusqlite::Result<()> {
    let mut statement = conn.prepare(sql)?;
    let mut rows = statement.query([])?;
    while let Some(row) = rows.next()? {
        read(row)?;
    }
    Ok(())
}

/// Reads every row of the sums kept beside the records (each day's pain, the
/// sessions' days, months and years). They are derived: when one does not
/// read, they are rebuilt from the records (`rebuild_sums`) rather than the
/// journal being taken for damaged, since nothing in them is the person's own.
pub(crate) fn sums_read(conn: &Connection) -> bool {
    let date = |r: &rusqlite::Row<'_>, i: usize| crate::days::column(r, i).map(|_| ());
    let month = |r: &rusqlite::Row<'_>| {
        let text: String = r.get(0)?;
        crate::days::parse(&format!("{text}-01"), 0).map(|_| ())
    };
    let year = |r: &rusqlite::Row<'_>| {
        let text: String = r.get(0)?;
        crate::days::parse(&format!("{text}-01-01"), 0).map(|_| ())
    };
    every(conn, "SELECT day, total, readings FROM pain_days", |r| {
        date(r, 0)?;
        r.get::<_, u32>(1)?;
        r.get::<_, u32>(2)
    })
    .and_then(|()| {
        every(
            conn,
            "SELECT day, sessions, minutes FROM session_days",
            |r| {
                date(r, 0)?;
                r.get::<_, u32>(1)?;
                r.get::<_, u32>(2)
            },
        )
    })
    .and_then(|()| {
        every(
            conn,
            "SELECT month, times, first_day FROM session_exercise_months",
            |r| {
                month(r)?;
                r.get::<_, u32>(1)?;
                date(r, 2)
            },
        )
    })
    .and_then(|()| {
        every(
            conn,
            "SELECT year, times, first_day FROM session_exercise_years",
            |r| {
                year(r)?;
                r.get::<_, u32>(1)?;
                date(r, 2)
            },
        )
    })
    .is_ok()
}

/// Every sum written afresh from the records, in one transaction.
pub(crate) fn rebuild_sums(conn: &mut Connection) -> Result<(), StoreError> {
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    crate::tallies::recount_everything(&tx)?;
    crate::pain::refill_days(&tx)?;
    tx.commit()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A file cut to a page boundary may still open, and even pass SQLite's
    /// check when the lost pages were free; its header still tells.
    #[test]
    fn a_file_shorter_than_its_header_says_is_damaged() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("j.sqlite3");
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch(
            "CREATE TABLE t (x TEXT);
             WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40)
             INSERT INTO t SELECT hex(randomblob(900)) FROM n;",
        )
        .unwrap();
        drop(conn);
        assert_eq!(file_damage(dir.path(), &path, true).unwrap(), None, "whole");
        let bytes = std::fs::read(&path).unwrap();
        std::fs::write(&path, &bytes[..bytes.len() - 4096]).unwrap();
        let found = file_damage(dir.path(), &path, true).unwrap();
        assert_eq!(found.map(|(d, _)| d), Some(Damage::Damaged));
        // Empty with no backup beside it: a new journal, not damage.
        std::fs::write(&path, b"").unwrap();
        assert_eq!(file_damage(dir.path(), &path, true).unwrap(), None);
    }
}
