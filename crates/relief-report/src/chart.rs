//! The pain chart, drawn as vectors: axes 0–10 with date ticks, daily means
//! as dots (or a thin line when there are too many days for dots), the 7-day
//! average as a thicker line, the usual pain before the procedure (as the
//! patient recalled it) as a dashed line in a lightly shaded band of ± the
//! clinically important change in points, and the days of procedures as
//! dotted verticals.
//!
//! Series are told apart by shape (dots, thick, dashed, dotted), not only by
//! colour, so the chart survives a greyscale photocopy. The figure is tagged
//! with alt text stating the same numbers, and a visible caption repeats the
//! key ones for the reader in a hurry.

use chrono::{Datelike, NaiveDate};
use krilla::tagging::Tag;

use crate::format::Fmt;
use crate::layout::{colour, Flow, Item, SNode, Style, BODY, SMALL};
use crate::model::Report;
use crate::words::fill;

/// Above this many days, dots would merge into a smear; a thin line reads
/// better.
const MAX_DOTS: usize = 400;
/// 14 points per step of the 0–10 scale: room enough to read a change of
/// one point, small enough to keep the chart on page one under the summary.
const PLOT_HEIGHT: f32 = 138.0;
const LABEL: Style = SMALL;
/// Legend: room for a sample and its gap before the label.
const SWATCH: f32 = 21.0;
/// Legend: space between entries.
const LEGEND_GAP: f32 = 14.0;
/// Legend: height of a row of entries.
const LEGEND_ROW: f32 = 15.0;

/// The chart's heading, the chart and its caption, or a calm sentence when
/// there is nothing to draw.
pub(crate) fn pain_chart(flow: &mut Flow, report: &Report, fmt: Fmt) -> Vec<SNode> {
    let words = fmt.words;
    let mut nodes = Vec::new();
    let (from, to) = (report.period.from, report.period.to);
    let in_period = |d: NaiveDate| d >= from && d <= to;
    let daily: Vec<(NaiveDate, f64)> = report
        .pain
        .daily
        .iter()
        .copied()
        .filter(|(d, v)| in_period(*d) && v.is_finite())
        .collect();
    let rolling: Vec<(NaiveDate, f64)> = report
        .pain
        .rolling_7day
        .iter()
        .copied()
        .filter(|(d, v)| in_period(*d) && v.is_finite())
        .collect();
    if daily.is_empty() && rolling.is_empty() {
        nodes.push(flow.heading(2, &words.chart_heading, 30.0));
        nodes.push(flow.paragraph(&words.chart_none, BODY));
        return nodes;
    }
    let baseline = report.pain.baseline.filter(|b| b.is_finite());
    let mcid = if report.pain.mcid.is_finite() {
        report.pain.mcid.abs()
    } else {
        0.0
    };
    // "2 points or 30%": the band shows the points; the words name both.
    let mcid_phrase = fmt.mcid_phrase(mcid, report.pain.mcid_percent);

    // Sentences for the alt text and the caption.
    let mut caption = fill(&words.chart_days, &[("days", &daily.len().to_string())]);
    if let (Some(first), Some(last)) = (rolling.first(), rolling.last()) {
        caption.push(' ');
        caption.push_str(&fill(
            &words.chart_rolling,
            &[
                ("first", &fmt.num(first.1)),
                ("first_date", &fmt.date(first.0)),
                ("last", &fmt.num(last.1)),
                ("last_date", &fmt.date(last.0)),
            ],
        ));
    }
    let mut alt = fill(
        &words.chart_alt,
        &[("from", &fmt.date(from)), ("to", &fmt.date(to))],
    );
    alt.push(' ');
    alt.push_str(&caption);
    if let Some(b) = baseline {
        alt.push(' ');
        alt.push_str(&fill(
            &words.chart_baseline,
            &[
                ("baseline", &fmt.num(b)),
                ("points", &fmt.mcid(mcid)),
                ("mcid", &mcid_phrase),
            ],
        ));
    }

    // Geometry: labels above for procedures, the plot, date labels, legend.
    let legend = legend_entries(
        fmt,
        baseline.map(|_| (mcid, mcid_phrase.as_str())),
        daily.len(),
        has_procedures(report),
    );
    let legend_rows = legend_layout(flow, &legend, flow.geo.content_width());
    let legend_height = legend_rows.len() as f32 * LEGEND_ROW;
    let total = 16.0 + PLOT_HEIGHT + 20.0 + legend_height + 6.0;
    // The heading, the chart and its caption stay on one page.
    let caption_height = flow.paragraph_height(&caption, BODY, flow.geo.content_width());
    nodes.push(flow.heading(2, &words.chart_heading, total + caption_height));
    flow.ensure(total + caption_height);
    let top = flow.y;
    let plot = Plot {
        x0: flow.geo.left + 26.0,
        x1: flow.geo.right - 8.0,
        y0: top + 16.0,
        y1: top + 16.0 + PLOT_HEIGHT,
        from,
        span: (to - from).num_days().max(1) as f32,
    };

    let mut items = Vec::new();
    if let Some(b) = baseline {
        let hi = plot.y((b + mcid).min(10.0));
        let lo = plot.y((b - mcid).max(0.0));
        items.push(Item::Rect {
            x: plot.x0,
            y: hi,
            w: plot.x1 - plot.x0,
            h: lo - hi,
            fill: colour::BAND,
        });
    }
    for step in 0..=5 {
        let value = f64::from(step) * 2.0;
        let y = plot.y(value);
        items.push(Item::Line {
            points: vec![(plot.x0, y), (plot.x1, y)],
            width: if step == 0 { 1.0 } else { 0.6 },
            colour: if step == 0 {
                colour::MUTED
            } else {
                colour::GRID
            },
            dash: None,
        });
        let label = format!("{}", step * 2);
        let w = flow.width(&label, LABEL);
        items.push(flow.text(plot.x0 - 6.0 - w, y + 3.5, LABEL, &label));
    }
    items.push(Item::Line {
        points: vec![(plot.x0, plot.y0), (plot.x0, plot.y1)],
        width: 1.0,
        colour: colour::MUTED,
        dash: None,
    });
    if let Some(b) = baseline {
        let y = plot.y(b.clamp(0.0, 10.0));
        items.push(Item::Line {
            points: vec![(plot.x0, y), (plot.x1, y)],
            width: 1.4,
            colour: colour::BASELINE,
            dash: Some([6.0, 3.5]),
        });
    }
    procedure_markers(flow, report, &words.legend_procedure, &plot, &mut items);
    date_ticks(flow, fmt, &plot, to, &mut items);

    if daily.len() <= MAX_DOTS {
        items.push(Item::Dots {
            centres: daily.iter().map(|&(d, v)| plot.point(d, v)).collect(),
            radius: 1.9,
            fill: colour::DAILY,
        });
    } else {
        for run in runs(&daily, 1) {
            items.push(Item::Line {
                points: run.iter().map(|&(d, v)| plot.point(d, v)).collect(),
                width: 0.5,
                colour: colour::DAILY_LIGHT,
                dash: None,
            });
        }
    }
    // Over years, a thick average would be a ribbon hiding its own shape.
    let rolling_width = if daily.len() <= MAX_DOTS { 2.4 } else { 1.5 };
    for run in runs(&rolling, 7) {
        let points: Vec<(f32, f32)> = run.iter().map(|&(d, v)| plot.point(d, v)).collect();
        // A lone average between gaps cannot be a line; a dot keeps it seen.
        if points.len() == 1 {
            items.push(Item::Dots {
                centres: points,
                radius: 2.2,
                fill: colour::ACCENT,
            });
        } else {
            items.push(Item::Line {
                points,
                width: rolling_width,
                colour: colour::ACCENT,
                dash: None,
            });
        }
    }

    // Legend under the date labels.
    let mut y = plot.y1 + 20.0;
    for row in &legend_rows {
        let mut x = flow.geo.left;
        for &index in row {
            let Some(entry) = legend.get(index) else {
                continue;
            };
            items.extend(swatch(entry.kind, x, y + 8.0));
            items.push(flow.text(x + SWATCH, y + 12.0, LABEL, &entry.label));
            x += SWATCH + flow.width(&entry.label, LABEL) + LEGEND_GAP;
        }
        y += LEGEND_ROW;
    }

    flow.y = top + total;
    let figure = SNode::group(Tag::Figure(Some(alt)), vec![flow.figure_leaf(items)]);
    let caption_node = flow.paragraph(&caption, BODY);
    let caption_node = match caption_node {
        SNode::Group(_, children) => SNode::group(Tag::Caption, children),
        leaf => leaf,
    };
    nodes.push(figure);
    nodes.push(caption_node);
    nodes
}

/// The plot area and its scales.
struct Plot {
    x0: f32,
    x1: f32,
    y0: f32,
    y1: f32,
    from: NaiveDate,
    span: f32,
}

impl Plot {
    fn x(&self, date: NaiveDate) -> f32 {
        let days = (date - self.from).num_days() as f32;
        self.x0 + (self.x1 - self.x0) * (days / self.span).clamp(0.0, 1.0)
    }
    fn y(&self, value: f64) -> f32 {
        let v = value.clamp(0.0, 10.0) as f32;
        self.y1 - (self.y1 - self.y0) * v / 10.0
    }
    fn point(&self, date: NaiveDate, value: f64) -> (f32, f32) {
        (self.x(date), self.y(value))
    }
}

/// Splits a dated series where days are missing for more than `max_gap`
/// days, so a line never bridges a long silence.
fn runs(series: &[(NaiveDate, f64)], max_gap: i64) -> Vec<&[(NaiveDate, f64)]> {
    let mut out = Vec::new();
    let mut start = 0;
    for i in 1..series.len() {
        if (series[i].0 - series[i - 1].0).num_days() > max_gap {
            out.push(&series[start..i]);
            start = i;
        }
    }
    if start < series.len() {
        out.push(&series[start..]);
    }
    out
}

fn has_procedures(report: &Report) -> bool {
    report
        .procedures
        .iter()
        .any(|p| p.date >= report.period.from && p.date <= report.period.to)
}

/// Dotted verticals on procedure days, labelled above the plot where the
/// labels do not collide.
fn procedure_markers(
    flow: &Flow,
    report: &Report,
    label: &str,
    plot: &Plot,
    items: &mut Vec<Item>,
) {
    let mut last_right = f32::MIN;
    for procedure in &report.procedures {
        if procedure.date < report.period.from || procedure.date > report.period.to {
            continue;
        }
        let x = plot.x(procedure.date);
        items.push(Item::Line {
            points: vec![(x, plot.y0), (x, plot.y1)],
            width: 1.0,
            colour: colour::TEXT,
            dash: Some([1.5, 2.5]),
        });
        let w = flow.width(label, LABEL);
        let lx = (x - w / 2.0).clamp(plot.x0, plot.x1 - w);
        if lx > last_right + 6.0 {
            items.push(flow.text(lx, plot.y0 - 5.0, LABEL, label));
            last_right = lx + w;
        }
    }
}

/// Date labels under the plot, thinned so none overlap.
fn date_ticks(flow: &Flow, fmt: Fmt, plot: &Plot, to: NaiveDate, items: &mut Vec<Item>) {
    let mut last_right = f32::MIN;
    for (date, label) in ticks(plot.from, to, fmt) {
        let x = plot.x(date);
        items.push(Item::Line {
            points: vec![(x, plot.y1), (x, plot.y1 + 4.0)],
            width: 0.8,
            colour: colour::MUTED,
            dash: None,
        });
        let w = flow.width(&label, LABEL);
        let lx = (x - w / 2.0).clamp(plot.x0 - 10.0, flow.geo.right - w);
        if lx > last_right + 8.0 {
            items.push(flow.text(lx, plot.y1 + 15.0, LABEL, &label));
            last_right = lx + w;
        }
    }
}

/// Tick dates and labels: weekly for a few weeks, monthly for months,
/// quarterly for a year or two, yearly (or every few years) beyond.
fn ticks(from: NaiveDate, to: NaiveDate, fmt: Fmt) -> Vec<(NaiveDate, String)> {
    let span = (to - from).num_days();
    let mut out = Vec::new();
    if span <= 45 {
        let mut d = from;
        while d <= to && out.len() < 16 {
            out.push((d, fmt.day_month(d)));
            match d.checked_add_days(chrono::Days::new(7)) {
                Some(next) => d = next,
                None => break,
            }
        }
        return out;
    }
    let (step_months, yearly_step) = match span {
        0..=250 => (1, 0),
        251..=800 => (3, 0),
        _ => (12, ((span as f64 / 365.25 / 10.0).ceil() as i32).max(1)),
    };
    let mut year = from.year();
    let mut month = from.month();
    // First tick on the first day of a month on the step's grid, not before
    // the period starts.
    loop {
        let on_grid = if step_months == 12 {
            month == 1 && year % yearly_step == 0
        } else {
            (month - 1).is_multiple_of(step_months)
        };
        if let Some(d) = NaiveDate::from_ymd_opt(year, month, 1) {
            if d > to || out.len() > 40 {
                break;
            }
            if on_grid && d >= from {
                let label = if step_months == 12 {
                    year.to_string()
                } else {
                    fmt.month(d)
                };
                out.push((d, label));
            }
        } else {
            break;
        }
        month += 1;
        if month > 12 {
            month = 1;
            year += 1;
        }
    }
    out
}

/// What a legend entry shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Swatch {
    Dots,
    ThinLine,
    ThickLine,
    Dashed,
    Band,
    Marker,
}

struct LegendEntry {
    kind: Swatch,
    label: String,
}

/// `band` is the half-width of the baseline band and the clinically
/// important change in words, when there is a baseline.
fn legend_entries(
    fmt: Fmt,
    band: Option<(f64, &str)>,
    days: usize,
    procedures: bool,
) -> Vec<LegendEntry> {
    let w = fmt.words;
    let mut out = vec![
        LegendEntry {
            kind: if days <= MAX_DOTS {
                Swatch::Dots
            } else {
                Swatch::ThinLine
            },
            label: w.legend_daily.clone(),
        },
        LegendEntry {
            kind: Swatch::ThickLine,
            label: w.legend_rolling.clone(),
        },
    ];
    if let Some((band, mcid)) = band {
        out.push(LegendEntry {
            kind: Swatch::Dashed,
            label: w.legend_baseline.clone(),
        });
        out.push(LegendEntry {
            kind: Swatch::Band,
            label: fill(
                &w.legend_band,
                &[("points", &fmt.mcid(band)), ("mcid", mcid)],
            ),
        });
    }
    if procedures {
        out.push(LegendEntry {
            kind: Swatch::Marker,
            label: w.legend_procedure.clone(),
        });
    }
    out
}

/// Packs legend entries into rows that fit the width.
fn legend_layout(flow: &Flow, entries: &[LegendEntry], width: f32) -> Vec<Vec<usize>> {
    let mut rows: Vec<Vec<usize>> = vec![Vec::new()];
    let mut x = 0.0;
    for (index, entry) in entries.iter().enumerate() {
        let w = SWATCH + flow.width(&entry.label, LABEL);
        if x + w > width && x > 0.0 {
            rows.push(Vec::new());
            x = 0.0;
        }
        if let Some(row) = rows.last_mut() {
            row.push(index);
        }
        x += w + LEGEND_GAP;
    }
    rows
}

/// A 16-point sample of a series, centred on `mid_y`.
fn swatch(kind: Swatch, x: f32, mid_y: f32) -> Vec<Item> {
    let line = |width, colour, dash| Item::Line {
        points: vec![(x, mid_y), (x + 16.0, mid_y)],
        width,
        colour,
        dash,
    };
    match kind {
        Swatch::Dots => vec![Item::Dots {
            centres: vec![
                (x + 3.0, mid_y),
                (x + 8.0, mid_y - 2.0),
                (x + 13.0, mid_y + 1.0),
            ],
            radius: 1.9,
            fill: colour::DAILY,
        }],
        Swatch::ThinLine => vec![line(0.8, colour::DAILY_LIGHT, None)],
        Swatch::ThickLine => vec![line(2.4, colour::ACCENT, None)],
        Swatch::Dashed => vec![line(1.4, colour::BASELINE, Some([6.0, 3.5]))],
        Swatch::Band => vec![Item::Rect {
            x,
            y: mid_y - 5.0,
            w: 16.0,
            h: 10.0,
            fill: colour::BAND,
        }],
        Swatch::Marker => vec![Item::Line {
            points: vec![(x + 8.0, mid_y - 6.0), (x + 8.0, mid_y + 6.0)],
            width: 1.0,
            colour: colour::TEXT,
            dash: Some([1.5, 2.5]),
        }],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::Words;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    #[test]
    fn ticks_scale_with_the_period() {
        let words = Words::default();
        let fmt = Fmt::new(&words);
        let weekly = ticks(day(2025, 3, 1), day(2025, 3, 28), fmt);
        assert_eq!(weekly.len(), 4);
        assert_eq!(weekly[0].1, "1 Mar");
        let monthly = ticks(day(2025, 3, 10), day(2025, 7, 31), fmt);
        assert_eq!(
            monthly.iter().map(|t| t.1.as_str()).collect::<Vec<_>>(),
            ["Apr 2025", "May 2025", "Jun 2025", "Jul 2025"]
        );
        let yearly = ticks(day(2015, 6, 1), day(2025, 5, 31), fmt);
        assert!(yearly.len() <= 11 && yearly.len() >= 5, "{yearly:?}");
        let long = ticks(day(1900, 1, 1), day(2100, 1, 1), fmt);
        assert!(long.len() <= 41);
    }

    #[test]
    fn runs_break_at_gaps() {
        let s = [
            (day(2025, 1, 1), 1.0),
            (day(2025, 1, 2), 1.0),
            (day(2025, 1, 10), 1.0),
        ];
        assert_eq!(runs(&s, 1).len(), 2);
        assert_eq!(runs(&s, 7).len(), 2);
        assert_eq!(runs(&s, 8).len(), 1);
        assert!(runs(&[], 1).is_empty());
    }
}
