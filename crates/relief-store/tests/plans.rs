//! Plans through the journal: one current plan, earlier ones kept in a history.

mod common;

use relief_core::timeline::Phase;
use relief_core::{default_plan, PlanSource};

use common::{at, now, open};

#[test]
fn a_new_plan_sends_the_old_one_to_the_history() {
    let dir = tempfile::tempdir().unwrap();
    let journal = open(dir.path());
    assert_eq!(
        journal.current_plan().unwrap(),
        None,
        "no plan until one is chosen"
    );

    let recovery = default_plan(Phase::Recovery);
    let first = journal
        .replace_plan(&recovery, PlanSource::Default, now())
        .unwrap();
    assert_eq!(journal.current_plan().unwrap().as_ref(), Some(&first));
    assert!(journal.plan_history().unwrap().is_empty());

    let full = default_plan(Phase::Strengthen);
    let later = at("2026-04-10T10:00:00+01:00");
    let second = journal
        .replace_plan(&full, PlanSource::File, later)
        .unwrap();
    assert_eq!(
        journal.current_plan().unwrap().map(|p| p.id),
        Some(second.id)
    );
    let history = journal.plan_history().unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].id, first.id);
    assert_eq!(
        history[0].plan, recovery,
        "the earlier plan is kept exactly"
    );
    assert_eq!(history[0].replaced_at, Some(later));
    assert_eq!(second.source, PlanSource::File);

    drop(journal);
    let reopened = open(dir.path());
    assert_eq!(
        reopened.current_plan().unwrap().map(|p| p.plan),
        Some(full),
        "the plan survives a restart"
    );
    assert_eq!(reopened.plan_history().unwrap().len(), 1);
}

#[test]
fn there_is_never_more_than_one_current_plan() {
    let dir = tempfile::tempdir().unwrap();
    let journal = open(dir.path());
    for phase in [Phase::Recovery, Phase::ReliefBuilds, Phase::Strengthen] {
        journal
            .replace_plan(&default_plan(phase), PlanSource::Default, now())
            .unwrap();
    }
    drop(journal);
    let conn = rusqlite::Connection::open(dir.path().join(relief_store::JOURNAL_FILE)).unwrap();
    let current: i64 = conn
        .query_row(
            "SELECT count(*) FROM plans WHERE replaced_at IS NULL",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(current, 1);
    let second_current = conn.execute(
        "INSERT INTO plans (plan_json, source, created_at) VALUES ('{}', 'edited', '2026-01-01T00:00:00Z')",
        [],
    );
    assert!(
        second_current.is_err(),
        "the schema itself refuses a second current plan"
    );
}
