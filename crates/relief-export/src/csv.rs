//! The CSV export: one file per kind of record, carried together in one .zip
//! (`docs/csv.md` lists every column).
//!
//! RFC 4180 through the `csv` crate (quoted when needed, CRLF line ends),
//! UTF-8 with a header row, and times in ISO 8601 with the offset the person
//! was in. The zip is deterministic: the same journal gives the same bytes,
//! entries dated 1980-01-01 (the zip epoch) rather than by the clock.
//!
//! Cells of the person's own words that begin with `=`, `+`, `-` or `@` are
//! written with a leading apostrophe, so a spreadsheet shows them as text
//! instead of running them as a formula (OWASP's "CSV injection").

use std::io::{Cursor, Write};

use relief_core::session::summary;
use relief_core::Snapshot;
use relief_core::{Outcome, PainEntry, SessionExercise, SessionRecord, SkipReason};
use thiserror::Error;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

use crate::names;
use crate::period::Period;

/// The files in the zip, in order.
pub const FILES: [&str; 4] = [
    "pain_entries.csv",
    "sessions.csv",
    "session_exercises.csv",
    "measures.csv",
];

#[derive(Debug, Error)]
pub enum CsvError {
    /// Writing into memory failed: only possible through a bug in a library.
    #[error("the CSV files could not be written: {0}")]
    Write(String),
}

/// The records of `period` as a zip of CSV files.
pub fn csv_zip(snapshot: &Snapshot, period: Period) -> Result<Vec<u8>, CsvError> {
    let files = [
        pain_entries(&snapshot.pain, period)?,
        sessions(&snapshot.sessions, period)?,
        session_exercises(&snapshot.sessions, period)?,
        measures(snapshot, period)?,
    ];
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .unix_permissions(0o644);
    for (name, bytes) in FILES.iter().zip(files) {
        zip.start_file(*name, options).map_err(write_error)?;
        zip.write_all(&bytes).map_err(write_error)?;
    }
    Ok(zip.finish().map_err(write_error)?.into_inner())
}

fn write_error(e: impl std::fmt::Display) -> CsvError {
    CsvError::Write(e.to_string())
}

/// One CSV file from its header and rows.
fn file<const N: usize>(
    header: [&str; N],
    rows: impl Iterator<Item = [String; N]>,
) -> Result<Vec<u8>, CsvError> {
    let mut writer = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(Vec::new());
    writer.write_record(header).map_err(write_error)?;
    for row in rows {
        writer.write_record(&row).map_err(write_error)?;
    }
    writer.into_inner().map_err(write_error)
}

/// The person's words, kept from being read as a formula.
fn words(text: Option<&str>) -> String {
    match text {
        Some(t) if t.starts_with(['=', '+', '-', '@', '\t', '\r']) => format!("'{t}"),
        Some(t) => t.to_owned(),
        None => String::new(),
    }
}

fn number<T: ToString>(value: Option<T>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

fn pain_entries(entries: &[PainEntry], period: Period) -> Result<Vec<u8>, CsvError> {
    let mut entries: Vec<&PainEntry> = entries
        .iter()
        .filter(|e| period.contains(e.recorded_at.date_naive()))
        .collect();
    entries.sort_by_key(|e| (e.recorded_at, e.id));
    file(
        [
            "id",
            "recorded_at",
            "pain",
            "worst_24h",
            "average_24h",
            "interference",
            "tags",
            "note",
        ],
        entries.into_iter().map(|e| {
            [
                e.id.to_string(),
                e.recorded_at.to_rfc3339(),
                e.score.get().to_string(),
                number(e.worst_24h.map(|s| s.get())),
                number(e.average_24h.map(|s| s.get())),
                number(e.interference.map(|s| s.get())),
                e.tags
                    .iter()
                    .map(|t| t.name())
                    .collect::<Vec<_>>()
                    .join(";"),
                words(e.note.as_deref()),
            ]
        }),
    )
}

fn in_period(sessions: &[SessionRecord], period: Period) -> Vec<&SessionRecord> {
    let mut chosen: Vec<&SessionRecord> = sessions
        .iter()
        .filter(|s| period.contains(s.session.started_at.date_naive()))
        .collect();
    chosen.sort_by_key(|s| (s.session.started_at, s.id));
    chosen
}

fn sessions(sessions: &[SessionRecord], period: Period) -> Result<Vec<u8>, CsvError> {
    file(
        [
            "id",
            "started_at",
            "finished_at",
            "minutes",
            "effort",
            "pain_before",
            "pain_after",
            "exercises_done",
            "exercises_skipped",
            "exercises_not_done",
            "plan_id",
            "note",
        ],
        in_period(sessions, period).into_iter().map(|r| {
            let s = &r.session;
            let counted = summary(s);
            [
                r.id.to_string(),
                s.started_at.to_rfc3339(),
                s.finished_at.to_rfc3339(),
                (s.finished_at - s.started_at)
                    .num_minutes()
                    .max(0)
                    .to_string(),
                s.effort.to_string(),
                number(s.pain_before.map(|p| p.get())),
                number(s.pain_after.map(|p| p.get())),
                counted.exercises_done.to_string(),
                counted.exercises_skipped.to_string(),
                counted.exercises_not_done.to_string(),
                number(r.plan_id),
                words(s.note.as_deref()),
            ]
        }),
    )
}

fn session_exercises(sessions: &[SessionRecord], period: Period) -> Result<Vec<u8>, CsvError> {
    let rows = in_period(sessions, period).into_iter().flat_map(|r| {
        r.session
            .exercises
            .iter()
            .enumerate()
            .map(move |(position, e)| {
                let join = |values: Vec<String>| values.join(";");
                let other = match &e.skipped {
                    Some(SkipReason::Other { text }) => text.as_deref(),
                    _ => None,
                };
                [
                    r.id.to_string(),
                    (position + 1).to_string(),
                    names::exercise_id(&e.exercise)
                        .unwrap_or_default()
                        .to_owned(),
                    words(Some(&names::exercise_name(&e.exercise))),
                    names::dose(&e.planned),
                    e.sets_done.to_string(),
                    join(e.reps_done.iter().map(u8::to_string).collect()),
                    join(e.hold_seconds.iter().map(u16::to_string).collect()),
                    number(e.minutes_done),
                    outcome_code(e).to_owned(),
                    e.skipped
                        .as_ref()
                        .map(names::skip_code)
                        .unwrap_or_default()
                        .to_owned(),
                    words(other),
                ]
            })
    });
    file(
        [
            "session_id",
            "position",
            "exercise_id",
            "exercise_name",
            "planned_dose",
            "sets_done",
            "reps_done",
            "hold_seconds",
            "minutes_done",
            "outcome",
            "skipped_reason",
            "skipped_note",
        ],
        rows,
    )
}

/// How an exercise of a session ended, as `session_exercises.csv` writes it.
fn outcome_code(e: &SessionExercise) -> &'static str {
    match e.outcome() {
        Outcome::Done => "done",
        Outcome::Skipped(_) => "skipped",
        Outcome::NotDone => "not-done",
    }
}

/// PSFS activities, ODI and RMDQ totals and walking minutes, one row each, in
/// date order: the measures a physio charts side by side.
fn measures(snapshot: &Snapshot, period: Period) -> Result<Vec<u8>, CsvError> {
    let mut rows: Vec<[String; 7]> = Vec::new();
    for r in snapshot
        .psfs
        .iter()
        .filter(|r| period.contains(r.psfs.recorded_on))
    {
        for activity in &r.psfs.activities {
            rows.push([
                r.psfs.recorded_on.to_string(),
                "psfs".into(),
                words(Some(&activity.name)),
                activity.score.to_string(),
                "0-10".into(),
                String::new(),
                r.id.to_string(),
            ]);
        }
    }
    for r in snapshot
        .measures
        .iter()
        .filter(|r| period.contains(r.measure.recorded_on))
    {
        let (code, scale) = match r.measure.measure {
            relief_core::Measure::Odi => ("odi", "0-100"),
            relief_core::Measure::Rmdq => ("rmdq", "0-24"),
        };
        rows.push([
            r.measure.recorded_on.to_string(),
            code.into(),
            String::new(),
            r.measure.total.to_string(),
            scale.into(),
            words(r.measure.scored_by.as_deref()),
            r.id.to_string(),
        ]);
    }
    for walk in snapshot.walking.iter().filter(|w| period.contains(w.date)) {
        rows.push([
            walk.date.to_string(),
            "walking_minutes".into(),
            String::new(),
            walk.minutes.to_string(),
            "0-1440".into(),
            String::new(),
            String::new(),
        ]);
    }
    // Stable: date, then measure, then the order within a record.
    rows.sort_by(|a, b| (&a[0], &a[1]).cmp(&(&b[0], &b[1])));
    file(
        [
            "date",
            "measure",
            "activity",
            "value",
            "scale",
            "scored_by",
            "record_id",
        ],
        rows.into_iter(),
    )
}
