//! What Progress counts of sessions, kept added up beside them (migrations 007
//! and 008): each day's sessions in `session_days`, and each exercise's times
//! done or skipped per calendar month (`session_exercise_months`) and per
//! calendar year (`session_exercise_years`). An exercise passed over or not
//! reached (`not_done`, migration 010) is neither, and is not summed: what
//! a plan asked for beyond done and skipped is relief-core's "not done".
//!
//! Every write that adds, corrects, deletes or brings back a session calls
//! `recount` for its months in the same transaction, so the sums are never
//! behind the sessions. A range is then read as its whole years, its other
//! whole months, and only its partial months' exercises one by one: ten years
//! are a few hundred rows rather than 17,000 exercises, or 2,600 month rows.

use chrono::{Datelike, Months, NaiveDate};
use rusqlite::types::{Type, ValueRef};
use rusqlite::{params, Connection, Row};

use relief_core::{active_days_of_tallies, DateRange, Met, SessionTallies, SkipKind};

use crate::StoreError;

/// The columns both summed tables and the one-by-one query give, in the order
/// `count` reads them.
const COUNTED: &str = "library_id, custom_name, skipped_reason, times,
                       first_day, first_utc_ms, first_session, first_position";

/// The sessions of `from..=to` as the statistics count them: each day's
/// sessions added up from `session_days`, the exercises of calendar years and
/// months the range covers whole from their sums, and only those of its
/// partial months read one by one.
pub(crate) fn tallies_between(
    conn: &Connection,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<SessionTallies, StoreError> {
    let mut tallies = SessionTallies::new();
    let mut days = conn.prepare_cached(
        "SELECT day, sessions, minutes FROM session_days WHERE day BETWEEN ?1 AND ?2",
    )?;
    let mut rows = days.query([from.to_string(), to.to_string()])?;
    while let Some(row) = rows.next()? {
        tallies.add_day(crate::days::column(row, 0)?, row.get(1)?, row.get(2)?);
    }

    let spans = Spans::of(from, to);
    if let Some((first, last)) = spans.years {
        let mut years = conn.prepare_cached(&format!(
            "SELECT {COUNTED} FROM session_exercise_years WHERE year BETWEEN ?1 AND ?2"
        ))?;
        let mut rows = years.query([year(first), year(last)])?;
        while let Some(row) = rows.next()? {
            count(&mut tallies, row, row.get(3)?)?;
        }
    }
    let mut months = conn.prepare_cached(&format!(
        "SELECT {COUNTED} FROM session_exercise_months WHERE month BETWEEN ?1 AND ?2"
    ))?;
    for (first, last) in spans.months {
        let mut rows = months.query([month(first), month(last)])?;
        while let Some(row) = rows.next()? {
            count(&mut tallies, row, row.get(3)?)?;
        }
    }
    let mut exercises = conn.prepare_cached(
        "SELECT e.library_id, e.custom_name, e.skipped_reason, 1,
                substr(s.started_at, 1, 10), s.started_utc_ms, s.id, e.position
         FROM sessions s JOIN session_exercises e ON e.session_id = s.id
         WHERE substr(s.started_at, 1, 10) BETWEEN ?1 AND ?2 AND s.deleted_at IS NULL
           AND e.not_done = 0",
    )?;
    for (first, last) in spans.days {
        let mut rows = exercises.query([first.to_string(), last.to_string()])?;
        while let Some(row) = rows.next()? {
            count(&mut tallies, row, 1)?;
        }
    }
    Ok(tallies)
}

/// Adds one row of the library id, custom name, skip reason, (times), first
/// day, UTC milliseconds, session id and position, as both tallying queries
/// give them.
fn count(tallies: &mut SessionTallies, row: &Row<'_>, times: u32) -> rusqlite::Result<()> {
    let skipped = skip_kind(row, 2)?;
    let first = Met {
        date: crate::days::column(row, 4)?,
        order: (row.get(5)?, row.get(6)?, row.get(7)?),
    };
    match (optional_text(row, 0)?, optional_text(row, 1)?) {
        (Some(id), _) => tallies.add_library_count(id, skipped, times, first),
        (None, Some(name)) => tallies.add_custom_count(name, skipped, times, first),
        // Every exercise is one or the other; one that names neither was
        // edited by hand, and is refused rather than counted as nothing.
        (None, None) => {
            return Err(rusqlite::Error::FromSqlConversionFailure(
                0,
                Type::Null,
                "a session exercise without a library id or a custom name".into(),
            ))
        }
    }
    Ok(())
}

/// A range cut where the sums can serve it: whole calendar years, the other
/// whole months, and the days of months it covers in part. Each is a list of
/// first and last days; together they cover the range once.
#[derive(Debug, PartialEq, Eq)]
struct Spans {
    years: Option<(NaiveDate, NaiveDate)>,
    months: Vec<(NaiveDate, NaiveDate)>,
    days: Vec<(NaiveDate, NaiveDate)>,
}

impl Spans {
    fn of(from: NaiveDate, to: NaiveDate) -> Spans {
        let (whole_months, days) = months_and_parts(from, to);
        let Some((start, end)) = whole_months else {
            return Spans {
                years: None,
                months: Vec::new(),
                days,
            };
        };
        let (years, months) = years_and_parts(start, end);
        Spans {
            years,
            months,
            days,
        }
    }
}

/// Within whole months `start..=end` (a month's first day to a month's last),
/// the calendar years covered whole, and the months before and after them
/// (all of it when no year is whole).
#[allow(clippy::type_complexity)]
fn years_and_parts(
    start: NaiveDate,
    end: NaiveDate,
) -> (Option<(NaiveDate, NaiveDate)>, Vec<(NaiveDate, NaiveDate)>) {
    let first_year = if start.ordinal() == 1 {
        Some(start)
    } else {
        NaiveDate::from_ymd_opt(start.year() + 1, 1, 1)
    };
    let last_year = match end.succ_opt() {
        Some(next) if next.ordinal() == 1 => Some(end),
        _ => NaiveDate::from_ymd_opt(end.year() - 1, 12, 31),
    };
    match (first_year, last_year) {
        (Some(first), Some(last)) if first <= last => {
            let mut months = Vec::new();
            if start < first {
                months.extend(first.pred_opt().map(|before| (start, before)));
            }
            if last < end {
                months.extend(last.succ_opt().map(|after| (after, end)));
            }
            (Some((first, last)), months)
        }
        _ => (None, vec![(start, end)]),
    }
}

/// The calendar months `from..=to` covers whole, as their first and last
/// days, and the days before and after them that it covers in part (all of
/// it when no month is whole).
#[allow(clippy::type_complexity)]
fn months_and_parts(
    from: NaiveDate,
    to: NaiveDate,
) -> (Option<(NaiveDate, NaiveDate)>, Vec<(NaiveDate, NaiveDate)>) {
    let first_of = |d: NaiveDate| d.with_day(1);
    // The first day of the first whole month, and the last of the last.
    let start = if from.day() == 1 {
        Some(from)
    } else {
        first_of(from).and_then(|d| d.checked_add_months(Months::new(1)))
    };
    let end = match to.succ_opt() {
        Some(next) if next.day() == 1 => Some(to),
        _ => first_of(to).and_then(|d| d.pred_opt()),
    };
    match (start, end) {
        (Some(start), Some(end)) if start <= end => {
            let mut parts = Vec::new();
            if from < start {
                parts.extend(start.pred_opt().map(|before| (from, before)));
            }
            if end < to {
                parts.extend(end.succ_opt().map(|after| (after, to)));
            }
            (Some((start, end)), parts)
        }
        _ => (None, vec![(from, to)]),
    }
}

/// `YYYY-MM`, as `session_exercise_months` names a month.
fn month(day: NaiveDate) -> String {
    day.format("%Y-%m").to_string()
}

/// `YYYY`, as `session_exercise_years` names a year.
fn year(day: NaiveDate) -> String {
    day.format("%Y").to_string()
}

/// Rewrites the sums of each of `months` (`YYYY-MM`) and of their years from
/// the live sessions in them. Called in the transaction of every write that
/// adds, changes, deletes or brings back a session.
pub(crate) fn recount(conn: &Connection, months: &[&str]) -> rusqlite::Result<()> {
    recount_months(conn, months)?;
    let mut years: Vec<&str> = months.iter().filter_map(|m| m.get(..4)).collect();
    years.sort_unstable();
    years.dedup();
    recount_years(conn, &years)
}

/// Rewrites the sums of each of `years` (`YYYY`) from its months' sums: the
/// times added up, and the first of them the earliest month's first.
pub(crate) fn recount_years(conn: &Connection, years: &[&str]) -> rusqlite::Result<()> {
    let mut clear = conn.prepare_cached("DELETE FROM session_exercise_years WHERE year = ?1")?;
    let mut fill = conn.prepare_cached(
        "INSERT INTO session_exercise_years
         SELECT ?1, library_id, custom_name, skipped_reason, times,
                first_day, first_utc_ms, first_session, first_position
           FROM (SELECT library_id, custom_name, skipped_reason,
                        sum(times) OVER counted AS times,
                        row_number() OVER (counted ORDER BY first_utc_ms, first_session, first_position) AS nth,
                        first_day, first_utc_ms, first_session, first_position
                   FROM session_exercise_months
                  WHERE month BETWEEN ?1 || '-01' AND ?1 || '-12'
                 WINDOW counted AS (PARTITION BY library_id, custom_name, skipped_reason))
          WHERE nth = 1",
    )?;
    for year in years {
        clear.execute([year])?;
        fill.execute([year])?;
    }
    Ok(())
}

/// Every year that has a month's sums.
fn recount_every_year(conn: &Connection) -> rusqlite::Result<()> {
    let years: Vec<String> = conn
        .prepare("SELECT DISTINCT substr(month, 1, 4) FROM session_exercise_months")?
        .query_map([], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    let years: Vec<&str> = years.iter().map(String::as_str).collect();
    recount_years(conn, &years)
}

/// Every sum, from every live session: after a restore, and in migration
/// 010's hook.
pub(crate) fn recount_everything(conn: &Connection) -> rusqlite::Result<()> {
    recount_every_month(conn)?;
    recount_every_year(conn)
}

/// Rewrites the added-up days and exercises of each of `months` (`YYYY-MM`)
/// from the live sessions in it, leaving their years' sums to `recount`.
fn recount_months(conn: &Connection, months: &[&str]) -> rusqlite::Result<()> {
    let mut clear = conn.prepare_cached("DELETE FROM session_exercise_months WHERE month = ?1")?;
    let mut fill = conn.prepare_cached(
        "INSERT INTO session_exercise_months
         SELECT ?1, library_id, custom_name, skipped_reason, times,
                first_day, first_utc_ms, first_session, first_position
           FROM (SELECT e.library_id, e.custom_name, e.skipped_reason,
                        count(*) OVER counted AS times,
                        row_number() OVER (counted ORDER BY s.started_utc_ms, s.id, e.position) AS nth,
                        substr(s.started_at, 1, 10) AS first_day, s.started_utc_ms AS first_utc_ms,
                        s.id AS first_session, e.position AS first_position
                   FROM sessions s JOIN session_exercises e ON e.session_id = s.id
                  WHERE substr(s.started_at, 1, 10) BETWEEN ?1 || '-01' AND ?1 || '-31'
                    AND s.deleted_at IS NULL AND e.not_done = 0
                 WINDOW counted AS (PARTITION BY e.library_id, e.custom_name, e.skipped_reason))
          WHERE nth = 1",
    )?;
    let mut clear_days = conn
        .prepare_cached("DELETE FROM session_days WHERE day BETWEEN ?1 || '-01' AND ?1 || '-31'")?;
    let mut sessions = conn.prepare_cached(
        "SELECT started_at, finished_at,
                EXISTS (SELECT 1 FROM session_exercises e
                        WHERE e.session_id = s.id AND e.skipped_reason IS NULL
                          AND e.not_done = 0)
         FROM sessions s
         WHERE substr(started_at, 1, 10) BETWEEN ?1 || '-01' AND ?1 || '-31'
           AND deleted_at IS NULL",
    )?;
    let mut add_day = conn
        .prepare_cached("INSERT INTO session_days (day, sessions, minutes) VALUES (?1, ?2, ?3)")?;
    for month in months {
        clear.execute([month])?;
        fill.execute([month])?;
        // The days as relief-core's `active_days` counts them, so the rule
        // for a session's minutes stays there.
        let mut tallies = SessionTallies::new();
        let mut rows = sessions.query([month])?;
        while let Some(row) = rows.next()? {
            tallies.add_session(row.get(0)?, row.get(1)?, row.get(2)?);
        }
        clear_days.execute([month])?;
        let Some(days) = month_days(month) else {
            continue;
        };
        for day in active_days_of_tallies(&tallies, &[], days) {
            if day.sessions > 0 {
                add_day.execute(params![
                    day.date.to_string(),
                    day.sessions,
                    day.session_minutes
                ])?;
            }
        }
    }
    Ok(())
}

/// Adds up every month that has a live session.
fn recount_every_month(conn: &Connection) -> rusqlite::Result<()> {
    let months: Vec<String> = conn
        .prepare("SELECT DISTINCT substr(started_at, 1, 7) FROM sessions WHERE deleted_at IS NULL")?
        .query_map([], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    let months: Vec<&str> = months.iter().map(String::as_str).collect();
    recount_months(conn, &months)
}

/// The days of a `YYYY-MM` month; none for text that is no month.
fn month_days(month: &str) -> Option<DateRange> {
    let first = NaiveDate::parse_from_str(&format!("{month}-01"), "%Y-%m-%d").ok()?;
    let last = first.checked_add_months(Months::new(1))?.pred_opt()?;
    DateRange::new(first, last).ok()
}

/// An optional text column, borrowed from the row. Read with one look at the
/// column: each look is a call into SQLite, and ten years of exercises make
/// them add up.
fn optional_text<'r>(row: &'r Row<'_>, index: usize) -> rusqlite::Result<Option<&'r str>> {
    match row.get_ref(index)? {
        ValueRef::Null => Ok(None),
        value => value
            .as_str()
            .map(Some)
            .map_err(|e| rusqlite::Error::FromSqlConversionFailure(index, Type::Text, Box::new(e))),
    }
}

/// The `skipped_reason` column as the statistics count it: the kind, without
/// the person's words (which stay in the JSON).
fn skip_kind(row: &Row<'_>, index: usize) -> rusqlite::Result<Option<SkipKind>> {
    Ok(match optional_text(row, index)? {
        None => None,
        Some("too-painful") => Some(SkipKind::TooPainful),
        Some("no-time") => Some(SkipKind::NoTime),
        Some("no-space-or-equipment") => Some(SkipKind::NoSpaceOrEquipment),
        Some("other") => Some(SkipKind::Other),
        // The table's CHECK allows nothing else.
        Some(other) => {
            return Err(rusqlite::Error::FromSqlConversionFailure(
                index,
                Type::Text,
                format!("unknown skip reason {other:?}").into(),
            ))
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    fn spans(years: Option<(&str, &str)>, months: &[(&str, &str)], days: &[(&str, &str)]) -> Spans {
        let pair = |(a, b): (&str, &str)| (date(a), date(b));
        Spans {
            years: years.map(pair),
            months: months.iter().copied().map(pair).collect(),
            days: days.iter().copied().map(pair).collect(),
        }
    }

    /// One row per case: a range, and the years, months and days it is cut
    /// into, which cover it once.
    #[test]
    fn ranges_are_cut_into_years_months_and_days() {
        let cut = |from: &str, to: &str| Spans::of(date(from), date(to));
        // Ten years as "all" reads them.
        assert_eq!(
            cut("2016-12-09", "2026-12-04"),
            spans(
                Some(("2017-01-01", "2025-12-31")),
                &[("2026-01-01", "2026-11-30")],
                &[("2016-12-09", "2016-12-31"), ("2026-12-01", "2026-12-04")],
            )
        );
        assert_eq!(
            cut("2024-01-01", "2024-12-31"),
            spans(Some(("2024-01-01", "2024-12-31")), &[], &[])
        );
        assert_eq!(
            cut("2023-12-01", "2025-01-31"),
            spans(
                Some(("2024-01-01", "2024-12-31")),
                &[("2023-12-01", "2023-12-31"), ("2025-01-01", "2025-01-31")],
                &[],
            )
        );
        // Whole months but no whole year.
        assert_eq!(
            cut("2024-02-01", "2024-12-30"),
            spans(
                None,
                &[("2024-02-01", "2024-11-30")],
                &[("2024-12-01", "2024-12-30")]
            )
        );
        // No whole month.
        assert_eq!(
            cut("2024-02-02", "2024-02-29"),
            spans(None, &[], &[("2024-02-02", "2024-02-29")])
        );
        assert_eq!(
            cut("2024-12-31", "2025-01-01"),
            spans(None, &[], &[("2024-12-31", "2025-01-01")])
        );
    }
}
