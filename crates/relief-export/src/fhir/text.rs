//! Text and times as FHIR wants them.
//!
//! FHIR strings must hold something other than whitespace, and the official
//! JSON Schema allows no whitespace but space, tab, CR and LF (a no-break
//! space pasted from a clinic letter would fail it). Notes are the person's
//! words, so they are kept as typed, with only those characters replaced.

use std::borrow::Cow;

use chrono::{DateTime, FixedOffset, SecondsFormat};

/// What becomes of one character of a FHIR string: kept, replaced or dropped.
fn clean(c: char) -> Option<char> {
    match c {
        ' ' | '\t' | '\r' | '\n' => Some(c),
        // Other whitespace (no-break space, line separator, the BOM
        // that JavaScript counts as whitespace) reads as a space.
        c if c.is_whitespace() || c == '\u{feff}' => Some(' '),
        // FHIR strings should not hold control characters.
        c if c.is_control() => None,
        c => Some(c),
    }
}

/// The text as a FHIR string, or `None` when nothing is left of it.
///
/// Almost every text needs no change but trimming, so it is borrowed then,
/// and a copy is made only for a text that holds a character to replace:
/// the export runs this on every note of a ten-year journal.
pub fn string(text: &str) -> Option<Cow<'_, str>> {
    let cleaned = if text.chars().all(|c| clean(c) == Some(c)) {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(text.chars().filter_map(clean).collect())
    };
    // `trim` removes what `is_whitespace` calls whitespace, so a text with
    // nothing to clean trims the same before and after cleaning.
    match cleaned {
        Cow::Borrowed(text) => Some(text.trim())
            .filter(|t| !t.is_empty())
            .map(Cow::Borrowed),
        Cow::Owned(text) => {
            let trimmed = text.trim();
            (!trimmed.is_empty()).then(|| Cow::Owned(trimmed.to_owned()))
        }
    }
}

/// `string` of a text that may already be owned (one made with `format!`),
/// keeping it owned rather than borrowing from a value about to go.
pub fn owned(text: Cow<'_, str>) -> Option<Cow<'_, str>> {
    match text {
        Cow::Borrowed(text) => string(text),
        Cow::Owned(text) => string(&text).map(|t| Cow::Owned(t.into_owned())),
    }
}

/// `string` of an optional text.
pub fn optional(text: Option<&str>) -> Option<Cow<'_, str>> {
    text.and_then(string)
}

/// A FHIR dateTime or instant with the offset the person was in, to the
/// second (and below only when the journal kept more).
pub fn date_time(at: &DateTime<FixedOffset>) -> String {
    at.to_rfc3339_opts(SecondsFormat::AutoSi, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings() {
        assert_eq!(string("  stiff  "), Some("stiff".into()));
        assert!(matches!(string(" stiff "), Some(Cow::Borrowed("stiff"))));
        assert!(matches!(string("\u{a0}stiff"), Some(Cow::Owned(_))));
        assert_eq!(string(" \u{a0} "), None);
        assert_eq!(
            string("a\u{a0}b\u{2028}c\u{7}d\u{feff}"),
            Some("a b cd".into())
        );
        assert_eq!(
            string("<b> & \"é\"\n"),
            Some("<b> & \"é\"".into()),
            "kept as typed"
        );
        assert_eq!(optional(None), None);
        assert_eq!(owned(Cow::Owned(" a\u{7} ".into())), Some("a".into()));
        assert_eq!(owned(Cow::Borrowed("\u{2028}")), None);
    }

    #[test]
    fn times_keep_the_offset() {
        let at = DateTime::parse_from_rfc3339("2026-03-28T22:00:00-05:00").unwrap();
        assert_eq!(date_time(&at), "2026-03-28T22:00:00-05:00");
        let utc = DateTime::parse_from_rfc3339("2026-03-28T22:00:00.250Z").unwrap();
        assert_eq!(date_time(&utc), "2026-03-28T22:00:00.250+00:00");
    }
}
