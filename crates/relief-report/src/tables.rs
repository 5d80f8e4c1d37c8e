//! Tables: a header row, wrapped cells, light stripes, and the header row
//! repeated after a page break. A page break never leaves the header row
//! with fewer than three rows, nor the last row alone on the next page.
//!
//! Tables are tagged as tables (Table, THead/TBody, TR, TH/TD), so a screen
//! reader can announce "Sessions: 12" rather than a stream of numbers. A
//! repeated header is decoration (an artifact): it is already in the tree
//! once. Row-header tables (label, value) are used for the report's header
//! and summary, where a heading row would only add noise.

use krilla::tagging::{ArtifactType, TableHeaderScope, Tag};

use crate::layout::{colour, Flow, Item, SNode, Style, BODY};

/// Horizontal alignment of a column's cells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Align {
    Left,
    /// For numbers, so their digits line up.
    Right,
}

/// One column: its heading, share of the width and alignment.
#[derive(Debug, Clone)]
pub(crate) struct Column {
    pub header: String,
    pub weight: f32,
    pub align: Align,
}

impl Column {
    pub fn new(header: &str, weight: f32, align: Align) -> Column {
        Column {
            header: header.to_owned(),
            weight,
            align,
        }
    }
}

/// One cell: its text and, optionally, a bar after the text showing a share
/// from 0 to 1 (decoration: the number is in the text).
#[derive(Debug, Clone)]
pub(crate) struct Cell {
    pub text: String,
    pub bar: Option<f32>,
}

impl Cell {
    pub fn new(text: impl Into<String>) -> Cell {
        Cell {
            text: text.into(),
            bar: None,
        }
    }

    pub fn with_bar(text: impl Into<String>, share: f32) -> Cell {
        Cell {
            text: text.into(),
            bar: Some(if share.is_finite() {
                share.clamp(0.0, 1.0)
            } else {
                0.0
            }),
        }
    }
}

/// A table to lay out.
#[derive(Debug, Clone)]
pub(crate) struct Table {
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<Cell>>,
    /// Draw a heading row from the columns' headers.
    pub header_row: bool,
    /// The first cell of each row labels the row (bold, tagged TH).
    pub row_headers: bool,
}

const PAD_X: f32 = 5.0;
const PAD_Y: f32 = 3.5;
/// Width kept for the text of a cell with a bar ("100%").
const BAR_TEXT: f32 = 40.0;
/// A cell shows at most this many lines, so that one row always fits on a
/// page (rows are never split); the last line shown ends with "…".
const MAX_CELL_LINES: usize = 20;
const CELL: Style = Style {
    size: 10.5,
    leading: 14.0,
    ..BODY
};

/// Lays out `table` at the cursor; returns its structure.
pub(crate) fn table(flow: &mut Flow, table: &Table) -> SNode {
    let total: f32 = table.columns.iter().map(|c| c.weight.max(0.0)).sum();
    let total = if total > 0.0 { total } else { 1.0 };
    let full = flow.geo.content_width();
    let mut xs = Vec::with_capacity(table.columns.len());
    let mut x = flow.geo.left;
    for column in &table.columns {
        let w = full * column.weight.max(0.0) / total;
        xs.push((x, w));
        x += w;
    }

    let mut children = Vec::new();
    let heights: Vec<f32> = table
        .rows
        .iter()
        .map(|row| row_height(flow, table, &xs, row, false))
        .collect();
    let header_cells: Vec<Cell> = table.columns.iter().map(|c| Cell::new(&c.header)).collect();
    let header_height = if table.header_row {
        row_height(flow, table, &xs, &header_cells, true)
    } else {
        0.0
    };
    // A short table is kept whole (moving it to the next page is calmer to
    // read than a split); a long one keeps its header with a few rows.
    let whole = header_height + heights.iter().sum::<f32>();
    let page = flow.geo.bottom - flow.geo.top;
    if whole <= page * 0.45 {
        flow.ensure(whole);
    } else {
        flow.ensure(header_height + heights.iter().take(3).sum::<f32>());
    }
    if table.header_row {
        let cells = header_row(flow, table, &xs, &header_cells, header_height, true);
        let row = SNode::group(Tag::TR, cells);
        children.push(SNode::group(Tag::THead, vec![row]));
    }

    let mut body = Vec::new();
    for (index, (row, &height)) in table.rows.iter().zip(&heights).enumerate() {
        // The last row never goes over the page alone: the one before it
        // goes too (the start above keeps at least three rows on the page).
        let need = match heights.get(index + 1) {
            Some(last) if index > 0 && index + 2 == heights.len() => height + last,
            _ => height,
        };
        if flow.ensure(need) && table.header_row {
            header_row(flow, table, &xs, &header_cells, header_height, false);
        }
        let top = flow.y;
        let mut decoration = Vec::new();
        if index % 2 == 1 {
            decoration.push(Item::Rect {
                x: flow.geo.left,
                y: top,
                w: full,
                h: height,
                fill: colour::STRIPE,
            });
        }
        decoration.push(rule(flow, top + height));
        // Stripes before text, so the text sits on them.
        flow.artifact(ArtifactType::Other, decoration);
        let mut bars = Vec::new();
        let mut cells = Vec::new();
        for (col, cell) in row.iter().enumerate() {
            let Some(&(cx, cw)) = xs.get(col) else {
                continue;
            };
            let bold = table.row_headers && col == 0;
            let style = if bold { CELL.bold() } else { CELL };
            let align = table.columns.get(col).map_or(Align::Left, |c| c.align);
            let text_width = if cell.bar.is_some() {
                BAR_TEXT
            } else {
                cw - 2.0 * PAD_X
            };
            let items = cell_text(flow, &cell.text, style, align, cx, text_width, top);
            if let Some(share) = cell.bar {
                bars.extend(bar(
                    cx + PAD_X + BAR_TEXT,
                    cw - 2.0 * PAD_X - BAR_TEXT,
                    top,
                    share,
                ));
            }
            let tag = if bold {
                SNode::group(Tag::TH(TableHeaderScope::Row), vec![flow.leaf(items)])
            } else {
                SNode::group(Tag::TD, vec![flow.leaf(items)])
            };
            cells.push(tag);
        }
        flow.artifact(ArtifactType::Other, bars);
        flow.y = top + height;
        body.push(SNode::group(Tag::TR, cells));
    }
    children.push(SNode::group(Tag::TBody, body));
    flow.gap(8.0);
    SNode::group(Tag::Table, children)
}

/// Height of a row: its tallest cell.
fn row_height(flow: &Flow, table: &Table, xs: &[(f32, f32)], row: &[Cell], header: bool) -> f32 {
    let mut lines = 1;
    for (col, cell) in row.iter().enumerate() {
        let Some(&(_, cw)) = xs.get(col) else {
            continue;
        };
        let bold = header || (table.row_headers && col == 0);
        let width = if cell.bar.is_some() {
            BAR_TEXT
        } else {
            cw - 2.0 * PAD_X
        };
        lines = lines.max(cell_lines(flow, &cell.text, bold, width).len());
    }
    lines as f32 * CELL.leading + 2.0 * PAD_Y
}

/// The heading row; tagged TH cells the first time, an artifact when
/// repeated on a later page.
fn header_row(
    flow: &mut Flow,
    table: &Table,
    xs: &[(f32, f32)],
    cells: &[Cell],
    height: f32,
    tagged: bool,
) -> Vec<SNode> {
    let top = flow.y;
    let full = flow.geo.content_width();
    let mut decoration = vec![Item::Rect {
        x: flow.geo.left,
        y: top,
        w: full,
        h: height,
        fill: colour::HEAD_FILL,
    }];
    decoration.push(rule(flow, top + height));
    flow.artifact(ArtifactType::Other, decoration);
    let mut nodes = Vec::new();
    let mut repeated = Vec::new();
    for (col, cell) in cells.iter().enumerate() {
        let Some(&(cx, cw)) = xs.get(col) else {
            continue;
        };
        let align = table.columns.get(col).map_or(Align::Left, |c| c.align);
        let items = cell_text(
            flow,
            &cell.text,
            CELL.bold(),
            align,
            cx,
            cw - 2.0 * PAD_X,
            top,
        );
        if tagged {
            let leaf = flow.leaf(items);
            nodes.push(SNode::group(Tag::TH(TableHeaderScope::Column), vec![leaf]));
        } else {
            repeated.extend(items);
        }
    }
    flow.artifact(ArtifactType::Other, repeated);
    flow.y = top + height;
    nodes
}

/// The wrapped lines of one cell.
fn cell_text(
    flow: &Flow,
    text: &str,
    style: Style,
    align: Align,
    cx: f32,
    width: f32,
    top: f32,
) -> Vec<Item> {
    let mut items = Vec::new();
    let mut y = top + PAD_Y;
    for line in cell_lines(flow, text, style.bold, width) {
        if !line.is_empty() {
            let x = match align {
                Align::Left => cx + PAD_X,
                Align::Right => cx + PAD_X + width - flow.width(&line, style),
            };
            items.push(flow.text(x, y + style.baseline_offset(), style, &line));
        }
        y += style.leading;
    }
    items
}

/// The wrapped lines of a cell's text, at most `MAX_CELL_LINES`.
fn cell_lines(flow: &Flow, text: &str, bold: bool, width: f32) -> Vec<String> {
    let mut lines = flow.fonts.wrap(text, bold, CELL.size, width);
    if lines.len() > MAX_CELL_LINES {
        lines.truncate(MAX_CELL_LINES);
        if let Some(last) = lines.last_mut() {
            // Make room for the ellipsis within the width.
            while !last.is_empty() && flow.fonts.width(&format!("{last}…"), bold, CELL.size) > width
            {
                last.pop();
            }
            last.push('…');
        }
    }
    lines
}

/// A bar with a light track for 100 %.
fn bar(x: f32, width: f32, top: f32, share: f32) -> Vec<Item> {
    if width < 8.0 {
        return Vec::new();
    }
    let h = 8.0;
    let y = top + PAD_Y + (CELL.leading - h) / 2.0;
    let mut items = vec![Item::Rect {
        x,
        y,
        w: width,
        h,
        fill: colour::GRID,
    }];
    if share > 0.0 {
        items.push(Item::Rect {
            x,
            y,
            w: width * share,
            h,
            fill: colour::BAR,
        });
    }
    items
}

fn rule(flow: &Flow, y: f32) -> Item {
    Item::Line {
        points: vec![(flow.geo.left, y), (flow.geo.right, y)],
        width: 0.6,
        colour: colour::RULE,
        dash: None,
    }
}
