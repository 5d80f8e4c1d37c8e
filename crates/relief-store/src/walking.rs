//! Minutes walked, one number per local date: logging a day again replaces
//! it. Whether the minutes and the date are plausible is relief-core's
//! business (`Walk::new`); this module stores a `Walk` and reads the days back.

use chrono::{DateTime, FixedOffset, NaiveDate};
use relief_core::pain::Walk;
use relief_core::DateRange;
use rusqlite::{params, Connection};

use crate::{days, Journal, StoreError};

impl Journal {
    /// Sets the minutes walked on the walk's date, replacing any number there.
    pub fn set_walking(&self, walk: &Walk, now: DateTime<FixedOffset>) -> Result<Walk, StoreError> {
        self.write(|conn| set(conn, walk, now))?;
        Ok(*walk)
    }

    /// Each day of `range` with minutes logged, oldest first. Days without a
    /// number are absent (not zero): nobody said anything about them.
    pub fn walking(&self, range: DateRange) -> Result<Vec<(NaiveDate, u32)>, StoreError> {
        between(&self.lock(), range)
    }
}

pub(crate) fn set(
    conn: &Connection,
    walk: &Walk,
    now: DateTime<FixedOffset>,
) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "INSERT INTO walking (date, minutes, updated_at) VALUES (?1, ?2, ?3)
         ON CONFLICT (date) DO UPDATE SET minutes = excluded.minutes, updated_at = excluded.updated_at",
    )?
    .execute(params![walk.date.to_string(), walk.minutes, now.to_rfc3339()])?;
    Ok(())
}

pub(crate) fn between(
    conn: &Connection,
    range: DateRange,
) -> Result<Vec<(NaiveDate, u32)>, StoreError> {
    let mut statement = conn.prepare_cached(
        "SELECT date, minutes FROM walking WHERE date BETWEEN ?1 AND ?2 ORDER BY date",
    )?;
    let rows = statement.query_map([range.first().to_string(), range.last().to_string()], |r| {
        Ok((days::column(r, 0)?, r.get(1)?))
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// The earliest day with minutes logged, if any.
pub(crate) fn first_day(conn: &Connection) -> Result<Option<NaiveDate>, StoreError> {
    days::first(conn, "SELECT min(date) FROM walking")
}
