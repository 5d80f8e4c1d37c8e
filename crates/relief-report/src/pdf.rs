//! Turns the laid-out pages into a PDF with krilla: marked content, the tag
//! tree, bookmarks, metadata (title, language), and PDF/UA-1 validation.
//!
//! PDF/UA-1 is asked for because krilla then checks for us what a screen
//! reader needs and a human reviewer would miss: a title, a language,
//! headings with titles, alt text on the figure, an outline, and no glyph
//! without a Unicode meaning. A failed check is returned as an error, never
//! written as a PDF that only looks right.

use chrono::{Datelike, NaiveDate};
use krilla::color::rgb;
use krilla::configure::{Configuration, Validator};
use krilla::destination::XyzDestination;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::{DateTime, Metadata};
use krilla::outline::{Outline, OutlineNode};
use krilla::page::PageSettings;
use krilla::paint::{Fill, LineCap, LineJoin, Stroke, StrokeDash};
use krilla::surface::Surface;
use krilla::tagging::{ArtifactType, ContentTag, Identifier, Node, SpanTag, TagGroup, TagTree};
use krilla::{Document, SerializeSettings};

use crate::layout::{Flow, Item, Mark, OutlineEntry, Rgb, SNode};
use crate::text::Fonts;
use crate::ReportError;

/// What the document says about itself.
pub(crate) struct DocInfo<'a> {
    pub title: &'a str,
    pub language: &'a str,
    pub created: NaiveDate,
}

/// Writes the pages of `flow` with `roots` as the structure tree.
pub(crate) fn write(flow: Flow, roots: Vec<SNode>, info: DocInfo) -> Result<Vec<u8>, ReportError> {
    let settings = SerializeSettings {
        configuration: Configuration::new_with_validator(Validator::UA1),
        enable_tagging: true,
        ..SerializeSettings::default()
    };
    let mut document = Document::new_with(settings);
    let mut ids: Vec<Vec<Identifier>> = vec![Vec::new(); flow.leaf_count()];
    let page_settings = PageSettings::from_wh(flow.geo.width, flow.geo.height)
        .ok_or_else(|| ReportError::Pdf("invalid page size".to_owned()))?;

    for chunks in &flow.pages {
        let mut page = document.start_page_with(page_settings.clone());
        let mut surface = page.surface();
        for chunk in chunks {
            match chunk.mark {
                Mark::Artifact(kind) => {
                    surface.start_tagged(ContentTag::Artifact(kind));
                    for item in &chunk.items {
                        draw(&mut surface, flow.fonts, item);
                    }
                    surface.end_tagged();
                }
                Mark::Content { leaf, figure: true } => {
                    let id = surface.start_tagged(ContentTag::Other);
                    for item in &chunk.items {
                        draw(&mut surface, flow.fonts, item);
                    }
                    surface.end_tagged();
                    if let Some(slot) = ids.get_mut(leaf) {
                        slot.push(id);
                    }
                }
                Mark::Content {
                    leaf,
                    figure: false,
                } => {
                    // One span per line of text, as PDF/UA asks; anything
                    // else in a text leaf is decoration.
                    for item in &chunk.items {
                        if matches!(item, Item::Text { .. }) {
                            let id = surface.start_tagged(ContentTag::Span(SpanTag::empty()));
                            draw(&mut surface, flow.fonts, item);
                            surface.end_tagged();
                            if let Some(slot) = ids.get_mut(leaf) {
                                slot.push(id);
                            }
                        } else {
                            surface.start_tagged(ContentTag::Artifact(ArtifactType::Other));
                            draw(&mut surface, flow.fonts, item);
                            surface.end_tagged();
                        }
                    }
                }
            }
        }
        surface.finish();
        page.finish();
    }

    let mut tree = TagTree::new().with_lang(Some(info.language.to_owned()));
    for root in roots {
        for node in to_nodes(root, &mut ids) {
            tree.push(node);
        }
    }
    document.set_tag_tree(tree);
    document.set_outline(outline(&flow.outline));
    let created = DateTime::new(u16::try_from(info.created.year()).unwrap_or(2000))
        .month(info.created.month() as u8)
        .day(info.created.day() as u8);
    document.set_metadata(
        Metadata::new()
            .title(info.title.to_owned())
            .language(info.language.to_owned())
            .creator("Relief Window".to_owned())
            .creation_date(created),
    );
    document
        .finish()
        .map_err(|error| ReportError::Pdf(format!("{error:?}")))
}

/// The krilla nodes for a structure node: a leaf becomes its marked-content
/// identifiers (one per line of text), a group keeps its tag.
fn to_nodes(node: SNode, ids: &mut [Vec<Identifier>]) -> Vec<Node> {
    match node {
        SNode::Leaf(leaf) => ids
            .get_mut(leaf)
            .map(std::mem::take)
            .unwrap_or_default()
            .into_iter()
            .map(Node::from)
            .collect(),
        SNode::Group(tag, children) => {
            let children: Vec<Node> = children
                .into_iter()
                .flat_map(|child| to_nodes(child, ids))
                .collect();
            // krilla drops empty groups itself; dropping them here too keeps
            // the rule in one obvious place.
            if children.is_empty() {
                Vec::new()
            } else {
                vec![Node::from(TagGroup::with_children(tag, children))]
            }
        }
    }
}

/// Bookmarks from the headings: level 2 under the title, level 3 under
/// its section.
fn outline(entries: &[OutlineEntry]) -> Outline {
    let mut outline = Outline::new();
    let mut stack: Vec<(u16, OutlineNode)> = Vec::new();
    let attach = |stack: &mut Vec<(u16, OutlineNode)>, outline: &mut Outline| {
        if let Some((_, node)) = stack.pop() {
            match stack.last_mut() {
                Some((_, parent)) => parent.push_child(node),
                None => outline.push_child(node),
            }
        }
    };
    for entry in entries {
        while stack.last().is_some_and(|(level, _)| *level >= entry.level) {
            attach(&mut stack, &mut outline);
        }
        let destination = XyzDestination::new(entry.page, Point::from_xy(0.0, entry.y));
        stack.push((
            entry.level,
            OutlineNode::new(entry.title.clone(), destination),
        ));
    }
    while !stack.is_empty() {
        attach(&mut stack, &mut outline);
    }
    outline
}

fn paint(c: Rgb) -> krilla::paint::Paint {
    rgb::Color::new(c.0, c.1, c.2).into()
}

fn fill(c: Rgb) -> Fill {
    Fill {
        paint: paint(c),
        ..Fill::default()
    }
}

/// Draws one item with the surface's fill and stroke set for it.
fn draw(surface: &mut Surface, fonts: &Fonts, item: &Item) {
    match item {
        Item::Text {
            x,
            y,
            size,
            colour,
            shaped,
        } => {
            if shaped.glyphs.is_empty() {
                return;
            }
            surface.set_stroke(None);
            surface.set_fill(Some(fill(*colour)));
            surface.draw_glyphs(
                Point::from_xy(*x, *y),
                &shaped.glyphs,
                fonts.face(shaped.bold).pdf.clone(),
                &shaped.text,
                *size,
                false,
            );
        }
        Item::Rect {
            x,
            y,
            w,
            h,
            fill: c,
        } => {
            let Some(rect) = Rect::from_xywh(*x, *y, *w, *h) else {
                return;
            };
            let mut builder = PathBuilder::new();
            builder.push_rect(rect);
            if let Some(path) = builder.finish() {
                surface.set_stroke(None);
                surface.set_fill(Some(fill(*c)));
                surface.draw_path(&path);
            }
        }
        Item::Line {
            points,
            width,
            colour,
            dash,
        } => {
            let mut builder = PathBuilder::new();
            let mut iter = points.iter();
            let Some(&(x0, y0)) = iter.next() else {
                return;
            };
            builder.move_to(x0, y0);
            let mut any = false;
            for &(x, y) in iter {
                builder.line_to(x, y);
                any = true;
            }
            if !any {
                return;
            }
            if let Some(path) = builder.finish() {
                surface.set_fill(None);
                surface.set_stroke(Some(Stroke {
                    paint: paint(*colour),
                    width: *width,
                    line_cap: if dash.is_some() {
                        LineCap::Butt
                    } else {
                        LineCap::Round
                    },
                    line_join: LineJoin::Round,
                    dash: dash.map(|[on, off]| StrokeDash {
                        array: vec![on, off],
                        offset: 0.0,
                    }),
                    ..Stroke::default()
                }));
                surface.draw_path(&path);
                surface.set_stroke(None);
            }
        }
        Item::Dots {
            centres,
            radius,
            fill: c,
        } => {
            let mut builder = PathBuilder::new();
            for &(cx, cy) in centres {
                circle(&mut builder, cx, cy, *radius);
            }
            if let Some(path) = builder.finish() {
                surface.set_stroke(None);
                surface.set_fill(Some(fill(*c)));
                surface.draw_path(&path);
            }
        }
    }
}

/// A circle from four cubic Béziers (the usual 0.5523 handle length).
fn circle(builder: &mut PathBuilder, cx: f32, cy: f32, r: f32) {
    let k = 0.552_284_8 * r;
    builder.move_to(cx + r, cy);
    builder.cubic_to(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
    builder.cubic_to(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
    builder.cubic_to(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
    builder.cubic_to(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
    builder.close();
}
