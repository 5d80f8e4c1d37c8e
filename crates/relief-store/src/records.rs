//! Which of the journal's tables hold the person's records, as against what the
//! app keeps for itself (sums, the scheduler's memory, answers to offers,
//! recoveries). Used wherever "does this journal hold anything of theirs?" is
//! the question: an emptied journal (`health`), the backups worth keeping
//! (`backup`), the backup recovery prefers (`recovery`).

use rusqlite::Connection;

use crate::StoreError;

/// The tables of records. A journal holding a row in any of them, even a
/// deleted one not yet purged, holds something of the person's.
const RECORDS: [&str; 8] = [
    "pain_entries",
    "procedures",
    "sessions",
    "plans",
    "walking",
    "psfs_records",
    "scored_measures",
    "reminders",
];

/// Whether the journal behind `conn` holds any of the person's records. A
/// table an older schema lacks holds nothing.
pub(crate) fn holds_records(conn: &Connection) -> Result<bool, StoreError> {
    for table in RECORDS {
        let exists: bool = conn.query_row(
            "SELECT count(*) > 0 FROM sqlite_schema WHERE type = 'table' AND name = ?1",
            [table],
            |r| r.get(0),
        )?;
        if exists {
            let any: bool =
                conn.query_row(&format!("SELECT EXISTS (SELECT 1 FROM {table})"), [], |r| {
                    r.get(0)
                })?;
            if any {
                return Ok(true);
            }
        }
    }
    Ok(false)
}
