//! Page one's top: who and what (header), then the numbers a physiotherapist
//! looks for first (summary): pain before and lately, the change against the
//! clinically important change, sessions against the plan, and the
//! questionnaires first against latest.
//!
//! The change sentence compares the *printed* (rounded) change with the
//! MCID, so "−2.0 points (less than the 2-point …)" can never be printed.
//! Wording is neutral: it says larger or smaller, never better or worse.

use crate::format::Fmt;
use crate::layout::{Flow, SNode, BODY};
use crate::model::Report;
use crate::tables::{table, Align, Cell, Column, Table};
use crate::words::fill;

/// Title, patient, procedures, period and date of the report.
pub(crate) fn header(flow: &mut Flow, report: &Report, fmt: Fmt) -> Vec<SNode> {
    let w = fmt.words;
    let mut nodes = vec![flow.heading(1, &w.title, 60.0)];
    let mut rows = Vec::new();
    let name = report
        .patient
        .name
        .as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty());
    let born = report.patient.date_of_birth.map(|d| fmt.date(d));
    let patient = match (name, born) {
        (Some(name), Some(born)) => Some(fill(
            &w.patient_name_born,
            &[("name", name), ("date_of_birth", &born)],
        )),
        (Some(name), None) => Some(name.to_owned()),
        (None, Some(born)) => Some(fill(&w.patient_born, &[("date_of_birth", &born)])),
        (None, None) => None,
    };
    if let Some(patient) = patient {
        rows.push(kv(&w.patient, patient));
    }
    let procedures = if report.procedures.is_empty() {
        w.no_procedures.clone()
    } else {
        report
            .procedures
            .iter()
            .map(|p| {
                fill(
                    &w.procedure_line,
                    &[
                        ("date", &fmt.date(p.date)),
                        ("description", p.description.trim()),
                    ],
                )
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    rows.push(kv(&w.procedures, procedures));
    let period = fill(
        &w.date_range,
        &[
            ("from", &fmt.date(report.period.from)),
            ("to", &fmt.date(report.period.to)),
        ],
    );
    rows.push(kv(
        &w.period,
        fill(
            &w.period_generated,
            &[
                ("period", &period),
                ("generated", &fmt.date(report.generated_on)),
            ],
        ),
    ));
    nodes.push(table(flow, &kv_table(rows)));
    nodes
}

/// The summary block: pain, change, sessions, questionnaires.
pub(crate) fn summary(flow: &mut Flow, report: &Report, fmt: Fmt) -> Vec<SNode> {
    let w = fmt.words;
    let mut nodes = vec![flow.heading(2, &w.summary_heading, 80.0)];
    let pain = &report.pain;
    let baseline = pain.baseline.filter(|v| v.is_finite());
    let recent = pain.recent.filter(|v| v.is_finite());
    let pain_text = match (baseline, recent) {
        (Some(b), Some(r)) => fill(
            &w.pain_both,
            &[("baseline", &fmt.num(b)), ("recent", &fmt.num(r))],
        ),
        (Some(b), None) => fill(&w.pain_baseline_only, &[("baseline", &fmt.num(b))]),
        (None, Some(r)) => fill(&w.pain_recent_only, &[("recent", &fmt.num(r))]),
        (None, None) => w.pain_none.clone(),
    };
    let mut rows = vec![kv(&w.pain_label, pain_text)];
    if let (Some(b), Some(r)) = (baseline, recent) {
        rows.push(kv(&w.change_label, change_text(fmt, r - b, pain.mcid)));
    }
    rows.push(kv(&w.sessions_label, sessions_text(fmt, report)));
    nodes.push(table(flow, &kv_table(rows)));

    nodes.push(flow.heading(3, &w.measures_heading, 40.0));
    if report.measures.is_empty() {
        nodes.push(flow.paragraph(&w.measures_none, BODY));
        return nodes;
    }
    let score = |value: Option<(chrono::NaiveDate, f64)>| match value {
        Some((date, v)) if v.is_finite() => fill(
            &w.value_on_date,
            &[("value", &fmt.num(v)), ("date", &fmt.date(date))],
        ),
        _ => w.missing.clone(),
    };
    let rows = report
        .measures
        .iter()
        .map(|m| {
            let change = match (m.first, m.latest) {
                (Some((_, a)), Some((_, b))) if a.is_finite() && b.is_finite() => fmt.signed(b - a),
                _ => w.missing.clone(),
            };
            vec![
                Cell::new(m.name.trim()),
                Cell::new(m.scale.trim()),
                Cell::new(score(m.first)),
                Cell::new(score(m.latest)),
                Cell::new(change),
            ]
        })
        .collect();
    nodes.push(table(
        flow,
        &Table {
            columns: vec![
                Column::new(&w.col_measure, 2.1, Align::Left),
                Column::new(&w.col_scale, 2.0, Align::Left),
                Column::new(&w.col_first, 2.0, Align::Left),
                Column::new(&w.col_latest, 2.0, Align::Left),
                Column::new(&w.col_change, 0.9, Align::Right),
            ],
            rows,
            header_row: true,
            row_headers: true,
        },
    ));
    nodes
}

/// "−3.1 points (at least the 2-point clinically important change)".
pub(crate) fn change_text(fmt: Fmt, change: f64, mcid: f64) -> String {
    let w = fmt.words;
    let mcid = if mcid.is_finite() { mcid.abs() } else { 0.0 };
    // Compare what is printed: both rounded to one decimal.
    let shown = (change.abs() * 10.0).round();
    let threshold = (mcid * 10.0).round();
    let template = if shown >= threshold {
        &w.change_at_least_mcid
    } else {
        &w.change_below_mcid
    };
    let comparison = fill(template, &[("mcid", &fmt.mcid(mcid))]);
    fill(
        &w.change_value,
        &[("change", &fmt.signed(change)), ("comparison", &comparison)],
    )
}

/// "46 done of 60 planned (77%)", or a calm sentence without a plan.
pub(crate) fn sessions_text(fmt: Fmt, report: &Report) -> String {
    let w = fmt.words;
    let a = &report.adherence;
    match fmt.percent(a.sessions_done, a.sessions_planned) {
        Some(percent) => fill(
            &w.sessions_value,
            &[
                ("done", &a.sessions_done.to_string()),
                ("planned", &a.sessions_planned.to_string()),
                ("percent", &percent),
            ],
        ),
        None if a.sessions_done == 0 => w.sessions_none.clone(),
        None => fill(
            &w.sessions_no_plan,
            &[("done", &a.sessions_done.to_string())],
        ),
    }
}

fn kv(label: &str, value: String) -> Vec<Cell> {
    vec![Cell::new(label), Cell::new(value)]
}

/// Label–value rows: the labels are row headers, there is no heading row.
fn kv_table(rows: Vec<Vec<Cell>>) -> Table {
    Table {
        columns: vec![
            Column::new("", 1.35, Align::Left),
            Column::new("", 4.0, Align::Left),
        ],
        rows,
        header_row: false,
        row_headers: true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::Words;

    #[test]
    fn change_compares_the_printed_number() {
        let words = Words::default();
        let fmt = Fmt::new(&words);
        assert_eq!(
            change_text(fmt, -3.06, 2.0),
            "\u{2212}3.1 points (at least the 2-point clinically important change)"
        );
        // −1.96 prints as −2.0, so it must not be called "less than 2".
        assert!(change_text(fmt, -1.96, 2.0).contains("at least"));
        assert!(change_text(fmt, 1.94, 2.0).contains("less than"));
        assert!(change_text(fmt, 0.0, 2.0).starts_with("0.0 points"));
    }
}
