//! The journal's schema, as numbered SQL files applied in order.
//!
//! The files live in `migrations/` and are embedded at build time, so the app never
//! depends on files beside it. rusqlite_migration records progress in SQLite's
//! `user_version` and applies all pending steps in one transaction: a failing step
//! leaves the journal exactly as it was. Before upgrading a journal that already
//! holds something, a backup is taken, because a migration is the one moment the
//! app rewrites records it did not just receive.
//!
//! Never edit a shipped migration: add a new file and a new entry below.

use rusqlite::Connection;
use rusqlite_migration::{Migrations, M};

use crate::StoreError;

/// Every migration, oldest first. Index + 1 is the `user_version` after it.
const SQL: [&str; 14] = [
    include_str!("../migrations/001_pain_entries.sql"),
    include_str!("../migrations/002_pain_entries_recent_index.sql"),
    include_str!("../migrations/003_procedures.sql"),
    include_str!("../migrations/004_plans_and_sessions.sql"),
    include_str!("../migrations/005_reminders.sql"),
    include_str!("../migrations/006_progress.sql"),
    include_str!("../migrations/007_session_exercise_tallies.sql"),
    include_str!("../migrations/008_session_exercise_years.sql"),
    include_str!("../migrations/009_pain_days.sql"),
    include_str!("../migrations/010_exercise_not_done.sql"),
    include_str!("../migrations/011_plan_offer_answers.sql"),
    include_str!("../migrations/012_procedure_clinic_phone.sql"),
    include_str!("../migrations/013_recoveries.sql"),
    include_str!("../migrations/014_preferences_to_apply.sql"),
];

/// The schema version a fully migrated journal has.
#[cfg(test)]
pub(crate) const LATEST_VERSION: usize = SQL.len();

pub(crate) fn all() -> Migrations<'static> {
    let mut steps: Vec<M<'static>> = SQL.iter().map(|s| M::up(s)).collect();
    // 007 and 008 made tables of sums and filled them in hooks; 010 changed
    // what a sum counts (passed-over exercises are not done), so the code
    // that fills them now reads 010's column. Every upgrade runs to the
    // latest version in one transaction, so 010's hook, the last, fills
    // every sum for them: a journal never sees 007's or 008's tables empty.
    //
    // 010 settles every exercise already saved by relief-core's one rule of
    // what counts as done, then adds up every sum with the very code that
    // keeps them right on every later write, rather than a copy in SQL. A
    // later migration that changes the sums again moves this hook to itself.
    steps[9] = M::up_with_hook(SQL[9], |tx: &rusqlite::Transaction| {
        crate::sessions::settle_every_exercise(tx)?;
        crate::tallies::recount_everything(tx)?;
        Ok(())
    });
    Migrations::new(steps)
}

#[cfg(test)]
fn from_sql(sql: &[&'static str]) -> Migrations<'static> {
    Migrations::new(sql.iter().map(|s| M::up(s)).collect())
}

/// The reason to back the journal behind `conn` up before upgrading it
/// (`before-upgrade-from-vN`), when it has pending migrations and already a
/// schema or rows of its own; none for a brand-new file or one up to date.
pub(crate) fn backup_reason(
    conn: &Connection,
    migrations: &Migrations<'_>,
) -> Result<Option<String>, StoreError> {
    let pending = migrations
        .pending_migrations(conn)
        .map_err(StoreError::MigrationFailed)?;
    let from: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    Ok((pending > 0 && (from > 0 || has_objects(conn)?))
        .then(|| format!("before-upgrade-from-v{from}")))
}

/// Brings the journal in `conn` to the newest schema in `migrations`, in one
/// transaction. The caller backs it up first (`backup_reason`).
pub(crate) fn upgrade(
    conn: &mut Connection,
    migrations: &Migrations<'_>,
) -> Result<(), StoreError> {
    // A journal from a newer app version (pending < 0) is refused here rather than
    // touched: to_latest reports it as too far ahead.
    migrations.to_latest(conn).map_err(|error| match error {
        // Another process holding the journal is not a schema that cannot
        // be upgraded: it must never lead to recovery.
        rusqlite_migration::Error::RusqliteError { err, .. }
            if matches!(
                err.sqlite_error_code(),
                Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
            ) =>
        {
            StoreError::Busy(err)
        }
        other => StoreError::MigrationFailed(other),
    })
}

/// Whether the journal behind `conn` has this app's newest schema.
pub(crate) fn is_latest(conn: &Connection) -> Result<bool, StoreError> {
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    Ok(version == SQL.len() as i64)
}

/// How far past this app's newest schema a journal from a newer app can
/// plausibly be: a version beyond it is a damaged header, not a newer app.
const NEWER_APP_REACH: i64 = 1_000;

/// Whether the journal behind `conn` was written by a newer version of the
/// app (its schema version is ahead of `migrations`, by a plausible amount):
/// such a journal is whole and is refused, never recovered.
pub(crate) fn from_newer_app(conn: &Connection, migrations: &Migrations<'_>) -> bool {
    migrations
        .pending_migrations(conn)
        .is_ok_and(|pending| pending < 0 && -i64::from(pending) <= NEWER_APP_REACH)
}

/// A brand-new file has neither a version nor a table; nothing to protect. A file
/// with tables but no version is someone's data all the same.
fn has_objects(conn: &Connection) -> Result<bool, StoreError> {
    let objects: i64 = conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))?;
    Ok(objects > 0)
}

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};

    use relief_core::{active_days, adherence, DateRange};
    use rusqlite::params;

    use super::*;
    use chrono::{DateTime, FixedOffset};

    const LATEST: i64 = LATEST_VERSION as i64;
    use crate::journal::open_with;
    use crate::{Journal, JOURNAL_FILE};

    fn at(text: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(text).unwrap()
    }

    fn now() -> DateTime<FixedOffset> {
        at("2026-03-29T09:30:00+01:00")
    }

    fn first(n: usize) -> Migrations<'static> {
        from_sql(&SQL[..n])
    }

    /// Adds `count` pain entries with the columns every version has (the
    /// journal's own `add_pain` writes the newest schema's).
    fn add(journal: &Journal, count: u8) -> Vec<i64> {
        let conn = journal.lock();
        (0..count)
            .map(|i| {
                let recorded_at =
                    at("2026-03-28T20:00:00-05:00") + chrono::TimeDelta::minutes(i.into());
                conn.query_row(
                    "INSERT INTO pain_entries (score, note, recorded_at, recorded_utc_ms, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5) RETURNING id",
                    params![
                        i % 11,
                        format!("entry {i}"),
                        recorded_at.to_rfc3339(),
                        recorded_at.timestamp_millis(),
                        now().to_rfc3339()
                    ],
                    |r| r.get(0),
                )
                .unwrap()
            })
            .collect()
    }

    /// `view`'s adherence and active days over `range` against counting the
    /// whole sessions in it (what the journal's sums must add up to).
    fn counts_as_sessions(journal: &Journal, view: &relief_core::ProgressView, range: DateRange) {
        let whole = journal
            .sessions_between(range.first(), range.last())
            .unwrap();
        let plans = journal.plans_all().unwrap();
        assert_eq!(
            view.adherence,
            adherence(&plans, &whole, &[], range),
            "{range:?}"
        );
        assert_eq!(
            view.active_days,
            active_days(&whole, &[], range),
            "{range:?}"
        );
    }

    /// Every row `sql` answers, each read by `read`.
    fn rows<T>(
        journal: &Journal,
        sql: &str,
        read: impl FnMut(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
    ) -> Vec<T> {
        let conn = journal.lock();
        let mut statement = conn.prepare(sql).unwrap();
        let found = statement
            .query_map([], read)
            .unwrap()
            .map(Result::unwrap)
            .collect();
        found
    }

    fn version(path: &Path) -> i64 {
        let conn = Connection::open(path).unwrap();
        conn.pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap()
    }

    fn objects(path: &Path) -> Vec<String> {
        let conn = Connection::open(path).unwrap();
        let mut s = conn
            .prepare("SELECT name FROM sqlite_schema ORDER BY name")
            .unwrap();
        s.query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    }

    fn ids(journal: &Journal) -> Vec<i64> {
        let mut ids: Vec<i64> = journal
            .recent_pain(1000)
            .unwrap()
            .iter()
            .map(|e| e.id)
            .collect();
        ids.sort();
        ids
    }

    fn upgrade_backups(journal: &Journal) -> Vec<PathBuf> {
        let all = journal.backups().unwrap();
        all.into_iter()
            .filter(|p| p.to_string_lossy().contains("before-upgrade"))
            .collect()
    }

    #[test]
    fn the_migration_list_is_valid_sql() {
        all().validate().unwrap();
    }

    #[test]
    fn a_fresh_journal_goes_to_the_latest_version_without_an_upgrade_backup() {
        let dir = tempfile::tempdir().unwrap();
        let opened = Journal::open(dir.path(), now()).unwrap();
        assert!(opened.recovery.is_none());
        assert!(
            upgrade_backups(&opened.journal).is_empty(),
            "nothing to protect in a new file"
        );
        drop(opened);
        let path = dir.path().join(JOURNAL_FILE);
        assert_eq!(version(&path), LATEST);
        assert!(objects(&path).contains(&"pain_entries_recent".to_owned()));
    }

    #[test]
    fn a_version_1_journal_upgrades_with_its_rows_and_a_backup_first() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(JOURNAL_FILE);
        let old = open_with(dir.path(), now(), &first(1)).unwrap().journal;
        let before = add(&old, 12);
        drop(old);
        assert_eq!(version(&path), 1);
        assert!(!objects(&path).contains(&"pain_entries_recent".to_owned()));

        let journal = Journal::open(dir.path(), now()).unwrap().journal;
        assert_eq!(ids(&journal), before, "rows survive the upgrade");
        let backups = upgrade_backups(&journal);
        assert_eq!(
            backups.len(),
            1,
            "one backup before the upgrade: {backups:?}"
        );
        assert!(backups[0]
            .to_string_lossy()
            .ends_with("-before-upgrade-from-v1.sqlite3"));
        assert_eq!(
            version(&backups[0]),
            1,
            "the backup is the journal as it was"
        );
        let conn = Connection::open(&backups[0]).unwrap();
        let rows: i64 = conn
            .query_row("SELECT count(*) FROM pain_entries", [], |r| r.get(0))
            .unwrap();
        assert_eq!(rows, 12);
        drop(journal);
        assert_eq!(version(&path), LATEST);
        assert!(objects(&path).contains(&"pain_entries_recent".to_owned()));
    }

    #[test]
    fn every_earlier_version_upgrades_with_its_rows() {
        for version in 1..SQL.len() {
            let dir = tempfile::tempdir().unwrap();
            let old = open_with(dir.path(), now(), &first(version))
                .unwrap()
                .journal;
            let before = add(&old, 4);
            drop(old);
            let journal = Journal::open(dir.path(), now()).unwrap().journal;
            assert_eq!(ids(&journal), before, "from version {version}");
            assert_eq!(upgrade_backups(&journal).len(), 1, "from version {version}");
        }
    }

    #[test]
    fn a_version_5_journal_gains_the_diary_columns_empty() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(JOURNAL_FILE);
        let old = open_with(dir.path(), now(), &first(5)).unwrap().journal;
        let before = add(&old, 9);
        drop(old);
        assert_eq!(version(&path), 5);

        let journal = Journal::open(dir.path(), now()).unwrap().journal;
        assert_eq!(ids(&journal), before);
        let entries = journal.recent_pain(100).unwrap();
        assert_eq!(entries.len(), 9);
        for e in &entries {
            assert_eq!(
                (e.worst_24h, e.average_24h, e.interference),
                (None, None, None)
            );
            assert!(e.tags.is_empty());
            assert!(e.note.as_deref().unwrap().starts_with("entry "));
        }
        {
            let conn = journal.lock();
            let filled: i64 = conn
                .query_row(
                    "SELECT count(*) FROM pain_entries WHERE worst_24h IS NOT NULL
                     OR average_24h IS NOT NULL OR interference IS NOT NULL OR tags IS NOT NULL",
                    [],
                    |r| r.get(0),
                )
                .unwrap();
            assert_eq!(filled, 0, "the new columns are NULL");
            // The new columns refuse what no rule would let in.
            for bad in [
                "UPDATE pain_entries SET worst_24h = 11",
                "UPDATE pain_entries SET interference = -1",
                "UPDATE pain_entries SET tags = ''",
                "UPDATE pain_entries SET tags = 'morning;sleep'",
            ] {
                assert!(conn.execute(bad, []).is_err(), "{bad} was allowed");
            }
        }
        drop(journal);
        assert_eq!(version(&path), LATEST);
        let names = objects(&path);
        for table in [
            "walking",
            "psfs_records",
            "scored_measures",
            "pain_entries_by_day",
        ] {
            assert!(names.contains(&table.to_owned()), "{table} missing");
        }
    }

    /// Writes `session` as a version 6 journal kept it: the exercises' JSON
    /// with the library id and skip reason beside it, and nothing else.
    fn add_v6_session(journal: &Journal, session: &relief_core::Session, deleted: bool) {
        let conn = journal.lock();
        let id: i64 = conn
            .query_row(
                "INSERT INTO sessions (started_at, started_utc_ms, finished_at, effort, updated_at,
                                       deleted_at)
                 VALUES (?1, ?2, ?3, 3, ?4, ?5) RETURNING id",
                params![
                    session.started_at.to_rfc3339(),
                    session.started_at.timestamp_millis(),
                    session.finished_at.to_rfc3339(),
                    now().to_rfc3339(),
                    deleted.then(|| now().to_rfc3339()),
                ],
                |r| r.get(0),
            )
            .unwrap();
        for (position, e) in session.exercises.iter().enumerate() {
            conn.execute(
                "INSERT INTO session_exercises (session_id, position, exercise_json, library_id,
                                                skipped_reason)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![
                    id,
                    position as i64,
                    serde_json::to_string(e).unwrap(),
                    e.exercise.library_id(),
                    e.skipped.as_ref().map(|_| "no-time"),
                ],
            )
            .unwrap();
        }
    }

    #[test]
    fn a_version_6_journal_counts_its_sessions_as_before() {
        use relief_core::{
            CustomExercise, Dose, ExerciseRef, Session, SessionExercise, SkipReason,
        };
        let exercise = |exercise: ExerciseRef, skipped: bool| SessionExercise {
            exercise,
            planned: Dose::Reps { sets: 1, reps: 5 },
            sets_done: 1,
            reps_done: vec![5],
            hold_seconds: vec![],
            minutes_done: None,
            skipped: skipped.then_some(SkipReason::NoTime),
            not_done: false,
        };
        let squat = || {
            ExerciseRef::Custom(CustomExercise {
                name: "Wall squat".into(),
                purpose: None,
                position: None,
                steps: vec![],
                key_points: vec![],
                stop_if: None,
            })
        };
        let walking = || ExerciseRef::Library {
            id: "walking".into(),
        };
        let dir = tempfile::tempdir().unwrap();
        let old = open_with(dir.path(), now(), &first(6)).unwrap().journal;
        let start = at("2025-12-20T08:00:00+01:00");
        for day in 0..60 {
            let started_at = start + chrono::TimeDelta::days(day);
            let session = Session {
                started_at,
                finished_at: started_at + chrono::TimeDelta::minutes(20 + day),
                exercises: vec![
                    exercise(if day % 7 == 3 { squat() } else { walking() }, false),
                    exercise(squat(), day % 3 == 0),
                ],
                effort: 3,
                pain_before: None,
                pain_after: None,
                note: None,
            };
            add_v6_session(&old, &session, day % 10 == 5);
        }
        drop(old);

        let journal = Journal::open(dir.path(), now()).unwrap().journal;
        {
            let names: Vec<(Option<String>, Option<String>)> = rows(
                &journal,
                "SELECT DISTINCT library_id, custom_name FROM session_exercises ORDER BY 1, 2",
                |r| Ok((r.get(0)?, r.get(1)?)),
            );
            assert_eq!(
                names,
                [
                    (None, Some("Wall squat".into())),
                    (Some("walking".into()), None)
                ],
                "the custom names are filled in from the JSON"
            );
        }
        let today = chrono::NaiveDate::from_ymd_opt(2026, 3, 29).unwrap();
        for choice in [
            relief_core::ProgressRange::FourWeeks,
            relief_core::ProgressRange::ThreeMonths,
            relief_core::ProgressRange::All,
        ] {
            let view = journal.progress(choice, today).unwrap();
            let range = DateRange::new(view.range.first, view.range.last).unwrap();
            counts_as_sessions(&journal, &view, range);
        }
        let all = journal
            .progress(relief_core::ProgressRange::All, today)
            .unwrap();
        let times: u32 = all
            .adherence
            .exercises
            .iter()
            .map(|e| e.done + e.skipped)
            .sum();
        assert_eq!(times, 54 * 2, "the six deleted sessions are not counted");
    }

    /// Takes a journal of today's schema back to `version` (7, 8 or 9) by
    /// dropping what the later migrations add: 008 and 009 add only derived
    /// tables and triggers, 010 a column and an index, 011 a table, 012
    /// a column and 013 and 014 a table each, so what is left is exactly a file of that version with the
    /// same records (as long as none was passed over, which only 010 can
    /// say, and no procedure has a phone number).
    fn back_to(path: &Path, version: i64) {
        let conn = Connection::open(path).unwrap();
        conn.execute_batch(
            "DROP TABLE preferences_to_apply;
             DROP TABLE recoveries;
             ALTER TABLE procedures DROP COLUMN clinic_phone;
             DROP TABLE plan_offer_answers;
             DROP INDEX session_exercises_tally;
             ALTER TABLE session_exercises DROP COLUMN not_done;
             CREATE INDEX session_exercises_tally
                 ON session_exercises (session_id, position, library_id, custom_name, skipped_reason);",
        )
        .unwrap();
        if version < 9 {
            conn.execute_batch(
                "DROP TRIGGER pain_days_add; DROP TRIGGER pain_days_remove;
                 DROP TRIGGER pain_days_change; DROP TABLE pain_days;",
            )
            .unwrap();
        }
        if version < 8 {
            conn.execute_batch("DROP TABLE session_exercise_years")
                .unwrap();
        }
        conn.pragma_update(None, "user_version", version).unwrap();
    }

    /// A version-7 journal sums the years its months hold when opened, and
    /// whole years then count as the sessions do.
    #[test]
    fn a_version_7_journal_sums_its_years() {
        use relief_core::{Dose, ExerciseRef, Session, SessionExercise};
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(JOURNAL_FILE);
        let journal = Journal::open(dir.path(), now()).unwrap().journal;
        let start = at("2023-11-20T08:00:00+01:00");
        for week in 0..80 {
            let started_at = start + chrono::TimeDelta::weeks(week);
            let exercise = |id: &str| SessionExercise {
                exercise: ExerciseRef::Library { id: id.into() },
                planned: Dose::Reps { sets: 1, reps: 5 },
                sets_done: 1,
                reps_done: vec![5],
                hold_seconds: vec![],
                minutes_done: None,
                skipped: None,
                not_done: false,
            };
            let session = Session {
                started_at,
                finished_at: started_at + chrono::TimeDelta::minutes(20),
                exercises: vec![
                    exercise("walking"),
                    exercise(if week % 3 == 0 { "bridge" } else { "dead-bug" }),
                ],
                effort: 3,
                pain_before: None,
                pain_after: None,
                note: None,
            };
            journal.add_session(&session, None, now()).unwrap();
        }
        drop(journal);
        back_to(&path, 7);

        let journal = Journal::open(dir.path(), now()).unwrap().journal;
        assert_eq!(version(&path), LATEST);
        assert_eq!(upgrade_backups(&journal).len(), 1);
        let years: Vec<(String, i64)> = rows(
            &journal,
            "SELECT year, sum(times) FROM session_exercise_years GROUP BY year",
            |r| Ok((r.get(0)?, r.get(1)?)),
        );
        // Weekly on Mondays from 20 November 2023: six in 2023, 53 in 2024
        // (it starts and ends on a Monday) and 21 in 2025, two exercises each.
        assert_eq!(
            years,
            [
                ("2023".into(), 12),
                ("2024".into(), 106),
                ("2025".into(), 42)
            ]
        );
        let range = |a, b| {
            let day = |t| chrono::NaiveDate::parse_from_str(t, "%Y-%m-%d").unwrap();
            DateRange::new(day(a), day(b)).unwrap()
        };
        for range in [
            range("2024-01-01", "2024-12-31"),
            range("2023-11-01", "2025-06-30"),
        ] {
            let today = chrono::NaiveDate::from_ymd_opt(2026, 3, 29).unwrap();
            let view = journal.progress_between(range, today).unwrap();
            counts_as_sessions(&journal, &view, range);
        }
    }

    /// A version-8 journal adds up each day's live pain readings when opened,
    /// and its triggers keep them from then on.
    #[test]
    fn a_version_8_journal_sums_its_pain_days() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(JOURNAL_FILE);
        let journal = Journal::open(dir.path(), now()).unwrap().journal;
        let ids = add(&journal, 6);
        journal.delete_pain(ids[1], now()).unwrap();
        drop(journal);
        back_to(&path, 8);
        let sums = |journal: &Journal, sql: &str| -> Vec<(String, i64, i64)> {
            rows(journal, sql, |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        };
        let afresh = "SELECT substr(recorded_at, 1, 10), sum(score), count(*) FROM pain_entries
                      WHERE deleted_at IS NULL GROUP BY 1 ORDER BY 1";
        let kept = "SELECT day, total, readings FROM pain_days ORDER BY day";

        let journal = Journal::open(dir.path(), now()).unwrap().journal;
        assert_eq!(version(&path), LATEST);
        assert_eq!(upgrade_backups(&journal).len(), 1);
        let filled = sums(&journal, kept);
        assert!(!filled.is_empty());
        assert_eq!(filled, sums(&journal, afresh));
        journal.delete_pain(ids[0], now()).unwrap();
        assert_eq!(sums(&journal, kept), sums(&journal, afresh), "kept after");
    }

    /// Journals of every version with sessions (4 to 9) kept an exercise
    /// passed over as one with nothing done, which counted as done. Opened,
    /// it is not done, in its record, its column and every sum; done and
    /// skipped exercises keep their meaning, and the statistics agree with
    /// the sessions read whole.
    #[test]
    fn every_earlier_version_settles_exercises_passed_over() {
        use relief_core::{Dose, ExerciseRef, Outcome, Session, SessionExercise, SkipReason};
        let exercise = |id: &str, reps: Vec<u8>, skipped: Option<SkipReason>| SessionExercise {
            exercise: ExerciseRef::Library { id: id.into() },
            planned: Dose::Reps { sets: 1, reps: 5 },
            sets_done: u8::from(!reps.is_empty()),
            reps_done: reps,
            hold_seconds: vec![],
            minutes_done: None,
            skipped,
            not_done: false,
        };
        let session = |day: i64| {
            let started_at = at("2026-02-02T08:00:00+00:00") + chrono::TimeDelta::days(day);
            Session {
                started_at,
                finished_at: started_at + chrono::TimeDelta::minutes(20),
                exercises: vec![
                    exercise("walking", vec![5], None),
                    exercise("bird-dog", vec![], None),
                    exercise("dead-bug", vec![], Some(SkipReason::NoTime)),
                    exercise("curl-up", vec![0], None),
                ],
                effort: 3,
                pain_before: None,
                pain_after: None,
                note: None,
            }
        };
        // Passed over entirely: no routine that day.
        let nothing = |day: i64| Session {
            exercises: vec![exercise("walking", vec![], None)],
            ..session(day)
        };
        for version in 4..=9 {
            let dir = tempfile::tempdir().unwrap();
            let old = open_with(dir.path(), now(), &first(version))
                .unwrap()
                .journal;
            add_v6_session(&old, &session(0), false);
            add_v6_session(&old, &nothing(1), false);
            add_v6_session(&old, &session(2), false);
            drop(old);

            let journal = Journal::open(dir.path(), now()).unwrap().journal;
            let sessions = journal.recent_sessions(10).unwrap();
            assert_eq!(sessions.len(), 3, "from version {version}");
            for record in &sessions {
                let outcomes: Vec<_> = record
                    .session
                    .exercises
                    .iter()
                    .map(|e| match e.outcome() {
                        Outcome::Done => "done",
                        Outcome::Skipped(_) => "skipped",
                        Outcome::NotDone => "not done",
                    })
                    .collect();
                let expected: &[&str] = if record.session.exercises.len() == 1 {
                    &["not done"]
                } else {
                    &["done", "not done", "skipped", "not done"]
                };
                assert_eq!(outcomes, expected, "from version {version}");
                assert!(
                    record.session.exercises.iter().all(|e| *e == e.settled()),
                    "stored settled, from version {version}"
                );
            }
            let marked: Vec<(String, i64)> = rows(
                &journal,
                "SELECT library_id, not_done FROM session_exercises
                 WHERE json_extract(exercise_json, '$.notDone') IS NOT NULL ORDER BY session_id, position",
                |r| Ok((r.get(0)?, r.get(1)?)),
            );
            assert_eq!(
                marked,
                [
                    ("bird-dog".into(), 1),
                    ("curl-up".into(), 1),
                    ("walking".into(), 1),
                    ("bird-dog".into(), 1),
                    ("curl-up".into(), 1),
                ],
                // Nothing else was touched.
                "JSON and column agree, from version {version}"
            );
            let range = DateRange::new(
                chrono::NaiveDate::from_ymd_opt(2026, 2, 1).unwrap(),
                chrono::NaiveDate::from_ymd_opt(2026, 2, 28).unwrap(),
            )
            .unwrap();
            let view = journal.progress_between(range, now().date_naive()).unwrap();
            counts_as_sessions(&journal, &view, range);
            let done: Vec<(String, u32, u32)> = view
                .adherence
                .exercises
                .iter()
                .map(|e| (format!("{:?}", e.exercise), e.done, e.skipped))
                .collect();
            assert_eq!(
                done,
                [
                    (r#"Library { id: "walking" }"#.into(), 2, 0),
                    (r#"Library { id: "dead-bug" }"#.into(), 0, 2),
                ],
                "passed over is neither done nor skipped, from version {version}"
            );
            assert_eq!(
                view.active_days.iter().filter(|d| d.sessions > 0).count(),
                2,
                "the day of nothing done is no routine day, from version {version}"
            );
        }
    }

    /// Procedures from before 012 read with no phone number, and take one.
    #[test]
    fn a_version_11_journal_gains_an_empty_clinic_phone() {
        let dir = tempfile::tempdir().unwrap();
        let old = open_with(dir.path(), now(), &first(11)).unwrap().journal;
        old.lock()
            .execute(
                "INSERT INTO procedures (date, region, levels, clinic, updated_at)
                 VALUES ('2026-02-01', 'lumbar', 'L4-L5', 'Kent Centre', ?1)",
                [now().to_rfc3339()],
            )
            .unwrap();
        drop(old);
        let journal = Journal::open(dir.path(), now()).unwrap().journal;
        let procedures = journal.procedures().unwrap();
        assert_eq!(procedures.len(), 1);
        assert_eq!(procedures[0].clinic.as_deref(), Some("Kent Centre"));
        assert_eq!(procedures[0].clinic_phone, None);
        let conn = journal.lock();
        assert!(
            conn.execute("UPDATE procedures SET clinic_phone = ''", [])
                .is_err(),
            "a blank number is no number"
        );
    }

    #[test]
    fn opening_twice_changes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(JOURNAL_FILE);
        let journal = Journal::open(dir.path(), now()).unwrap().journal;
        let before = add(&journal, 5);
        drop(journal);
        let schema = objects(&path);
        for _ in 0..2 {
            let journal = Journal::open(dir.path(), now()).unwrap().journal;
            assert_eq!(ids(&journal), before);
            assert!(upgrade_backups(&journal).is_empty());
            drop(journal);
            assert_eq!(version(&path), LATEST);
            assert_eq!(objects(&path), schema);
        }
    }

    #[test]
    fn a_failing_migration_leaves_the_file_unchanged() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(JOURNAL_FILE);
        let journal = Journal::open(dir.path(), now()).unwrap().journal;
        let before = add(&journal, 7);
        drop(journal);
        let bytes = std::fs::read(&path).unwrap();

        // The bad step first undoes the index and empties the table, then fails.
        let mut steps = SQL.to_vec();
        steps.extend([
            "DROP INDEX pain_entries_recent; DELETE FROM pain_entries; CREATE TABLE oops (x);",
            "INSERT INTO nowhere VALUES (1);",
        ]);
        let broken = from_sql(&steps);
        let error = open_with(dir.path(), now(), &broken).err().unwrap();
        assert_eq!(error.code(), "migration_failed", "{error}");

        assert_eq!(std::fs::read(&path).unwrap(), bytes, "not one byte changed");
        assert_eq!(version(&path), LATEST);
        assert!(!objects(&path).contains(&"oops".to_owned()));
        let journal = Journal::open(dir.path(), now()).unwrap().journal;
        assert_eq!(ids(&journal), before);
    }

    #[test]
    fn a_journal_from_a_newer_app_is_refused_not_recovered() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(JOURNAL_FILE);
        drop(Journal::open(dir.path(), now()).unwrap());
        Connection::open(&path)
            .unwrap()
            .pragma_update(None, "user_version", LATEST + 1)
            .unwrap();
        let bytes = std::fs::read(&path).unwrap();

        let error = Journal::open(dir.path(), now()).err().unwrap();
        assert_eq!(error.code(), "migration_failed", "{error}");
        assert_eq!(std::fs::read(&path).unwrap(), bytes);
        let corrupt = std::fs::read_dir(dir.path())
            .unwrap()
            .filter(|e| {
                e.as_ref()
                    .unwrap()
                    .file_name()
                    .to_string_lossy()
                    .contains("corrupt")
            })
            .count();
        assert_eq!(corrupt, 0, "a newer journal is not damage");
    }
}
