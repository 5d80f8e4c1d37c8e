//! Numbers and dates as the report prints them.
//!
//! One decimal for scores (the patient's scale has whole steps, averages need
//! one more digit and no more), a true minus sign (U+2212, which the font has
//! and which is not confused with a hyphen), and dates with month names from
//! [`Words`], since a physiotherapist abroad must not misread 03/04.

use chrono::{Datelike, NaiveDate};

use crate::words::{fill, Words};

/// Formats with the words of one report.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Fmt<'w> {
    pub words: &'w Words,
}

impl<'w> Fmt<'w> {
    pub fn new(words: &'w Words) -> Self {
        Fmt { words }
    }

    /// One decimal, e.g. "6.2"; a non-finite value prints as missing.
    pub fn num(&self, value: f64) -> String {
        if !value.is_finite() {
            return self.words.missing.clone();
        }
        let rounded = (value * 10.0).round() / 10.0;
        // Rounding can leave -0.0, which would print as "−0.0".
        let rounded = if rounded == 0.0 { 0.0 } else { rounded };
        let text = format!("{:.1}", rounded.abs());
        let text = text.replace('.', &self.words.decimal_separator);
        if rounded < 0.0 {
            format!("\u{2212}{text}")
        } else {
            text
        }
    }

    /// One decimal with an explicit sign, e.g. "+1.0", "−3.1", "0.0".
    pub fn signed(&self, value: f64) -> String {
        let text = self.num(value);
        if value.is_finite() && (value * 10.0).round() > 0.0 {
            format!("+{text}")
        } else {
            text
        }
    }

    /// A whole number as it stands, e.g. a count or a mcid of "2".
    pub fn mcid(&self, value: f64) -> String {
        if value.is_finite() && value.fract() == 0.0 {
            format!("{value:.0}")
        } else {
            self.num(value)
        }
    }

    /// A percentage as it stands, e.g. "30%" (whole numbers without decimals).
    pub fn percent_of(&self, value: f64) -> String {
        fill(&self.words.percent, &[("value", &self.mcid(value))])
    }

    /// A whole percentage with an explicit sign, e.g. "−42%", "+5%", "0%".
    pub fn signed_percent(&self, value: f64) -> String {
        if !value.is_finite() {
            return self.words.missing.clone();
        }
        let rounded = value.round();
        let text = fill(
            &self.words.percent,
            &[("value", &format!("{:.0}", rounded.abs()))],
        );
        if rounded < 0.0 {
            format!("\u{2212}{text}")
        } else if rounded > 0.0 {
            format!("+{text}")
        } else {
            text
        }
    }

    /// The clinically important change in words: "2 points or 30%", or
    /// "2 points" when the percentage is not known (0 or less).
    pub fn mcid_phrase(&self, points: f64, percent: f64) -> String {
        if percent.is_finite() && percent > 0.0 {
            fill(
                &self.words.mcid,
                &[
                    ("points", &self.mcid(points)),
                    ("percent", &self.percent_of(percent)),
                ],
            )
        } else {
            fill(&self.words.mcid_points, &[("points", &self.mcid(points))])
        }
    }

    /// `done` as a share of `planned`, e.g. "77%"; `None` when nothing was
    /// planned, since a share of nothing has no meaning.
    pub fn percent(&self, done: u32, planned: u32) -> Option<String> {
        if planned == 0 {
            return None;
        }
        let share = (f64::from(done) * 100.0 / f64::from(planned)).round();
        Some(fill(
            &self.words.percent,
            &[("value", &format!("{share:.0}"))],
        ))
    }

    /// A day, e.g. "3 Mar 2025".
    pub fn date(&self, date: NaiveDate) -> String {
        fill(
            &self.words.date,
            &[
                ("day", &date.day().to_string()),
                ("month", self.month_name(date)),
                ("year", &date.year().to_string()),
            ],
        )
    }

    /// A day without the year, for chart ticks of short periods.
    pub fn day_month(&self, date: NaiveDate) -> String {
        format!("{} {}", date.day(), self.month_name(date))
    }

    /// A month, e.g. "Mar 2025".
    pub fn month(&self, date: NaiveDate) -> String {
        fill(
            &self.words.month_year,
            &[
                ("month", self.month_name(date)),
                ("year", &date.year().to_string()),
            ],
        )
    }

    fn month_name(&self, date: NaiveDate) -> &'w str {
        // month0() is 0..=11 for every valid date, so the index always exists.
        self.words
            .months
            .get(date.month0() as usize)
            .map_or("", String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_use_one_decimal_and_a_real_minus() {
        let words = Words::default();
        let f = Fmt::new(&words);
        assert_eq!(f.num(6.24), "6.2");
        assert_eq!(f.num(-3.06), "\u{2212}3.1");
        assert_eq!(f.num(-0.04), "0.0");
        assert_eq!(f.signed(1.0), "+1.0");
        assert_eq!(f.signed(-0.04), "0.0");
        assert_eq!(f.num(f64::NAN), "—");
        assert_eq!(f.mcid(2.0), "2");
        assert_eq!(f.mcid(1.5), "1.5");
        assert_eq!(f.signed_percent(-41.6), "\u{2212}42%");
        assert_eq!(f.signed_percent(4.6), "+5%");
        assert_eq!(f.signed_percent(-0.4), "0%");
        assert_eq!(f.mcid_phrase(2.0, 30.0), "2 points or 30%");
        assert_eq!(f.mcid_phrase(2.0, 0.0), "2 points");
    }

    #[test]
    fn percent_guards_an_empty_plan() {
        let words = Words::default();
        let f = Fmt::new(&words);
        assert_eq!(f.percent(46, 60).as_deref(), Some("77%"));
        assert_eq!(f.percent(3, 0), None);
        assert!(f.percent(u32::MAX, 1).is_some());
    }

    #[test]
    fn dates_use_month_names() {
        let words = Words::default();
        let f = Fmt::new(&words);
        let d = NaiveDate::from_ymd_opt(2025, 3, 4).unwrap_or_default();
        assert_eq!(f.date(d), "4 Mar 2025");
        assert_eq!(f.month(d), "Mar 2025");
        assert_eq!(f.day_month(d), "4 Mar");
    }
}
