//! Pain entries: the 0–10 numeric rating scale (NPRS) with an optional note.
//!
//! A `PainDraft` is what the person typed; `validate` turns it into a `ValidPain`
//! that the journal may store, or says which rule it breaks. The draft's score is a
//! float on purpose: the UI may send 4.5, and that deserves a clear "whole number"
//! error rather than a deserialisation failure.

use chrono::{DateTime, Duration, FixedOffset};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::CoreError;

/// Longest note a person can attach, in characters (not bytes).
pub const MAX_NOTE_CHARS: usize = 2000;

/// How far ahead of `now` an entry may be dated. Clocks and time zones disagree a
/// little; a day is generous without letting a typo in the year through.
pub fn max_future() -> Duration {
    Duration::days(1)
}

/// A whole pain score from 0 (no pain) to 10 (worst pain imaginable).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(try_from = "f64", into = "u8")]
#[ts(type = "number")]
pub struct PainScore(u8);

impl PainScore {
    pub fn get(self) -> u8 {
        self.0
    }
}

impl TryFrom<f64> for PainScore {
    type Error = CoreError;

    fn try_from(value: f64) -> Result<Self, CoreError> {
        if !(0.0..=10.0).contains(&value) {
            return Err(CoreError::PainOutOfRange { value });
        }
        if value.fract() != 0.0 {
            return Err(CoreError::PainNotWhole { value });
        }
        // In range and whole, so the cast is exact.
        Ok(PainScore(value as u8))
    }
}

impl From<PainScore> for u8 {
    fn from(score: PainScore) -> u8 {
        score.0
    }
}

/// What the person entered, before any rule has looked at it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct PainDraft {
    /// 0–10; must be a whole number.
    pub score: f64,
    /// Free text; blank means no note.
    #[serde(default)]
    #[ts(optional)]
    pub note: Option<String>,
    /// When the pain was felt, RFC 3339 with offset. Absent means now.
    #[serde(default)]
    #[ts(optional)]
    pub recorded_at: Option<String>,
}

/// A pain entry that has passed every rule and may be stored.
#[derive(Debug, Clone, PartialEq)]
pub struct ValidPain {
    pub score: PainScore,
    pub note: Option<String>,
    pub recorded_at: DateTime<FixedOffset>,
}

/// A stored pain entry, as the journal returns it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct PainEntry {
    #[ts(type = "number")]
    pub id: i64,
    pub score: PainScore,
    pub note: Option<String>,
    /// RFC 3339 with the offset the person was in when they felt it.
    #[ts(type = "string")]
    pub recorded_at: DateTime<FixedOffset>,
    #[ts(type = "string")]
    pub updated_at: DateTime<FixedOffset>,
}

impl PainDraft {
    /// Checks every rule against `now` (the person's local time).
    pub fn validate(&self, now: DateTime<FixedOffset>) -> Result<ValidPain, CoreError> {
        let score = PainScore::try_from(self.score)?;
        let note = normalise_note(self.note.as_deref())?;
        let recorded_at = match self.recorded_at.as_deref().map(str::trim) {
            None | Some("") => now,
            Some(text) => parse_time(text)?,
        };
        if recorded_at > now + max_future() {
            return Err(CoreError::TimeInFuture {
                value: recorded_at.to_rfc3339(),
            });
        }
        Ok(ValidPain {
            score,
            note,
            recorded_at,
        })
    }
}

fn normalise_note(note: Option<&str>) -> Result<Option<String>, CoreError> {
    bounded_text(note, MAX_NOTE_CHARS).map_err(|length| CoreError::NoteTooLong {
        length,
        max: MAX_NOTE_CHARS,
    })
}

/// Trimmed text, or `None` when blank; `Err(length)` when it is longer than `max`
/// characters (not bytes: a note in Greek is as long as one in English).
pub(crate) fn bounded_text(text: Option<&str>, max: usize) -> Result<Option<String>, usize> {
    let Some(text) = text.map(str::trim).filter(|t| !t.is_empty()) else {
        return Ok(None);
    };
    let length = text.chars().count();
    if length > max {
        return Err(length);
    }
    Ok(Some(text.to_owned()))
}

fn parse_time(text: &str) -> Result<DateTime<FixedOffset>, CoreError> {
    DateTime::parse_from_rfc3339(text).map_err(|_| CoreError::TimeUnreadable {
        value: text.chars().take(64).collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: &str = "2026-03-29T09:30:00+01:00";

    fn now() -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(NOW).unwrap()
    }

    fn draft(score: f64, note: Option<&str>, at: Option<&str>) -> PainDraft {
        PainDraft {
            score,
            note: note.map(String::from),
            recorded_at: at.map(String::from),
        }
    }

    /// One row per case: the draft and the code it must fail with, or None if valid.
    fn check(d: PainDraft, expected_error: Option<&str>) {
        let result = d.validate(now());
        assert_eq!(
            result.as_ref().err().map(CoreError::code),
            expected_error,
            "draft {d:?} gave {result:?}"
        );
    }

    #[test]
    fn scores() {
        check(draft(0.0, None, None), None);
        check(draft(10.0, None, None), None);
        check(draft(5.0, None, None), None);
        check(draft(-1.0, None, None), Some("pain_out_of_range"));
        check(draft(11.0, None, None), Some("pain_out_of_range"));
        check(draft(4.5, None, None), Some("pain_not_whole"));
        check(draft(f64::NAN, None, None), Some("pain_out_of_range"));
        check(draft(f64::INFINITY, None, None), Some("pain_out_of_range"));
    }

    #[test]
    fn notes() {
        let longest = "é".repeat(MAX_NOTE_CHARS);
        let too_long = "a".repeat(MAX_NOTE_CHARS + 1);
        check(draft(3.0, Some(&longest), None), None);
        check(draft(3.0, Some(&too_long), None), Some("note_too_long"));
        let blank = draft(3.0, Some("   "), None).validate(now()).unwrap();
        assert_eq!(blank.note, None, "a blank note is no note");
        let padded = draft(3.0, Some("  stiff  "), None).validate(now()).unwrap();
        assert_eq!(padded.note.as_deref(), Some("stiff"));
    }

    #[test]
    fn times() {
        check(draft(3.0, None, Some("2026-03-29T09:00:00+01:00")), None);
        check(draft(3.0, None, Some("2026-03-30T09:30:00+01:00")), None);
        check(
            draft(3.0, None, Some("2026-03-30T09:30:01+01:00")),
            Some("time_in_future"),
        );
        check(
            draft(3.0, None, Some("2027-03-29T09:30:00+01:00")),
            Some("time_in_future"),
        );
        check(draft(3.0, None, Some("yesterday")), Some("time_unreadable"));
        check(
            draft(3.0, None, Some("2026-02-30T10:00:00Z")),
            Some("time_unreadable"),
        );
        let defaulted = draft(3.0, None, None).validate(now()).unwrap();
        assert_eq!(defaulted.recorded_at, now(), "no time means now");
    }

    #[test]
    fn the_offset_the_person_was_in_is_kept() {
        let valid = draft(2.0, None, Some("2026-03-28T22:00:00-05:00"))
            .validate(now())
            .unwrap();
        assert_eq!(valid.recorded_at.offset().local_minus_utc(), -5 * 3600);
    }

    #[test]
    fn a_score_deserialises_only_when_valid() {
        let ok: Result<PainScore, _> = serde_json::from_str("7");
        assert_eq!(ok.unwrap().get(), 7);
        assert!(serde_json::from_str::<PainScore>("7.5").is_err());
        assert!(serde_json::from_str::<PainScore>("12").is_err());
    }
}
