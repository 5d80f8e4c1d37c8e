//! What every record has, whatever it holds: an id, and the days it may be
//! about. The app's commands and the backup reader both check them here, so
//! what the app accepts from a person and from a file can never drift apart.
//! This module must never know where a record is kept.

use chrono::NaiveDate;
use serde::Deserialize;

use crate::CoreError;

/// The largest id a record may have: JavaScript's `Number.MAX_SAFE_INTEGER`,
/// 2^53 − 1. Ids reach the web UI as JSON numbers, and a larger one would come
/// back as another record's id. It is also far below SQLite's largest rowid
/// (2^63 − 1), where AUTOINCREMENT stops and every new record fails with
/// "database or disk is full".
pub const MAX_ID: i64 = (1 << 53) - 1;

/// The first day a record may be about: 1 January 1980. Radiofrequency
/// neurotomy for facet pain is a procedure of the decades since; an earlier
/// date is a typo in the year, or a clock that lost its battery (1970).
pub const EARLIEST_DATE: NaiveDate = match NaiveDate::from_ymd_opt(1980, 1, 1) {
    Some(date) => date,
    None => panic!("1 January 1980 is in chrono's calendar"),
};

/// Refuses an id outside 1 to `MAX_ID`.
pub fn check_id(id: i64) -> Result<i64, CoreError> {
    if (1..=MAX_ID).contains(&id) {
        Ok(id)
    } else {
        Err(CoreError::IdOutOfRange { value: id })
    }
}

/// Refuses a day before `EARLIEST_DATE`. How far ahead a record may be is
/// each record's own rule (a pain score a day, a planned procedure two years).
pub fn check_date(date: NaiveDate) -> Result<NaiveDate, CoreError> {
    if date >= EARLIEST_DATE {
        Ok(date)
    } else {
        Err(CoreError::DateImplausible {
            value: date.to_string(),
        })
    }
}

/// A record's id as the UI sends it to a command: it only deserialises from
/// 1 to `MAX_ID`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(try_from = "i64")]
pub struct RecordId(i64);

impl RecordId {
    pub fn get(self) -> i64 {
        self.0
    }
}

impl TryFrom<i64> for RecordId {
    type Error = CoreError;

    fn try_from(id: i64) -> Result<RecordId, CoreError> {
        check_id(id).map(RecordId)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids() {
        let check = |json: &str, expected: Option<i64>| {
            let got = serde_json::from_str::<RecordId>(json)
                .ok()
                .map(RecordId::get);
            assert_eq!(got, expected, "{json}");
        };
        check("1", Some(1));
        check("9007199254740991", Some(MAX_ID));
        check("0", None);
        check("-4", None);
        check("9007199254740992", None);
        check("9223372036854775807", None);
        check("2.5", None);
        assert_eq!(MAX_ID, 9_007_199_254_740_991, "Number.MAX_SAFE_INTEGER");
    }

    #[test]
    fn dates() {
        let day = |text: &str| text.parse::<NaiveDate>().unwrap();
        assert_eq!(check_date(day("1980-01-01")), Ok(day("1980-01-01")));
        assert_eq!(
            check_date(day("1979-12-31")).map_err(|e| e.code()),
            Err("date_implausible")
        );
        assert!(check_date(day("1970-01-01")).is_err());
    }
}
