//! Text and times as FHIR wants them.
//!
//! FHIR strings must hold something other than whitespace, and the official
//! JSON Schema allows no whitespace but space, tab, CR and LF (a no-break
//! space pasted from a clinic letter would fail it). Notes are the person's
//! words, so they are kept as typed, with only those characters replaced.

use chrono::{DateTime, FixedOffset, SecondsFormat};

/// The text as a FHIR string, or `None` when nothing is left of it.
pub fn string(text: &str) -> Option<String> {
    let cleaned: String = text
        .chars()
        .filter_map(|c| match c {
            ' ' | '\t' | '\r' | '\n' => Some(c),
            // Other whitespace (no-break space, line separator, the BOM
            // that JavaScript counts as whitespace) reads as a space.
            c if c.is_whitespace() || c == '\u{feff}' => Some(' '),
            // FHIR strings should not hold control characters.
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect();
    let trimmed = cleaned.trim();
    (!trimmed.is_empty()).then(|| trimmed.to_owned())
}

/// `string` of an optional text.
pub fn optional(text: Option<&str>) -> Option<String> {
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
    }

    #[test]
    fn times_keep_the_offset() {
        let at = DateTime::parse_from_rfc3339("2026-03-28T22:00:00-05:00").unwrap();
        assert_eq!(date_time(&at), "2026-03-28T22:00:00-05:00");
        let utc = DateTime::parse_from_rfc3339("2026-03-28T22:00:00.250Z").unwrap();
        assert_eq!(date_time(&utc), "2026-03-28T22:00:00.250+00:00");
    }
}
