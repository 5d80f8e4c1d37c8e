//! Reports to render in tests and in the sample example: a realistic
//! twelve weeks after a lumbar radiofrequency neurotomy, an empty one, and
//! ten years of daily diary.
//!
//! Values are made with a small fixed pseudo-random sequence, so every run
//! draws the same report and tests can assert exact numbers.

#![allow(dead_code)]

use chrono::{Days, NaiveDate};
use relief_report::{
    Adherence, ExerciseRow, Measure, NotableSession, PainSummary, Paper, Patient, Period,
    Procedure, Report, WeekAdherence,
};

pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("fixture dates are valid")
}

fn plus(date: NaiveDate, days: u64) -> NaiveDate {
    date.checked_add_days(Days::new(days))
        .expect("fixture dates stay in range")
}

/// A fixed xorshift sequence in [-1, 1).
struct Noise(u64);

impl Noise {
    fn next(&mut self) -> f64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % 2000) as f64 / 1000.0 - 1.0
    }
}

/// Means of the last seven days (by date) that have a score.
fn rolling(daily: &[(NaiveDate, f64)]) -> Vec<(NaiveDate, f64)> {
    daily
        .iter()
        .map(|&(d, _)| {
            let window: Vec<f64> = daily
                .iter()
                .filter(|(e, _)| *e <= d && (d - *e).num_days() < 7)
                .map(|(_, v)| *v)
                .collect();
            (d, window.iter().sum::<f64>() / window.len() as f64)
        })
        .collect()
}

fn rolling_fast(daily: &[(NaiveDate, f64)]) -> Vec<(NaiveDate, f64)> {
    let mut out = Vec::with_capacity(daily.len());
    let mut start = 0;
    let mut sum = 0.0;
    for (i, &(d, v)) in daily.iter().enumerate() {
        sum += v;
        while (d - daily[start].0).num_days() >= 7 {
            sum -= daily[start].1;
            start += 1;
        }
        out.push((d, sum / (i + 1 - start) as f64));
    }
    out
}

fn round1(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

/// Twelve weeks from 20 Jan 2025; a neurotomy on 23 Jan; pain about 6.5
/// before, a sore fortnight after, then easing towards 3.
pub fn realistic() -> Report {
    let from = day(2025, 1, 20);
    let to = day(2025, 4, 13);
    let mut noise = Noise(0x9e37_79b9_7f4a_7c15);
    let mut daily = Vec::new();
    for i in 0..=(to - from).num_days() as u64 {
        let d = plus(from, i);
        // The patient forgets a day now and then.
        if i % 9 == 4 {
            continue;
        }
        let t = i as f64;
        let trend = if t < 3.0 {
            6.5
        } else if t < 17.0 {
            7.0 - (t - 3.0) * 0.05
        } else {
            (6.3 - (t - 17.0) * 0.045).max(2.8)
        };
        daily.push((d, round1((trend + noise.next() * 0.9).clamp(0.0, 10.0))));
    }
    let rolling_7day = rolling(&daily);
    let last14: Vec<f64> = daily
        .iter()
        .filter(|(d, _)| (to - *d).num_days() < 14)
        .map(|(_, v)| *v)
        .collect();
    let recent = last14.iter().sum::<f64>() / last14.len() as f64;

    let weeks: Vec<WeekAdherence> = (0..12)
        .map(|w| {
            let done = [2, 0, 3, 5, 6, 5, 6, 4, 6, 6, 5, 6][w as usize];
            WeekAdherence {
                week_start: plus(from, w * 7),
                done,
                planned: if w < 2 { 3 } else { 6 },
            }
        })
        .collect();
    let done = weeks.iter().map(|w| w.done).sum();
    let planned = weeks.iter().map(|w| w.planned).sum();

    Report {
        paper: Paper::A4,
        patient: Patient {
            name: Some("Margaret O'Connor".to_owned()),
            date_of_birth: Some(day(1958, 9, 14)),
        },
        procedures: vec![
            Procedure {
                date: day(2023, 10, 2),
                description: "Lumbar L4–L5, right side".to_owned(),
            },
            Procedure {
                date: day(2025, 1, 23),
                description: "Lumbar L4–L5, L5–S1, both sides".to_owned(),
            },
        ],
        period: Period { from, to },
        generated_on: day(2025, 4, 14),
        pain: PainSummary {
            baseline: Some(6.4),
            recent: Some(recent),
            mcid: 2.0,
            mcid_percent: 30.0,
            daily,
            rolling_7day,
        },
        adherence: Adherence {
            sessions_done: done,
            sessions_planned: planned,
            weeks,
        },
        measures: vec![
            Measure {
                name: "PSFS: walking 30 minutes".to_owned(),
                scale: "0–10, higher is better".to_owned(),
                first: Some((day(2025, 1, 20), 3.0)),
                latest: Some((day(2025, 4, 7), 7.0)),
            },
            Measure {
                name: "PSFS: sitting at work".to_owned(),
                scale: "0–10, higher is better".to_owned(),
                first: Some((day(2025, 1, 20), 2.0)),
                latest: Some((day(2025, 4, 7), 6.0)),
            },
            Measure {
                name: "PSFS: lifting my grandson".to_owned(),
                scale: "0–10, higher is better".to_owned(),
                first: Some((day(2025, 2, 3), 4.0)),
                latest: None,
            },
            Measure {
                name: "ODI".to_owned(),
                scale: "0–100 %, lower is better".to_owned(),
                first: Some((day(2025, 1, 20), 42.0)),
                latest: Some((day(2025, 4, 7), 24.0)),
            },
            Measure {
                name: "RMDQ".to_owned(),
                scale: "0–24, lower is better".to_owned(),
                first: Some((day(2025, 1, 20), 14.0)),
                latest: Some((day(2025, 4, 7), 7.0)),
            },
        ],
        exercises: vec![
            ExerciseRow {
                name: "Pelvic tilts".to_owned(),
                dose: "2 × 10 reps".to_owned(),
                in_current_plan: true,
                planned: 60,
                done: 54,
                skipped: 2,
                not_done: 4,
            },
            ExerciseRow {
                name: "Bird dog".to_owned(),
                dose: "3 × 8 reps each side".to_owned(),
                in_current_plan: true,
                planned: 60,
                done: 47,
                skipped: 5,
                not_done: 8,
            },
            ExerciseRow {
                name: "Glute bridge".to_owned(),
                dose: "3 × 10 reps".to_owned(),
                in_current_plan: true,
                planned: 60,
                done: 49,
                skipped: 3,
                not_done: 8,
            },
            ExerciseRow {
                name: "Walking".to_owned(),
                dose: "20 minutes".to_owned(),
                in_current_plan: true,
                planned: 60,
                done: 51,
                skipped: 4,
                not_done: 5,
            },
            ExerciseRow {
                name: "Side plank on knees".to_owned(),
                dose: "3 × 20 s each side".to_owned(),
                in_current_plan: false,
                planned: 0,
                done: 12,
                skipped: 0,
                not_done: 0,
            },
        ],
        notable: vec![
            NotableSession {
                date: day(2025, 2, 11),
                summary: "Bird dog, Glute bridge".to_owned(),
                before: 5,
                after: 7,
            },
            NotableSession {
                date: day(2025, 3, 4),
                summary: "Walking — went further than planned, 40 minutes".to_owned(),
                before: 4,
                after: 6,
            },
        ],
        skip_reasons: vec![
            ("Too much pain".to_owned(), 5),
            ("No time".to_owned(), 3),
            ("Travelling".to_owned(), 2),
        ],
        notes: vec![
            (
                day(2025, 1, 24),
                "Sore where the needles went in, as I was told to expect. Ice helps.".to_owned(),
            ),
            (
                day(2025, 2, 11),
                "Bird dog made my back ache again afterwards. Did fewer reps.".to_owned(),
            ),
            (
                day(2025, 3, 4),
                "Walked the long way round the park with Jim and felt it in the evening, \
                 but it was gone by the morning. Sitting through a two-hour meeting at work \
                 was fine for the first time since autumn, although I stood up twice to be \
                 safe. I am sleeping through most nights now."
                    .to_owned(),
            ),
            (
                day(2025, 4, 9),
                "Good week. Gardening for an hour with breaks.".to_owned(),
            ),
        ],
    }
}

/// A report made before anything was recorded.
pub fn empty() -> Report {
    Report {
        paper: Paper::Letter,
        patient: Patient::default(),
        procedures: Vec::new(),
        period: Period {
            from: day(2025, 4, 1),
            to: day(2025, 4, 14),
        },
        generated_on: day(2025, 4, 14),
        pain: PainSummary {
            mcid: 2.0,
            mcid_percent: 30.0,
            ..PainSummary::default()
        },
        adherence: Adherence::default(),
        measures: Vec::new(),
        exercises: Vec::new(),
        notable: Vec::new(),
        skip_reasons: Vec::new(),
        notes: Vec::new(),
    }
}

/// Ten years of daily scores, 522 weeks, hundreds of notes.
pub fn ten_years() -> Report {
    let from = day(2015, 6, 1);
    let to = day(2025, 5, 31);
    let mut noise = Noise(0x2545_f491_4f6c_dd1d);
    let days = (to - from).num_days() as u64;
    let daily: Vec<(NaiveDate, f64)> = (0..=days)
        .map(|i| {
            let t = i as f64 / 365.25;
            let seasonal = (t * std::f64::consts::TAU).sin() * 0.8;
            let v = 5.0 - t * 0.15 + seasonal + noise.next() * 1.5;
            (plus(from, i), round1(v.clamp(0.0, 10.0)))
        })
        .collect();
    let rolling_7day = rolling_fast(&daily);
    let weeks: Vec<WeekAdherence> = (0..=days / 7)
        .map(|w| WeekAdherence {
            week_start: plus(from, w * 7),
            done: (w % 7) as u32,
            planned: 5,
        })
        .collect();
    let done = weeks.iter().map(|w| w.done).sum();
    let planned = weeks.iter().map(|w| w.planned).sum();
    let notes = (0..400u64)
        .map(|i| {
            (
                plus(from, i * 9),
                format!("Note number {i}: a day like any other, some stiffness in the morning."),
            )
        })
        .collect();
    let notable = (0..120u64)
        .map(|i| NotableSession {
            date: plus(from, i * 30),
            summary: "Glute bridge, Walking".to_owned(),
            before: 3,
            after: 6,
        })
        .collect();
    let skip_reasons = (0..20u32)
        .map(|i| (format!("Reason {i}"), 40 - i))
        .collect();
    Report {
        paper: Paper::A4,
        patient: Patient {
            name: Some("Long Diary Keeper".to_owned()),
            date_of_birth: None,
        },
        procedures: vec![
            Procedure {
                date: day(2015, 6, 20),
                description: "Lumbar L3–L4, L4–L5, both sides".to_owned(),
            },
            Procedure {
                date: day(2019, 3, 11),
                description: "Lumbar L3–L4, L4–L5, both sides (repeat)".to_owned(),
            },
        ],
        period: Period { from, to },
        generated_on: day(2025, 6, 1),
        pain: PainSummary {
            baseline: Some(6.8),
            recent: Some(3.4),
            mcid: 2.0,
            mcid_percent: 30.0,
            daily,
            rolling_7day,
        },
        adherence: Adherence {
            sessions_done: done,
            sessions_planned: planned,
            weeks,
        },
        measures: realistic().measures,
        exercises: realistic().exercises,
        notable,
        skip_reasons,
        notes,
    }
}
