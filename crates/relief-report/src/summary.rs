//! Page one's top: who and what (header), then the numbers a physiotherapist
//! looks for first (summary): the usual pain before the procedure as the
//! patient recalled it, pain lately, the change against the clinically
//! important change (2 points or 30 %), sessions against the plan, and the
//! questionnaires first against latest.
//!
//! The change sentence compares the *printed* (rounded) change with each
//! form of the MCID, so "−2.0 points … less than 2 points" can never be
//! printed. Wording is neutral: it says larger or smaller, never better or
//! worse.

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
        rows.push(kv(
            &w.change_label,
            change_text(fmt, b, r, pain.mcid, pain.mcid_percent),
        ));
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

/// "−2.7 points (−42%). The clinically important change is 2 points or
/// 30%; this change is at least both." The change runs from the recalled
/// usual pain before the procedure (`baseline`) to the recent average, and
/// is compared with each form of the clinically important change on its
/// own: a change can be at least 2 points and still less than 30 % (from a
/// high baseline), or the other way round, so neither is claimed for both.
pub(crate) fn change_text(
    fmt: Fmt,
    baseline: f64,
    recent: f64,
    mcid: f64,
    mcid_percent: f64,
) -> String {
    let w = fmt.words;
    let points = if mcid.is_finite() { mcid.abs() } else { 0.0 };
    let change = recent - baseline;
    let phrase = fmt.mcid_phrase(points, mcid_percent);
    let points_text = fmt.mcid(points);
    // Compare what is printed: points to one decimal, percentages whole.
    let points_met = (change.abs() * 10.0).round() >= (points * 10.0).round();
    let points_only = || {
        let template = if points_met {
            &w.change_at_least_points
        } else {
            &w.change_below_points
        };
        fill(template, &[("points", &points_text)])
    };
    if baseline.abs() < 0.05 {
        return fill(
            &w.change_value_no_percent,
            &[
                ("change", &fmt.signed(change)),
                ("mcid", &phrase),
                ("comparison", &points_only()),
            ],
        );
    }
    let percent = change / baseline * 100.0;
    let comparison = if mcid_percent.is_finite() && mcid_percent > 0.0 {
        let percent_met = percent.abs().round() >= mcid_percent.round();
        let template = match (points_met, percent_met) {
            (true, true) => &w.change_at_least_both,
            (true, false) => &w.change_points_not_percent,
            (false, true) => &w.change_percent_not_points,
            (false, false) => &w.change_below_both,
        };
        fill(
            template,
            &[
                ("points", &points_text),
                ("percent", &fmt.percent_of(mcid_percent)),
            ],
        )
    } else {
        points_only()
    };
    fill(
        &w.change_value,
        &[
            ("change", &fmt.signed(change)),
            ("percent", &fmt.signed_percent(percent)),
            ("mcid", &phrase),
            ("comparison", &comparison),
        ],
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
            change_text(fmt, 6.4, 3.34, 2.0, 30.0),
            "\u{2212}3.1 points (\u{2212}48%). The clinically important change is 2 points \
             or 30%; this change is at least both."
        );
        // −1.96 prints as −2.0, so it must not be called "less than 2".
        assert!(change_text(fmt, 8.0, 6.04, 2.0, 30.0).contains("at least 2 points"));
        assert!(change_text(fmt, 8.0, 9.94, 2.0, 30.0).ends_with("this change is less than both."));
        assert!(change_text(fmt, 5.0, 5.0, 2.0, 30.0).starts_with("0.0 points (0%)"));
    }

    /// Each form of the clinically important change is compared on its own:
    /// meeting one is never reported as meeting both.
    #[test]
    fn change_names_each_form_it_meets() {
        let words = Words::default();
        let fmt = Fmt::new(&words);
        // From 8 to 6: 2 points, but only 25 %.
        assert!(change_text(fmt, 8.0, 6.0, 2.0, 30.0)
            .ends_with("this change is at least 2 points but less than 30%."));
        // From 3 to 2: 1 point, but 33 %.
        assert!(change_text(fmt, 3.0, 2.0, 2.0, 30.0)
            .ends_with("this change is less than 2 points but at least 30%."));
        assert!(change_text(fmt, 6.0, 5.0, 2.0, 30.0).ends_with("this change is less than both."));
        // A rise counts by its size, in the same neutral words.
        assert!(change_text(fmt, 4.0, 6.5, 2.0, 30.0).starts_with("+2.5 points (+63%)"));
        // From 0 there is no percentage; the points alone are compared.
        assert_eq!(
            change_text(fmt, 0.0, 2.5, 2.0, 30.0),
            "+2.5 points (no percentage: the usual pain before was 0). The clinically \
             important change is 2 points or 30%; this change is at least 2 points."
        );
        // Without a percentage form, only points are named.
        assert!(change_text(fmt, 6.0, 3.0, 2.0, 0.0).ends_with(
            "The clinically important change is 2 points; this change is at least 2 points."
        ));
    }
}
