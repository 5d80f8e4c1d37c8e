// The pure comparison behind the plan-file preview: items matched by library
// id, custom exercises by name; added, removed, changed and unchanged.
import { describe, expect, it } from 'vitest';
import type { Dose } from '../src/lib/ipc/bindings/Dose';
import type { Plan } from '../src/lib/ipc/bindings/Plan';
import type { PlanItem } from '../src/lib/ipc/bindings/PlanItem';
import { changedFields, diffPlans, itemKey, sameDose, type ChangedField, type PlanDiff } from '../src/lib/plan-diff';

const reps = (sets: number, n: number): Dose => ({ kind: 'reps', sets, reps: n });
const hold = (sets: number, n: number, seconds: number): Dose => ({ kind: 'hold', sets, reps: n, seconds });
const minutes = (m: number): Dose => ({ kind: 'minutes', minutes: m });

function lib(id: string, dose: Dose, more: Partial<PlanItem> = {}): PlanItem {
  return { exercise: { kind: 'library', id }, dose, daysPerWeek: 5, timesPerDay: 1, ...more };
}

function custom(name: string, dose: Dose, more: Partial<PlanItem> = {}, steps = ['Stand tall.']): PlanItem {
  return {
    exercise: { kind: 'custom', name, steps, keyPoints: ['Breathe.'], stopIf: 'It hurts more.' },
    dose,
    daysPerWeek: 5,
    timesPerDay: 1,
    ...more,
  };
}

const plan = (...items: PlanItem[]): Plan => ({ items });

/** A diff, written as keys, so a table reads at a glance. */
function keys(diff: PlanDiff) {
  const key = (item: PlanItem) => itemKey(item.exercise);
  return {
    added: diff.added.map(key),
    removed: diff.removed.map(key),
    changed: diff.changed.map((c) => [key(c.after), ...c.fields].join(' ')),
    unchanged: diff.unchanged.map((u) => key(u.after)),
  };
}

function check(current: Plan | null, next: Plan, expected: Partial<ReturnType<typeof keys>>) {
  expect(keys(diffPlans(current, next))).toEqual({ added: [], removed: [], changed: [], unchanged: [], ...expected });
}

describe('diffPlans', () => {
  it('lists every item as added when there is no current plan', () => {
    check(null, plan(lib('walking', minutes(10)), custom('Chair squats', reps(1, 8))), {
      added: ['library:walking', 'custom:chair squats'],
    });
  });

  it('sorts items into added, removed, changed and unchanged', () => {
    const current = plan(
      lib('walking', minutes(10)),
      lib('knee-rolls', hold(1, 3, 5)),
      lib('bird-dog', hold(1, 10, 5)),
      lib('cat-camel', reps(1, 6)),
    );
    const next = plan(
      lib('bird-dog', hold(2, 10, 5)),
      lib('walking', minutes(10)),
      lib('glute-bridge', hold(1, 5, 5)),
      lib('cat-camel', reps(1, 6), { daysPerWeek: 3, timesPerDay: 2 }),
    );
    check(current, next, {
      added: ['library:glute-bridge'],
      removed: ['library:knee-rolls'],
      changed: ['library:bird-dog dose', 'library:cat-camel daysPerWeek timesPerDay'],
      unchanged: ['library:walking'],
    });
  });

  it('matches custom exercises by name, ignoring case and extra spaces', () => {
    check(plan(custom('Chair  squats', reps(1, 8))), plan(custom(' chair squats ', reps(1, 8))), {
      unchanged: ['custom:chair squats'],
    });
    check(plan(custom('Chair squats', reps(1, 8))), plan(custom('Wall push-ups', reps(1, 8))), {
      added: ['custom:wall push-ups'],
      removed: ['custom:chair squats'],
    });
  });

  it('never matches a library exercise with a custom one of the same words', () => {
    check(plan(lib('walking', minutes(10))), plan(custom('walking', minutes(10))), {
      added: ['custom:walking'],
      removed: ['library:walking'],
    });
  });

  it('matches an exercise listed twice in order', () => {
    const current = plan(lib('walking', minutes(10)), lib('walking', minutes(20)));
    check(current, plan(lib('walking', minutes(10)), lib('walking', minutes(30)), lib('walking', minutes(5))), {
      added: ['library:walking'],
      changed: ['library:walking dose'],
      unchanged: ['library:walking'],
    });
    check(current, plan(lib('walking', minutes(10))), { removed: ['library:walking'], unchanged: ['library:walking'] });
  });

  it('keeps the new plan order for what stays, and the old order for what goes', () => {
    const diff = diffPlans(
      plan(lib('a', reps(1, 1)), lib('b', reps(1, 1)), lib('c', reps(1, 1)), lib('d', reps(1, 1))),
      plan(lib('d', reps(1, 1)), lib('b', reps(1, 1))),
    );
    expect(diff.removed.map((i) => itemKey(i.exercise))).toEqual(['library:a', 'library:c']);
    expect(diff.unchanged.map((u) => itemKey(u.after.exercise))).toEqual(['library:d', 'library:b']);
  });
});

describe('changedFields', () => {
  const base = custom('Chair squats', reps(2, 8), { notes: 'Slowly.' });
  const cases: Array<[string, PlanItem, ChangedField[]]> = [
    ['nothing', { ...base }, []],
    ['the dose', { ...base, dose: reps(3, 8) }, ['dose']],
    ['the kind of dose', { ...base, dose: hold(2, 8, 5) }, ['dose']],
    ['days a week', { ...base, daysPerWeek: 7 }, ['daysPerWeek']],
    ['times a day', { ...base, timesPerDay: 2 }, ['timesPerDay']],
    ['the notes', { ...base, notes: 'Quickly.' }, ['notes']],
    ['notes only in spaces', { ...base, notes: '  Slowly. ' }, []],
    ['the steps', custom('Chair squats', reps(2, 8), { notes: 'Slowly.' }, ['Sit down.']), ['instructions']],
    ['everything', { ...custom('chair squats', reps(1, 8), {}, ['Sit.']), daysPerWeek: 2, timesPerDay: 3 },
      ['dose', 'daysPerWeek', 'timesPerDay', 'notes', 'instructions']],
  ];
  for (const [what, after, fields] of cases) {
    it(`sees a change in ${what}`, () => expect(changedFields(base, after)).toEqual(fields));
  }

  it('treats missing and empty notes as the same', () => {
    expect(changedFields(lib('walking', minutes(10)), lib('walking', minutes(10), { notes: '' }))).toEqual([]);
  });
});

describe('sameDose', () => {
  it('compares every number of the same kind, and never across kinds', () => {
    expect(sameDose(reps(1, 8), reps(1, 8))).toBe(true);
    expect(sameDose(reps(1, 8), reps(1, 9))).toBe(false);
    expect(sameDose(hold(1, 5, 5), hold(1, 5, 10))).toBe(false);
    expect(sameDose(minutes(10), minutes(10))).toBe(true);
    expect(sameDose(reps(1, 10), minutes(10))).toBe(false);
  });
});
