//! The pain diary: a 0–10 numeric rating scale (NPRS) score with an optional
//! note, and, when the person wants to say more, the worst and average pain of
//! the last 24 hours, how much pain got in the way of activity (0–10, as in
//! the Brief Pain Inventory's interference items) and a few tags for when it
//! hurt. Also the day's walking minutes, logged beside the diary.
//!
//! A `PainDraft` is what the person typed; `validate` turns it into a `ValidPain`
//! that the journal may store, or says which rule it breaks and in which field.
//! The draft's numbers are floats on purpose: the UI may send 4.5, and that
//! deserves a clear "whole number" error rather than a deserialisation failure.
//! Every addition to the diary is optional, so an entry of a score alone is
//! as complete as it ever was.

use chrono::{DateTime, Duration, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::records::check_date;
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

impl PainScore {
    /// A rating of another diary field on the same 0–10 scale, with errors that
    /// name the field (`worst24h`), so the UI can point at it.
    pub fn rating(field: &'static str, value: f64) -> Result<PainScore, CoreError> {
        PainScore::try_from(value).map_err(|e| match e {
            CoreError::PainNotWhole { value } => CoreError::RatingNotWhole { field, value },
            _ => CoreError::RatingOutOfRange { field, value },
        })
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

/// When or around what the pain was felt. A set: each tag at most once.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub enum PainTag {
    Morning,
    AfterExercise,
    Work,
    Sleep,
}

impl PainTag {
    pub const ALL: [PainTag; 4] = [
        PainTag::Morning,
        PainTag::AfterExercise,
        PainTag::Work,
        PainTag::Sleep,
    ];

    /// The tag's name as it appears in JSON and in the journal.
    pub fn name(self) -> &'static str {
        match self {
            PainTag::Morning => "morning",
            PainTag::AfterExercise => "afterExercise",
            PainTag::Work => "work",
            PainTag::Sleep => "sleep",
        }
    }

    pub fn from_name(name: &str) -> Option<PainTag> {
        PainTag::ALL.into_iter().find(|t| t.name() == name)
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
    /// The worst pain of the last 24 hours, 0–10, whole.
    #[serde(default, rename = "worst24h")]
    #[ts(optional, rename = "worst24h")]
    pub worst_24h: Option<f64>,
    /// The average pain of the last 24 hours, 0–10, whole.
    #[serde(default, rename = "average24h")]
    #[ts(optional, rename = "average24h")]
    pub average_24h: Option<f64>,
    /// How much pain got in the way of activity, 0 (not at all) to 10
    /// (completely), whole.
    #[serde(default)]
    #[ts(optional)]
    pub interference: Option<f64>,
    /// A set: a tag given twice counts once.
    #[serde(default)]
    #[ts(optional)]
    pub tags: Option<Vec<PainTag>>,
}

/// A pain entry that has passed every rule and may be stored.
#[derive(Debug, Clone, PartialEq)]
pub struct ValidPain {
    pub score: PainScore,
    pub note: Option<String>,
    pub recorded_at: DateTime<FixedOffset>,
    pub worst_24h: Option<PainScore>,
    pub average_24h: Option<PainScore>,
    pub interference: Option<PainScore>,
    /// Each tag once, in `PainTag::ALL` order.
    pub tags: Vec<PainTag>,
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
    /// The worst pain of the last 24 hours. Like every diary addition, absent
    /// from the JSON when not given, so entries written before the additions
    /// existed read (and serialise) exactly as they did.
    #[serde(default, rename = "worst24h", skip_serializing_if = "Option::is_none")]
    #[ts(optional, rename = "worst24h")]
    pub worst_24h: Option<PainScore>,
    #[serde(
        default,
        rename = "average24h",
        skip_serializing_if = "Option::is_none"
    )]
    #[ts(optional, rename = "average24h")]
    pub average_24h: Option<PainScore>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub interference: Option<PainScore>,
    /// Each tag once, in `PainTag::ALL` order; absent when none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[ts(as = "Option<Vec<PainTag>>", optional)]
    pub tags: Vec<PainTag>,
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
        check_date(recorded_at.date_naive())?;
        if recorded_at > now + max_future() {
            return Err(CoreError::TimeInFuture {
                value: recorded_at.to_rfc3339(),
            });
        }
        let rating =
            |field, value: Option<f64>| value.map(|v| PainScore::rating(field, v)).transpose();
        Ok(ValidPain {
            score,
            note,
            recorded_at,
            worst_24h: rating("worst24h", self.worst_24h)?,
            average_24h: rating("average24h", self.average_24h)?,
            interference: rating("interference", self.interference)?,
            tags: tag_set(self.tags.as_deref().unwrap_or_default()),
        })
    }
}

/// Tags as a set, in `PainTag::ALL` order: a tag ticked twice (a double click,
/// two devices' drafts merged) is one tag, not a mistake to report.
pub fn tag_set(tags: &[PainTag]) -> Vec<PainTag> {
    PainTag::ALL
        .into_iter()
        .filter(|t| tags.contains(t))
        .collect()
}

/// The most minutes of walking a day can hold.
pub const MAX_WALKING_MINUTES: u16 = 24 * 60;

/// Minutes walked on one of the person's days, as they logged them. One number a
/// day: logging again replaces it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct Walk {
    #[ts(type = "string")]
    pub date: NaiveDate,
    pub minutes: u16,
}

impl Walk {
    /// Checks `minutes` (whole, 0 to a day) and `date` (not after `today`, the
    /// person's local date, nor before `EARLIEST_DATE`). Zero is a real
    /// answer: "I did not walk today".
    pub fn new(date: NaiveDate, minutes: f64, today: NaiveDate) -> Result<Walk, CoreError> {
        if !(0.0..=f64::from(MAX_WALKING_MINUTES)).contains(&minutes) || minutes.fract() != 0.0 {
            return Err(CoreError::WalkingOutOfRange { value: minutes });
        }
        check_date(date)?;
        if date > today {
            return Err(CoreError::DateInFuture {
                field: "date".into(),
                value: date.to_string(),
            });
        }
        // In range and whole, so the cast is exact.
        Ok(Walk {
            date,
            minutes: minutes as u16,
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
            ..diary(None, None, None, None)
        }
    }

    fn diary(
        worst: Option<f64>,
        average: Option<f64>,
        interference: Option<f64>,
        tags: Option<Vec<PainTag>>,
    ) -> PainDraft {
        PainDraft {
            score: 4.0,
            note: None,
            recorded_at: None,
            worst_24h: worst,
            average_24h: average,
            interference,
            tags,
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
        check(draft(3.0, None, Some("1980-01-01T00:00:00+01:00")), None);
        check(
            draft(3.0, None, Some("1979-12-31T23:59:59+01:00")),
            Some("date_implausible"),
        );
        check(
            draft(3.0, None, Some("1970-01-01T00:00:00Z")),
            Some("date_implausible"),
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
    fn the_diary_additions() {
        /// One row per case: the draft, and the field and code it must fail
        /// with, or None if valid.
        fn check_field(d: PainDraft, expected: Option<(&str, &str)>) {
            let result = d.validate(now());
            let got = result
                .as_ref()
                .err()
                .map(|e| (e.field().unwrap_or("-"), e.code()));
            assert_eq!(got, expected, "draft {d:?} gave {result:?}");
        }
        check_field(diary(Some(0.0), Some(10.0), Some(5.0), None), None);
        check_field(
            diary(Some(11.0), None, None, None),
            Some(("worst24h", "pain_out_of_range")),
        );
        check_field(
            diary(None, Some(-1.0), None, None),
            Some(("average24h", "pain_out_of_range")),
        );
        check_field(
            diary(None, Some(2.5), None, None),
            Some(("average24h", "pain_not_whole")),
        );
        check_field(
            diary(None, None, Some(f64::NAN), None),
            Some(("interference", "pain_out_of_range")),
        );
        check_field(
            diary(None, None, Some(0.5), None),
            Some(("interference", "pain_not_whole")),
        );
        let tags = diary(
            None,
            None,
            None,
            Some(vec![PainTag::Sleep, PainTag::Morning, PainTag::Sleep]),
        )
        .validate(now())
        .unwrap();
        assert_eq!(
            tags.tags,
            [PainTag::Morning, PainTag::Sleep],
            "a set, in order"
        );
        let plain = draft(3.0, None, None).validate(now()).unwrap();
        assert_eq!(
            (plain.worst_24h, plain.average_24h, plain.interference),
            (None, None, None)
        );
        assert!(plain.tags.is_empty());
    }

    #[test]
    fn json_without_the_diary_additions_still_reads() {
        let d: PainDraft = serde_json::from_str(r#"{"score":3,"note":"stiff"}"#).unwrap();
        assert_eq!((d.worst_24h, d.tags), (None, None));
        let full: PainDraft = serde_json::from_str(
            r#"{"score":3,"worst24h":6,"average24h":4,"interference":2,"tags":["afterExercise","work"]}"#,
        )
        .unwrap();
        assert_eq!(full.tags, Some(vec![PainTag::AfterExercise, PainTag::Work]));
        assert!(serde_json::from_str::<PainDraft>(r#"{"score":3,"tags":["monday"]}"#).is_err());
        for tag in PainTag::ALL {
            assert_eq!(
                serde_json::to_value(tag).unwrap(),
                tag.name(),
                "the journal's name is the JSON one"
            );
            assert_eq!(PainTag::from_name(tag.name()), Some(tag));
        }

        let old = r#"{"id":1,"score":3,"note":null,"recordedAt":"2026-03-29T09:00:00+01:00","updatedAt":"2026-03-29T09:00:00+01:00"}"#;
        let entry: PainEntry = serde_json::from_str(old).unwrap();
        assert!(entry.tags.is_empty());
        let back = serde_json::to_value(&entry).unwrap();
        assert_eq!(
            back,
            serde_json::from_str::<serde_json::Value>(old).unwrap(),
            "unchanged"
        );
        let tagged = PainEntry {
            worst_24h: Some(PainScore(7)),
            tags: vec![PainTag::Morning],
            ..entry
        };
        let json = serde_json::to_value(&tagged).unwrap();
        assert_eq!(json["worst24h"], 7);
        assert_eq!(json["tags"], serde_json::json!(["morning"]));
        assert!(json.get("average24h").is_none());
    }

    #[test]
    fn walks() {
        let today = now().date_naive();
        let day = |d: i64| today + Duration::days(d);
        let check = |date: NaiveDate, minutes: f64, expected: Result<u16, &str>| {
            let got = Walk::new(date, minutes, today)
                .map(|w| w.minutes)
                .map_err(|e| e.code());
            assert_eq!(got, expected, "{date} {minutes}");
        };
        check(today, 0.0, Ok(0));
        check(day(-400), 1440.0, Ok(1440));
        check(today, 1441.0, Err("walking_minutes_out_of_range"));
        check(today, -1.0, Err("walking_minutes_out_of_range"));
        check(today, 12.5, Err("walking_minutes_out_of_range"));
        check(today, f64::NAN, Err("walking_minutes_out_of_range"));
        check(day(1), 30.0, Err("date_in_future"));
        check(crate::EARLIEST_DATE, 30.0, Ok(30));
        check(
            crate::EARLIEST_DATE.pred_opt().unwrap(),
            30.0,
            Err("date_implausible"),
        );
    }

    #[test]
    fn a_score_deserialises_only_when_valid() {
        let ok: Result<PainScore, _> = serde_json::from_str("7");
        assert_eq!(ok.unwrap().get(), 7);
        assert!(serde_json::from_str::<PainScore>("7.5").is_err());
        assert!(serde_json::from_str::<PainScore>("12").is_err());
    }
}
