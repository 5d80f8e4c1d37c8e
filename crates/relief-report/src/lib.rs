//! Relief Window's report for a physiotherapist, as a tagged PDF.
//!
//! It takes a [`Report`] (plain data, already counted elsewhere) and draws
//! it. It must never know about the journal, Tauri or the clock.
//!
//! The report is made to be read in one minute: page one holds who and what
//! (procedures, period), a summary (the usual pain before the procedure as
//! the patient recalled it, and lately; the change in points and percent,
//! each compared with its form of the clinically important change, 2 points
//! or 30 %; sessions against the plan; questionnaires first against latest)
//! and the pain chart; sessions by week, exercises with the current plan's
//! doses, sessions followed by more pain, skip reasons and the patient's
//! notes follow. It states numbers and never advice.
//!
//! Pages break so that nothing is left alone: a heading keeps some of its
//! content, a table its header row and first rows, a paragraph at least two
//! lines on each side of a break, and the last note its predecessor.
//!
//! The PDF is tagged (PDF/UA-1: headings, paragraphs, tables with header
//! cells, the chart as a figure with alt text, language and title set), is
//! set in the embedded Atkinson Hyperlegible font, and every number is real
//! text.
//!
//! ```no_run
//! # fn example(report: &relief_report::Report) -> Result<(), Box<dyn std::error::Error>> {
//! let pdf: Vec<u8> = relief_report::render(report)?;
//! std::fs::write("report.pdf", pdf)?;
//! # Ok(())
//! # }
//! ```
//!
//! Modules: `model` (the input), `words` (every word, translatable),
//! `format` (numbers and dates), `text` (font, shaping, wrapping), `layout`
//! (the page flow and structure), `tables`, `chart`, `summary` and
//! `sections` (the report's parts), `footer`, and `pdf` (the krilla writer).

mod chart;
mod footer;
mod format;
mod layout;
pub mod model;
mod pdf;
mod sections;
mod summary;
mod tables;
mod text;
pub mod words;

use krilla::tagging::Tag;

pub use model::{
    Adherence, ExerciseRow, Measure, NotableSession, PainSummary, Paper, Patient, Period,
    Procedure, Report, WeekAdherence,
};
pub use words::Words;

use crate::format::Fmt;
use crate::layout::{Flow, SNode};
use crate::text::Fonts;

/// Why a report could not be made.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// The period ends before it starts.
    #[error("the report's period ends ({to}) before it starts ({from})")]
    PeriodReversed {
        /// First day given.
        from: chrono::NaiveDate,
        /// Last day given.
        to: chrono::NaiveDate,
    },
    /// krilla refused to write the document (a bug here, reported with
    /// krilla's own description rather than a panic).
    #[error("the PDF could not be written: {0}")]
    Pdf(String),
}

/// Renders `report` as a PDF with the English words.
pub fn render(report: &Report) -> Result<Vec<u8>, ReportError> {
    render_with(report, &Words::default())
}

/// Renders `report` as a PDF with the given (e.g. translated) words.
pub fn render_with(report: &Report, words: &Words) -> Result<Vec<u8>, ReportError> {
    if report.period.to < report.period.from {
        return Err(ReportError::PeriodReversed {
            from: report.period.from,
            to: report.period.to,
        });
    }
    let fonts = Fonts::load();
    let fmt = Fmt::new(words);
    let mut flow = Flow::new(&fonts, report.paper);

    let mut roots = summary::header(&mut flow, report, fmt);
    let section = |nodes: Vec<SNode>| SNode::group(Tag::Section, nodes);
    roots.push(section(summary::summary(&mut flow, report, fmt)));
    roots.push(section(chart::pain_chart(&mut flow, report, fmt)));
    roots.push(section(sections::adherence(&mut flow, report, fmt)));
    roots.push(section(sections::exercises(&mut flow, report, fmt)));
    let (events, skips) = sections::events(&mut flow, report, fmt);
    roots.push(section(events));
    roots.push(section(sections::notes(&mut flow, report, fmt, skips)));
    roots.push(footer::footers(&mut flow, words));

    pdf::write(
        flow,
        roots,
        pdf::DocInfo {
            title: &words.title,
            language: &words.language,
            created: report.generated_on,
        },
    )
}
