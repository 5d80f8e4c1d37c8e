//! The dates an export covers, in the person's own local dates.

use chrono::NaiveDate;

/// From `since` to `until`, both included; either end may be open.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Period {
    pub since: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
}

impl Period {
    /// Everything.
    pub const ALL: Period = Period {
        since: None,
        until: None,
    };

    pub fn contains(self, date: NaiveDate) -> bool {
        self.since.is_none_or(|since| date >= since) && self.until.is_none_or(|until| date <= until)
    }
}
