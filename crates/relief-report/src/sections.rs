//! The sections after the chart: sessions by week (or month), exercises,
//! sessions followed by more pain with the reasons for skipped sessions, and
//! the patient's notes.
//!
//! Every list is bounded so ten years of diary still give a report that is
//! read in a minute; wherever rows are left out the report says how many
//! were shown of how many, so nothing is hidden silently.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};

use crate::format::Fmt;
use crate::layout::{Anchor, Flow, SNode, Style, BODY, MIN_LINES_AT_BREAK, SMALL};
use crate::model::{Report, WeekAdherence};
use crate::tables::{table, Align, Cell, Column, Table};
use crate::text::Fonts;
use crate::words::fill;

/// Up to this many weeks are listed week by week; more are shown by month.
pub(crate) const MAX_WEEKS: usize = 12;
/// Months listed when shown by month (the latest ones).
pub(crate) const MAX_MONTHS: usize = 12;
/// Sessions followed by more pain listed (the latest).
pub(crate) const MAX_NOTABLE: usize = 15;
/// Skip reasons listed (the most frequent).
pub(crate) const MAX_SKIP_REASONS: usize = 12;
/// Notes listed (the newest).
pub(crate) const MAX_NOTES: usize = 20;
/// Characters of one note shown before it is cut.
pub(crate) const MAX_NOTE_CHARS: usize = 700;

/// Sessions by week, or by month for long periods.
pub(crate) fn adherence(flow: &mut Flow, report: &Report, fmt: Fmt) -> Vec<SNode> {
    let w = fmt.words;
    let weeks = &report.adherence.weeks;
    let by_month = weeks.len() > MAX_WEEKS;
    let heading = if by_month {
        &w.adherence_heading_month
    } else {
        &w.adherence_heading
    };
    let mut nodes = vec![flow.heading(2, heading, 60.0)];
    if weeks.is_empty() {
        nodes.push(flow.paragraph(&w.adherence_none, BODY));
        return nodes;
    }
    let (first_label, rows): (&str, Vec<(String, u32, u32)>) = if by_month {
        let months = by_months(weeks);
        let total = months.len();
        let shown = total.min(MAX_MONTHS);
        let note = if total > shown {
            fill(
                &w.adherence_by_month,
                &[("shown", &shown.to_string()), ("total", &total.to_string())],
            )
        } else {
            w.adherence_by_month_all.clone()
        };
        nodes.push(flow.paragraph(&note, SMALL));
        let rows = months[total - shown..]
            .iter()
            .map(|&(month, done, planned)| (fmt.month(month), done, planned))
            .collect();
        (&w.col_month, rows)
    } else {
        let rows = weeks
            .iter()
            .map(|wk| (fmt.date(wk.week_start), wk.done, wk.planned))
            .collect();
        (&w.col_week, rows)
    };
    let rows = rows
        .into_iter()
        .map(|(label, done, planned)| {
            let share = match fmt.percent(done, planned) {
                Some(text) => Cell::with_bar(text, done as f32 / planned.max(1) as f32),
                None => Cell::new(w.missing.clone()),
            };
            vec![
                Cell::new(label),
                Cell::new(done.to_string()),
                Cell::new(planned.to_string()),
                share,
            ]
        })
        .collect();
    nodes.push(table(
        flow,
        &Table {
            columns: vec![
                Column::new(first_label, 1.6, Align::Left),
                Column::new(&w.col_done, 0.9, Align::Right),
                Column::new(&w.col_planned, 0.9, Align::Right),
                Column::new(&w.col_share, 2.6, Align::Left),
            ],
            rows,
            header_row: true,
            row_headers: true,
        },
    ));
    nodes
}

/// Adds weeks up by the month each starts in: (first of month, done, planned).
fn by_months(weeks: &[WeekAdherence]) -> Vec<(NaiveDate, u32, u32)> {
    let mut months: BTreeMap<(i32, u32), (u32, u32)> = BTreeMap::new();
    for week in weeks {
        let key = (week.week_start.year(), week.week_start.month());
        let entry = months.entry(key).or_default();
        entry.0 = entry.0.saturating_add(week.done);
        entry.1 = entry.1.saturating_add(week.planned);
    }
    months
        .into_iter()
        .filter_map(|((y, m), (done, planned))| {
            NaiveDate::from_ymd_opt(y, m, 1).map(|d| (d, done, planned))
        })
        .collect()
}

/// One row per exercise: its name, its dose and the sessions it was done in.
///
/// No pain columns. The journal has pain only before and after a whole
/// session; averaged per exercise, every exercise done in the same sessions
/// shows the same two numbers, which a physiotherapist reading for a minute
/// would take as that exercise's effect on pain. The sessions' own pain is
/// in the next section (sessions followed by more pain), where it belongs.
pub(crate) fn exercises(flow: &mut Flow, report: &Report, fmt: Fmt) -> Vec<SNode> {
    let w = fmt.words;
    let mut nodes = vec![flow.heading(2, &w.exercises_heading, 50.0)];
    if report.exercises.is_empty() {
        nodes.push(flow.paragraph(&w.exercises_none, BODY));
        return nodes;
    }
    let rows = report
        .exercises
        .iter()
        .map(|e| {
            let dose = if e.in_current_plan {
                e.dose.trim().to_owned()
            } else {
                fill(&w.dose_latest_session, &[("dose", e.dose.trim())])
            };
            vec![
                Cell::new(e.name.trim()),
                Cell::new(dose),
                Cell::new(e.planned.to_string()),
                Cell::new(e.done.to_string()),
                Cell::new(e.skipped.to_string()),
                Cell::new(e.not_done.to_string()),
            ]
        })
        .collect();
    nodes.push(flow.paragraph(&w.exercises_intro, BODY));
    nodes.push(table(
        flow,
        &Table {
            columns: vec![
                Column::new(&w.col_exercise, 2.2, Align::Left),
                Column::new(&w.col_dose, 2.6, Align::Left),
                Column::new(&w.col_planned, 1.0, Align::Right),
                Column::new(&w.col_done, 0.9, Align::Right),
                Column::new(&w.col_skipped, 1.0, Align::Right),
                Column::new(&w.col_not_done, 1.0, Align::Right),
            ],
            rows,
            header_row: true,
            row_headers: true,
        },
    ));
    nodes
}

/// Sessions followed by more pain, then reasons for skipped sessions. Also
/// returns where the reasons start, so a short notes section after them can
/// take them along to a new page rather than sit alone on the last one.
pub(crate) fn events(flow: &mut Flow, report: &Report, fmt: Fmt) -> (Vec<SNode>, Option<Anchor>) {
    let w = fmt.words;
    let mut nodes = vec![flow.heading(2, &w.notable_heading, 50.0)];
    if report.notable.is_empty() {
        nodes.push(flow.paragraph(&w.notable_none, BODY));
    } else {
        nodes.push(flow.paragraph(&w.notable_intro, BODY));
        let mut notable: Vec<_> = report.notable.iter().collect();
        // Newest first, so the bound keeps the latest.
        notable.sort_by_key(|n| std::cmp::Reverse(n.date));
        let total = notable.len();
        notable.truncate(MAX_NOTABLE);
        if total > notable.len() {
            let note = fill(
                &w.rows_left_out,
                &[
                    ("shown", &notable.len().to_string()),
                    ("total", &total.to_string()),
                ],
            );
            nodes.push(flow.paragraph(&note, SMALL));
        }
        let rows = notable
            .iter()
            .map(|n| {
                vec![
                    Cell::new(fmt.date(n.date)),
                    Cell::new(n.summary.trim()),
                    Cell::new(n.before.to_string()),
                    Cell::new(n.after.to_string()),
                ]
            })
            .collect();
        nodes.push(table(
            flow,
            &Table {
                columns: vec![
                    Column::new(&w.col_date, 1.5, Align::Left),
                    Column::new(&w.col_session, 4.2, Align::Left),
                    Column::new(&w.col_before, 1.1, Align::Right),
                    Column::new(&w.col_after, 1.1, Align::Right),
                ],
                rows,
                header_row: true,
                row_headers: true,
            },
        ));
    }

    nodes.push(flow.heading(3, &w.skips_heading, 40.0));
    let skips = flow.last_heading();
    if report.skip_reasons.is_empty() {
        nodes.push(flow.paragraph(&w.skips_none, BODY));
        return (nodes, skips);
    }
    let mut reasons: Vec<_> = report.skip_reasons.iter().collect();
    reasons.sort_by_key(|r| std::cmp::Reverse(r.1));
    let total = reasons.len();
    reasons.truncate(MAX_SKIP_REASONS);
    if total > reasons.len() {
        let note = fill(
            &w.rows_left_out,
            &[
                ("shown", &reasons.len().to_string()),
                ("total", &total.to_string()),
            ],
        );
        nodes.push(flow.paragraph(&note, SMALL));
    }
    let rows = reasons
        .iter()
        .map(|(reason, count)| vec![Cell::new(reason.trim()), Cell::new(count.to_string())])
        .collect();
    nodes.push(table(
        flow,
        &Table {
            columns: vec![
                Column::new(&w.col_reason, 5.0, Align::Left),
                Column::new(&w.col_times, 1.0, Align::Right),
            ],
            rows,
            header_row: true,
            row_headers: true,
        },
    ));
    (nodes, skips)
}

/// The newest notes, each under its day, long ones cut with a mark.
///
/// Page breaks: a note of up to three lines is kept whole; a longer one is
/// split only with at least two lines on each side; the last note never
/// goes alone to the last page (the one before it goes along); and a notes
/// section of less than two lines goes to a new page only together with
/// what starts at `before` (the reasons for skipped sessions).
pub(crate) fn notes(
    flow: &mut Flow,
    report: &Report,
    fmt: Fmt,
    before: Option<Anchor>,
) -> Vec<SNode> {
    let w = fmt.words;
    let date_width = 92.0;
    let date_style: Style = BODY.bold();
    let x = flow.geo.left + date_width;
    let width = flow.geo.content_width() - date_width;

    let mut notes: Vec<_> = report
        .notes
        .iter()
        .filter(|(_, text)| !text.trim().is_empty())
        .collect();
    notes.sort_by_key(|n| std::cmp::Reverse(n.0));
    let total = notes.len();
    notes.truncate(MAX_NOTES);
    let left_out = (total > notes.len()).then(|| {
        fill(
            &w.notes_left_out,
            &[
                ("shown", &notes.len().to_string()),
                ("total", &total.to_string()),
            ],
        )
    });
    // Each note's text as printed, with its number of lines.
    let notes: Vec<(NaiveDate, String, usize)> = notes
        .into_iter()
        .map(|(date, text)| {
            let (mut text, cut) = Fonts::truncate(text.trim(), MAX_NOTE_CHARS);
            if cut {
                text.push(' ');
                text.push_str(&w.note_shortened);
            }
            let lines = flow.fonts.wrap(&text, false, BODY.size, width).len().max(1);
            (*date, text, lines)
        })
        .collect();

    // A section too small to stand alone on a page keeps company.
    let content_lines = if notes.is_empty() {
        flow.fonts
            .wrap(&w.notes_none, false, BODY.size, flow.geo.content_width())
            .len()
    } else {
        notes.iter().map(|n| n.2).sum()
    };
    if content_lines < MIN_LINES_AT_BREAK {
        if let Some(before) = before {
            let mut height = flow.heading_height(2, &w.notes_heading);
            if let Some(note) = &left_out {
                height += flow.paragraph_height(note, SMALL, flow.geo.content_width());
            }
            height += match notes.first() {
                Some(note) => BODY.leading * note.2 as f32,
                None => flow.paragraph_height(&w.notes_none, BODY, flow.geo.content_width()),
            };
            flow.ensure_with(height, before);
        }
    }

    // The heading goes with as much of the first note as that note may keep
    // together (all of a short one, two lines of a long one), so neither the
    // heading nor a lone note is left at a page's edge.
    if let Some(first) = notes.first() {
        // A note alone in its section is the last: kept whole (below).
        let kept = if notes.len() == 1 || first.2 < 2 * MIN_LINES_AT_BREAK {
            first.2
        } else {
            MIN_LINES_AT_BREAK
        };
        let mut height = flow.heading_height(2, &w.notes_heading) + BODY.leading * kept as f32;
        if let Some(note) = &left_out {
            height += flow.paragraph_height(note, SMALL, flow.geo.content_width());
        }
        flow.ensure(height);
    }
    let mut nodes = vec![flow.heading(2, &w.notes_heading, 40.0)];
    if notes.is_empty() {
        nodes.push(flow.paragraph(&w.notes_none, BODY));
        return nodes;
    }
    if let Some(note) = left_out {
        nodes.push(flow.paragraph(&note, SMALL));
    }
    let shown = notes.len();
    let mut previous: Option<Anchor> = None;
    for (index, (date, text, lines)) in notes.into_iter().enumerate() {
        let whole = BODY.leading * lines as f32;
        if index + 1 == shown {
            // The last note never sits alone on the last page: if it does
            // not fit whole, the note before it goes over with it (and a
            // note alone in the section, whole, with its heading).
            match previous {
                Some(before) => flow.ensure_with(whole, before),
                None => flow.ensure(whole),
            };
        } else if lines < 2 * MIN_LINES_AT_BREAK {
            // Too short to split with two lines each side: kept whole.
            flow.ensure(whole);
        } else {
            // The day with at least two lines of its note; the paragraph
            // keeps at least two for the next page.
            flow.ensure(BODY.leading * MIN_LINES_AT_BREAK as f32);
        }
        // Where this note starts, after any break.
        previous = Some(flow.anchor());
        let top = flow.y;
        let item = flow.text(
            flow.geo.left,
            top + date_style.baseline_offset(),
            date_style,
            &fmt.date(date),
        );
        let date_leaf = flow.leaf(vec![item]);
        nodes.push(SNode::group(krilla::tagging::Tag::P, vec![date_leaf]));
        nodes.push(flow.paragraph_in(&text, BODY, x, width));
        flow.gap(4.0);
    }
    nodes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weeks_add_up_by_the_month_they_start() {
        let day = |m, d| NaiveDate::from_ymd_opt(2025, m, d).unwrap_or_default();
        let weeks = [
            WeekAdherence {
                week_start: day(1, 27),
                done: 3,
                planned: 4,
            },
            WeekAdherence {
                week_start: day(2, 3),
                done: 4,
                planned: 4,
            },
            WeekAdherence {
                week_start: day(2, 10),
                done: 1,
                planned: 4,
            },
        ];
        assert_eq!(
            by_months(&weeks),
            vec![(day(1, 1), 3, 4), (day(2, 1), 5, 8)]
        );
    }
}
