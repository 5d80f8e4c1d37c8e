//! Page breaks, read back page by page with `pdftotext -layout`: no page is
//! left with a lone heading, a table's header row without rows, a single
//! line, the last line of a note (a widow) or the first line of one (an
//! orphan), and the last page never holds only the disclaimer or one stray
//! note when it could have been kept with the rest.
//!
//! Reports with 0 to 40 notes of several lengths, after tables of several
//! sizes, put the breaks at many different points of the flow.

mod common;

use std::path::Path;
use std::process::Command;

use chrono::Days;
use relief_report::{render, ExerciseRow, NotableSession, Paper, Report, Words};

/// Words that fill the notes: none of them is in a heading or the footer.
const FILLER: &[&str] = &[
    "stiff",
    "after",
    "gardening",
    "slept",
    "badly",
    "walked",
    "to",
    "the",
    "shop",
    "and",
    "back",
    "felt",
    "fine",
    "sore",
    "in",
    "morning",
    "eased",
    "by",
    "lunch",
    "sat",
    "for",
    "an",
    "hour",
];

/// A note of about `chars` characters that starts with a marker of its own.
fn note_text(index: usize, chars: usize) -> String {
    let mut text = format!("Note {index}:");
    let mut word = index;
    while text.len() < chars {
        text.push(' ');
        text.push_str(FILLER[word % FILLER.len()]);
        word += 7;
    }
    text
}

/// Note lengths in characters, by pattern: short (one line), medium (about
/// three lines), a mix, and long (cut at the report's limit).
fn note_length(pattern: usize, index: usize) -> usize {
    match pattern {
        0 => 45,
        1 => 230,
        2 => [40, 130, 260, 420, 690, 90][index % 6],
        _ => 900,
    }
}

fn report(notes: usize, pattern: usize) -> Report {
    let mut report = common::realistic();
    // Letter pages are shorter: breaks fall elsewhere again.
    if (notes + pattern).is_multiple_of(3) {
        report.paper = Paper::Letter;
    }
    let to = report.period.to;
    report.notes = (0..notes)
        .map(|i| {
            let date = to
                .checked_sub_days(Days::new(i as u64))
                .expect("dates in range");
            (date, note_text(i, note_length(pattern, i)))
        })
        .collect();
    // Different amounts before the notes move where they start.
    let notable = (notes * 5 + pattern * 3) % 16;
    report.notable = (0..notable)
        .map(|i| NotableSession {
            date: to.checked_sub_days(Days::new(i as u64)).expect("in range"),
            summary: if i % 3 == 0 {
                "Bird dog, Glute bridge, Walking, Pelvic tilts, Side plank on knees".to_owned()
            } else {
                "Glute bridge".to_owned()
            },
            before: 3,
            after: 6,
        })
        .collect();
    // A longer or shorter exercise table, some rows wrapping.
    let exercises = (notes * 3 + pattern) % 14 + 1;
    report.exercises = (0..exercises)
        .map(|i| ExerciseRow {
            name: format!("Exercise {i}"),
            dose: if i % 4 == 3 {
                "3 × 10 × 5 s hold, then a longer hold on each side".to_owned()
            } else {
                "2 × 10".to_owned()
            },
            in_current_plan: i % 5 != 4,
            planned: 30,
            done: 20 + i as u32,
            skipped: 1,
            not_done: 9u32.saturating_sub(i as u32),
        })
        .collect();
    let reasons = (notes + pattern) % 6;
    report.skip_reasons = (0..reasons)
        .map(|i| (format!("Reason {i}"), 9 - i as u32))
        .collect();
    report
}

fn pages_of(pdf: &Path) -> Vec<String> {
    let output = Command::new("pdftotext")
        .args(["-layout", "-enc", "UTF-8"])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs: these tests need poppler-utils");
    assert!(output.status.success(), "pdftotext failed");
    let text = String::from_utf8_lossy(&output.stdout).into_owned();
    let mut pages: Vec<String> = text.split('\u{c}').map(str::to_owned).collect();
    // pdftotext ends the last page with a form feed too.
    if pages.last().is_some_and(|p| p.trim().is_empty()) {
        pages.pop();
    }
    pages
}

/// What a line of a page's body is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Heading,
    /// A table's row of column headers.
    TableHeader,
    /// The first line of a note (with its day).
    NoteStart,
    /// A later line of a note.
    NoteLine,
    /// Anything else: a table row, a sentence, the chart.
    Other,
}

struct Reader {
    words: Words,
    headings: Vec<String>,
    /// Each table's first two column headers.
    table_headers: Vec<(String, String)>,
    disclaimer: String,
}

fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl Reader {
    fn new() -> Reader {
        let w = Words::default();
        let headings = [
            &w.title,
            &w.summary_heading,
            &w.measures_heading,
            &w.chart_heading,
            &w.adherence_heading,
            &w.adherence_heading_month,
            &w.exercises_heading,
            &w.notable_heading,
            &w.skips_heading,
            &w.notes_heading,
        ]
        .map(|h| h.clone())
        .to_vec();
        let table_headers = [
            (&w.col_week, &w.col_done),
            (&w.col_month, &w.col_done),
            (&w.col_measure, &w.col_scale),
            (&w.col_exercise, &w.col_dose),
            (&w.col_date, &w.col_session),
            (&w.col_reason, &w.col_times),
        ]
        .map(|(a, b)| (a.clone(), b.clone()))
        .to_vec();
        let disclaimer = squash(&w.disclaimer);
        Reader {
            words: w,
            headings,
            table_headers,
            disclaimer,
        }
    }

    /// The page's lines without blank lines and the footer.
    fn body(&self, page: &str, number: usize, pages: usize) -> Vec<String> {
        let page_of = self
            .words
            .page_of
            .replace("{page}", &number.to_string())
            .replace("{pages}", &pages.to_string());
        page.lines()
            .map(|line| line.replace(&page_of, ""))
            .filter(|line| {
                let text = squash(line);
                !text.is_empty() && !self.disclaimer.contains(&text)
            })
            .collect()
    }

    fn kind(&self, line: &str, in_notes: bool) -> Kind {
        let text = squash(line);
        if self.headings.contains(&text) {
            return Kind::Heading;
        }
        let first_cell = line.trim_start().split("  ").next().unwrap_or("");
        if self
            .table_headers
            .iter()
            .any(|(first, second)| first_cell == first && text.contains(second.as_str()))
        {
            return Kind::TableHeader;
        }
        if in_notes {
            if text.contains("Note ") && text.contains(':') && !line.starts_with(' ') {
                return Kind::NoteStart;
            }
            // The shown-of-total sentence under the heading is not a note.
            if !line.starts_with(' ') {
                return Kind::Other;
            }
            return Kind::NoteLine;
        }
        Kind::Other
    }
}

/// Every problem of one report's page breaks, as sentences.
fn problems(pdf: &Path) -> Vec<String> {
    let reader = Reader::new();
    let pages = pages_of(pdf);
    let count = pages.len();
    let mut out = Vec::new();
    let mut in_notes = false;
    let mut kinds_by_page: Vec<Vec<(Kind, String)>> = Vec::new();
    for (index, page) in pages.iter().enumerate() {
        let mut kinds = Vec::new();
        for line in reader.body(page, index + 1, count) {
            if squash(&line) == reader.words.notes_heading {
                in_notes = true;
            }
            kinds.push((reader.kind(&line, in_notes), line));
        }
        kinds_by_page.push(kinds);
    }
    for (index, kinds) in kinds_by_page.iter().enumerate() {
        let number = index + 1;
        let Some((last_kind, last_line)) = kinds.last() else {
            out.push(format!("page {number} holds only the footer"));
            continue;
        };
        if matches!(last_kind, Kind::Heading | Kind::TableHeader) {
            out.push(format!(
                "page {number} ends with a heading or a table's header row: {last_line:?}"
            ));
        }
        let content: Vec<&(Kind, String)> = kinds
            .iter()
            .filter(|(k, _)| !matches!(k, Kind::Heading | Kind::TableHeader))
            .collect();
        if count > 1 && content.len() < 2 {
            out.push(format!("page {number} holds a single line: {kinds:?}"));
        }
        // A table that goes on over the page takes at least two rows with
        // its repeated header (a row starts at the margin; its wrapped
        // lines are indented).
        if index > 0 && kinds.first().is_some_and(|(k, _)| *k == Kind::TableHeader) {
            let rows = kinds
                .iter()
                .skip(1)
                .take_while(|(k, _)| *k == Kind::Other)
                .filter(|(_, line)| line.len() - line.trim_start().len() <= 2)
                .count();
            if rows < 2 {
                out.push(format!(
                    "page {number} starts with a table's last row alone: {kinds:?}"
                ));
            }
        }
        // Widow: a page that starts with the end of a note must hold at
        // least two of its lines.
        let widow = kinds
            .iter()
            .take_while(|(k, _)| *k == Kind::NoteLine)
            .count();
        if widow == 1 {
            out.push(format!("page {number} starts with a note's last line"));
        }
        // Orphan: a note that goes on over the page leaves at least two
        // lines before the break.
        if let Some(next) = kinds_by_page.get(index + 1) {
            let continues = next.first().is_some_and(|(k, _)| *k == Kind::NoteLine);
            if continues {
                let tail = kinds
                    .iter()
                    .rev()
                    .take_while(|(k, _)| *k == Kind::NoteLine)
                    .count();
                if tail == 0 && *last_kind == Kind::NoteStart {
                    out.push(format!("page {number} ends with a note's first line"));
                }
            }
        }
        // The last page: not one stray note when others came before it.
        if number == count && count > 1 {
            let starts = kinds.iter().filter(|(k, _)| *k == Kind::NoteStart).count();
            let tail = widow > 0;
            let only_notes = kinds
                .iter()
                .all(|(k, _)| matches!(k, Kind::NoteStart | Kind::NoteLine));
            if only_notes && starts + usize::from(tail) < 2 {
                out.push(format!("the last page holds one stray note: {kinds:?}"));
            }
        }
    }
    out
}

#[test]
fn no_page_holds_a_lone_line_heading_or_note() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut failures = Vec::new();
    let mut renders = 0;
    for pattern in 0..4 {
        for notes in 0..=40 {
            let report = report(notes, pattern);
            let bytes = render(&report).expect("renders");
            let name = format!("breaks-{pattern}-{notes}.pdf");
            let path = dir.path().join(&name);
            std::fs::write(&path, &bytes).expect("write the PDF");
            if let Some(keep) = std::env::var_os("RELIEF_REPORT_TEST_OUT") {
                std::fs::write(Path::new(&keep).join(&name), &bytes).expect("write a copy");
            }
            renders += 1;
            for problem in problems(&path) {
                failures.push(format!("{notes} notes, lengths {pattern}: {problem}"));
            }
        }
    }
    assert_eq!(renders, 164);
    assert!(
        failures.is_empty(),
        "{} problems:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// The reader above must be able to fail: a page that is only a heading, or
/// a note's last line on its own, is caught.
#[test]
fn the_checker_catches_lone_lines() {
    let reader = Reader::new();
    let body = reader.body("Patient's notes\n\n", 2, 3);
    assert_eq!(body.len(), 1);
    assert_eq!(reader.kind(&body[0], true), Kind::Heading);
    assert_eq!(
        reader.kind("                    the end of a note", true),
        Kind::NoteLine
    );
    assert_eq!(
        reader.kind("13 Apr 2025         Note 0: stiff", true),
        Kind::NoteStart
    );
    assert_eq!(
        reader.kind("Date        Exercises or note     Before   After", false),
        Kind::TableHeader
    );
}
