// The guided session as plain data: where the person is in today's plan, what
// they have done, and the hold and rest timers. Every function takes `now`
// (milliseconds, from Date.now()) and returns a new state, so the markup in
// views/routine/Player.svelte only renders and tests pin the clock.
//
// Timers are wall-clock deadlines, never counted ticks: a window that was
// hidden or throttled shows the right time as soon as it renders again.
// Pausing stores what was left; resuming sets a fresh deadline from it.
import type { Dose } from './ipc/bindings/Dose';
import type { PlanItem } from './ipc/bindings/PlanItem';
import type { SessionDraft } from './ipc/bindings/SessionDraft';
import type { SessionExercise } from './ipc/bindings/SessionExercise';
import type { SkipReason } from './ipc/bindings/SkipReason';

/** Rest between sets, and after an exercise before the next. Skippable. */
export const REST_SECONDS = 30;

/** A countdown: running towards a deadline, or stopped with what was left. */
export type Timer =
  | { running: true; totalMs: number; endsAt: number }
  | { running: false; totalMs: number; leftMs: number };

export type Step =
  /** Waiting for the person: the next rep, the next hold, or minutes to mark. */
  | { kind: 'ready' }
  | { kind: 'hold'; timer: Timer }
  /** A rest before the next set, or (`next`) before the next exercise, which
   * the session moves on to by itself when the rest ends. */
  | { kind: 'rest'; timer: Timer; next?: true }
  /** Every set is done, the minutes are marked, or the exercise was skipped. */
  | { kind: 'complete' };

export interface Progress {
  setsDone: number;
  /** Reps (or holds) done in each set begun. */
  repsDone: number[];
  /** Seconds held, one entry per hold. */
  holdSeconds: number[];
  minutesDone?: number;
  skipped?: SkipReason;
}

export interface PlayerState {
  items: readonly PlanItem[];
  /** The exercise on show; `items.length` means the end form. */
  index: number;
  progress: Progress[];
  step: Step;
  paused: boolean;
  startedAt: number;
}

const emptyProgress = (): Progress => ({ setsDone: 0, repsDone: [], holdSeconds: [] });

export function start(items: readonly PlanItem[], now: number): PlayerState {
  return {
    items,
    index: 0,
    progress: items.map(emptyProgress),
    step: { kind: 'ready' },
    paused: false,
    startedAt: now,
  };
}

// ---- Timers -----------------------------------------------------------------

export function startTimer(seconds: number, now: number): Timer {
  return { running: true, totalMs: seconds * 1000, endsAt: now + seconds * 1000 };
}

export function leftMs(timer: Timer, now: number): number {
  return timer.running ? Math.max(0, timer.endsAt - now) : timer.leftMs;
}

/** Whole seconds left, rounded up: "5" until the last fraction has gone. */
export function secondsLeft(timer: Timer, now: number): number {
  return Math.ceil(leftMs(timer, now) / 1000);
}

export function stopTimer(timer: Timer, now: number): Timer {
  return timer.running ? { running: false, totalMs: timer.totalMs, leftMs: leftMs(timer, now) } : timer;
}

export function restartTimer(timer: Timer, now: number): Timer {
  return timer.running ? timer : { running: true, totalMs: timer.totalMs, endsAt: now + timer.leftMs };
}

// ---- Where the person is ----------------------------------------------------

export const current = (state: PlayerState): PlanItem | undefined => state.items[state.index];
export const atEnd = (state: PlayerState) => state.index >= state.items.length;

export function setsOf(dose: Dose): number {
  return dose.kind === 'minutes' ? 1 : dose.sets;
}

/** The set being worked on, counted from 1 (capped at the last set). */
export function setNumber(state: PlayerState): number {
  const item = current(state);
  if (!item) return 0;
  const p = state.progress[state.index];
  return Math.min(p.setsDone + 1, setsOf(item.dose));
}

/** Reps (or holds) done in the set being worked on. */
export function repsInSet(state: PlayerState): number {
  const p = state.progress[state.index];
  if (!p) return 0;
  const item = current(state);
  // Once every set is done, show the last set full rather than a new one empty.
  const set = item && p.setsDone >= setsOf(item.dose) ? p.setsDone - 1 : p.setsDone;
  return p.repsDone[set] ?? 0;
}

function isComplete(item: PlanItem, p: Progress): boolean {
  if (p.skipped) return true;
  if (item.dose.kind === 'minutes') return p.minutesDone !== undefined;
  return p.setsDone >= item.dose.sets;
}

function withProgress(state: PlayerState, update: (p: Progress) => Progress): Progress[] {
  return state.progress.map((p, i) => (i === state.index ? update(p) : p));
}

// ---- What the person does ---------------------------------------------------

/** Show exercise `index` (or the end form); a hold or rest on show is dropped. */
export function goTo(state: PlayerState, index: number): PlayerState {
  const to = Math.max(0, Math.min(index, state.items.length));
  const item = state.items[to];
  const step: Step = item && isComplete(item, state.progress[to]) ? { kind: 'complete' } : { kind: 'ready' };
  return { ...state, index: to, step, paused: false };
}

export const next = (state: PlayerState) => goTo(state, state.index + 1);
export const previous = (state: PlayerState) => goTo(state, state.index - 1);
export const finish = (state: PlayerState) => goTo(state, state.items.length);

/** One more rep or hold counted in the current set; the set ends when it is full. */
function countOne(state: PlayerState, heldSeconds: number | null, now: number): PlayerState {
  const item = current(state)!;
  if (item.dose.kind === 'minutes') return state;
  const { sets, reps } = item.dose;
  const p = state.progress[state.index];
  const set = p.setsDone;
  const repsDone = [...p.repsDone];
  repsDone[set] = (repsDone[set] ?? 0) + 1;
  const holdSeconds = heldSeconds === null ? p.holdSeconds : [...p.holdSeconds, heldSeconds];
  if (repsDone[set] < reps) {
    return { ...state, progress: withProgress(state, () => ({ ...p, repsDone, holdSeconds })), step: { kind: 'ready' } };
  }
  const setsDone = set + 1;
  const progress = withProgress(state, () => ({ ...p, setsDone, repsDone, holdSeconds }));
  const step: Step =
    setsDone < sets ? { kind: 'rest', timer: startTimer(REST_SECONDS, now) } : afterExercise(state, now);
  return { ...state, progress, step };
}

/** What follows a finished exercise: a rest, then the next exercise; after
 * the last, the exercise stays complete and the end is one press away. */
function afterExercise(state: PlayerState, now: number): Step {
  return state.index < state.items.length - 1
    ? { kind: 'rest', timer: startTimer(REST_SECONDS, now), next: true }
    : { kind: 'complete' };
}

/** Space on a reps exercise: one rep done. */
export function rep(state: PlayerState, now: number): PlayerState {
  if (state.paused || state.step.kind !== 'ready' || current(state)?.dose.kind !== 'reps') return state;
  return countOne(state, null, now);
}

export function startHold(state: PlayerState, now: number): PlayerState {
  const item = current(state);
  if (state.paused || state.step.kind !== 'ready' || item?.dose.kind !== 'hold') return state;
  return { ...state, step: { kind: 'hold', timer: startTimer(item.dose.seconds, now) } };
}

/** Ends the hold now (early, or at its deadline); records the whole seconds held. */
export function endHold(state: PlayerState, now: number): PlayerState {
  if (state.paused || state.step.kind !== 'hold') return state;
  const { timer } = state.step;
  const held = Math.round((timer.totalMs - leftMs(timer, now)) / 1000);
  return countOne(state, held, now);
}

/** Ends a rest now (early, or at its deadline): the next set, or after an
 * exercise's last set the next exercise. */
export function skipRest(state: PlayerState): PlayerState {
  if (state.paused || state.step.kind !== 'rest') return state;
  if (state.step.next) return next(state);
  return { ...state, step: { kind: 'ready' } };
}

/** A timed exercise (walking): the minutes the person did, then on to the
 * next exercise after a rest. */
export function markMinutes(state: PlayerState, minutes: number, now: number): PlayerState {
  if (current(state)?.dose.kind !== 'minutes') return state;
  const done = Math.max(0, Math.round(minutes));
  const progress = withProgress(state, (p) => ({ ...p, setsDone: 1, minutesDone: done }));
  return { ...state, progress, step: afterExercise(state, now), paused: false };
}

/** Skips the exercise on show with a reason, and moves on. What was counted
 * is dropped: a skipped exercise was not done. */
export function skip(state: PlayerState, reason: SkipReason): PlayerState {
  if (atEnd(state)) return state;
  const clean: SkipReason =
    reason.reason === 'other' && reason.text?.trim()
      ? { reason: 'other', text: reason.text.trim() }
      : reason.reason === 'other'
        ? { reason: 'other' }
        : reason;
  const progress = withProgress(state, () => ({ ...emptyProgress(), skipped: clean }));
  return next({ ...state, progress });
}

/** Un-skips the exercise on show, to do it after all. */
export function unskip(state: PlayerState): PlayerState {
  if (!state.progress[state.index]?.skipped) return state;
  const progress = withProgress(state, () => emptyProgress());
  return { ...state, progress, step: { kind: 'ready' } };
}

export function pause(state: PlayerState, now: number): PlayerState {
  if (state.paused) return state;
  const step = state.step;
  const frozen: Step =
    step.kind === 'hold' || step.kind === 'rest' ? { ...step, timer: stopTimer(step.timer, now) } : step;
  return { ...state, step: frozen, paused: true };
}

export function resume(state: PlayerState, now: number): PlayerState {
  if (!state.paused) return state;
  const step = state.step;
  const thawed: Step =
    step.kind === 'hold' || step.kind === 'rest' ? { ...step, timer: restartTimer(step.timer, now) } : step;
  return { ...state, step: thawed, paused: false };
}

/** Called on every render tick: a hold or rest whose deadline has passed ends
 * as if it ended on time. Returns the same object when nothing changed. */
export function tick(state: PlayerState, now: number): PlayerState {
  const step = state.step;
  if (state.paused || (step.kind !== 'hold' && step.kind !== 'rest') || !step.timer.running) return state;
  if (now < step.timer.endsAt) return state;
  return step.kind === 'hold' ? endHold(state, step.timer.endsAt) : skipRest(state);
}

// ---- What to announce -------------------------------------------------------

/** A phase change worth saying aloud (never the seconds ticking by). */
export type Cue =
  | { kind: 'hold'; seconds: number }
  | { kind: 'relax'; done: number; of: number }
  | { kind: 'rest'; seconds: number }
  /** The exercise is done; a rest, then the exercise at `next`. */
  | { kind: 'done-rest'; seconds: number; next: number }
  | { kind: 'set'; set: number; sets: number }
  | { kind: 'complete' };

export function cue(before: PlayerState, after: PlayerState): Cue | null {
  if (before.index !== after.index || after.paused || atEnd(after)) return null;
  const item = current(after)!;
  const a = after.step;
  const b = before.step;
  if (a.kind === 'hold' && b.kind !== 'hold') return { kind: 'hold', seconds: Math.round(a.timer.totalMs / 1000) };
  if (a.kind === 'rest' && b.kind !== 'rest') {
    return a.next ? { kind: 'done-rest', seconds: REST_SECONDS, next: after.index + 1 } : { kind: 'rest', seconds: REST_SECONDS };
  }
  if (a.kind === 'complete' && b.kind !== 'complete') return { kind: 'complete' };
  if (a.kind === 'ready' && b.kind === 'rest') return { kind: 'set', set: setNumber(after), sets: setsOf(item.dose) };
  if (a.kind === 'ready' && b.kind === 'hold' && item.dose.kind === 'hold') {
    return { kind: 'relax', done: repsInSet(after), of: item.dose.reps };
  }
  return null;
}

// ---- The record -------------------------------------------------------------

export function sessionExercises(state: PlayerState): SessionExercise[] {
  return state.items.map((item, i) => {
    const p = state.progress[i];
    const done: SessionExercise = {
      exercise: item.exercise,
      planned: item.dose,
      setsDone: p.skipped ? 0 : p.setsDone,
      repsDone: p.skipped ? [] : p.repsDone,
      holdSeconds: p.skipped ? [] : p.holdSeconds,
    };
    if (p.minutesDone !== undefined && !p.skipped) done.minutesDone = p.minutesDone;
    if (p.skipped) done.skipped = p.skipped;
    return done;
  });
}

export interface Feedback {
  effort: number;
  painBefore?: number | null;
  painAfter?: number | null;
  note?: string;
}

export function sessionDraft(state: PlayerState, feedback: Feedback, now: number): SessionDraft {
  const draft: SessionDraft = {
    startedAt: toRfc3339(new Date(state.startedAt)),
    finishedAt: toRfc3339(new Date(now)),
    exercises: sessionExercises(state),
    effort: feedback.effort,
  };
  if (feedback.painBefore != null) draft.painBefore = feedback.painBefore;
  if (feedback.painAfter != null) draft.painAfter = feedback.painAfter;
  const note = feedback.note?.trim();
  if (note) draft.note = note;
  return draft;
}

/** 2026-11-25T09:30:00+01:00: local wall time with the local offset, to the second. */
export function toRfc3339(date: Date): string {
  const pad = (n: number) => String(Math.floor(Math.abs(n))).padStart(2, '0');
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` +
    `${sign}${pad(offset / 60)}:${pad(offset % 60)}`
  );
}
