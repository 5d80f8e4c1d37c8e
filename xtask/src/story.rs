//! The synthetic person `cargo xtask seed` writes, day by day: what they feel,
//! log, do and answer. Deterministic: one `fastrand` generator with a fixed
//! seed, drawn in the same order every run.
//!
//! The pain model: before the first procedure, the usual pain (about 7). A
//! procedure brings a few sore days, then relief that builds to about 3 within
//! a month or so, holds, and fades back from month 10 to about month 14; the
//! next procedure comes about 13 months after the last. Around that level: day
//! to day noise, a little more in the morning and evening, flares of two to
//! five days now and then, and holidays with no diary at all.

use std::fmt;

use chrono::{DateTime, Datelike, Duration, FixedOffset, Local, NaiveDate, TimeZone};
use fastrand::Rng;
use relief_core::pain::{PainTag, Walk};
use relief_core::reminders::{ReminderEvent, ReminderOutcome};
use relief_core::{
    default_plan, default_reminders, timeline, CoreError, CustomExercise, Dose, ExerciseRef,
    Measure, Occurrence, PainDraft, Phase, Plan, PlanItem, PlanSource, ProcedureDraft,
    PsfsActivity, PsfsDraft, Region, ScoredMeasureDraft, SessionDraft, SessionExercise, Side,
    SkipReason,
};
use relief_store::{Batch, StoreError};

/// A person's story, ready to be told into a journal.
pub struct Story {
    start: NaiveDate,
    until: NaiveDate,
    seed: u64,
    courses: Vec<Course>,
}

/// One procedure and what it did.
struct Course {
    date: NaiveDate,
    /// Usual pain before it.
    baseline: u8,
    /// The pain it relieved down to.
    relief: f64,
}

/// What a story wrote, to print.
#[derive(Debug, Default)]
pub struct Counts {
    pub first: NaiveDate,
    pub days: usize,
    pub procedures: usize,
    pub plans: usize,
    pub pain: usize,
    pub pain_with_additions: usize,
    pub sessions: usize,
    pub exercises_skipped: usize,
    pub walks: usize,
    pub psfs: usize,
    pub measures: usize,
    pub reminders: usize,
    pub reminder_events: usize,
}

impl fmt::Display for Counts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let rows = [
            ("days", self.days),
            ("procedures", self.procedures),
            ("plans (phased defaults, then edited)", self.plans),
            ("pain entries", self.pain),
            (
                "  with worst/average, interference or tags",
                self.pain_with_additions,
            ),
            ("sessions", self.sessions),
            ("  exercises skipped with a reason", self.exercises_skipped),
            ("days with walking minutes", self.walks),
            ("PSFS records", self.psfs),
            ("ODI and RMDQ totals", self.measures),
            ("reminders", self.reminders),
            ("reminder events", self.reminder_events),
        ];
        for (what, n) in rows {
            writeln!(f, "  {n:>7}  {what}")?;
        }
        Ok(())
    }
}

/// A rule refused a record the story made (a bug in the story), or the
/// journal failed.
#[derive(Debug)]
pub struct Broken(pub String);

impl From<StoreError> for Broken {
    fn from(e: StoreError) -> Self {
        Broken(format!("the journal: {e}"))
    }
}

impl From<CoreError> for Broken {
    fn from(e: CoreError) -> Self {
        Broken(format!("a rule refused a seeded record: {e}"))
    }
}

const NOTES: [&str; 6] = [
    "Stiff getting out of bed",
    "Long drive today",
    "Better after the walk",
    "Slept badly",
    "Carried the shopping",
    "Good day in the garden",
];
const ROUTINE_MESSAGE: &str = "Time for today's exercises. A little, often, is the aim.";
const DIARY_MESSAGE: &str = "How is your pain today? Take a moment to note it.";

impl Story {
    pub fn new(years: u32, seed: u64, until: NaiveDate) -> Result<Story, String> {
        let start = until
            .checked_sub_months(chrono::Months::new(12 * years))
            .and_then(|d| d.succ_opt())
            .ok_or("the start date is before the calendar")?;
        let mut rng = Rng::with_seed(seed);
        let mut courses = Vec::new();
        let mut date = start + Duration::days(rng.i64(25..=40));
        while date <= until {
            courses.push(Course {
                date,
                baseline: if courses.is_empty() {
                    7
                } else {
                    *[6, 7, 7, 7, 8].get(rng.usize(0..5)).unwrap_or(&7)
                },
                relief: 2.5 + rng.f64() * 1.1,
            });
            date += Duration::days(rng.i64(385..=410));
        }
        Ok(Story {
            start,
            until,
            seed,
            courses,
        })
    }

    /// Writes the story into `batch`, day by day.
    pub fn tell(&self, batch: &Batch<'_>) -> Result<Counts, Broken> {
        let mut rng = Rng::with_seed(self.seed ^ 0x5eed_5eed);
        let mut counts = Counts {
            first: self.start,
            ..Counts::default()
        };
        let reminder_ids = {
            let now = at(self.start, 9, 0);
            let mut ids = Vec::new();
            for draft in default_reminders(ROUTINE_MESSAGE, DIARY_MESSAGE) {
                ids.push(
                    batch
                        .add_reminder(&draft.validate(now.naive_local())?, now)?
                        .id,
                );
                counts.reminders += 1;
            }
            ids
        };
        let plans = self.plan_changes(&mut rng)?;
        let mut next_plan = plans.iter().peekable();
        let mut plan: Option<(i64, Plan)> = None;
        let mut day = Day::default();
        let mut next_psfs = self.start + Duration::days(rng.i64(7..=21));
        let mut next_odi = self.start + Duration::days(rng.i64(14..=30));
        let mut next_rmdq = next_odi + Duration::days(45);

        for date in self.start.iter_days().take_while(|d| *d <= self.until) {
            counts.days += 1;
            if let Some(course) = self.courses.iter().find(|c| c.date == date) {
                self.record_procedure(batch, course)?;
                counts.procedures += 1;
            }
            while let Some((_, p, source)) = next_plan.next_if(|(d, _, _)| *d <= date) {
                let record = batch.replace_plan(p, *source, at(date, 9, 0))?;
                plan = Some((record.id, record.plan));
                counts.plans += 1;
            }
            day.advance(&mut rng);
            let level = self.level(date) + day.flare_boost();

            let logged_pain = self.log_pain(batch, &mut rng, &mut counts, date, level, &day)?;
            let routine = plan
                .as_ref()
                .map(|(id, p)| (*id, routine_for(p, date)))
                .filter(|(_, items)| !items.is_empty());
            let done = match &routine {
                Some((plan_id, items)) => {
                    self.do_routine(batch, &mut rng, &mut counts, date, &day, *plan_id, items)?
                }
                None => Routine::RestDay,
            };
            let walk_chance = if day.holiday > 0 { 0.5 } else { 0.78 };
            if rng.f64() < walk_chance {
                let minutes = ((10.0 - level) * 6.0 + rng.f64() * 25.0) / 5.0;
                let minutes = (minutes.round() * 5.0).clamp(5.0, 120.0);
                batch.set_walking(&Walk::new(date, minutes, self.until)?, at(date, 21, 0))?;
                counts.walks += 1;
            }
            counts.reminder_events += answer_reminders(
                batch,
                &mut rng,
                &reminder_ids,
                date,
                &day,
                done,
                logged_pain,
            )?;

            if date >= next_psfs && day.holiday == 0 {
                self.fill_psfs(batch, &mut rng, date, level)?;
                counts.psfs += 1;
                next_psfs = date + Duration::days(rng.i64(35..=49));
            }
            if date >= next_odi {
                self.score(batch, &mut rng, Measure::Odi, date, level)?;
                counts.measures += 1;
                next_odi = date + Duration::days(rng.i64(81..=101));
            }
            if date >= next_rmdq {
                self.score(batch, &mut rng, Measure::Rmdq, date, level)?;
                counts.measures += 1;
                next_rmdq = date + Duration::days(rng.i64(81..=101));
            }
        }
        Ok(counts)
    }

    /// The usual pain level on `date`, before noise and flares.
    fn level(&self, date: NaiveDate) -> f64 {
        let Some(course) = self.courses.iter().rev().find(|c| c.date <= date) else {
            return self.courses.first().map_or(7.0, |c| f64::from(c.baseline)) - 0.3;
        };
        let t = (date - course.date).num_days() as f64;
        let before = f64::from(course.baseline);
        if t < 10.0 {
            // Sore for a few days, as the procedure's own wound settles.
            return before + 0.5 - t * 0.05;
        }
        let relieved = course.relief + (before - course.relief) * (-(t - 10.0) / 9.0).exp();
        // From month 10, the nerves regrow and the pain returns over four months.
        let fade = ((t - 300.0) / 130.0).clamp(0.0, 1.0);
        let fade = fade * fade * (3.0 - 2.0 * fade);
        relieved + (before - relieved) * fade
    }

    /// Every plan change: the phased default plan through each procedure's
    /// first phases, then one the physio edited.
    fn plan_changes(&self, rng: &mut Rng) -> Result<Vec<(NaiveDate, Plan, PlanSource)>, Broken> {
        let mut changes = vec![(
            self.start,
            default_plan(Phase::Planned),
            PlanSource::Default,
        )];
        for (i, course) in self.courses.iter().enumerate() {
            // A course's plans last until the next procedure starts its own.
            let next = self.courses.get(i + 1).map_or(self.until, |c| c.date);
            let phased = timeline::spans(course.date)
                .into_iter()
                .filter(|span| {
                    matches!(
                        span.phase,
                        Phase::Recovery | Phase::ReliefBuilds | Phase::Strengthen
                    )
                })
                .map(|span| (span.starts, default_plan(span.phase), PlanSource::Default));
            let edited_on = course.date + Duration::days(rng.i64(120..=170));
            let edited = edited_plan(rng, i).validate(edited_on)?;
            changes.extend(
                phased
                    .chain([(edited_on, edited, PlanSource::Edited)])
                    .filter(|(d, _, _)| *d < next),
            );
        }
        Ok(changes)
    }

    fn record_procedure(&self, batch: &Batch<'_>, course: &Course) -> Result<(), Broken> {
        let draft = ProcedureDraft {
            date: course.date.to_string(),
            region: Some(Region::Lumbar),
            levels: vec!["L4-L5".into(), "L5-S1".into()],
            side: Some(Side::Both),
            clinic: Some("Kent Spine Centre".into()),
            clinician: None,
            clinic_phone: None,
            baseline_pain: Some(f64::from(course.baseline)),
            notes: None,
        };
        batch.add_procedure(&draft.validate(course.date)?, at(course.date, 17, 0))?;
        Ok(())
    }

    /// One to three entries, unless on holiday or a day simply not logged.
    /// Returns whether anything was logged.
    fn log_pain(
        &self,
        batch: &Batch<'_>,
        rng: &mut Rng,
        counts: &mut Counts,
        date: NaiveDate,
        level: f64,
        day: &Day,
    ) -> Result<bool, Broken> {
        if day.holiday > 0 || rng.f64() < 0.1 {
            return Ok(false);
        }
        let how_many = match rng.u32(0..100) {
            0..55 => 1,
            55..85 => 2,
            _ => 3,
        };
        // Morning, afternoon, evening: stiff on waking, tired at night.
        let slots: [(u32, f64); 3] = [(8, 0.4), (14, -0.2), (20, 0.3)];
        let chosen: Vec<&(u32, f64)> = match how_many {
            1 => vec![&slots[2 * rng.usize(0..2)]],
            2 => vec![&slots[0], &slots[2]],
            _ => slots.iter().collect(),
        };
        for (hour, lift) in chosen {
            let score = (level + lift + noise(rng)).round().clamp(0.0, 10.0);
            let mut draft = PainDraft {
                score,
                note: (rng.f64() < 0.06).then(|| NOTES[rng.usize(0..NOTES.len())].to_owned()),
                recorded_at: None,
                worst_24h: None,
                average_24h: None,
                interference: None,
                tags: None,
            };
            if rng.f64() < 0.12 {
                let worst = (score + 1.0 + f64::from(rng.u8(0..3))).min(10.0);
                draft.worst_24h = Some(worst);
                draft.average_24h = Some(level.round().clamp(0.0, worst));
            }
            if rng.f64() < 0.1 {
                draft.interference = Some((level - 1.0 + noise(rng)).round().clamp(0.0, 10.0));
            }
            if rng.f64() < 0.2 {
                let weekday = date.weekday().num_days_from_monday() < 5;
                let tags: Vec<PainTag> = [
                    (*hour == 8, PainTag::Morning, 0.6),
                    (*hour == 8, PainTag::Sleep, 0.3),
                    (*hour == 14 && weekday, PainTag::Work, 0.5),
                    (*hour == 20, PainTag::AfterExercise, 0.4),
                ]
                .into_iter()
                .filter(|(fits, _, p)| *fits && rng.f64() < *p)
                .map(|(_, tag, _)| tag)
                .collect();
                draft.tags = (!tags.is_empty()).then_some(tags);
            }
            let extras =
                draft.worst_24h.is_some() || draft.interference.is_some() || draft.tags.is_some();
            let felt = at(date, *hour, rng.u32(0..50));
            draft.recorded_at = Some(felt.to_rfc3339());
            batch.add_pain(&draft.validate(felt)?, felt + Duration::minutes(2))?;
            counts.pain += 1;
            counts.pain_with_additions += usize::from(extras);
        }
        Ok(true)
    }

    /// A session on a day the plan asks for one, most days; some exercises
    /// skipped with a reason, and on some days only the reason.
    #[allow(clippy::too_many_arguments)]
    fn do_routine(
        &self,
        batch: &Batch<'_>,
        rng: &mut Rng,
        counts: &mut Counts,
        date: NaiveDate,
        day: &Day,
        plan_id: i64,
        items: &[&PlanItem],
    ) -> Result<Routine, Broken> {
        let chance = match (day.holiday > 0, day.flare > 0) {
            (true, _) => 0.0,
            (false, true) => 0.5,
            (false, false) => 0.85,
        };
        let done = rng.f64() < chance;
        if !done && (day.holiday > 0 || rng.f64() > 0.35) {
            return Ok(Routine::Missed);
        }
        let weekend = date.weekday().num_days_from_monday() >= 5;
        let started = at(date, if weekend { 9 } else { 17 }, rng.u32(0..60));
        let whole_day_reason = (!done).then(|| reason(rng, day.flare > 0));
        let mut minutes = 0;
        let exercises: Vec<SessionExercise> = items
            .iter()
            .map(|item| {
                let skipped = whole_day_reason.clone().or_else(|| {
                    let chance = if day.flare > 0 { 0.2 } else { 0.05 };
                    (rng.f64() < chance).then(|| reason(rng, day.flare > 0))
                });
                counts.exercises_skipped += usize::from(skipped.is_some());
                if skipped.is_none() {
                    minutes += match item.dose {
                        Dose::Minutes { minutes } => i64::from(minutes),
                        _ => 2,
                    };
                }
                performed(item, skipped)
            })
            .collect();
        let finished = started + Duration::minutes(minutes + rng.i64(1..6));
        let before = (rng.f64() < 0.4).then(|| (self.level(date) + 0.3).round().clamp(0.0, 10.0));
        let draft = SessionDraft {
            started_at: started.to_rfc3339(),
            finished_at: finished.to_rfc3339(),
            exercises,
            effort: f64::from(rng.u8(2..7)),
            pain_before: before,
            pain_after: before.map(|b| (b - f64::from(rng.u8(0..2))).max(0.0)),
            note: None,
        };
        batch.add_session(&draft.validate(finished)?, Some(plan_id), finished)?;
        counts.sessions += 1;
        Ok(if done {
            Routine::Done
        } else {
            Routine::Skipped(whole_day_reason.unwrap_or(SkipReason::NoTime))
        })
    }

    fn fill_psfs(
        &self,
        batch: &Batch<'_>,
        rng: &mut Rng,
        date: NaiveDate,
        level: f64,
    ) -> Result<(), Broken> {
        // After four years a new hard thing replaces one that got easy.
        let third = if (date - self.start).num_days() > 4 * 365 {
            "Lifting my grandson"
        } else {
            "Gardening"
        };
        let activities = [
            ("Walking to the shops", 0.5),
            ("Sitting through a film", -0.5),
            (third, -1.0),
        ]
        .into_iter()
        .map(|(name, ease)| PsfsActivity {
            name: name.into(),
            score: (10.5 - level * 1.1 + ease + noise(rng))
                .round()
                .clamp(0.0, 10.0) as u8,
        })
        .collect();
        let psfs = PsfsDraft {
            activities,
            recorded_on: date,
        }
        .validate(self.until)?;
        batch.add_psfs(&psfs, at(date, 11, 0))?;
        Ok(())
    }

    /// An ODI (an even percentage; now and then one section unanswered, which
    /// makes a fraction) or an RMDQ count, following the pain.
    fn score(
        &self,
        batch: &Batch<'_>,
        rng: &mut Rng,
        measure: Measure,
        date: NaiveDate,
        level: f64,
    ) -> Result<(), Broken> {
        let (total, scored_by) = match measure {
            Measure::Odi if rng.f64() < 0.1 => {
                let sum = (level * 3.0 + noise(rng) * 2.0).round().clamp(0.0, 45.0);
                (
                    (sum / 45.0 * 10_000.0).round() / 100.0,
                    Some("Kent Spine Centre"),
                )
            }
            Measure::Odi => {
                let sum = (level * 3.4 + noise(rng) * 2.0).round().clamp(0.0, 50.0);
                (sum * 2.0, Some("Kent Spine Centre"))
            }
            Measure::Rmdq => (
                (level * 2.0 + noise(rng) * 1.5).round().clamp(0.0, 24.0),
                None,
            ),
        };
        let draft = ScoredMeasureDraft {
            measure,
            total,
            recorded_on: date,
            scored_by: scored_by.map(String::from),
        };
        batch.add_measure(&draft.validate(self.until)?, at(date, 12, 0))?;
        Ok(())
    }
}

/// What became of the day's routine, for the reminder's answer.
enum Routine {
    RestDay,
    Done,
    /// Not done, and nothing logged.
    Missed,
    /// A session logged with every exercise skipped for this reason.
    Skipped(SkipReason),
}

/// Holidays and flares: spells that last some days.
#[derive(Default)]
struct Day {
    holiday: u32,
    flare: u32,
    boost: f64,
}

impl Day {
    fn advance(&mut self, rng: &mut Rng) {
        self.holiday = self.holiday.saturating_sub(1);
        if self.holiday == 0 && rng.u32(0..110) == 0 {
            self.holiday = rng.u32(3..=14);
        }
        self.flare = self.flare.saturating_sub(1);
        if self.flare == 0 && rng.u32(0..45) == 0 {
            self.flare = rng.u32(2..=5);
            self.boost = 1.5 + rng.f64() * 1.5;
        }
    }

    fn flare_boost(&self) -> f64 {
        if self.flare > 0 {
            self.boost
        } else {
            0.0
        }
    }
}

/// Day-to-day noise: roughly normal, mostly within ±1.5.
fn noise(rng: &mut Rng) -> f64 {
    (rng.f64() + rng.f64() + rng.f64() - 1.5) * 1.2
}

fn reason(rng: &mut Rng, flare: bool) -> SkipReason {
    let painful = if flare { 60 } else { 25 };
    match rng.u32(0..100) {
        n if n < painful => SkipReason::TooPainful,
        n if n < painful + 25 => SkipReason::NoTime,
        n if n < painful + 35 => SkipReason::NoSpaceOrEquipment,
        _ => SkipReason::Other {
            text: rng.bool().then(|| "Visitors all day".to_owned()),
        },
    }
}

/// The plan's exercises due on `date`'s weekday: an exercise asked for n days
/// a week falls on the same n weekdays every week.
fn routine_for(plan: &Plan, date: NaiveDate) -> Vec<&PlanItem> {
    let weekday = date.weekday().num_days_from_monday() as usize;
    plan.items
        .iter()
        .filter(|item| weekdays(item.days_per_week)[weekday])
        .collect()
}

/// Which weekdays (Monday first) "n days a week" means here.
fn weekdays(n: u8) -> [bool; 7] {
    let on = |days: &[usize]| {
        let mut week = [false; 7];
        for d in days {
            week[*d] = true;
        }
        week
    };
    match n {
        0 => [false; 7],
        1 => on(&[2]),
        2 => on(&[1, 3]),
        3 => on(&[0, 2, 4]),
        4 => on(&[0, 1, 3, 4]),
        5 => on(&[0, 1, 2, 3, 4]),
        6 => on(&[0, 1, 2, 3, 4, 5]),
        _ => [true; 7],
    }
}

/// What was done of `item`, as planned, or nothing when skipped.
fn performed(item: &PlanItem, skipped: Option<SkipReason>) -> SessionExercise {
    let mut done = SessionExercise {
        exercise: item.exercise.clone(),
        planned: item.dose,
        sets_done: 0,
        reps_done: vec![],
        hold_seconds: vec![],
        minutes_done: None,
        skipped: None,
        not_done: false,
    };
    if skipped.is_some() {
        done.skipped = skipped;
        return done;
    }
    let small = |n: u32| u8::try_from(n).unwrap_or(u8::MAX);
    match item.dose {
        Dose::Reps { sets, reps } => {
            done.sets_done = small(sets);
            done.reps_done = vec![small(reps); sets as usize];
        }
        Dose::Hold {
            sets,
            reps,
            seconds,
        } => {
            done.sets_done = small(sets);
            done.reps_done = vec![small(reps); sets as usize];
            done.hold_seconds =
                vec![u16::try_from(seconds).unwrap_or(u16::MAX); (sets * reps) as usize];
        }
        Dose::Minutes { minutes } => {
            done.minutes_done = Some(u16::try_from(minutes).unwrap_or(u16::MAX));
        }
    }
    done
}

/// The physio's plan after the `course`-th procedure: fewer exercises, more
/// walking, and a wall squat of their own.
fn edited_plan(rng: &mut Rng, course: usize) -> Plan {
    let keep = [
        "walking",
        "cat-camel",
        "bird-dog",
        "dead-bug",
        "glute-bridge",
        "side-bridge",
    ];
    let mut items: Vec<PlanItem> = default_plan(Phase::Strengthen)
        .items
        .into_iter()
        .filter(|i| i.exercise.library_id().is_some_and(|id| keep.contains(&id)))
        .collect();
    for item in &mut items {
        if item.exercise.library_id() == Some("walking") {
            item.days_per_week = 6;
            item.dose = Dose::Minutes {
                minutes: 20 + 5 * (course as u32).min(4),
            };
        }
    }
    // Now and then the physio drops one more.
    if rng.bool() && items.len() > 4 {
        items.remove(rng.usize(1..items.len()));
    }
    items.push(PlanItem {
        exercise: ExerciseRef::Custom(CustomExercise {
            name: "Wall squat".into(),
            purpose: None,
            position: None,
            steps: vec![
                "Stand with your back against a wall, feet a step forward.".into(),
                "Slide down until your knees are a little bent, then back up.".into(),
            ],
            key_points: vec!["Keep your back against the wall.".into()],
            stop_if: Some("Your knees hurt.".into()),
        }),
        dose: Dose::Reps { sets: 2, reps: 8 },
        days_per_week: 3,
        times_per_day: 1,
        notes: None,
    });
    Plan {
        title: Some("Strength and walking".into()),
        items,
        author: Some("Sam, physiotherapist".into()),
        review_date: None,
        notes: Some("Keep walking daily; build the squat slowly.".into()),
    }
}

/// The reminders' answers on `date`: the routine reminder at 10:00 and the
/// diary at 19:00. Returns how many events were recorded.
fn answer_reminders(
    batch: &Batch<'_>,
    rng: &mut Rng,
    ids: &[i64],
    date: NaiveDate,
    day: &Day,
    routine: Routine,
    logged_pain: bool,
) -> Result<usize, Broken> {
    let [routine_id, diary_id] = ids else {
        return Ok(0);
    };
    let routine_outcome = match routine {
        _ if day.holiday > 0 => ReminderOutcome::Shown,
        Routine::Done if rng.f64() < 0.75 => ReminderOutcome::Done,
        Routine::Skipped(reason) => ReminderOutcome::Skipped { reason },
        Routine::Missed => match rng.u32(0..100) {
            0..45 => ReminderOutcome::Skipped {
                reason: reason(rng, day.flare > 0),
            },
            45..55 => ReminderOutcome::Snoozed,
            _ => ReminderOutcome::Shown,
        },
        _ => ReminderOutcome::Shown,
    };
    let diary_outcome = if logged_pain && rng.f64() < 0.65 {
        ReminderOutcome::Done
    } else {
        ReminderOutcome::Shown
    };
    // Away from the computer, a reminder comes as part of the catch-up.
    let from_catch_up = day.holiday > 0 && rng.bool();
    for (id, hour, outcome) in [
        (*routine_id, 10, routine_outcome),
        (*diary_id, 19, diary_outcome),
    ] {
        let due = at(date, hour, 0);
        let event = ReminderEvent {
            occurrence: Occurrence {
                reminder_id: id,
                local: due.naive_local(),
                due: due.to_utc(),
            },
            outcome,
            from_catch_up,
        };
        batch.record_reminder_event(&event, due + Duration::minutes(3))?;
    }
    Ok(2)
}

/// `hour`:`minute` on `date` on this machine's wall clock (an hour that a
/// clock change skips is read as UTC: never at the hours used here).
fn at(date: NaiveDate, hour: u32, minute: u32) -> DateTime<FixedOffset> {
    let naive = date
        .and_hms_opt(hour, minute, 0)
        .expect("the story's hours are 8 to 21 and minutes under 60");
    Local
        .from_local_datetime(&naive)
        .earliest()
        .unwrap_or_else(|| Local.from_utc_datetime(&naive))
        .fixed_offset()
}
