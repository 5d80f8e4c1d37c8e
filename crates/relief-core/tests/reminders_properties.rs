//! Property tests of the reminder scheduler in real time zones over 2026: the
//! app's ticks simulated for a whole year, the daylight-saving rules on each
//! zone's real transition days, catch-up after time away, and snoozes.
//!
//! The oracles do not share the scheduler's code: the DST rules are checked by
//! walking UTC minute by minute and reading the wall clock.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use chrono_tz::{America, Asia, Australia, Europe, Tz};
use proptest::prelude::*;
use relief_core::reminders::{self, CATCH_UP_WINDOW, GRACE};
use relief_core::{
    snooze_until, LocalTime, QuietHours, Reminder, ReminderKind, Schedule, SnoozeChoice, Snoozes,
    Weekday, WhenQuiet,
};

const ZONES: [Tz; 5] = [
    Europe::London,
    America::New_York,
    Australia::Sydney,
    Asia::Kolkata,
    America::St_Johns,
];

/// Each zone's 2026 transitions: (clocks forward, clocks back), local dates.
const TRANSITIONS_2026: [(Tz, &[&str]); 5] = [
    (Europe::London, &["2026-03-29", "2026-10-25"]),
    (America::New_York, &["2026-03-08", "2026-11-01"]),
    (Australia::Sydney, &["2026-04-05", "2026-10-04"]),
    (Asia::Kolkata, &[]),
    (America::St_Johns, &["2026-03-08", "2026-11-01"]),
];

fn utc(y: i32, m: u32, d: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, 0, 0, 0).unwrap()
}

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn wall(tz: &Tz, t: DateTime<Utc>) -> NaiveDateTime {
    t.with_timezone(tz).naive_local()
}

/// Times that fall in the night, where the clocks change, half of the time.
fn time() -> impl Strategy<Value = LocalTime> {
    prop_oneof![
        (0..24u8, 0..60u8).prop_map(|(h, m)| LocalTime::new(h, m)),
        (
            0..4u8,
            prop::sample::select(vec![0u8, 1, 15, 29, 30, 45, 59])
        )
            .prop_map(|(h, m)| LocalTime::new(h, m)),
    ]
}

fn weekly(id: i64) -> impl Strategy<Value = Reminder> {
    (
        prop::sample::subsequence(Weekday::ALL.to_vec(), 1..=7),
        prop::collection::vec(time(), 1..=4),
    )
        .prop_map(move |(days, times)| Reminder {
            id,
            kind: ReminderKind::Custom,
            message: format!("Reminder {id}"),
            enabled: true,
            schedule: Schedule::Weekly { days, times },
        })
}

fn one_off(id: i64) -> impl Strategy<Value = Reminder> {
    (0..365u64, time()).prop_map(move |(day, t)| Reminder {
        id,
        kind: ReminderKind::FollowUp,
        message: "Call the clinic".into(),
        enabled: true,
        schedule: Schedule::Once {
            at: (date("2026-01-01") + chrono::Days::new(day)).and_time(t.naive().unwrap()),
        },
    })
}

fn reminders(most: i64) -> impl Strategy<Value = Vec<Reminder>> {
    (1..=most).prop_flat_map(|n| {
        let mut all: Vec<BoxedStrategy<Reminder>> = (1..=n).map(|id| weekly(id).boxed()).collect();
        all.push(one_off(n + 1).boxed());
        all
    })
}

fn quiet() -> impl Strategy<Value = Option<QuietHours>> {
    let hours = (time(), time(), any::<bool>())
        .prop_filter("start and end differ", |(s, e, _)| s != e)
        .prop_map(|(start, end, defer)| QuietHours {
            start,
            end,
            when_due: if defer {
                WhenQuiet::Defer
            } else {
                WhenQuiet::Drop
            },
        });
    prop_oneof![1 => Just(None), 2 => hours.prop_map(Some)]
}

fn zone() -> impl Strategy<Value = Tz> {
    prop::sample::select(ZONES.to_vec())
}

/// Tick sizes from a seed: mostly the app's 30-second ticks and short sleeps,
/// some long ones up to 12 hours (a laptop shut overnight).
struct Ticks(u64);

impl Ticks {
    fn next(&mut self) -> Duration {
        // xorshift64: cheap, and the seed comes from proptest.
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        let pick = self.0 % 1000;
        let seconds = match self.0 % 10 {
            0..=4 => 30 + (pick % 150) as i64,
            5..=8 => 180 + (self.0 >> 20) as i64 % (6 * 3600),
            _ => 6 * 3600 + (self.0 >> 20) as i64 % (6 * 3600 + 1),
        };
        Duration::seconds(seconds)
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// A year of ticks: every time rings at most once, never out of order,
    /// never inside quiet hours, in the window it belongs to, and `next` says
    /// truly when the next one is. Nothing is lost: every time the schedule
    /// sets rings, or is folded into a later ring of its reminder, unless quiet
    /// hours drop it.
    #[test]
    fn a_year_of_ticks(
        tz in zone(),
        reminders in reminders(3),
        quiet in quiet(),
        seed in 1..u64::MAX,
    ) {
        let mut ticks = Ticks(seed);
        let snoozes = Snoozes::default();
        let mut last = utc(2026, 1, 1);
        let mut previous_next =
            reminders::check(&reminders, quiet.as_ref(), &snoozes, last, last, &tz)
                .next
                .map(|o| o.due);
        let mut latest_shown = last;
        let mut seen = HashSet::new();
        let mut rang: HashMap<i64, Vec<DateTime<Utc>>> = HashMap::new();
        while last < utc(2027, 1, 1) {
            let now = last + ticks.next();
            let check = reminders::check(&reminders, quiet.as_ref(), &snoozes, last, now, &tz);
            let shown: Vec<_> = check.catch_up.iter().chain(&check.due).collect();
            for o in &shown {
                prop_assert!(last < o.due && o.due <= now, "{o:?} outside {last}..{now}");
                prop_assert!(o.due >= latest_shown, "{o:?} before {latest_shown}");
                latest_shown = o.due;
                prop_assert!(seen.insert((o.reminder_id, o.local)), "{o:?} rang twice");
                rang.entry(o.reminder_id).or_default().push(o.due);
                if let Some(q) = &quiet {
                    prop_assert!(!q.contains(wall(&tz, o.due).time()), "{o:?} in {q:?}");
                }
            }
            for o in &check.due {
                prop_assert!(now - o.due <= GRACE);
            }
            for o in &check.catch_up {
                prop_assert!(now - o.due > GRACE && now - o.due < CATCH_UP_WINDOW);
            }
            let ids: HashSet<_> = shown.iter().map(|o| o.reminder_id).collect();
            prop_assert_eq!(ids.len(), shown.len(), "one entry per reminder");
            // What the previous check called next is exactly the first thing shown.
            match previous_next {
                Some(n) if n <= now => {
                    prop_assert!(!shown.is_empty(), "{n} was next, nothing by {now}");
                    prop_assert!(shown.iter().all(|o| o.due >= n));
                }
                _ => {
                    prop_assert!(shown.is_empty(), "{shown:?} came before next {previous_next:?}");
                }
            }
            if let Some(n) = check.next.map(|o| o.due) {
                prop_assert!(n > now);
                if let Some(q) = &quiet {
                    prop_assert!(!q.contains(wall(&tz, n).time()));
                }
            }
            previous_next = check.next.map(|o| o.due);
            last = now;
        }
        for r in &reminders {
            let rang = rang.remove(&r.id).unwrap_or_default();
            for set in reminders::occurrences(r, &tz, utc(2026, 1, 1), utc(2026, 12, 29)) {
                // A ring folds in the times of its check's window (ticks are at
                // most 12 hours); quiet hours defer by less than a day and a gap,
                // or by two days when they fill a day but for a few minutes and
                // those fall in a DST gap: the shifted end is the next start, so
                // it waits for the next day's end (quiet.rs, MAX_DEFERRALS; the
                // saved regression case is one).
                let within = match &quiet {
                    Some(q) if q.contains(wall(&tz, set.due).time()) => match q.when_due {
                        WhenQuiet::Drop => continue,
                        WhenQuiet::Defer => Duration::hours(12 + 49),
                    },
                    _ => Duration::hours(12),
                };
                let first = rang.partition_point(|t| *t < set.due);
                prop_assert!(
                    rang.get(first).is_some_and(|t| *t - set.due <= within),
                    "{set:?} was lost"
                );
            }
        }
    }

    /// Without quiet hours each time rings at its wall-clock time, or, when
    /// the clocks skip it, at the first instant after the skip.
    #[test]
    fn a_year_on_the_wall_clock(tz in zone(), reminder in weekly(1)) {
        let year = reminders::occurrences(&reminder, &tz, utc(2026, 1, 1), utc(2027, 1, 1));
        prop_assert!(year.windows(2).all(|w| w[0].due < w[1].due));
        for o in &year {
            let rang_at = wall(&tz, o.due);
            if tz.from_local_datetime(&o.local).earliest().is_none() {
                // In a gap: just before it rang, the clock had not reached it.
                prop_assert!(wall(&tz, o.due - Duration::seconds(1)) < o.local && o.local < rang_at);
            } else {
                prop_assert_eq!(rang_at, o.local);
                prop_assert_eq!(Some(o.due), tz.from_local_datetime(&o.local).earliest().map(|t| t.to_utc()));
            }
        }
    }

    /// On each zone's real 2026 transition days, every minute of the day: a
    /// time that exists once rings then, a time that exists twice rings the
    /// first time, a time that does not exist rings at the first instant after.
    #[test]
    fn daylight_saving_days(
        (tz, day) in prop::sample::select(
            TRANSITIONS_2026.iter().flat_map(|(tz, days)| days.iter().map(move |d| (*tz, *d))).collect::<Vec<_>>()
        ),
        t in time(),
    ) {
        let day = date(day);
        let set = day.and_time(t.naive().unwrap());
        let reminder = Reminder {
            id: 1,
            kind: ReminderKind::Routine,
            message: "Walk".into(),
            enabled: true,
            schedule: Schedule::Weekly { days: Weekday::ALL.to_vec(), times: vec![t] },
        };
        let around = day.and_hms_opt(0, 0, 0).unwrap().and_utc();
        let got: Vec<_> = reminders::occurrences(&reminder, &tz, around - Duration::days(1), around + Duration::days(2))
            .into_iter()
            .filter(|o| o.local == set)
            .collect();
        prop_assert_eq!(got.len(), 1, "rings once");
        prop_assert_eq!(got[0].due, oracle(&tz, set));
    }

    /// After time away, one catch-up list with at most one entry per reminder
    /// (its latest time), none for a reminder that is also due now, nothing
    /// older than the catch-up window.
    #[test]
    fn catch_up_is_one_short_list(
        tz in zone(),
        reminders in reminders(6),
        away_minutes in 0..(3 * 24 * 60i64),
        start_minute in 0..(365 * 24 * 60i64),
    ) {
        let last = utc(2026, 1, 1) + Duration::minutes(start_minute);
        let now = last + Duration::minutes(away_minutes);
        let check = reminders::check(&reminders, None, &Snoozes::default(), last, now, &tz);
        let shown: Vec<_> = check.catch_up.iter().chain(&check.due).collect();
        let ids: HashSet<_> = shown.iter().map(|o| o.reminder_id).collect();
        prop_assert_eq!(ids.len(), shown.len());
        for r in &reminders {
            let oldest = last.max(now - CATCH_UP_WINDOW);
            let latest = reminders::occurrences(r, &tz, oldest, now).pop();
            let entry = shown.iter().find(|o| o.reminder_id == r.id).copied().copied();
            prop_assert_eq!(entry, latest, "reminder {}", r.id);
        }
    }

    /// A snooze ends after now, never inside quiet hours, and "until tomorrow"
    /// ends on the morning's wall-clock time (or just after a skip).
    #[test]
    fn snoozes_end_outside_quiet_hours(
        tz in zone(),
        quiet in quiet(),
        choice in prop::sample::select(vec![
            SnoozeChoice::TenMinutes,
            SnoozeChoice::ThirtyMinutes,
            SnoozeChoice::OneHour,
            SnoozeChoice::UntilTomorrow,
        ]),
        minute in 0..(365 * 24 * 60i64),
    ) {
        let now = utc(2026, 1, 1) + Duration::minutes(minute);
        let until = snooze_until(choice, now, &tz, quiet.as_ref());
        prop_assert!(until > now);
        prop_assert!(until - now <= Duration::hours(50), "{until} is too far from {now}");
        if let Some(q) = &quiet {
            prop_assert!(!q.contains(wall(&tz, until).time()));
        }
        if choice == SnoozeChoice::UntilTomorrow {
            let morning = quiet.map_or(LocalTime::new(8, 0), |q| q.end).naive().unwrap();
            let at = wall(&tz, until);
            let skipped = |t: NaiveTime| tz.from_local_datetime(&at.date().and_time(t)).earliest().is_none();
            prop_assert!(at.time() == morning || skipped(morning), "{at} is not {morning}");
        }
    }
}

/// When a wall time on a transition day rings, by brute force: the UTC minutes
/// around it whose wall clock reads it, the first of them; if none, the first
/// minute whose wall clock is past it.
fn oracle(tz: &Tz, set: NaiveDateTime) -> DateTime<Utc> {
    let start = set.and_utc() - Duration::days(1);
    let minutes = (0..3 * 24 * 60).map(|m| start + Duration::minutes(m));
    let reads: Vec<_> = minutes.clone().filter(|u| wall(tz, *u) == set).collect();
    match reads.first() {
        Some(first) => *first,
        None => minutes
            .into_iter()
            .find(|u| wall(tz, *u) > set)
            .expect("the clock passes every time within a day"),
    }
}

/// The transition days in the table are the real ones: the UTC offset at noon
/// changes from the day before on exactly those days.
#[test]
fn transition_table_is_true() {
    for (tz, days) in TRANSITIONS_2026 {
        let offset = |d: NaiveDate| {
            let noon = tz
                .from_local_datetime(&d.and_hms_opt(12, 0, 0).unwrap())
                .single()
                .unwrap();
            noon.naive_local() - noon.naive_utc()
        };
        let found: Vec<String> = date("2026-01-01")
            .iter_days()
            .take_while(|d| *d <= date("2026-12-31"))
            .filter(|d| offset(*d) != offset(d.pred_opt().unwrap()))
            .map(|d| d.to_string())
            .collect();
        assert_eq!(found, days.to_vec(), "{tz}");
    }
}
