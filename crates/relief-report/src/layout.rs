//! A tiny page flow: a cursor that moves down the page, breaks pages, and
//! records what to draw together with the document's structure.
//!
//! Nothing is drawn while laying out. Pages are kept as lists of items so the
//! footer can say "Page X of Y" once Y is known, and so the whole layout is
//! plain data the PDF writer (`pdf.rs`) turns into krilla calls at the end.
//!
//! Structure (the tag tree) is built alongside: every piece of real content
//! is a *leaf* (one marked-content run on one page), and sections return
//! [`SNode`] trees that name their leaves. Decoration (rules, stripes, bars
//! next to numbers already printed) is marked as an artifact instead, which
//! screen readers skip.
//!
//! Coordinates are PDF points with the origin at the top left, y down, as in
//! krilla.

use krilla::tagging::{ArtifactType, Tag, TagKind};

use crate::model::Paper;
use crate::text::{Fonts, Shaped};

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Rgb(pub u8, pub u8, pub u8);

/// Colours chosen for contrast on white (text at least 7:1, lines 3:1).
pub(crate) mod colour {
    use super::Rgb;
    pub const TEXT: Rgb = Rgb(0x1a, 0x1a, 0x1a);
    pub const MUTED: Rgb = Rgb(0x44, 0x4b, 0x52);
    pub const RULE: Rgb = Rgb(0xb8, 0xc0, 0xc8);
    pub const GRID: Rgb = Rgb(0xe3, 0xe7, 0xeb);
    pub const HEAD_FILL: Rgb = Rgb(0xe6, 0xec, 0xf2);
    pub const STRIPE: Rgb = Rgb(0xf5, 0xf7, 0xf9);
    pub const ACCENT: Rgb = Rgb(0x1f, 0x4e, 0x8c);
    pub const DAILY: Rgb = Rgb(0x6b, 0x74, 0x7d);
    /// Daily means as a thin line under a long 7-day average: lighter, so
    /// the average stays the thing the eye follows.
    pub const DAILY_LIGHT: Rgb = Rgb(0xa7, 0xb0, 0xb9);
    pub const BASELINE: Rgb = Rgb(0x9a, 0x3f, 0x00);
    pub const BAND: Rgb = Rgb(0xf8, 0xe9, 0xda);
    pub const BAR: Rgb = Rgb(0x7f, 0xa3, 0xcf);
}

/// Font size, weight, colour and line height of one kind of text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Style {
    pub size: f32,
    pub bold: bool,
    pub colour: Rgb,
    pub leading: f32,
}

pub(crate) const H1: Style = Style {
    size: 21.0,
    bold: true,
    colour: colour::TEXT,
    leading: 26.0,
};
pub(crate) const H2: Style = Style {
    size: 15.0,
    bold: true,
    colour: colour::ACCENT,
    leading: 19.0,
};
pub(crate) const H3: Style = Style {
    size: 12.5,
    bold: true,
    colour: colour::TEXT,
    leading: 16.0,
};
pub(crate) const BODY: Style = Style {
    size: 11.0,
    bold: false,
    colour: colour::TEXT,
    leading: 15.0,
};
pub(crate) const SMALL: Style = Style {
    size: 10.0,
    bold: false,
    colour: colour::MUTED,
    leading: 13.0,
};

impl Style {
    pub const fn bold(self) -> Style {
        Style { bold: true, ..self }
    }
    /// Distance from a line's top to its baseline: the font's ascent is
    /// about 0.93 em, and the rest of the leading is shared above and below.
    pub fn baseline_offset(self) -> f32 {
        (self.leading - self.size) / 2.0 + self.size * 0.8
    }
}

/// One thing to draw.
#[derive(Debug, Clone)]
pub(crate) enum Item {
    /// A line of text; `y` is the baseline.
    Text {
        x: f32,
        y: f32,
        size: f32,
        colour: Rgb,
        shaped: Shaped,
    },
    /// A filled rectangle.
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        fill: Rgb,
    },
    /// A stroked open polyline; `dash` is on/off lengths.
    Line {
        points: Vec<(f32, f32)>,
        width: f32,
        colour: Rgb,
        dash: Option<[f32; 2]>,
    },
    /// Filled dots of one size, drawn as one path.
    Dots {
        centres: Vec<(f32, f32)>,
        radius: f32,
        fill: Rgb,
    },
}

impl Item {
    /// Moves the item down by `dy`.
    pub fn shift(&mut self, dy: f32) {
        match self {
            Item::Text { y, .. } | Item::Rect { y, .. } => *y += dy,
            Item::Line { points, .. } => points.iter_mut().for_each(|p| p.1 += dy),
            Item::Dots { centres, .. } => centres.iter_mut().for_each(|p| p.1 += dy),
        }
    }
}

/// How a run of items is marked.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Mark {
    /// Real content: leaf number `n` of the structure tree. `figure` runs are
    /// graphics (marked as such), the rest is text.
    Content { leaf: usize, figure: bool },
    /// Not part of the structure.
    Artifact(ArtifactType),
}

/// A marked run of items on one page.
#[derive(Debug, Clone)]
pub(crate) struct Chunk {
    pub mark: Mark,
    pub items: Vec<Item>,
}

/// A node of the structure tree: a group with a tag, or a leaf by number.
#[derive(Debug, Clone)]
pub(crate) enum SNode {
    Group(TagKind, Vec<SNode>),
    Leaf(usize),
}

impl SNode {
    pub fn group(tag: impl Into<TagKind>, children: Vec<SNode>) -> SNode {
        SNode::Group(tag.into(), children)
    }
}

/// A heading, for the PDF outline (bookmarks).
#[derive(Debug, Clone)]
pub(crate) struct OutlineEntry {
    pub level: u16,
    pub title: String,
    pub page: usize,
    pub y: f32,
}

/// Where content may go on every page.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Geometry {
    pub width: f32,
    pub height: f32,
    pub left: f32,
    pub right: f32,
    pub top: f32,
    /// Content stops here; the footer lives below.
    pub bottom: f32,
}

impl Geometry {
    pub fn for_paper(paper: Paper) -> Geometry {
        let (width, height) = paper.size_pt();
        Geometry {
            width,
            height,
            left: 50.0,
            right: width - 50.0,
            top: 48.0,
            bottom: height - 78.0,
        }
    }

    pub fn content_width(&self) -> f32 {
        self.right - self.left
    }
}

/// The cursor and everything laid out so far.
pub(crate) struct Flow<'f> {
    pub fonts: &'f Fonts,
    pub geo: Geometry,
    pub pages: Vec<Vec<Chunk>>,
    pub outline: Vec<OutlineEntry>,
    /// Top of the free space on the current page.
    pub y: f32,
    leaves: usize,
    /// The latest heading: where it starts, so it can follow its content
    /// to the next page instead of being left alone at a page's foot.
    heading: Option<Anchor>,
}

/// A place in the flow: everything laid out after it can be carried to a
/// new page together (a heading with its first lines, a note with the next
/// one), so that nothing is left alone at a page's foot or top.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Anchor {
    page: usize,
    /// Index of the first chunk after the anchor on its page.
    chunk: usize,
    /// Top of what follows.
    y: f32,
    /// Index of the first outline entry after the anchor.
    outline: usize,
}

/// A heading and what follows it move together to a new page as long as
/// they are at most this tall: a heading with a sentence under it, not a
/// heading with half a table.
const KEEP_WITH_HEADING: f32 = 120.0;

/// Lines of a paragraph kept together at a page break: never one line alone
/// at a page's foot (an orphan) or at the next page's top (a widow).
pub(crate) const MIN_LINES_AT_BREAK: usize = 2;

impl<'f> Flow<'f> {
    pub fn new(fonts: &'f Fonts, paper: Paper) -> Flow<'f> {
        let geo = Geometry::for_paper(paper);
        Flow {
            fonts,
            geo,
            pages: vec![Vec::new()],
            outline: Vec::new(),
            y: geo.top,
            leaves: 0,
            heading: None,
        }
    }

    pub fn page(&self) -> usize {
        self.pages.len() - 1
    }

    pub fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = self.geo.top;
    }

    /// Whether nothing is on the current page yet.
    pub fn at_top(&self) -> bool {
        self.y <= self.geo.top + 0.5
    }

    /// Starts a new page unless `height` still fits (or the page is empty,
    /// where a new page would not help).
    pub fn ensure(&mut self, height: f32) -> bool {
        if self.y + height > self.geo.bottom && !self.at_top() {
            self.break_keeping_heading();
            return true;
        }
        false
    }

    /// The current place, to carry what follows it along with later content
    /// ([`Flow::ensure_with`]).
    pub fn anchor(&self) -> Anchor {
        let page = self.page();
        Anchor {
            page,
            chunk: self.pages.get(page).map_or(0, Vec::len),
            y: self.y,
            outline: self.outline.len(),
        }
    }

    /// Like [`Flow::ensure`], but when `height` does not fit, everything from
    /// `from` on goes to the new page too (if it is on this page and below
    /// its top), with the heading just above it if there is one.
    pub fn ensure_with(&mut self, height: f32, from: Anchor) -> bool {
        if self.y + height <= self.geo.bottom || self.at_top() {
            return false;
        }
        let page = self.page();
        if from.page != page || from.y <= self.geo.top + 0.5 {
            self.break_keeping_heading();
            return true;
        }
        // A heading right above `from` goes too: it must not end the page.
        let start = match self.heading.take() {
            Some(h)
                if h.page == page
                    && h.y > self.geo.top + 0.5
                    && h.y <= from.y
                    && from.y - h.y <= KEEP_WITH_HEADING / 2.0 =>
            {
                h
            }
            _ => from,
        };
        self.carry(start);
        true
    }

    /// Starts a new page; a heading just above (with at most a few lines
    /// after it) moves along, so no heading ends a page.
    fn break_keeping_heading(&mut self) {
        let page = self.page();
        match self.heading.take().filter(|m| {
            m.page == page && self.y - m.y <= KEEP_WITH_HEADING && m.y > self.geo.top + 0.5
        }) {
            Some(mark) => self.carry(mark),
            None => self.new_page(),
        }
    }

    /// Starts a new page and moves everything laid out since `mark` (on the
    /// current page) to its top.
    fn carry(&mut self, mark: Anchor) {
        let page = self.page();
        let moved: Vec<Chunk> = match self.pages.get_mut(page) {
            Some(chunks) if mark.page == page && mark.chunk <= chunks.len() => {
                chunks.drain(mark.chunk..).collect()
            }
            // An anchor from another page carries nothing.
            _ => {
                self.new_page();
                return;
            }
        };
        let height = self.y - mark.y;
        let dy = self.geo.top - mark.y;
        self.new_page();
        let new_page = self.page();
        for mut chunk in moved {
            chunk.items.iter_mut().for_each(|item| item.shift(dy));
            self.push_chunk(new_page, chunk);
        }
        for entry in self.outline.iter_mut().skip(mark.outline) {
            if entry.page == page {
                entry.page = new_page;
                entry.y += dy;
            }
        }
        self.y = self.geo.top + height;
    }

    pub fn gap(&mut self, height: f32) {
        self.y = (self.y + height).min(self.geo.bottom);
    }

    /// A text item at a baseline.
    pub fn text(&self, x: f32, baseline: f32, style: Style, text: &str) -> Item {
        Item::Text {
            x,
            y: baseline,
            size: style.size,
            colour: style.colour,
            shaped: self.fonts.shape(text, style.bold),
        }
    }

    pub fn width(&self, text: &str, style: Style) -> f32 {
        self.fonts.width(text, style.bold, style.size)
    }

    /// Puts real content on the current page as a new leaf. Its lines of
    /// text are read as one run (see [`Flow::continue_lines`]).
    pub fn leaf(&mut self, mut items: Vec<Item>) -> SNode {
        self.continue_lines(&mut items, false);
        self.leaf_marked(items, false)
    }

    /// Ends every text line but the last (and the last too when
    /// `last_continues`, for a paragraph broken by a page) with a space.
    /// The space draws nothing, but copied or read-aloud text then says
    /// "walking 30 minutes" rather than "walking 30minutes". (PDF's
    /// ActualText would do the same, but poppler then misplaces lines.)
    fn continue_lines(&self, items: &mut [Item], last_continues: bool) {
        let last = items
            .iter()
            .rposition(|item| matches!(item, Item::Text { .. }));
        for (index, item) in items.iter_mut().enumerate() {
            if let Item::Text { shaped, .. } = item {
                if (Some(index) != last || last_continues) && !shaped.text.ends_with(' ') {
                    *shaped = self.fonts.shape(&format!("{} ", shaped.text), shaped.bold);
                }
            }
        }
    }

    /// Puts graphics on the current page as a new leaf of a figure.
    pub fn figure_leaf(&mut self, items: Vec<Item>) -> SNode {
        self.leaf_marked(items, true)
    }

    fn leaf_marked(&mut self, items: Vec<Item>, figure: bool) -> SNode {
        let page = self.page();
        self.leaf_on(page, items, figure)
    }

    /// Puts real content on a given page (footers are added last).
    pub fn leaf_on(&mut self, page: usize, items: Vec<Item>, figure: bool) -> SNode {
        let leaf = self.leaves;
        self.leaves += 1;
        self.push_chunk(
            page,
            Chunk {
                mark: Mark::Content { leaf, figure },
                items,
            },
        );
        SNode::Leaf(leaf)
    }

    /// Puts decoration on the current page.
    pub fn artifact(&mut self, kind: ArtifactType, items: Vec<Item>) {
        let page = self.page();
        self.artifact_on(page, kind, items);
    }

    /// Puts decoration on a given page.
    pub fn artifact_on(&mut self, page: usize, kind: ArtifactType, items: Vec<Item>) {
        if !items.is_empty() {
            self.push_chunk(
                page,
                Chunk {
                    mark: Mark::Artifact(kind),
                    items,
                },
            );
        }
    }

    fn push_chunk(&mut self, page: usize, chunk: Chunk) {
        if let Some(page) = self.pages.get_mut(page) {
            page.push(chunk);
        }
    }

    pub fn leaf_count(&self) -> usize {
        self.leaves
    }

    /// Style and space before a heading of `level`.
    fn heading_style(level: u16) -> (Style, f32) {
        match level {
            1 => (H1, 0.0),
            2 => (H2, 16.0),
            _ => (H3, 8.0),
        }
    }

    /// Height a heading would take here, space before it included.
    pub fn heading_height(&self, level: u16, text: &str) -> f32 {
        let (style, space_before) = Self::heading_style(level);
        let lines = self
            .fonts
            .wrap(text, true, style.size, self.geo.content_width())
            .len();
        let space = if self.at_top() { 0.0 } else { space_before };
        space + style.leading * lines as f32 + 4.0
    }

    /// Height of a wrapped paragraph, with the space after it.
    pub fn paragraph_height(&self, text: &str, style: Style, width: f32) -> f32 {
        let lines = self.fonts.wrap(text, style.bold, style.size, width).len();
        style.leading * lines as f32 + style.leading * 0.35
    }

    /// Where the latest heading starts, while it is still on the page it
    /// was put on (it is forgotten at the next page break).
    pub fn last_heading(&self) -> Option<Anchor> {
        self.heading.filter(|h| h.page == self.page())
    }

    /// A heading, kept on a page with at least `keep` points after it.
    pub fn heading(&mut self, level: u16, text: &str, keep: f32) -> SNode {
        let (style, space_before) = Self::heading_style(level);
        if self.y > self.geo.top + 0.5 {
            self.gap(space_before);
        }
        let lines = self
            .fonts
            .wrap(text, true, style.size, self.geo.content_width());
        self.ensure(style.leading * lines.len() as f32 + 4.0 + keep);
        self.heading = Some(self.anchor());
        self.outline.push(OutlineEntry {
            level,
            title: text.to_owned(),
            page: self.page(),
            y: self.y,
        });
        let mut items = Vec::new();
        for line in &lines {
            items.push(self.text(self.geo.left, self.y + style.baseline_offset(), style, line));
            self.y += style.leading;
        }
        self.y += 4.0;
        let leaf = self.leaf(items);
        // Level is clamped to 1..=6 and never zero.
        let level =
            std::num::NonZeroU16::new(level.clamp(1, 6)).unwrap_or(std::num::NonZeroU16::MIN);
        SNode::group(Tag::Hn(level, Some(text.to_owned())), vec![leaf])
    }

    /// A wrapped paragraph across the content width.
    pub fn paragraph(&mut self, text: &str, style: Style) -> SNode {
        let left = self.geo.left;
        let width = self.geo.content_width();
        self.paragraph_in(text, style, left, width)
    }

    /// A wrapped paragraph in a column. A page break inside it starts a new
    /// leaf on the new page, under the same paragraph. A break never leaves
    /// fewer than [`MIN_LINES_AT_BREAK`] lines on either side: a paragraph
    /// too short to split that way moves to the next page whole.
    pub fn paragraph_in(&mut self, text: &str, style: Style, x: f32, width: f32) -> SNode {
        let lines = self.fonts.wrap(text, style.bold, style.size, width);
        let mut leaves = Vec::new();
        let mut next = 0;
        let mut broke = false;
        while next < lines.len() {
            let remaining = lines.len() - next;
            let take = self.lines_here(remaining, style.leading);
            if take == 0 {
                // Whole to the next page, with a heading just above it; a
                // second time (never expected) on a plain new page.
                if broke {
                    self.new_page();
                } else {
                    self.break_keeping_heading();
                    broke = true;
                }
                continue;
            }
            let mut items = Vec::new();
            for line in &lines[next..next + take] {
                if !line.is_empty() {
                    items.push(self.text(x, self.y + style.baseline_offset(), style, line));
                }
                self.y += style.leading;
            }
            next += take;
            if next < lines.len() {
                // The paragraph goes on over the page.
                if !items.is_empty() {
                    self.continue_lines(&mut items, true);
                    leaves.push(self.leaf(items));
                }
                self.new_page();
            } else if !items.is_empty() {
                leaves.push(self.leaf(items));
            }
        }
        self.y += style.leading * 0.35;
        SNode::group(Tag::P, leaves)
    }

    /// How many of a paragraph's `remaining` lines go on this page: all that
    /// fit, but never a single line before or after a break; 0 means start
    /// a new page first. A fresh page always takes at least one line.
    pub fn lines_here(&self, remaining: usize, leading: f32) -> usize {
        let room = ((self.geo.bottom - self.y + 0.01) / leading)
            .floor()
            .max(0.0) as usize;
        if self.at_top() {
            return room.max(1).min(remaining);
        }
        if room >= remaining {
            return remaining;
        }
        // Leave at least two lines for the next page, and keep at least two.
        let take = room.min(remaining.saturating_sub(MIN_LINES_AT_BREAK));
        if take < MIN_LINES_AT_BREAK {
            0
        } else {
            take
        }
    }
}
