//! Adherence: the routine done against the plan, week by week and exercise by
//! exercise, with the reasons given for skipping.
//!
//! Two grains, on purpose. A week counts *days*: a "session" is doing the
//! routine on a day, so a week's planned sessions are the most days a week any
//! exercise of the plan asks for, and its done sessions are the distinct days
//! with a session in which at least one exercise was done (a second session the
//! same day is extra, never a debt). An exercise counts *times*: its planned
//! count is days a week × times a day, each session in which it was done
//! counts once, each in which it was skipped counts as skipped, and what the
//! plan asked for beyond those is "not done" (passed over, not reached, or no
//! session that day). Skips are counted, never judged: a skip with a reason
//! is a record of a sensible choice as often as not.

use std::collections::HashMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{local_date, week_start, DateRange, SessionTallies};
use crate::{ExerciseRef, Plan, PlanRecord, SessionRecord, SkipReason};

/// One ISO week of the range.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct WeekAdherence {
    /// The Monday that starts the week; it may be before the range.
    #[ts(type = "string")]
    pub week_start: NaiveDate,
    /// Days of routine the plan asks for in the part of the week that is in the
    /// range, rounded to a whole day.
    pub planned: u32,
    /// Days in the week (and range) with a session.
    pub done: u32,
    /// done / planned as a whole percentage, at most 100; none when nothing was
    /// planned.
    pub percent: Option<u8>,
}

/// Which exercise a row is about: a library id, or a custom exercise's name.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase")]
#[ts(tag = "kind", rename_all = "camelCase")]
pub enum ExerciseKey {
    Library { id: String },
    Custom { name: String },
}

impl From<&ExerciseRef> for ExerciseKey {
    fn from(exercise: &ExerciseRef) -> Self {
        match exercise {
            ExerciseRef::Library { id } => ExerciseKey::Library { id: id.clone() },
            ExerciseRef::Custom(custom) => ExerciseKey::Custom {
                name: custom.name.clone(),
            },
        }
    }
}

/// One exercise over the whole range.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct ExerciseAdherence {
    pub exercise: ExerciseKey,
    /// Times the plans in force asked for it (days a week × times a day), rounded
    /// to a whole number over the range; 0 for an exercise done off-plan.
    pub planned: u32,
    /// Times it was done in a session.
    pub done: u32,
    /// Times it was skipped in a session, with a reason.
    pub skipped: u32,
    /// Times planned that were neither done nor skipped: passed over in a
    /// session, or planned on a day with no session. `planned - done -
    /// skipped`, never below 0 (an exercise done more often than planned
    /// has none), so planned = done + skipped + not done whenever the plan
    /// was not exceeded.
    pub not_done: u32,
}

/// The kind of a skip reason, without the person's own words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub enum SkipKind {
    TooPainful,
    NoTime,
    NoSpaceOrEquipment,
    Other,
}

impl SkipKind {
    pub const ALL: [SkipKind; 4] = [
        SkipKind::TooPainful,
        SkipKind::NoTime,
        SkipKind::NoSpaceOrEquipment,
        SkipKind::Other,
    ];
}

impl From<&SkipReason> for SkipKind {
    fn from(reason: &SkipReason) -> Self {
        match reason {
            SkipReason::TooPainful => SkipKind::TooPainful,
            SkipReason::NoTime => SkipKind::NoTime,
            SkipReason::NoSpaceOrEquipment => SkipKind::NoSpaceOrEquipment,
            SkipReason::Other { .. } => SkipKind::Other,
        }
    }
}

/// How often one reason was given, and where.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct SkipCount {
    pub reason: SkipKind,
    /// Exercises skipped with this reason in sessions.
    pub from_sessions: u32,
    /// Reminders answered "skip" with this reason.
    pub from_reminders: u32,
}

/// The whole range's days of routine: the weeks added up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct RangeAdherence {
    /// Days of routine the plans asked for over the range.
    pub planned: u32,
    /// Days in the range with a session in which something was done.
    pub done: u32,
    /// done / planned as a whole percentage, at most 100; none when nothing
    /// was planned.
    pub percent: Option<u8>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct Adherence {
    /// Every ISO week that touches the range, in order.
    pub weeks: Vec<WeekAdherence>,
    /// The range as a whole, so every summary of it (Progress, the report)
    /// says the same numbers.
    pub range: RangeAdherence,
    /// The plans' exercises in plan order, then any done off-plan in the order
    /// first done.
    pub exercises: Vec<ExerciseAdherence>,
    /// Every reason, in `SkipKind::ALL` order, zeros included, so a chart keeps
    /// its shape.
    pub skips: Vec<SkipCount>,
}

/// Adherence over `range`, from the plan history (`plans`, any order), the
/// sessions (any order; those outside the range are ignored) and the skip
/// reasons given to reminders in the range (`reminder_skips`, already chosen by
/// the journal).
///
/// A plan is in force on a day from the date it was created until the day
/// before it was replaced; when two overlap (which the journal never writes)
/// the later-created one wins. A week cut by the range or by a change of plan
/// counts its share of each plan's days, rounded to the nearest whole: five
/// days a week for the three days from Friday is 15/7, so two. Linear in the
/// days, sessions and plan items (plans overlapping each other cost their
/// overlap again).
pub fn adherence(
    plans: &[PlanRecord],
    sessions: &[SessionRecord],
    reminder_skips: &[SkipReason],
    range: DateRange,
) -> Adherence {
    adherence_of_tallies(
        plans,
        &SessionTallies::from(sessions),
        reminder_skips,
        range,
    )
}

/// `adherence` from sessions already tallied: what the journal reads for the
/// Progress section, so it never builds whole sessions just to count them.
pub fn adherence_of_tallies(
    plans: &[PlanRecord],
    sessions: &SessionTallies,
    reminder_skips: &[SkipReason],
    range: DateRange,
) -> Adherence {
    let days = range.day_count();
    let mut oldest_first: Vec<usize> = (0..plans.len()).collect();
    oldest_first.sort_by_key(|i| plans[*i].created_at);
    let in_force = plan_by_day(plans, &oldest_first, range);

    // Days in force of each plan, for the exercises' planned counts.
    let mut plan_days = vec![0u64; plans.len()];
    for p in in_force.iter().flatten() {
        plan_days[*p] += 1;
    }

    let mut done_days = vec![false; days];
    let mut rows = Rows::default();
    for p in oldest_first.into_iter().filter(|p| plan_days[*p] > 0) {
        for item in &plans[p].plan.items {
            // Sevenths of a time, summed exactly; rounded once at the end.
            rows.get(&item.exercise).planned_sevenths +=
                plan_days[p] * u64::from(item.days_per_week) * u64::from(item.times_per_day);
        }
    }
    for session in sessions.sessions() {
        if let Some(day) = range.index(session.date) {
            done_days[day] |= session.done > 0;
        }
    }
    // Exercises done off-plan are listed in the order first met, so the
    // counts are taken in that order; a count is in the range when its first
    // time is (the journal never adds up times across the range's edge).
    let mut counts: Vec<_> = sessions
        .counts()
        .iter()
        .filter(|c| range.contains(c.first.date))
        .collect();
    counts.sort_by_key(|c| c.first.order);
    let mut skips: HashMap<SkipKind, (u32, u32)> = HashMap::new();
    // Each counted exercise's row, found by name once rather than per count.
    let mut row_of: Vec<Option<usize>> = vec![None; sessions.exercise_count()];
    for count in counts {
        let i = *row_of[count.exercise]
            .get_or_insert_with(|| rows.position(sessions.exercise(count.exercise)));
        let row = &mut rows.list[i].1;
        match count.skipped {
            None => row.done = row.done.saturating_add(count.times),
            Some(kind) => {
                row.skipped = row.skipped.saturating_add(count.times);
                let kind = skips.entry(kind).or_default();
                kind.0 = kind.0.saturating_add(count.times);
            }
        }
    }
    for reason in reminder_skips {
        let kind = skips.entry(reason.into()).or_default();
        kind.1 = kind.1.saturating_add(1);
    }

    let weeks = weeks(range, &in_force, &done_days, plans);
    let planned = weeks.iter().map(|w| w.planned).sum();
    let done = weeks.iter().map(|w| w.done).sum();
    Adherence {
        range: RangeAdherence {
            planned,
            done,
            percent: share(done, planned),
        },
        weeks,
        exercises: rows
            .list
            .into_iter()
            .map(|(exercise, row)| {
                let planned = round_sevenths(row.planned_sevenths);
                ExerciseAdherence {
                    exercise,
                    planned,
                    done: row.done,
                    skipped: row.skipped,
                    not_done: planned.saturating_sub(row.done.saturating_add(row.skipped)),
                }
            })
            .collect(),
        skips: SkipKind::ALL
            .iter()
            .map(|kind| {
                let (from_sessions, from_reminders) = skips.get(kind).copied().unwrap_or_default();
                SkipCount {
                    reason: *kind,
                    from_sessions,
                    from_reminders,
                }
            })
            .collect(),
    }
}

/// The index in `plans` of the plan in force on each day of `range`;
/// `oldest_first` orders `plans` by creation, so a later plan overwrites.
fn plan_by_day(
    plans: &[PlanRecord],
    oldest_first: &[usize],
    range: DateRange,
) -> Vec<Option<usize>> {
    let mut in_force = vec![None; range.day_count()];
    for &p in oldest_first {
        let record = &plans[p];
        let created = local_date(record.created_at).max(range.first());
        let replaced = record.replaced_at.map(local_date);
        let Some(start) = range.index(created) else {
            continue;
        };
        // The plan holds from `start` up to the day it was replaced. Slices,
        // not `range.days().skip(start)`: skipping a zip of days steps through
        // every earlier date, once per plan (39 plans × ten years was a third
        // of the "all" view's time).
        let end = match replaced {
            Some(r) if r <= range.first() => 0,
            Some(r) => range.index(r).unwrap_or(in_force.len()),
            None => in_force.len(),
        };
        for slot in in_force.iter_mut().take(end).skip(start) {
            *slot = Some(p);
        }
    }
    in_force
}

/// The weeks of `range`, each with its planned and done days.
fn weeks(
    range: DateRange,
    in_force: &[Option<usize>],
    done_days: &[bool],
    plans: &[PlanRecord],
) -> Vec<WeekAdherence> {
    let sessions_a_week: Vec<u64> = plans.iter().map(|r| planned_days(&r.plan)).collect();
    let mut weeks: Vec<(NaiveDate, u64, u32)> = Vec::new();
    for (i, day) in range.days().enumerate() {
        let monday = week_start(day);
        if weeks.last().is_none_or(|w| w.0 != monday) {
            weeks.push((monday, 0, 0));
        }
        if let Some(week) = weeks.last_mut() {
            week.1 += in_force[i].map_or(0, |p| sessions_a_week[p]);
            week.2 += u32::from(done_days[i]);
        }
    }
    weeks
        .into_iter()
        .map(|(week_start, sevenths, done)| {
            let planned = round_sevenths(sevenths);
            WeekAdherence {
                week_start,
                planned,
                done,
                percent: share(done, planned),
            }
        })
        .collect()
}

/// The routine days a week a plan asks for: the most days a week of any of its
/// exercises. Doing the routine on a day does every exercise due that day, so
/// a plan of walking 7 days and bridges 3 days is 7 routine days, not 10.
fn planned_days(plan: &Plan) -> u64 {
    plan.items
        .iter()
        .map(|i| u64::from(i.days_per_week))
        .max()
        .unwrap_or(0)
}

/// done / planned as a whole percentage, rounded, at most 100; none when
/// nothing was planned.
fn share(done: u32, planned: u32) -> Option<u8> {
    (planned > 0).then(|| {
        let percent = (u64::from(done) * 100 + u64::from(planned) / 2) / u64::from(planned);
        percent.min(100) as u8
    })
}

/// A count kept in sevenths (a day's share of "n a week"), to the nearest whole.
/// A whole number of sevenths is never exactly a half, so no tie to break.
fn round_sevenths(sevenths: u64) -> u32 {
    u32::try_from((sevenths * 2 + 7) / 14).unwrap_or(u32::MAX)
}

/// The per-exercise rows, in the order first seen.
#[derive(Default)]
struct Rows {
    index: HashMap<ExerciseKey, usize>,
    list: Vec<(ExerciseKey, Row)>,
}

#[derive(Default)]
struct Row {
    planned_sevenths: u64,
    done: u32,
    skipped: u32,
}

impl Rows {
    fn get(&mut self, exercise: &ExerciseRef) -> &mut Row {
        let i = self.position(&ExerciseKey::from(exercise));
        &mut self.list[i].1
    }

    /// The position of `key`'s row, added at the end when it has none yet.
    fn position(&mut self, key: &ExerciseKey) -> usize {
        if let Some(&i) = self.index.get(key) {
            return i;
        }
        self.list.push((key.clone(), Row::default()));
        self.index.insert(key.clone(), self.list.len() - 1);
        self.list.len() - 1
    }
}

#[cfg(test)]
mod tests {
    use chrono::{DateTime, FixedOffset};

    use super::*;
    use crate::exercises::Dose;
    use crate::{CustomExercise, PlanItem, Session, SessionExercise};

    fn date(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    fn at(text: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(text).unwrap()
    }

    fn item(id: &str, days_per_week: u8, times_per_day: u8) -> PlanItem {
        PlanItem {
            exercise: ExerciseRef::Library { id: id.into() },
            dose: Dose::Reps { sets: 1, reps: 5 },
            days_per_week,
            times_per_day,
            notes: None,
        }
    }

    fn plan(id: i64, created: &str, replaced: Option<&str>, items: Vec<PlanItem>) -> PlanRecord {
        PlanRecord {
            id,
            plan: Plan {
                title: None,
                items,
                author: None,
                review_date: None,
                notes: None,
            },
            source: crate::PlanSource::Default,
            created_at: at(created),
            replaced_at: replaced.map(at),
        }
    }

    fn exercise(id: &str, skipped: Option<SkipReason>) -> SessionExercise {
        SessionExercise {
            exercise: ExerciseRef::Library { id: id.into() },
            planned: Dose::Reps { sets: 1, reps: 5 },
            sets_done: 1,
            reps_done: vec![5],
            hold_seconds: vec![],
            minutes_done: None,
            skipped,
            not_done: false,
        }
    }

    fn session(started: &str, exercises: Vec<SessionExercise>) -> SessionRecord {
        SessionRecord {
            id: 1,
            session: Session {
                started_at: at(started),
                finished_at: at(started) + chrono::Duration::minutes(20),
                exercises,
                effort: 3,
                pain_before: None,
                pain_after: None,
                note: None,
            },
            plan_id: None,
        }
    }

    fn range(first: &str, last: &str) -> DateRange {
        DateRange::new(date(first), date(last)).unwrap()
    }

    /// One row per week: its Monday, planned, done and percent.
    fn check(got: &Adherence, expected: &[(&str, u32, u32, Option<u8>)]) {
        let weeks: Vec<_> = got
            .weeks
            .iter()
            .map(|w| (w.week_start.to_string(), w.planned, w.done, w.percent))
            .collect();
        let expected: Vec<_> = expected
            .iter()
            .map(|(d, p, n, pc)| (d.to_string(), *p, *n, *pc))
            .collect();
        assert_eq!(weeks, expected);
    }

    #[test]
    fn weeks_count_days_against_the_busiest_exercise() {
        let plans = [plan(
            1,
            "2026-02-20T10:00:00+00:00",
            None,
            vec![item("walking", 5, 1), item("bird-dog", 3, 2)],
        )];
        let sessions = [
            session("2026-03-02T08:00:00+00:00", vec![exercise("walking", None)]),
            // A second session the same day is still one day.
            session("2026-03-02T18:00:00+00:00", vec![exercise("walking", None)]),
            session(
                "2026-03-04T08:00:00+00:00",
                vec![exercise("bird-dog", None)],
            ),
            // Everything skipped: the routine was not done that day.
            session(
                "2026-03-05T08:00:00+00:00",
                vec![exercise("walking", Some(SkipReason::NoTime))],
            ),
            session("2026-03-09T08:00:00+00:00", vec![exercise("walking", None)]),
            // Outside the range.
            session("2026-03-16T08:00:00+00:00", vec![exercise("walking", None)]),
        ];
        let got = adherence(&plans, &sessions, &[], range("2026-03-02", "2026-03-15"));
        check(
            &got,
            &[
                ("2026-03-02", 5, 2, Some(40)),
                ("2026-03-09", 5, 1, Some(20)),
            ],
        );
    }

    #[test]
    fn partial_weeks_and_plan_changes() {
        let plans = [
            plan(
                2,
                "2026-03-06T09:00:00+00:00",
                Some("2026-03-11T09:00:00+00:00"),
                vec![item("walking", 5, 1)],
            ),
            plan(
                3,
                "2026-03-11T09:00:00+00:00",
                None,
                vec![item("walking", 7, 1)],
            ),
        ];
        let daily: Vec<SessionRecord> = date("2026-03-01")
            .iter_days()
            .take(21)
            .map(|d| {
                session(
                    &format!("{d}T08:00:00+00:00"),
                    vec![exercise("walking", None)],
                )
            })
            .collect();
        let got = adherence(&plans, &daily, &[], range("2026-03-01", "2026-03-18"));
        check(
            &got,
            &[
                // Sunday 1 March only, before any plan: nothing planned.
                ("2026-02-23", 0, 1, None),
                // Fri–Sun at 5 a week: 15/7, rounds to 2; done 7, capped at 100.
                ("2026-03-02", 2, 7, Some(100)),
                // Mon–Tue at 5 a week, Wed–Sun at 7: 45/7 rounds to 6.
                ("2026-03-09", 6, 7, Some(100)),
                // The range ends on Wednesday: 3 days at 7 a week.
                ("2026-03-16", 3, 3, Some(100)),
            ],
        );
    }

    #[test]
    fn exercises_and_skip_reasons() {
        let custom = ExerciseRef::Custom(CustomExercise {
            name: "Wall squat".into(),
            purpose: None,
            position: None,
            steps: vec![],
            key_points: vec![],
            stop_if: None,
        });
        let mut plans = vec![plan(
            1,
            "2026-03-01T09:00:00+00:00",
            None,
            vec![item("walking", 7, 1), item("bird-dog", 3, 2)],
        )];
        plans[0].plan.items.push(PlanItem {
            exercise: custom.clone(),
            ..item("x", 2, 1)
        });
        let sessions = [
            session(
                "2026-03-02T08:00:00+00:00",
                vec![
                    exercise("walking", None),
                    exercise("bird-dog", Some(SkipReason::TooPainful)),
                    SessionExercise {
                        exercise: custom,
                        ..exercise("x", None)
                    },
                ],
            ),
            session(
                "2026-03-03T08:00:00+00:00",
                vec![
                    exercise("walking", Some(SkipReason::Other { text: None })),
                    exercise("dead-bug", None),
                    // Passed over with Next: neither done nor skipped.
                    SessionExercise {
                        not_done: true,
                        ..exercise("bird-dog", None)
                    },
                ],
            ),
            // Passed over and never settled (an older app's record): the
            // same, and a session of nothing done is no routine day.
            session(
                "2026-03-04T08:00:00+00:00",
                vec![SessionExercise {
                    sets_done: 0,
                    reps_done: vec![],
                    ..exercise("walking", None)
                }],
            ),
        ];
        let reminders = [
            SkipReason::NoTime,
            SkipReason::NoTime,
            SkipReason::TooPainful,
        ];
        let got = adherence(
            &plans,
            &sessions,
            &reminders,
            range("2026-03-01", "2026-03-14"),
        );
        let rows: Vec<_> = got
            .exercises
            .iter()
            .map(|e| (e.exercise.clone(), e.planned, e.done, e.skipped, e.not_done))
            .collect();
        let library = |id: &str| ExerciseKey::Library { id: id.into() };
        // Planned = done + skipped + not done, row by row; an exercise done
        // off-plan has nothing planned and nothing not done.
        assert_eq!(
            rows,
            [
                (library("walking"), 14, 1, 1, 12),
                (library("bird-dog"), 12, 0, 1, 11),
                (
                    ExerciseKey::Custom {
                        name: "Wall squat".into()
                    },
                    4,
                    1,
                    0,
                    3
                ),
                (library("dead-bug"), 0, 1, 0, 0),
            ]
        );
        check(
            &got,
            &[
                ("2026-02-23", 1, 0, Some(0)),
                ("2026-03-02", 7, 2, Some(29)),
                ("2026-03-09", 6, 0, Some(0)),
            ],
        );
        assert_eq!(
            got.range,
            RangeAdherence {
                planned: 14,
                done: 2,
                percent: Some(14)
            },
            "the weeks added up"
        );
        let skips: Vec<_> = got
            .skips
            .iter()
            .map(|s| (s.reason, s.from_sessions, s.from_reminders))
            .collect();
        assert_eq!(
            skips,
            [
                (SkipKind::TooPainful, 1, 1),
                (SkipKind::NoTime, 0, 2),
                (SkipKind::NoSpaceOrEquipment, 0, 0),
                (SkipKind::Other, 1, 0),
            ]
        );
    }

    #[test]
    fn no_plan_and_no_sessions() {
        let got = adherence(&[], &[], &[], range("2026-03-02", "2026-03-08"));
        check(&got, &[("2026-03-02", 0, 0, None)]);
        assert!(got.exercises.is_empty());
        assert_eq!(got.skips.len(), 4);
    }

    #[test]
    fn rounding() {
        assert_eq!(round_sevenths(15), 2);
        assert_eq!(round_sevenths(17), 2);
        assert_eq!(round_sevenths(18), 3);
        assert_eq!(round_sevenths(25), 4);
        assert_eq!(round_sevenths(35), 5);
    }
}
