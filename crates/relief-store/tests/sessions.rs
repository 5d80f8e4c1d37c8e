//! Exercise sessions through the journal's public API.

mod common;

use relief_core::{Dose, ExerciseRef, Session, SessionDraft, SessionExercise, SkipReason};
use relief_store::StoreError;

use common::{at, now, open};

fn exercise(id: &str, skipped: Option<SkipReason>) -> SessionExercise {
    SessionExercise {
        exercise: ExerciseRef::Library { id: id.into() },
        planned: Dose::Reps { sets: 2, reps: 5 },
        sets_done: if skipped.is_some() { 0 } else { 2 },
        reps_done: if skipped.is_some() {
            vec![]
        } else {
            vec![5, 4]
        },
        hold_seconds: vec![],
        minutes_done: None,
        skipped,
        not_done: false,
    }
}

fn session(started: &str, finished: &str) -> Session {
    SessionDraft {
        started_at: started.into(),
        finished_at: finished.into(),
        exercises: vec![
            exercise("glute-bridge", None),
            exercise("bird-dog", Some(SkipReason::TooPainful)),
            exercise(
                "dead-bug",
                Some(SkipReason::Other {
                    text: Some("phone rang".into()),
                }),
            ),
        ],
        effort: 6.0,
        pain_before: Some(4.0),
        pain_after: Some(3.0),
        note: Some("felt steady".into()),
    }
    .validate(now())
    .unwrap()
}

#[test]
fn a_session_and_its_exercises_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let journal = open(dir.path());
    let done = session("2026-03-28T18:00:00+00:00", "2026-03-28T18:20:00+00:00");
    let stored = journal.add_session(&done, None, now()).unwrap();
    assert_eq!(journal.recent_sessions(10).unwrap(), vec![stored.clone()]);
    drop(journal);

    let reopened = open(dir.path());
    let back = reopened.recent_sessions(10).unwrap();
    assert_eq!(
        back[0].session, done,
        "every exercise, count and skip reason survives"
    );
    let conn = rusqlite::Connection::open(dir.path().join(relief_store::JOURNAL_FILE)).unwrap();
    let reasons: Vec<(Option<String>, Option<String>)> = conn
        .prepare("SELECT library_id, skipped_reason FROM session_exercises ORDER BY position")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(
        reasons,
        vec![
            (Some("glute-bridge".into()), None),
            (Some("bird-dog".into()), Some("too-painful".into())),
            (Some("dead-bug".into()), Some("other".into())),
        ],
        "library ids and skip reasons can be counted in SQL"
    );
}

#[test]
fn newest_first_edit_delete_undo_and_purge() {
    let dir = tempfile::tempdir().unwrap();
    let journal = open(dir.path());
    let older = journal
        .add_session(
            &session("2026-03-27T09:00:00+01:00", "2026-03-27T09:15:00+01:00"),
            None,
            now(),
        )
        .unwrap();
    let newer = journal
        .add_session(
            &session("2026-03-28T07:00:00-04:00", "2026-03-28T07:30:00-04:00"),
            None,
            now(),
        )
        .unwrap();
    let ids: Vec<i64> = journal
        .recent_sessions(10)
        .unwrap()
        .iter()
        .map(|s| s.id)
        .collect();
    assert_eq!(ids, [newer.id, older.id]);

    let mut changed = older.session.clone();
    changed.exercises.truncate(1);
    changed.note = None;
    let edited = journal
        .update_session(older.id, &changed, at("2026-03-29T10:00:00+01:00"))
        .unwrap();
    assert_eq!(journal.recent_sessions(10).unwrap()[1], edited);
    assert_eq!(
        edited.session.exercises.len(),
        1,
        "an edit replaces the exercises"
    );

    let deleted = journal.delete_session(newer.id, now()).unwrap();
    assert_eq!(deleted, newer, "delete returns the session for undo");
    assert_eq!(journal.recent_sessions(10).unwrap().len(), 1);
    assert!(matches!(
        journal.update_session(newer.id, &changed, now()),
        Err(StoreError::NotFound { .. })
    ));
    assert_eq!(journal.undo_delete_session(newer.id).unwrap(), newer);
    journal.delete_session(newer.id, now()).unwrap();
    drop(journal);

    let reopened = open(dir.path());
    assert_eq!(reopened.recent_sessions(10).unwrap().len(), 1);
    assert!(matches!(
        reopened.undo_delete_session(newer.id),
        Err(StoreError::NotFound { .. })
    ));
    let conn = rusqlite::Connection::open(dir.path().join(relief_store::JOURNAL_FILE)).unwrap();
    let orphans: i64 = conn
        .query_row(
            "SELECT count(*) FROM session_exercises WHERE session_id = ?1",
            [newer.id],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(orphans, 0, "purging a session removes its exercises too");
}
