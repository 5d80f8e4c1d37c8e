//! Procedure records through the journal's public API.

mod common;

use chrono::NaiveDate;
use relief_core::{ProcedureDraft, Region, Side, ValidProcedure};
use relief_store::{Journal, StoreError};

use common::{now, open};

fn record(date: &str, region: Region, levels: &[&str]) -> ValidProcedure {
    let today = NaiveDate::from_ymd_opt(2026, 3, 29).unwrap();
    ProcedureDraft {
        date: date.into(),
        region: Some(region),
        levels: levels.iter().map(|l| l.to_string()).collect(),
        side: Some(Side::Left),
        clinic: Some("Kent Centre".into()),
        clinician: None,
        clinic_phone: None,
        baseline_pain: Some(7.0),
        notes: Some("first one".into()),
    }
    .validate(today)
    .unwrap()
}

#[test]
fn records_round_trip_and_list_newest_first() {
    let dir = tempfile::tempdir().unwrap();
    let journal = open(dir.path());
    let first = journal
        .add_procedure(
            &record("2025-01-10", Region::Lumbar, &["L4-L5", "L5-S1"]),
            now(),
        )
        .unwrap();
    let repeat = journal
        .add_procedure(&record("2026-02-01", Region::Lumbar, &["L5-S1"]), now())
        .unwrap();
    let planned = journal
        .add_procedure(&record("2026-05-01", Region::Sacroiliac, &[]), now())
        .unwrap();
    assert_eq!(first.levels, ["L4-L5", "L5-S1"]);
    assert_eq!(first.baseline_pain.map(|p| p.get()), Some(7));
    assert_eq!(planned.levels, Vec::<String>::new(), "no levels is allowed");
    let ids: Vec<i64> = journal.procedures().unwrap().iter().map(|p| p.id).collect();
    assert_eq!(ids, [planned.id, repeat.id, first.id]);
    drop(journal);
    let again = open(dir.path());
    assert_eq!(
        again.procedures().unwrap()[2],
        first,
        "a record survives a restart unchanged"
    );
}

#[test]
fn edit_delete_undo_and_purge() {
    let dir = tempfile::tempdir().unwrap();
    let journal = open(dir.path());
    let p = journal
        .add_procedure(&record("2025-01-10", Region::Lumbar, &["L4-L5"]), now())
        .unwrap();
    let edited = journal
        .update_procedure(
            p.id,
            &record("2025-01-11", Region::Cervical, &["C5-C6"]),
            now(),
        )
        .unwrap();
    assert_eq!(
        (edited.region, edited.date.to_string()),
        (Region::Cervical, "2025-01-11".into())
    );
    journal.delete_procedure(p.id, now()).unwrap();
    assert!(journal.procedures().unwrap().is_empty());
    assert!(matches!(
        journal.update_procedure(p.id, &record("2025-01-11", Region::Lumbar, &[]), now()),
        Err(StoreError::NotFound { .. })
    ));
    assert_eq!(journal.undo_delete_procedure(p.id).unwrap(), edited);
    journal.delete_procedure(p.id, now()).unwrap();
    drop(journal);
    let reopened = open(dir.path());
    assert!(reopened.procedures().unwrap().is_empty());
    assert!(
        matches!(
            reopened.undo_delete_procedure(p.id),
            Err(StoreError::NotFound { .. })
        ),
        "purged at reopen"
    );
}

#[test]
fn a_hand_edited_row_is_damage_found_at_open_not_an_error_forever() {
    let dir = tempfile::tempdir().unwrap();
    let journal = open(dir.path());
    journal
        .add_procedure(&record("2025-01-10", Region::Lumbar, &[]), now())
        .unwrap();
    drop(journal);
    let conn = rusqlite::Connection::open(dir.path().join(relief_store::JOURNAL_FILE)).unwrap();
    conn.execute("UPDATE procedures SET date = '2025-13-45'", [])
        .unwrap();
    drop(conn);
    // Every read would fail on that row: the journal is set aside whole and
    // the newest sound backup (here, of the journal before the record) is used.
    let opened = Journal::open(dir.path(), now()).unwrap();
    let recovery = opened.recovery.expect("found at open");
    assert_eq!(recovery.damage, relief_store::Damage::Unreadable);
    assert!(
        recovery.moved_to.is_file(),
        "the journal is kept, moved aside"
    );
    assert!(opened.journal.procedures().unwrap().is_empty());
    let kept = rusqlite::Connection::open(&recovery.moved_to).unwrap();
    let date: String = kept
        .query_row("SELECT date FROM procedures", [], |r| r.get(0))
        .unwrap();
    assert_eq!(date, "2025-13-45", "nothing was changed in it");
}
