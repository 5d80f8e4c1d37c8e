//! The relief-window monitor on synthetic pain diaries, end to end: pain entries
//! become a `pain_series` from the procedure to today, and the monitor reads it.
//!
//! Each story is run for every day of it, because the monitor must be right on
//! each day the app asks, not only on the last one. A property test checks the
//! one promise that matters most: it never speaks while every recent reading is
//! below the halfway mark between the best fortnight and the baseline.

use chrono::{DateTime, Duration, FixedOffset, NaiveDate, TimeZone};
use proptest::prelude::*;
use relief_core::stats::{MONITOR_HOLD_DAYS, MONITOR_MIN_DAYS, MONITOR_WINDOW_DAYS};
use relief_core::{
    pain_series, relief_monitor, DateRange, MonitorState, PainEntry, PainScore, QuietReason,
};

fn procedure() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 5).unwrap()
}

fn day(n: usize) -> NaiveDate {
    procedure() + Duration::days(n as i64)
}

fn score(n: u8) -> PainScore {
    PainScore::try_from(f64::from(n)).unwrap()
}

/// A diary: for each day from the procedure, the readings of that day.
type Diary = Vec<Vec<u8>>;

/// Readings at 08:00 and after, an hour apart, in a UTC+1 zone.
fn entries(diary: &Diary) -> Vec<PainEntry> {
    let zone = FixedOffset::east_opt(3600).unwrap();
    let mut out = Vec::new();
    for (n, readings) in diary.iter().enumerate() {
        for (k, r) in readings.iter().enumerate() {
            let at: DateTime<FixedOffset> = zone
                .from_local_datetime(&day(n).and_hms_opt(8 + k as u32, 0, 0).unwrap())
                .unwrap();
            out.push(PainEntry {
                id: out.len() as i64,
                score: score(*r),
                note: None,
                recorded_at: at,
                updated_at: at,
                worst_24h: None,
                average_24h: None,
                interference: None,
                tags: Vec::new(),
            });
        }
    }
    out
}

/// What the monitor says on day `today` (0 = the procedure day) of `diary`.
fn monitor(baseline: Option<u8>, entries: &[PainEntry], today: usize) -> MonitorState {
    let range = DateRange::new(procedure(), day(today)).unwrap();
    let series = pain_series(entries, baseline.map(score), range);
    relief_monitor(baseline.map(score), procedure(), &series.days, day(today))
}

/// The days of `diary` on which the monitor speaks, with its `since`.
fn speaking_days(baseline: Option<u8>, diary: &Diary) -> Vec<(usize, NaiveDate)> {
    let entries = entries(diary);
    (0..diary.len())
        .filter_map(|today| match monitor(baseline, &entries, today) {
            MonitorState::ConsiderTalkingToClinician { since, .. } => Some((today, since)),
            MonitorState::Quiet { .. } => None,
        })
        .collect()
}

/// One reading a day: the soreness of the first two weeks, relief building to
/// `relief` by week 6, then `relief` until `days`.
fn recovery(relief: u8, days: usize) -> Diary {
    (0..days)
        .map(|n| match n {
            0..14 => vec![7, 8],
            14..42 => vec![7 - ((7 - relief) as usize * (n - 14) / 28) as u8],
            _ => vec![relief],
        })
        .collect()
}

/// Replaces days `from..` of `diary` with one reading of `pain(n)` a day.
fn then(mut diary: Diary, from: usize, days: usize, pain: impl Fn(usize) -> u8) -> Diary {
    diary.truncate(from);
    diary.extend((from..from + days).map(|n| vec![pain(n)]));
    diary
}

/// One row per story: the baseline, the diary, and the days the monitor speaks
/// with its `since`, as day numbers.
fn check(baseline: Option<u8>, diary: &Diary, expected: &[(usize, usize)]) {
    let expected: Vec<(usize, NaiveDate)> = expected.iter().map(|(t, s)| (*t, day(*s))).collect();
    assert_eq!(speaking_days(baseline, diary), expected);
}

#[test]
fn steady_relief_never_speaks() {
    check(Some(7), &recovery(3, 400), &[]);
    // Ordinary ups and downs around 3: 2, 3, 4, 3, 2, 3, 4, …
    let noisy = then(recovery(3, 60), 42, 400, |n| [2, 3, 4, 3][n % 4]);
    check(Some(7), &noisy, &[]);
}

#[test]
fn a_return_to_baseline_speaks_from_the_right_day() {
    // Relief at 3 from week 6; from day 200 the pain is 6. The threshold is
    // 3 + (7 − 3) / 2 = 5: the two-week average reaches it once ten of its 14
    // days are at 6 (3 + 3 × 10 / 14 ≥ 5), on day 209, and has held for 14
    // averages on day 222.
    let step = then(recovery(3, 200), 200, 40, |_| 6);
    let speaks: Vec<(usize, usize)> = (222..240).map(|t| (t, 209)).collect();
    check(Some(7), &step, &speaks);

    // A slow return: 4 for ten days, then 5, 6, and 7. The average first reaches
    // 5 on day R + 21 (2 × 4 + 10 × 5 + 2 × 6 = 70 = 14 × 5).
    let r = 300;
    let ramp = then(recovery(3, r), r, 60, |n| 4 + ((n - r) / 10).min(3) as u8);
    let speaks: Vec<(usize, usize)> = (r + 34..r + 60).map(|t| (t, r + 21)).collect();
    check(Some(7), &ramp, &speaks);

    // The answer carries the numbers it compared, and nothing else.
    let state = monitor(Some(7), &entries(&step), 230);
    assert_eq!(
        state,
        MonitorState::ConsiderTalkingToClinician {
            recent: 6.0,
            best: 3.0,
            baseline: score(7),
            since: day(209),
        }
    );
}

#[test]
fn a_short_flare_does_not_speak() {
    // Even at 10, six days are not enough: the average is at or above 5 while
    // four or more flare days are in it, which is 13 days running.
    for length in 1..=6 {
        let flare = then(recovery(3, 150), 150, 100, |n| {
            if (150..150 + length).contains(&n) {
                10
            } else {
                3
            }
        });
        check(Some(7), &flare, &[]);
    }
    // A week at 10 is no longer a short flare: 14 averages in a row.
    let week = then(recovery(3, 150), 150, 100, |n| {
        if (150..157).contains(&n) {
            10
        } else {
            3
        }
    });
    check(Some(7), &week, &[(166, 153)]);
}

#[test]
fn reasons_to_stay_quiet() {
    let entries_of = |diary: &Diary| entries(diary);
    let quiet = |reason| MonitorState::Quiet { reason };

    let steady = entries_of(&recovery(3, 100));
    assert_eq!(monitor(None, &steady, 99), quiet(QuietReason::NoBaseline));
    assert_eq!(monitor(Some(7), &steady, 99), quiet(QuietReason::Steady));
    // Too soon after the procedure for two weeks of two-week averages.
    assert_eq!(
        monitor(Some(7), &steady, 20),
        quiet(QuietReason::TooLittleData)
    );

    // A reading every other day: seven a fortnight, one short.
    let sparse: Diary = (0..200)
        .map(|n| if n % 2 == 0 { vec![3] } else { vec![] })
        .collect();
    let sparse = entries_of(&sparse);
    for today in [30, 100, 199] {
        assert_eq!(
            monitor(Some(7), &sparse, today),
            quiet(QuietReason::TooLittleData)
        );
    }

    // Pain fell from 4 to 3: less than the 2 points that matter, so there is no
    // relief to lose, even when it goes back to 4.
    let small = then(recovery(3, 100), 100, 60, |_| 4);
    let small = entries_of(&small);
    for today in [99, 159] {
        assert_eq!(
            monitor(Some(4), &small, today),
            quiet(QuietReason::NoImprovement)
        );
    }
}

#[test]
fn the_rules_are_as_documented() {
    assert_eq!(
        (MONITOR_WINDOW_DAYS, MONITOR_MIN_DAYS, MONITOR_HOLD_DAYS),
        (14, 8, 14)
    );
}

/// A diary whose best fortnight is exactly `relief` (four weeks of it, every
/// day), followed by `recent` readings that are at least `relief` and below the
/// halfway mark to `baseline`, with gaps and several readings a day.
fn below_the_mark() -> impl Strategy<Value = (u8, u8, usize, Diary)> {
    (1u8..=10)
        .prop_flat_map(|baseline| (Just(baseline), 0..baseline, 28usize..120))
        .prop_flat_map(|(baseline, relief, early)| {
            // Below (relief + baseline) / 2, in whole numbers.
            let highest = (relief + baseline - 1) / 2;
            let day = prop_oneof![
                1 => Just(vec![]),
                4 => prop::collection::vec(relief..=highest, 1..4),
            ];
            (
                Just(baseline),
                Just(relief),
                Just(early),
                prop::collection::vec(day, 27..80),
            )
        })
        .prop_map(|(baseline, relief, early, recent)| {
            let mut diary: Diary = vec![vec![relief]; early];
            diary.extend(recent);
            (baseline, relief, early, diary)
        })
}

/// Days with a few readings from `scores`, or none.
fn days_from(
    scores: std::ops::RangeInclusive<u8>,
    count: std::ops::Range<usize>,
) -> impl Strategy<Value = Diary> {
    let day = prop_oneof![
        1 => Just(vec![]),
        6 => prop::collection::vec(scores, 1..3),
    ];
    prop::collection::vec(day, count)
}

/// Some relief, then anything: often enough a return for the monitor to speak.
fn relief_then_anything() -> impl Strategy<Value = Diary> {
    (days_from(0..=4, 0..60), days_from(0..=10, 27..90)).prop_map(|(mut relief, rest)| {
        relief.extend(rest);
        relief
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn never_speaks_below_the_halfway_mark((baseline, _relief, early, diary) in below_the_mark()) {
        let entries = entries(&diary);
        for today in early..diary.len() {
            let state = monitor(Some(baseline), &entries, today);
            prop_assert!(
                matches!(state, MonitorState::Quiet { .. }),
                "spoke on day {today}: {state:?}"
            );
        }
    }

    /// Whatever the diary, when the monitor speaks its numbers are true: the
    /// recent average is today's fortnight, the best is no higher than any
    /// fortnight with enough readings, and the recent one is past halfway.
    #[test]
    fn what_it_says_is_true(
        baseline in 0u8..=10,
        diary in relief_then_anything(),
    ) {
        let entries = entries(&diary);
        let today = diary.len() - 1;
        let means: Vec<Option<f64>> = diary
            .iter()
            .map(|r| (!r.is_empty()).then(|| r.iter().map(|x| f64::from(*x)).sum::<f64>() / r.len() as f64))
            .collect();
        // Every fortnight ending on day n, naively, when it has enough readings.
        let fortnight = |n: usize| -> Option<f64> {
            let days: Vec<f64> = means[n + 1 - 14..=n].iter().flatten().copied().collect();
            (days.len() >= 8).then(|| days.iter().sum::<f64>() / days.len() as f64)
        };
        if let MonitorState::ConsiderTalkingToClinician { recent, best, baseline: b, since } =
            monitor(Some(baseline), &entries, today)
        {
            prop_assert_eq!(b, score(baseline));
            prop_assert!((recent - fortnight(today).unwrap()).abs() < 1e-9);
            let all: Vec<f64> = (13..=today).filter_map(fortnight).collect();
            let naive_best = all.iter().copied().fold(f64::INFINITY, f64::min);
            prop_assert!((best - naive_best).abs() < 1e-9);
            prop_assert!(f64::from(baseline) - best >= 2.0 - 1e-9);
            let threshold = best + (f64::from(baseline) - best) / 2.0;
            for n in today + 1 - 14..=today {
                prop_assert!(fortnight(n).unwrap() >= threshold - 1e-9);
            }
            prop_assert!(since <= day(today + 1 - 14));
        }
    }
}
