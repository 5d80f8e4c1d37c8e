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
use crate::layout::{Flow, SNode, Style, BODY, SMALL};
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

/// One row per exercise of the plan.
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
            vec![
                Cell::new(e.name.trim()),
                Cell::new(e.dose.trim()),
                Cell::new(e.sessions_done.to_string()),
                Cell::new(fmt.opt_num(e.pain_before_avg)),
                Cell::new(fmt.opt_num(e.pain_after_avg)),
            ]
        })
        .collect();
    nodes.push(table(
        flow,
        &Table {
            columns: vec![
                Column::new(&w.col_exercise, 3.0, Align::Left),
                Column::new(&w.col_dose, 1.9, Align::Left),
                Column::new(&w.col_sessions, 1.1, Align::Right),
                Column::new(&w.col_pain_before, 1.5, Align::Right),
                Column::new(&w.col_pain_after, 1.5, Align::Right),
            ],
            rows,
            header_row: true,
            row_headers: true,
        },
    ));
    nodes
}

/// Sessions followed by more pain, then reasons for skipped sessions.
pub(crate) fn events(flow: &mut Flow, report: &Report, fmt: Fmt) -> Vec<SNode> {
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
                    Column::new(&w.col_session, 4.6, Align::Left),
                    Column::new(&w.col_before, 0.9, Align::Right),
                    Column::new(&w.col_after, 0.9, Align::Right),
                ],
                rows,
                header_row: true,
                row_headers: true,
            },
        ));
    }

    nodes.push(flow.heading(3, &w.skips_heading, 40.0));
    if report.skip_reasons.is_empty() {
        nodes.push(flow.paragraph(&w.skips_none, BODY));
        return nodes;
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
    nodes
}

/// The newest notes, each under its day, long ones cut with a mark.
pub(crate) fn notes(flow: &mut Flow, report: &Report, fmt: Fmt) -> Vec<SNode> {
    let w = fmt.words;
    let mut nodes = vec![flow.heading(2, &w.notes_heading, 40.0)];
    let mut notes: Vec<_> = report
        .notes
        .iter()
        .filter(|(_, text)| !text.trim().is_empty())
        .collect();
    if notes.is_empty() {
        nodes.push(flow.paragraph(&w.notes_none, BODY));
        return nodes;
    }
    notes.sort_by_key(|n| std::cmp::Reverse(n.0));
    let total = notes.len();
    notes.truncate(MAX_NOTES);
    if total > notes.len() {
        let note = fill(
            &w.notes_left_out,
            &[
                ("shown", &notes.len().to_string()),
                ("total", &total.to_string()),
            ],
        );
        nodes.push(flow.paragraph(&note, SMALL));
    }
    let date_width = 92.0;
    let date_style: Style = BODY.bold();
    for (date, text) in notes {
        let (mut text, cut) = Fonts::truncate(text.trim(), MAX_NOTE_CHARS);
        if cut {
            text.push(' ');
            text.push_str(&w.note_shortened);
        }
        // Keep the day with at least two lines of its note.
        flow.ensure(BODY.leading * 2.0);
        let top = flow.y;
        let day = fmt.date(*date);
        let item = flow.text(
            flow.geo.left,
            top + date_style.baseline_offset(),
            date_style,
            &day,
        );
        let date_leaf = flow.leaf(vec![item]);
        nodes.push(SNode::group(krilla::tagging::Tag::P, vec![date_leaf]));
        let x = flow.geo.left + date_width;
        let width = flow.geo.content_width() - date_width;
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
