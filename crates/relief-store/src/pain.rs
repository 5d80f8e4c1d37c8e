//! Pain entries in the journal: add, correct, delete with undo, and read back.
//!
//! Each call is one immediate transaction, so an entry is either fully stored or not
//! at all. Times are stored twice: RFC 3339 text keeps the offset the person was in
//! (the export shows their local time), UTC milliseconds order entries by the real
//! instant. Deletion is soft, so undo works until the app restarts; `open` purges.
//!
//! Whether an entry is valid is relief-core's business: this module only takes a
//! `ValidPain`, and it never knows about the UI that shows the entries.

use chrono::{DateTime, FixedOffset, NaiveDate};
use rusqlite::types::Type;
use rusqlite::{params, Connection, OptionalExtension, Row};

use relief_core::pain::PainTag;
use relief_core::{DailyPainSum, PainEntry, PainScore, ValidPain};

use crate::{Journal, StoreError};

pub(crate) const COLUMNS: &str =
    "id, score, note, recorded_at, updated_at, worst_24h, average_24h, interference, tags";

impl Journal {
    /// Stores a new entry and returns it with its id.
    pub fn add_pain(
        &self,
        pain: &ValidPain,
        now: DateTime<FixedOffset>,
    ) -> Result<PainEntry, StoreError> {
        self.write(|conn| insert(conn, pain, now))
    }

    /// Replaces an entry's score, note and time. A deleted entry cannot be edited.
    pub fn update_pain(
        &self,
        id: i64,
        pain: &ValidPain,
        now: DateTime<FixedOffset>,
    ) -> Result<PainEntry, StoreError> {
        self.write(|conn| {
            conn.query_row(
                &format!(
                    "UPDATE pain_entries
                     SET score = ?2, note = ?3, recorded_at = ?4, recorded_utc_ms = ?5, updated_at = ?6,
                         worst_24h = ?7, average_24h = ?8, interference = ?9, tags = ?10
                     WHERE id = ?1 AND deleted_at IS NULL RETURNING {COLUMNS}"
                ),
                params![
                    id,
                    pain.score.get(),
                    pain.note,
                    pain.recorded_at.to_rfc3339(),
                    pain.recorded_at.timestamp_millis(),
                    now.to_rfc3339(),
                    pain.worst_24h.map(PainScore::get),
                    pain.average_24h.map(PainScore::get),
                    pain.interference.map(PainScore::get),
                    tags_text(&pain.tags),
                ],
                entry,
            )
            .optional()
        })?
        .ok_or(StoreError::NotFound { id })
    }

    /// Marks an entry deleted and returns it, so the UI can offer undo. The entry
    /// itself is left untouched, so undo brings back exactly what was there.
    pub fn delete_pain(
        &self,
        id: i64,
        now: DateTime<FixedOffset>,
    ) -> Result<PainEntry, StoreError> {
        self.write(|conn| {
            conn.query_row(
                &format!(
                    "UPDATE pain_entries SET deleted_at = ?2
                     WHERE id = ?1 AND deleted_at IS NULL RETURNING {COLUMNS}"
                ),
                params![id, now.to_rfc3339()],
                entry,
            )
            .optional()
        })?
        .ok_or(StoreError::NotFound { id })
    }

    /// Brings back an entry deleted in this session.
    pub fn undo_delete_pain(&self, id: i64) -> Result<PainEntry, StoreError> {
        self.write(|conn| {
            conn.query_row(
                &format!(
                    "UPDATE pain_entries SET deleted_at = NULL
                     WHERE id = ?1 AND deleted_at IS NOT NULL RETURNING {COLUMNS}"
                ),
                params![id],
                entry,
            )
            .optional()
        })?
        .ok_or(StoreError::NotFound { id })
    }

    /// Up to `limit` live entries, newest first by the instant they were felt;
    /// entries at the same instant, newest id first.
    pub fn recent_pain(&self, limit: u32) -> Result<Vec<PainEntry>, StoreError> {
        let conn = self.lock();
        let mut statement = conn.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM pain_entries WHERE deleted_at IS NULL
             ORDER BY recorded_utc_ms DESC, id DESC LIMIT ?1"
        ))?;
        let rows = statement.query_map([limit], entry)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Every live entry felt on a date from `from` to `to` (both included), in
    /// the person's own dates (the date in the offset they were in, as the
    /// statistics count it), oldest first. Answered from an index on that date.
    pub fn pain_entries_between(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Vec<PainEntry>, StoreError> {
        between(&self.lock(), from, to)
    }
}

/// The entries of `from..=to`; see `Journal::pain_entries_between`.
pub(crate) fn between(
    conn: &Connection,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<PainEntry>, StoreError> {
    let mut statement = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM pain_entries
         WHERE substr(recorded_at, 1, 10) BETWEEN ?1 AND ?2 AND deleted_at IS NULL"
    ))?;
    let rows = statement.query_map([from.to_string(), to.to_string()], entry)?;
    let mut entries: Vec<PainEntry> = rows.collect::<Result<_, _>>()?;
    // Sorted here rather than by SQLite, which would copy years of rows
    // through a sorter; a time with an offset compares by its instant.
    entries.sort_unstable_by_key(|e| (e.recorded_at, e.id));
    Ok(entries)
}

/// Each day of `from..=to` with a live reading, its scores added up and
/// counted: one row a day from `pain_days`, which migration 009's triggers keep
/// in step with every write to the entries.
pub(crate) fn daily_sums_between(
    conn: &Connection,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<DailyPainSum>, StoreError> {
    let mut statement = conn
        .prepare_cached("SELECT day, total, readings FROM pain_days WHERE day BETWEEN ?1 AND ?2")?;
    let mut rows = statement.query([from.to_string(), to.to_string()])?;
    let mut days = Vec::new();
    while let Some(row) = rows.next()? {
        days.push(DailyPainSum {
            date: crate::days::column(row, 0)?,
            total: row.get(1)?,
            readings: row.get(2)?,
        });
    }
    Ok(days)
}

/// The local date of the earliest live entry, if any.
pub(crate) fn first_day(conn: &Connection) -> Result<Option<NaiveDate>, StoreError> {
    crate::days::first(
        conn,
        "SELECT min(substr(recorded_at, 1, 10)) FROM pain_entries WHERE deleted_at IS NULL",
    )
}

pub(crate) fn insert(
    conn: &Connection,
    pain: &ValidPain,
    now: DateTime<FixedOffset>,
) -> rusqlite::Result<PainEntry> {
    insert_row(conn, None, pain, &now.to_rfc3339())?;
    conn.prepare_cached(&format!("SELECT {COLUMNS} FROM pain_entries WHERE id = ?1"))?
        .query_row([conn.last_insert_rowid()], entry)
}

/// Writes a pain entry's row under `id`, or a new id for none; nothing when
/// `id` is taken (a restore then tries a new one). The one place the table's
/// columns are written. Returns how many rows were written.
pub(crate) fn insert_row(
    conn: &Connection,
    id: Option<i64>,
    pain: &ValidPain,
    updated_at: &str,
) -> rusqlite::Result<usize> {
    conn.prepare_cached(
        "INSERT INTO pain_entries (id, score, note, recorded_at, recorded_utc_ms, updated_at,
                                   worst_24h, average_24h, interference, tags)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) ON CONFLICT (id) DO NOTHING",
    )?
    .execute(params![
        id,
        pain.score.get(),
        pain.note,
        pain.recorded_at.to_rfc3339(),
        pain.recorded_at.timestamp_millis(),
        updated_at,
        pain.worst_24h.map(PainScore::get),
        pain.average_24h.map(PainScore::get),
        pain.interference.map(PainScore::get),
        tags_text(&pain.tags),
    ])
}

/// Tag names joined by commas; none for no tags.
pub(crate) fn tags_text(tags: &[PainTag]) -> Option<String> {
    (!tags.is_empty()).then(|| tags.iter().map(|t| t.name()).collect::<Vec<_>>().join(","))
}

/// Reads a row of `COLUMNS`. A value no rule would have let in (someone edited the
/// file by hand) is a conversion error, never a panic.
pub(crate) fn entry(row: &Row<'_>) -> rusqlite::Result<PainEntry> {
    let tags: Option<String> = row.get(8)?;
    let tags = tags
        .iter()
        .flat_map(|t| t.split(','))
        .map(|name| {
            PainTag::from_name(name).ok_or_else(|| {
                rusqlite::Error::FromSqlConversionFailure(
                    8,
                    Type::Text,
                    format!("unknown pain tag {name:?}").into(),
                )
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(PainEntry {
        id: row.get(0)?,
        score: score(1, row.get(1)?)?,
        note: row.get(2)?,
        recorded_at: row.get(3)?,
        updated_at: row.get(4)?,
        worst_24h: rating(row, 5)?,
        average_24h: rating(row, 6)?,
        interference: rating(row, 7)?,
        tags: relief_core::pain::tag_set(&tags),
    })
}

fn score(index: usize, value: u8) -> rusqlite::Result<PainScore> {
    PainScore::try_from(f64::from(value))
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(index, Type::Integer, Box::new(e)))
}

/// An optional 0–10 column.
fn rating(row: &Row<'_>, index: usize) -> rusqlite::Result<Option<PainScore>> {
    let value: Option<u8> = row.get(index)?;
    value.map(|v| score(index, v)).transpose()
}

/// Each day's live pain readings added up afresh (as migration 009 first
/// filled them), for sums that no longer read; the triggers keep them after.
pub(crate) fn refill_days(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute_batch(
        "DELETE FROM pain_days;
         INSERT INTO pain_days (day, total, readings)
         SELECT substr(recorded_at, 1, 10), sum(score), count(*)
           FROM pain_entries
          WHERE deleted_at IS NULL
          GROUP BY substr(recorded_at, 1, 10);",
    )
}

#[cfg(test)]
mod tests {
    use relief_core::ValidPain;

    use super::*;
    use crate::RestoreMode;

    fn at(text: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(text).unwrap()
    }

    fn pain(score: u8, recorded_at: &str) -> ValidPain {
        ValidPain {
            score: PainScore::try_from(f64::from(score)).unwrap(),
            note: None,
            recorded_at: at(recorded_at),
            worst_24h: None,
            average_24h: None,
            interference: None,
            tags: Vec::new(),
        }
    }

    /// `pain_days` against adding up the live entries afresh.
    fn check(journal: &Journal, when: &str) {
        let conn = journal.lock();
        let read = |sql: &str| -> Vec<(String, i64, i64)> {
            conn.prepare(sql)
                .unwrap()
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
                .unwrap()
                .map(Result::unwrap)
                .collect()
        };
        let kept = read("SELECT day, total, readings FROM pain_days ORDER BY day");
        let afresh = read(
            "SELECT substr(recorded_at, 1, 10), sum(score), count(*) FROM pain_entries
             WHERE deleted_at IS NULL GROUP BY 1 ORDER BY 1",
        );
        assert_eq!(kept, afresh, "{when}");
        assert!(!kept.is_empty(), "{when}: something to compare");
    }

    /// Migration 009's triggers keep each day's sums through every way an
    /// entry is written: add, correction (score and day), delete, undo, the
    /// purge at start-up and a restore.
    #[test]
    fn daily_sums_follow_every_write() {
        let dir = tempfile::tempdir().unwrap();
        let now = at("2026-03-29T09:30:00+01:00");
        let journal = Journal::open(dir.path(), now).unwrap().journal;
        let mut ids = Vec::new();
        for (score, time) in [
            (4, "2026-03-01T08:00:00+00:00"),
            (7, "2026-03-01T21:00:00+00:00"),
            // The same instant as the next morning elsewhere: its own date.
            (2, "2026-03-02T01:30:00+05:00"),
            (5, "2026-03-03T09:00:00-08:00"),
            (0, "2026-03-03T12:00:00-08:00"),
        ] {
            ids.push(journal.add_pain(&pain(score, time), now).unwrap().id);
        }
        check(&journal, "added");
        journal
            .update_pain(ids[0], &pain(9, "2026-03-01T08:00:00+00:00"), now)
            .unwrap();
        check(&journal, "score corrected");
        journal
            .update_pain(ids[2], &pain(2, "2026-03-04T07:00:00+00:00"), now)
            .unwrap();
        check(&journal, "moved to another day, leaving its day empty");
        journal.delete_pain(ids[3], now).unwrap();
        journal.delete_pain(ids[4], now).unwrap();
        check(&journal, "a day's every entry deleted");
        journal.undo_delete_pain(ids[4]).unwrap();
        check(&journal, "one brought back");
        // A deleted entry cannot be corrected; nothing changes.
        assert!(journal
            .update_pain(ids[3], &pain(1, "2026-03-09T07:00:00+00:00"), now)
            .is_err());
        check(&journal, "a refused correction");

        let snapshot = journal.snapshot().unwrap();
        drop(journal);
        let journal = Journal::open(dir.path(), now).unwrap().journal;
        check(&journal, "reopened, the deleted one purged");
        journal
            .add_pain(&pain(3, "2026-03-20T10:00:00+00:00"), now)
            .unwrap();
        journal
            .restore(&snapshot, RestoreMode::Replace, now)
            .unwrap();
        check(&journal, "replaced by a restore");
        let kept: i64 = journal
            .lock()
            .query_row("SELECT count(*) FROM pain_days", [], |r| r.get(0))
            .unwrap();
        assert_eq!(kept, 3, "1, 3 and 4 March");
    }
}
