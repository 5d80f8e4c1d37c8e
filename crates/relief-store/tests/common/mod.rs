//! Helpers shared by the integration tests: pinned times and ready-made entries.
#![allow(dead_code)] // each test binary uses a different subset

use chrono::{DateTime, FixedOffset, TimeDelta};
use relief_core::{PainScore, ValidPain};
use relief_store::Journal;

/// The moment every test calls "now" unless it moves the clock itself.
pub const NOW: &str = "2026-03-29T09:30:00+01:00";

pub fn at(text: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(text).unwrap()
}

pub fn now() -> DateTime<FixedOffset> {
    at(NOW)
}

pub fn hours(n: i64) -> TimeDelta {
    TimeDelta::hours(n)
}

pub fn pain(score: u8, note: Option<&str>, recorded_at: &str) -> ValidPain {
    ValidPain {
        score: PainScore::try_from(f64::from(score)).unwrap(),
        note: note.map(String::from),
        recorded_at: at(recorded_at),
        worst_24h: None,
        average_24h: None,
        interference: None,
        tags: Vec::new(),
    }
}

/// Adds `count` entries a minute apart with notes long enough to fill several
/// pages, so damage in the middle of the file lands on real rows.
pub fn fill(journal: &Journal, count: u32) -> Vec<i64> {
    (0..count)
        .map(|i| {
            let valid = ValidPain {
                score: PainScore::try_from(f64::from(i % 11)).unwrap(),
                note: Some(format!("entry {i}: {}", "stiff lower back, ".repeat(12))),
                recorded_at: at("2026-03-01T08:00:00+01:00") + TimeDelta::minutes(i.into()),
                ..pain(0, None, NOW)
            };
            journal.add_pain(&valid, now()).unwrap().id
        })
        .collect()
}

/// Live entry ids, oldest id first.
pub fn ids(journal: &Journal) -> Vec<i64> {
    let mut ids: Vec<i64> = journal
        .recent_pain(u32::MAX)
        .unwrap()
        .iter()
        .map(|e| e.id)
        .collect();
    ids.sort_unstable();
    ids
}

/// Opens the journal in `dir` at `now()`, expecting no recovery to be needed.
pub fn open(dir: &std::path::Path) -> Journal {
    let opened = Journal::open(dir, now()).expect("the journal opens");
    assert!(opened.recovery.is_none(), "no recovery expected");
    opened.journal
}
