// The patient's side of a physio's plan file: the preview (file facts, what
// changes, unknown exercises, custom instructions, all as plain text), and
// the choice: keep the current plan, or use the new one (the old one goes to
// Earlier plans). The fake answers open_plan_file as Rust would.
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../src/lib/ipc/bindings/Plan';
import type { PlanItem } from '../src/lib/ipc/bindings/PlanItem';
import type { PlanRecord } from '../src/lib/ipc/bindings/PlanRecord';
import { formatDay } from '../src/lib/procedure';
import Routine from '../src/views/Routine.svelte';
import { fakeJournal, NOW, type FakeOptions } from './fake-journal';

const HOSTILE = '<img src=x onerror=alert(1)>';

const lib = (id: string, dose: PlanItem['dose'], more: Partial<PlanItem> = {}): PlanItem => ({
  exercise: { kind: 'library', id },
  dose,
  daysPerWeek: 5,
  timesPerDay: 1,
  ...more,
});

const CURRENT: PlanRecord = {
  id: 7,
  source: 'default',
  createdAt: NOW,
  replacedAt: null,
  plan: {
    items: [
      lib('walking', { kind: 'minutes', minutes: 10 }),
      lib('bird-dog', { kind: 'hold', sets: 1, reps: 10, seconds: 5 }),
      lib('cat-camel', { kind: 'reps', sets: 1, reps: 6 }),
      lib('knee-rolls', { kind: 'hold', sets: 1, reps: 3, seconds: 5 }),
      lib('pelvic-tilt', { kind: 'hold', sets: 1, reps: 5, seconds: 5 }),
    ],
  },
};

const FILE_PLAN: Plan = {
  title: `Strength, weeks 4 to 8 ${HOSTILE}`,
  author: `Sam Physio ${HOSTILE}`,
  reviewDate: '2026-04-15',
  notes: `Little and often. ${HOSTILE}`,
  items: [
    lib('bird-dog', { kind: 'hold', sets: 2, reps: 10, seconds: 5 }),
    lib('walking', { kind: 'minutes', minutes: 10 }, { daysPerWeek: 3, timesPerDay: 2, notes: 'Flat ground only.' }),
    lib('cat-camel', { kind: 'reps', sets: 1, reps: 6 }),
    lib('glute-bridge', { kind: 'hold', sets: 1, reps: 5, seconds: 5 }),
    {
      exercise: {
        kind: 'custom',
        name: `Chair squats ${HOSTILE}`,
        steps: ['Sit at the front of a firm chair.', `Stand up slowly. ${HOSTILE}`],
        keyPoints: ['Knees over toes.'],
        stopIf: 'Stop if your knee hurts.',
      },
      dose: { kind: 'reps', sets: 2, reps: 8 },
      daysPerWeek: 4,
      timesPerDay: 1,
    },
    {
      exercise: { kind: 'custom', name: 'Wall push-ups', steps: ['Face a wall.'], keyPoints: [] },
      dose: { kind: 'reps', sets: 1, reps: 10 },
      daysPerWeek: 3,
      timesPerDay: 1,
    },
  ],
};

const FILE = { fileName: 'plan-for-pat.reliefplan.json', plan: FILE_PLAN, unknownIds: ['chair-squat', 'wall-push-up'] };

async function openPreview(options: FakeOptions) {
  const journal = fakeJournal(options);
  const user = userEvent.setup();
  render(Routine);
  await user.click(await screen.findByRole('button', { name: 'Import a plan from your physiotherapist…' }));
  const heading = await screen.findByRole('heading', { level: 1, name: 'A new plan from your physiotherapist' });
  return { journal, user, heading };
}

/** The paragraphs of an element, as text, in order. */
const lines = (element: Element) =>
  Array.from(element.querySelectorAll('p'), (p) => p.textContent!.replace(/\s+/g, ' ').trim());

/** The card (list item) for an exercise, found by its name in a group's list. */
function card(group: string, name: string) {
  const list = screen.getByRole('list', { name: group });
  return within(list).getByRole('heading', { level: 3, name }).closest('li')!;
}

describe('importing a plan file', () => {
  it('previews what changes, old against new, with the focus on the heading', async () => {
    const { heading } = await openPreview({ plan: CURRENT, planFile: FILE });
    expect(heading).toHaveAttribute('tabindex', '-1');
    await waitFor(() => expect(heading).toHaveFocus());

    const about = within(screen.getByRole('region', { name: 'About the new plan' }));
    expect(about.getByText('plan-for-pat.reliefplan.json')).toBeInTheDocument();
    expect(about.getByText(`Sam Physio ${HOSTILE}`)).toBeInTheDocument();
    expect(about.getByText(formatDay('2026-04-15'))).toBeInTheDocument();
    expect(about.getByText(`Strength, weeks 4 to 8 ${HOSTILE}`)).toBeInTheDocument();
    expect(about.getByText(`Little and often. ${HOSTILE}`)).toBeInTheDocument();
    expect(
      about.getByText(
        "2 exercises are not in this app's library; they are shown with your physiotherapist's own instructions.",
      ),
    ).toBeInTheDocument();

    const names = (group: string) =>
      within(screen.getByRole('list', { name: group }))
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent);
    expect(names('New in this plan (3)')).toEqual(['Glute bridge', `Chair squats ${HOSTILE}`, 'Wall push-ups']);
    expect(names('Changed (2)')).toEqual(['Bird dog', 'Walking']);
    expect(names('No longer in the plan (2)')).toEqual(['Knee rolls', 'Pelvic tilt']);
    expect(names('Staying the same (1)')).toEqual(['Cat–camel']);

    const birdDog = within(card('Changed (2)', 'Bird dog'));
    expect(birdDog.getByText('How much')).toBeInTheDocument();
    expect(birdDog.getByText('Before:').parentElement).toHaveTextContent('Before: 10 holds of 5 seconds');
    expect(birdDog.getByText('Now:').parentElement).toHaveTextContent('Now: 2 sets of 10 holds of 5 seconds');

    // In reading order: what changed, then the old words, then the new.
    expect(lines(card('Changed (2)', 'Walking'))).toEqual([
      'Days a week', 'Before: 5 days a week', 'Now: 3 days a week',
      'Times a day', 'Before: Once a day', 'Now: 2 times a day',
      'Notes', 'Before: No notes', 'Now: Flat ground only.',
    ]);
    expect(lines(card('No longer in the plan (2)', 'Knee rolls'))).toEqual(['3 holds of 5 seconds', '5 days a week']);
  });

  it("shows a custom exercise's own instructions, and every word from the file as text", async () => {
    const { user } = await openPreview({ plan: CURRENT, planFile: FILE });
    const squats = within(card('New in this plan (3)', `Chair squats ${HOSTILE}`));
    expect(squats.getByText("Your physiotherapist's own exercise")).toBeInTheDocument();
    await user.click(squats.getByText('Instructions from your physiotherapist'));
    expect(squats.getByRole('heading', { level: 4, name: 'How to do it' })).toBeInTheDocument();
    expect(squats.getByText(`Stand up slowly. ${HOSTILE}`)).toBeInTheDocument();
    expect(squats.getByText('Knees over toes.')).toBeInTheDocument();
    expect(squats.getByText('Stop if your knee hurts.')).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
  });

  it('keeps the current plan when asked, and goes back to the import button', async () => {
    const { journal, user } = await openPreview({ plan: CURRENT, planFile: FILE });
    expect(
      screen.getByText('If you use this plan, your current plan is kept in Earlier plans.', { exact: false }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Keep my current plan' }));

    await screen.findByRole('heading', { level: 1, name: 'Routine' });
    expect(journal.callsTo('cancel_plan_import')).toHaveLength(1);
    expect(journal.callsTo('confirm_plan_import')).toHaveLength(0);
    expect(journal.plan).toBe(CURRENT);
    expect(journal.history).toEqual([]);
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Import a plan from your physiotherapist…' })).toHaveFocus(),
    );
  });

  it('uses the new plan when asked, and keeps the old one in Earlier plans', async () => {
    const { journal, user } = await openPreview({ plan: CURRENT, planFile: FILE });
    await user.click(screen.getByRole('button', { name: 'Use this plan' }));

    const home = await screen.findByRole('heading', { level: 1, name: 'Routine' });
    await waitFor(() => expect(home).toHaveFocus());
    const confirm = journal.callsTo('confirm_plan_import');
    expect(confirm).toHaveLength(1);
    expect(confirm[0].args).toEqual({ token: 1 });
    expect(journal.plan).toMatchObject({ source: 'file', plan: FILE_PLAN });
    expect(journal.history.map((r) => r.id)).toEqual([CURRENT.id]);
    expect(screen.getAllByRole('status').some((s) => s.textContent === 'Your new plan is in place. Your previous plan is kept in Earlier plans.')).toBe(true);

    expect(screen.getByText(/^From your physiotherapist\. Written by Sam Physio/)).toBeInTheDocument();
    const plan = within(screen.getByRole('list', { name: 'Your plan' }));
    expect(plan.getByText(`Chair squats ${HOSTILE}`)).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
  });

  it('shows an expired preview as an error and stays on the page', async () => {
    const { journal, user } = await openPreview({
      plan: CURRENT,
      planFile: FILE,
      failNext: {
        confirm_plan_import: {
          code: 'import_expired',
          message: 'That plan preview is out of date. Please open the plan file again.',
        },
      },
    });
    await user.click(screen.getByRole('button', { name: 'Use this plan' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'That plan preview is out of date. Please open the plan file again.',
    );
    expect(screen.getByRole('heading', { level: 1, name: 'A new plan from your physiotherapist' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Use this plan' })).toBeInTheDocument();
    expect(journal.plan).toBe(CURRENT);
    expect(journal.history).toEqual([]);
  });

  it('lists the whole new plan when there is no current plan', async () => {
    const { journal, user } = await openPreview({ plan: null, planFile: { fileName: 'plan.json', plan: FILE_PLAN } });
    expect(screen.getByText('You do not have a plan yet. This is what the new plan asks you to do.')).toBeInTheDocument();
    const all = within(screen.getByRole('list', { name: 'The exercises in this plan (6)' }));
    expect(all.getAllByRole('heading', { level: 3 })).toHaveLength(6);
    expect(screen.queryByText(/not in this app's library/)).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /^Changed/ })).not.toBeInTheDocument();
    expect(screen.getByText('If you do not use this plan, nothing changes.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Do not use this plan' }));
    await screen.findByRole('heading', { level: 1, name: 'Routine' });
    expect(journal.callsTo('cancel_plan_import')).toHaveLength(1);
    expect(journal.plan).toBeNull();
  });

  it('says so when the file holds the same plan', async () => {
    await openPreview({ plan: CURRENT, planFile: { fileName: 'same.json', plan: CURRENT.plan } });
    expect(
      screen.getByText('The new plan has the same exercises, amounts and notes as your current plan.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Staying the same (5)' })).toBeInTheDocument();
  });
});
