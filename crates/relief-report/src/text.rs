//! The embedded font, shaping, measuring and line breaking.
//!
//! Text is shaped once with rustybuzz (the shaper krilla uses inside
//! `draw_text`) and the glyphs are handed to krilla as they are, so the width
//! used to wrap or right-align a line is exactly the width drawn.
//!
//! Before shaping, characters the font lacks become `?` and control
//! characters become spaces: a patient's emoji must not make a glyph-less box
//! (which PDF/UA forbids and which would fail the export).

use std::borrow::Cow;

use krilla::text::{Font, GlyphId, KrillaGlyph};

static REGULAR_TTF: &[u8] = include_bytes!("../fonts/AtkinsonHyperlegible-Regular.ttf");
static BOLD_TTF: &[u8] = include_bytes!("../fonts/AtkinsonHyperlegible-Bold.ttf");

/// One face: what krilla embeds and what rustybuzz shapes with.
pub(crate) struct Face {
    pub pdf: Font,
    shaper: rustybuzz::Face<'static>,
    units_per_em: f32,
}

impl Face {
    fn load(data: &'static [u8]) -> Face {
        // The bytes are compiled in and known good: failing here is a bug in
        // the build, not something a report's data can cause.
        let pdf = Font::new(data.into(), 0).expect("embedded TTF must parse (krilla)");
        let shaper =
            rustybuzz::Face::from_slice(data, 0).expect("embedded TTF must parse (rustybuzz)");
        let units_per_em = shaper.units_per_em().max(1) as f32;
        Face {
            pdf,
            shaper,
            units_per_em,
        }
    }
}

/// Text shaped in one face, ready to draw. Advances are in ems (font size 1).
#[derive(Debug, Clone)]
pub(crate) struct Shaped {
    pub text: String,
    pub glyphs: Vec<KrillaGlyph>,
    pub width_em: f32,
    pub bold: bool,
}

impl Shaped {
    /// Width in points at `size`.
    pub fn width(&self, size: f32) -> f32 {
        self.width_em * size
    }
}

/// The report's two faces.
pub(crate) struct Fonts {
    pub regular: Face,
    pub bold: Face,
}

impl Fonts {
    pub fn load() -> Fonts {
        Fonts {
            regular: Face::load(REGULAR_TTF),
            bold: Face::load(BOLD_TTF),
        }
    }

    pub fn face(&self, bold: bool) -> &Face {
        if bold {
            &self.bold
        } else {
            &self.regular
        }
    }

    /// Replaces what the font cannot draw. Both faces cover the same
    /// characters, so the regular one decides.
    pub fn clean<'a>(&self, text: &'a str) -> Cow<'a, str> {
        let face = &self.regular.shaper;
        let ok = |c: char| c == ' ' || (!c.is_control() && face.glyph_index(c).is_some());
        if text.chars().all(ok) {
            return Cow::Borrowed(text);
        }
        Cow::Owned(
            text.chars()
                .map(|c| match c {
                    c if ok(c) => c,
                    c if c.is_whitespace() || c.is_control() => ' ',
                    _ => '?',
                })
                .collect(),
        )
    }

    /// Shapes one line (no line breaks inside) left to right.
    pub fn shape(&self, text: &str, bold: bool) -> Shaped {
        let text = self.clean(text).into_owned();
        let face = self.face(bold);
        let mut buffer = rustybuzz::UnicodeBuffer::new();
        buffer.push_str(&text);
        buffer.set_direction(rustybuzz::Direction::LeftToRight);
        buffer.guess_segment_properties();
        let output = rustybuzz::shape(&face.shaper, &[], buffer);
        let infos = output.glyph_infos();
        let positions = output.glyph_positions();
        let upem = face.units_per_em;
        let mut glyphs = Vec::with_capacity(infos.len());
        let mut width = 0.0;
        for (i, (info, pos)) in infos.iter().zip(positions).enumerate() {
            let start = info.cluster as usize;
            // A cluster runs to the next glyph's cluster (left to right),
            // which is what lets krilla map glyphs back to text for copying.
            let end = infos[i + 1..]
                .iter()
                .map(|next| next.cluster as usize)
                .find(|&c| c != start)
                .unwrap_or(text.len());
            let advance = pos.x_advance as f32 / upem;
            width += advance;
            glyphs.push(KrillaGlyph::new(
                GlyphId::new(info.glyph_id),
                advance,
                pos.x_offset as f32 / upem,
                pos.y_offset as f32 / upem,
                pos.y_advance as f32 / upem,
                start..end.max(start),
                None,
            ));
        }
        Shaped {
            text,
            glyphs,
            width_em: width,
            bold,
        }
    }

    /// Width of `text` in points.
    pub fn width(&self, text: &str, bold: bool, size: f32) -> f32 {
        self.shape(text, bold).width(size)
    }

    /// Breaks `text` into lines no wider than `max_width` points. Newlines in
    /// the text start new lines; a word longer than a line is cut between
    /// characters, since a long URL must still fit the page.
    pub fn wrap(&self, text: &str, bold: bool, size: f32, max_width: f32) -> Vec<String> {
        let mut lines = Vec::new();
        let space = self.width(" ", bold, size);
        for paragraph in text.split('\n') {
            let mut line = String::new();
            let mut line_width = 0.0;
            for word in paragraph.split_whitespace() {
                let mut word_width = self.width(word, bold, size);
                let mut word = Cow::Borrowed(word);
                let gap = if line.is_empty() { 0.0 } else { space };
                if line_width + gap + word_width <= max_width {
                    if !line.is_empty() {
                        line.push(' ');
                    }
                    line.push_str(&word);
                    line_width += gap + word_width;
                    continue;
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                // Cut words that alone are wider than a line.
                while word_width > max_width {
                    let (head, tail) = self.split_to_fit(&word, bold, size, max_width);
                    lines.push(head);
                    word = Cow::Owned(tail);
                    word_width = self.width(&word, bold, size);
                }
                line = word.into_owned();
                line_width = word_width;
            }
            if !line.is_empty() || lines.is_empty() {
                lines.push(line);
            }
        }
        // A text of only blank lines still yields one (empty) line, never a
        // trailing run of empties.
        while lines.len() > 1 && lines.last().is_some_and(String::is_empty) {
            lines.pop();
        }
        lines
    }

    /// The longest prefix of `word` (at least one character) that fits.
    fn split_to_fit(&self, word: &str, bold: bool, size: f32, max_width: f32) -> (String, String) {
        let mut cut = word
            .char_indices()
            .nth(1)
            .map_or(word.len(), |(index, _)| index);
        for (index, _) in word.char_indices().skip(1) {
            if self.width(&word[..index], bold, size) > max_width {
                break;
            }
            cut = index;
        }
        (word[..cut].to_owned(), word[cut..].to_owned())
    }

    /// Cuts `text` to at most `max_chars` characters at a word boundary.
    /// Returns whether anything was cut.
    pub fn truncate(text: &str, max_chars: usize) -> (String, bool) {
        if text.chars().count() <= max_chars {
            return (text.to_owned(), false);
        }
        let end = text
            .char_indices()
            .nth(max_chars)
            .map_or(text.len(), |(index, _)| index);
        let head = &text[..end];
        let head = match head.rfind(char::is_whitespace) {
            Some(space) if space > end / 2 => &head[..space],
            _ => head,
        };
        (format!("{}…", head.trim_end()), true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_within_the_width() {
        let fonts = Fonts::load();
        let text =
            "Walking the dog was easier today, though sitting at work still hurts after an hour.";
        let lines = fonts.wrap(text, false, 11.0, 150.0);
        assert!(lines.len() > 2);
        for line in &lines {
            assert!(fonts.width(line, false, 11.0) <= 150.0, "{line}");
        }
        assert_eq!(lines.join(" "), text);
    }

    #[test]
    fn cuts_words_longer_than_a_line() {
        let fonts = Fonts::load();
        let word = "x".repeat(400);
        let lines = fonts.wrap(&word, false, 11.0, 100.0);
        assert!(lines.len() > 3);
        assert_eq!(lines.concat(), word);
    }

    #[test]
    fn keeps_newlines_and_handles_empty() {
        let fonts = Fonts::load();
        assert_eq!(fonts.wrap("a\nb", false, 11.0, 300.0), vec!["a", "b"]);
        assert_eq!(fonts.wrap("", false, 11.0, 300.0), vec![""]);
        assert_eq!(fonts.wrap("  \n ", false, 11.0, 300.0), vec![""]);
    }

    #[test]
    fn replaces_what_the_font_lacks() {
        let fonts = Fonts::load();
        assert_eq!(
            fonts.clean("pain 3 – 5 × 2 ± 1 😀\t中"),
            "pain 3 – 5 × 2 ± 1 ? ?"
        );
        assert_eq!(fonts.shape("😀", false).text, "?");
    }

    #[test]
    fn truncates_at_a_word() {
        let (short, cut) = Fonts::truncate("one two three four", 100);
        assert_eq!((short.as_str(), cut), ("one two three four", false));
        let (short, cut) = Fonts::truncate("one two three four", 10);
        assert!(cut);
        assert_eq!(short, "one two…");
    }
}
