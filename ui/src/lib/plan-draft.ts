// The plan a physiotherapist is writing in clinician mode, as the builder holds
// it: text fields as typed (steps and key points one per line), turned into a
// `Plan` only when it is saved. What is valid is relief-core's, which names the
// field of any problem; this file only says which part of the form that is.
import { exerciseName } from './exercises';
import { t } from './i18n';
import type { BodyPosition } from './ipc/bindings/BodyPosition';
import type { Dose } from './ipc/bindings/Dose';
import type { Exercise } from './ipc/bindings/Exercise';
import type { ExerciseRef } from './ipc/bindings/ExerciseRef';
import type { Plan } from './ipc/bindings/Plan';
import type { PlanItem } from './ipc/bindings/PlanItem';
import type { Purpose } from './ipc/bindings/Purpose';

/** A custom exercise as typed; '' means "not set". */
export interface CustomDraft {
  kind: 'custom';
  name: string;
  purpose: Purpose | '';
  position: BodyPosition | '';
  /** One step a line. */
  steps: string;
  /** One point a line. */
  keyPoints: string;
  stopIf: string;
}

export interface ItemDraft {
  /** Stable while items are added and removed, for Svelte's keyed list and ids. */
  key: number;
  exercise: { kind: 'library'; id: string } | CustomDraft;
  dose: Dose;
  daysPerWeek: number;
  timesPerDay: number;
  notes: string;
}

export interface PlanDraft {
  title: string;
  author: string;
  /** YYYY-MM-DD as DateFields pads it; all zeros when the boxes are empty. */
  reviewDate: string;
  notes: string;
  items: ItemDraft[];
}

/** A new, empty plan in the builder. */
export function emptyPlanDraft(): PlanDraft {
  return { title: '', author: '', reviewDate: '', notes: '', items: [] };
}

export const DAYS_PER_WEEK = [1, 2, 3, 4, 5, 6, 7] as const;
export const TIMES_PER_DAY = [1, 2, 3] as const;
export const CUSTOM_DOSE: Dose = { kind: 'reps', sets: 1, reps: 10 };
const EMPTY_DATE = '0000-00-00';

let nextKey = 1;

export function libraryItem(exercise: Exercise): ItemDraft {
  return {
    key: nextKey++,
    exercise: { kind: 'library', id: exercise.id },
    dose: { ...exercise.dose },
    daysPerWeek: 3,
    timesPerDay: 1,
    notes: '',
  };
}

export function customItem(): ItemDraft {
  return {
    key: nextKey++,
    exercise: { kind: 'custom', name: '', purpose: '', position: '', steps: '', keyPoints: '', stopIf: '' },
    dose: { ...CUSTOM_DOSE },
    daysPerWeek: 3,
    timesPerDay: 1,
    notes: '',
  };
}

/** The same numbers, as far as they go, in another kind of dose. */
export function doseOfKind(dose: Dose, kind: Dose['kind']): Dose {
  const sets = dose.kind === 'minutes' ? 1 : dose.sets;
  const reps = dose.kind === 'minutes' ? 10 : dose.reps;
  switch (kind) {
    case 'reps':
      return { kind, sets, reps };
    case 'hold':
      return { kind, sets, reps, seconds: dose.kind === 'hold' ? dose.seconds : 5 };
    case 'minutes':
      return { kind, minutes: dose.kind === 'minutes' ? dose.minutes : 10 };
  }
}

/** Lines of a textarea, without the blank ones. */
export function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** Text, or nothing when it is blank (Rust treats blank as none too). */
const optional = (text: string) => (text.trim() === '' ? undefined : text);

function exerciseOf(draft: ItemDraft['exercise']): ExerciseRef {
  if (draft.kind === 'library') return { kind: 'library', id: draft.id };
  return {
    kind: 'custom',
    name: draft.name,
    purpose: draft.purpose || undefined,
    position: draft.position || undefined,
    steps: lines(draft.steps),
    keyPoints: lines(draft.keyPoints),
    stopIf: optional(draft.stopIf),
  };
}

function itemOf(draft: ItemDraft): PlanItem {
  return {
    exercise: exerciseOf(draft.exercise),
    dose: { ...draft.dose },
    daysPerWeek: Number(draft.daysPerWeek),
    timesPerDay: Number(draft.timesPerDay),
    notes: optional(draft.notes),
  };
}

/** The plan to save, leaving out what was left blank. */
export function planOf(draft: PlanDraft): Plan {
  return {
    title: optional(draft.title),
    author: optional(draft.author),
    reviewDate: draft.reviewDate === EMPTY_DATE ? undefined : draft.reviewDate,
    notes: optional(draft.notes),
    items: draft.items.map(itemOf),
  };
}

/** The name an item goes by in the form: the library's, or the physio's own. */
export function itemName(item: ItemDraft, library: readonly Exercise[]): string {
  if (item.exercise.kind === 'custom') return item.exercise.name.trim() || t('builder-custom-unnamed');
  return exerciseName(item.exercise, library);
}

const PLAN_FIELDS: Record<string, string> = {
  title: 'builder-field-title',
  author: 'builder-field-author',
  reviewDate: 'builder-field-review',
  notes: 'builder-field-notes',
};

/**
 * What a problem at `field` is about, to put before Rust's message:
 * "Exercise 2 (Glute bridge):" for `items[1].dose.reps`, "Review date:" for
 * `reviewDate`, or nothing when the field is the whole plan.
 */
export function problemAt(field: string | undefined, draft: PlanDraft, library: readonly Exercise[]): string {
  if (!field) return '';
  const index = field.match(/^(?:plan\.)?items\[(\d+)\]/)?.[1];
  if (index !== undefined) {
    const item = draft.items[Number(index)];
    return item ? t('editor-problem-at', { position: Number(index) + 1, name: itemName(item, library) }) : '';
  }
  const id = PLAN_FIELDS[field.replace(/^plan\./, '')];
  return id ? t('builder-problem-at-field', { field: t(id) }) : '';
}
