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
    // Statistics read thousands of dates a call, and chrono's formatted parse
    // is most of that time; the journal's own `YYYY-MM-DD` is read directly.
    // Anything else goes through chrono, which accepts or explains it.
    if let Some(date) = plain_date(text.as_bytes()) {
        return Ok(date);
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(index, Type::Text, Box::new(e)))
}

/// `YYYY-MM-DD` with exactly those digits, when it names a real date.
fn plain_date(text: &[u8]) -> Option<NaiveDate> {
    let [y1, y2, y3, y4, b'-', m1, m2, b'-', d1, d2] = *text else {
        return None;
    };
    let number = |digits: &[u8]| {
        digits.iter().try_fold(0u32, |n, d| {
            d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0'))
        })
    };
    let year = i32::try_from(number(&[y1, y2, y3, y4])?).ok()?;
    NaiveDate::from_ymd_opt(year, number(&[m1, m2])?, number(&[d1, d2])?)
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

#[cfg(test)]
mod tests {
    use super::*;

    /// One row per case: the text, and the date it must read as or none for
    /// an error.
    fn check(text: &str, expected: Option<&str>) {
        let got = parse(text, 0).ok().map(|d| d.to_string());
        assert_eq!(got.as_deref(), expected, "{text:?}");
    }

    #[test]
    fn dates() {
        check("2026-03-29", Some("2026-03-29"));
        check("2024-02-29", Some("2024-02-29"));
        check("0001-01-01", Some("0001-01-01"));
        check("9999-12-31", Some("9999-12-31"));
        check("2026-02-29", None);
        check("2026-13-01", None);
        check("2026-00-10", None);
        check("2026/03/29", None);
        check("２０２６-03-29", None);
        check("", None);
        // What chrono alone reads, as before the shortcut.
        check("2026-3-9", Some("2026-03-09"));
        check("2026-1-01", Some("2026-01-01"));
    }
}
