//! The footer on every page: the disclaimer and "Page X of Y", added after
//! the content so the number of pages is known.
//!
//! The disclaimer is real content once (on page one, tagged as a paragraph
//! at the end of the reading order) and a footer artifact on the other
//! pages, so a screen reader reads it once rather than on every page.

use krilla::tagging::{ArtifactType, Tag};

use crate::layout::{colour, Flow, Item, SNode, SMALL};
use crate::words::{fill, Words};

/// Draws every page's footer; returns page one's disclaimer paragraph.
pub(crate) fn footers(flow: &mut Flow, words: &Words) -> SNode {
    let pages = flow.pages.len();
    let geo = flow.geo;
    let rule_y = geo.bottom + 16.0;
    let mut first = SNode::group(Tag::P, Vec::new());
    for page in 0..pages {
        let number = fill(
            &words.page_of,
            &[
                ("page", &(page + 1).to_string()),
                ("pages", &pages.to_string()),
            ],
        );
        let number_width = flow.width(&number, SMALL);
        let text_width = geo.content_width() - number_width - 24.0;
        let lines = flow
            .fonts
            .wrap(&words.disclaimer, false, SMALL.size, text_width);
        let mut y = rule_y + 6.0;
        let mut items = Vec::new();
        for line in &lines {
            items.push(flow.text(geo.left, y + SMALL.baseline_offset(), SMALL, line));
            y += SMALL.leading;
        }
        flow.artifact_on(
            page,
            ArtifactType::Footer,
            vec![Item::Line {
                points: vec![(geo.left, rule_y), (geo.right, rule_y)],
                width: 0.6,
                colour: colour::RULE,
                dash: None,
            }],
        );
        if page == 0 {
            first = SNode::group(Tag::P, vec![flow.leaf_on(0, items, false)]);
        } else {
            flow.artifact_on(page, ArtifactType::Footer, items);
        }
        let number_item = flow.text(
            geo.right - number_width,
            rule_y + 6.0 + SMALL.baseline_offset(),
            SMALL,
            &number,
        );
        flow.artifact_on(page, ArtifactType::Footer, vec![number_item]);
    }
    first
}
