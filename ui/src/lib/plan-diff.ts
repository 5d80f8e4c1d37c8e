// What a new plan changes, item by item, against the current one: which
// exercises are new, which are gone, which changed (amount, days a week,
// times a day, notes, or a custom exercise's own instructions) and which stay
// the same. Pure: no words, no IPC; the import preview turns it into text.
//
// Items are matched by library id, and custom exercises by name (ignoring
// case and extra spaces). An exercise listed twice is matched in order: the
// first with the first, the second with the second.
import type { CustomExercise } from './ipc/bindings/CustomExercise';
import type { Dose } from './ipc/bindings/Dose';
import type { ExerciseRef } from './ipc/bindings/ExerciseRef';
import type { Plan } from './ipc/bindings/Plan';
import type { PlanItem } from './ipc/bindings/PlanItem';

/** What can differ between two matched items, in the order they are shown. */
export type ChangedField = 'dose' | 'daysPerWeek' | 'timesPerDay' | 'notes' | 'instructions';

export interface ChangedItem {
  before: PlanItem;
  after: PlanItem;
  fields: ChangedField[];
}

export interface UnchangedItem {
  before: PlanItem;
  after: PlanItem;
}

export interface PlanDiff {
  /** In the new plan's order. */
  added: PlanItem[];
  /** In the current plan's order. */
  removed: PlanItem[];
  /** In the new plan's order. */
  changed: ChangedItem[];
  /** In the new plan's order. */
  unchanged: UnchangedItem[];
}

/** The key two items share when they are the same exercise. */
export function itemKey(ref: ExerciseRef): string {
  return ref.kind === 'library'
    ? `library:${ref.id}`
    : `custom:${ref.name.trim().replace(/\s+/g, ' ').toLowerCase()}`;
}

export function sameDose(a: Dose, b: Dose): boolean {
  switch (a.kind) {
    case 'reps':
      return b.kind === 'reps' && a.sets === b.sets && a.reps === b.reps;
    case 'hold':
      return b.kind === 'hold' && a.sets === b.sets && a.reps === b.reps && a.seconds === b.seconds;
    case 'minutes':
      return b.kind === 'minutes' && a.minutes === b.minutes;
  }
}

/** Notes that are missing, empty or only spaces are the same: no notes. */
const noteText = (notes: string | undefined) => notes?.trim() ?? '';

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((line, i) => line.trim() === b[i].trim());

function sameInstructions(a: CustomExercise, b: CustomExercise): boolean {
  return (
    a.purpose === b.purpose &&
    a.position === b.position &&
    sameList(a.steps, b.steps) &&
    sameList(a.keyPoints, b.keyPoints) &&
    noteText(a.stopIf) === noteText(b.stopIf)
  );
}

/** The fields that differ between two items already known to be the same exercise. */
export function changedFields(before: PlanItem, after: PlanItem): ChangedField[] {
  const fields: ChangedField[] = [];
  if (!sameDose(before.dose, after.dose)) fields.push('dose');
  if (before.daysPerWeek !== after.daysPerWeek) fields.push('daysPerWeek');
  if (before.timesPerDay !== after.timesPerDay) fields.push('timesPerDay');
  if (noteText(before.notes) !== noteText(after.notes)) fields.push('notes');
  if (
    before.exercise.kind === 'custom' &&
    after.exercise.kind === 'custom' &&
    !sameInstructions(before.exercise, after.exercise)
  ) {
    fields.push('instructions');
  }
  return fields;
}

/** Compare the current plan (or none) with the new one. */
export function diffPlans(current: Plan | null, next: Plan): PlanDiff {
  // Old items by key, in order, each taken at most once.
  const waiting = new Map<string, PlanItem[]>();
  for (const item of current?.items ?? []) {
    const key = itemKey(item.exercise);
    waiting.set(key, [...(waiting.get(key) ?? []), item]);
  }

  const diff: PlanDiff = { added: [], removed: [], changed: [], unchanged: [] };
  const matched = new Set<PlanItem>();
  for (const after of next.items) {
    const before = waiting.get(itemKey(after.exercise))?.shift();
    if (!before) {
      diff.added.push(after);
      continue;
    }
    matched.add(before);
    const fields = changedFields(before, after);
    if (fields.length > 0) diff.changed.push({ before, after, fields });
    else diff.unchanged.push({ before, after });
  }
  diff.removed = (current?.items ?? []).filter((item) => !matched.has(item));
  return diff;
}
