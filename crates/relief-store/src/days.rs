//! The person's local dates as the journal keeps them: `YYYY-MM-DD` text, which
//! sorts as the dates do, so ranges and minimums are plain text comparisons.

use chrono::NaiveDate;
use rusqlite::types::Type;
use rusqlite::{Connection, OptionalExtension, Row};

use crate::StoreError;

/// The first and last dates a four-digit year can write, for "every date":
/// `NaiveDate::MIN` and `MAX` print with a sign and would not sort as text.
pub(crate) fn all() -> (NaiveDate, NaiveDate) {
    NaiveDate::from_ymd_opt(1, 1, 1)
        .zip(NaiveDate::from_ymd_opt(9999, 12, 31))
        .expect("1 January 1 and 31 December 9999 are in chrono's calendar")
}

/// Reads a date column; a hand-edited value that is no date is a conversion
/// error, never a panic.
pub(crate) fn parse(text: &str, index: usize) -> rusqlite::Result<NaiveDate> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(index, Type::Text, Box::new(e)))
}

/// Reads the date in column `index` of `row`.
pub(crate) fn column(row: &Row<'_>, index: usize) -> rusqlite::Result<NaiveDate> {
    let text = row
        .get_ref(index)?
        .as_str()
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(index, Type::Text, Box::new(e)))?;
    parse(text, index)
}

/// The date `sql` (a `SELECT min(…)` of one date column) answers, if any.
pub(crate) fn first(conn: &Connection, sql: &str) -> Result<Option<NaiveDate>, StoreError> {
    let text: Option<String> = conn
        .prepare_cached(sql)?
        .query_row([], |r| r.get(0))
        .optional()?
        .flatten();
    Ok(text.map(|t| parse(&t, 0)).transpose()?)
}
