//! Pain entries through the journal's public API: what a person's actions store.

mod common;

use common::{at, hours, ids, now, pain};
use relief_store::{Journal, StoreError, JOURNAL_FILE};

#[test]
fn entries_come_back_newest_first_by_the_real_instant() {
    let dir = tempfile::tempdir().unwrap();
    let journal = Journal::open(dir.path(), now()).unwrap().journal;
    let add = |at: &str| journal.add_pain(&pain(3, None, at), now()).unwrap().id;
    let nine_in_paris = add("2026-03-29T09:00:00+01:00"); // 08:00Z
    let half_eight_in_ny = add("2026-03-29T08:30:00-05:00"); // 13:30Z: later, despite "08:30"
    let eleven_pm_in_la = add("2026-03-28T23:00:00-08:00"); // 07:00Z on the 29th
    let eight_utc = add("2026-03-29T08:00:00Z"); // same instant as Paris, added later

    let order: Vec<i64> = journal
        .recent_pain(10)
        .unwrap()
        .iter()
        .map(|e| e.id)
        .collect();
    assert_eq!(
        order,
        [half_eight_in_ny, eight_utc, nine_in_paris, eleven_pm_in_la]
    );
    let first_two: Vec<i64> = journal
        .recent_pain(2)
        .unwrap()
        .iter()
        .map(|e| e.id)
        .collect();
    assert_eq!(first_two, [half_eight_in_ny, eight_utc]);
    assert!(journal.recent_pain(0).unwrap().is_empty());
}

#[test]
fn the_persons_offset_is_kept_in_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let journal = Journal::open(dir.path(), now()).unwrap().journal;
    let entry = journal
        .add_pain(
            &pain(6, Some("after the walk"), "2026-03-29T08:30:00-05:00"),
            now(),
        )
        .unwrap();
    assert_eq!(entry.recorded_at, at("2026-03-29T08:30:00-05:00"));
    assert_eq!(entry.recorded_at.offset().local_minus_utc(), -5 * 3600);
    assert_eq!(entry.updated_at, now());
    assert_eq!(entry.score.get(), 6);
    assert_eq!(entry.note.as_deref(), Some("after the walk"));
    drop(journal);

    let conn = rusqlite::Connection::open(dir.path().join(JOURNAL_FILE)).unwrap();
    let (text, millis): (String, i64) = conn
        .query_row(
            "SELECT recorded_at, recorded_utc_ms FROM pain_entries WHERE id = ?1",
            [entry.id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(text, "2026-03-29T08:30:00-05:00");
    assert_eq!(millis, at("2026-03-29T13:30:00Z").timestamp_millis());
}

#[test]
fn edit_delete_and_undo() {
    let dir = tempfile::tempdir().unwrap();
    let journal = Journal::open(dir.path(), now()).unwrap().journal;
    let early = journal
        .add_pain(&pain(7, Some("stiff"), "2026-03-29T07:00:00+01:00"), now())
        .unwrap();
    let late = journal
        .add_pain(&pain(4, None, "2026-03-29T09:00:00+01:00"), now())
        .unwrap();

    // Moving the early entry after the late one reorders the timeline.
    let later = now() + hours(1);
    let edited = journal
        .update_pain(early.id, &pain(5, None, "2026-03-29T09:15:00+01:00"), later)
        .unwrap();
    assert_eq!(
        (edited.id, edited.score.get(), edited.note.clone()),
        (early.id, 5, None)
    );
    assert_eq!(edited.updated_at, later);
    assert_eq!(
        journal.recent_pain(10).unwrap(),
        [edited.clone(), late.clone()]
    );

    let deleted = journal.delete_pain(edited.id, later).unwrap();
    assert_eq!(
        deleted, edited,
        "delete hands back the entry as it was, for undo"
    );
    assert_eq!(
        journal.recent_pain(10).unwrap(),
        std::slice::from_ref(&late)
    );

    let restored = journal.undo_delete_pain(edited.id).unwrap();
    assert_eq!(restored, edited, "undo brings back exactly what was there");
    assert_eq!(journal.recent_pain(10).unwrap(), [edited, late]);
}

#[test]
fn missing_and_deleted_entries_are_not_found() {
    fn check<T: std::fmt::Debug>(result: Result<T, StoreError>, id: i64) {
        match result {
            Err(StoreError::NotFound { id: got }) => assert_eq!(got, id),
            other => panic!("expected not_found for {id}, got {other:?}"),
        }
    }
    let dir = tempfile::tempdir().unwrap();
    let journal = Journal::open(dir.path(), now()).unwrap().journal;
    let live = journal
        .add_pain(&pain(2, None, NOW_TEXT), now())
        .unwrap()
        .id;
    let gone = journal
        .add_pain(&pain(3, None, NOW_TEXT), now())
        .unwrap()
        .id;
    journal.delete_pain(gone, now()).unwrap();

    check(
        journal.update_pain(999, &pain(1, None, NOW_TEXT), now()),
        999,
    );
    check(journal.delete_pain(999, now()), 999);
    check(journal.undo_delete_pain(999), 999);
    check(
        journal.update_pain(gone, &pain(1, None, NOW_TEXT), now()),
        gone,
    );
    check(journal.delete_pain(gone, now()), gone);
    check(journal.undo_delete_pain(live), live);
    assert_eq!(ids(&journal), [live], "failed calls change nothing");
}

const NOW_TEXT: &str = common::NOW;

#[test]
fn deletions_become_final_when_the_journal_reopens() {
    let dir = tempfile::tempdir().unwrap();
    let journal = Journal::open(dir.path(), now()).unwrap().journal;
    let kept = journal
        .add_pain(&pain(2, None, NOW_TEXT), now())
        .unwrap()
        .id;
    let gone = journal
        .add_pain(&pain(3, None, NOW_TEXT), now())
        .unwrap()
        .id;
    journal.delete_pain(gone, now()).unwrap();
    drop(journal);

    let journal = Journal::open(dir.path(), now()).unwrap().journal;
    assert_eq!(ids(&journal), [kept]);
    assert_eq!(
        journal.undo_delete_pain(gone).unwrap_err().code(),
        "not_found"
    );
    let next = journal
        .add_pain(&pain(4, None, NOW_TEXT), now())
        .unwrap()
        .id;
    assert!(next > gone, "a purged id is never handed out again");
    drop(journal);

    let conn = rusqlite::Connection::open(dir.path().join(JOURNAL_FILE)).unwrap();
    let rows: i64 = conn
        .query_row(
            "SELECT count(*) FROM pain_entries WHERE id = ?1",
            [gone],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(rows, 0, "the purged row is gone from the file");
}

#[test]
fn entries_survive_closing_and_reopening() {
    let dir = tempfile::tempdir().unwrap();
    let journal = Journal::open(dir.path(), now()).unwrap().journal;
    let added = common::fill(&journal, 40);
    let before = journal.recent_pain(100).unwrap();
    drop(journal);
    let journal = Journal::open(dir.path(), now()).unwrap().journal;
    assert_eq!(ids(&journal), added);
    assert_eq!(journal.recent_pain(100).unwrap(), before);
    assert_eq!(journal.dir(), dir.path());
}
