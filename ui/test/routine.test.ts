import { screen, waitFor, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { PlanRecord } from '../src/lib/ipc/bindings/PlanRecord';
import type { Timeline } from '../src/lib/ipc/bindings/Timeline';
import { DEFAULT_PLANS, fakeJournal, NOW } from './fake-journal';
import { startApp } from './helpers';

const RECOVERY: Timeline = {
  procedureId: 1,
  procedureDate: '2026-03-01',
  position: { phase: 'recovery', here: { unit: 'day', count: 3 }, daysSince: 2 },
  phases: [],
};

function planRecord(phase: keyof typeof DEFAULT_PLANS): PlanRecord {
  return { id: 7, plan: DEFAULT_PLANS[phase] as PlanRecord['plan'], source: 'default', createdAt: NOW, replacedAt: null };
}

async function openRoutine() {
  const started = await startApp();
  await started.user.click(screen.getByRole('button', { name: 'Routine' }));
  await screen.findByRole('heading', { level: 1, name: 'Routine' });
  return started;
}

describe('Routine', () => {
  it('offers the default plan for the phase and saves it when chosen', async () => {
    const journal = fakeJournal({ timeline: RECOVERY });
    const { user } = await openRoutine();
    const plan = within(await screen.findByRole('list', { name: 'Your plan' }));
    const names = plan.getAllByRole('listitem').map((li) => li.querySelector('.name')?.textContent);
    expect(names).toHaveLength(DEFAULT_PLANS.recovery.items.length);
    expect(names[0]).toBe('Walking');
    expect(screen.queryByRole('button', { name: "Start today's routine" })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Use this plan' }));
    await waitFor(() => expect(journal.callsTo('save_plan')).toHaveLength(1));
    expect(journal.callsTo('save_plan')[0].args).toEqual({ plan: DEFAULT_PLANS.recovery, source: 'default' });
    expect(await screen.findByRole('button', { name: "Start today's routine" })).toBeInTheDocument();
    expect(screen.getByText("The app's plan for your phase.")).toBeInTheDocument();
  });

  it("logs today's routine without the player, then deletes and restores it", async () => {
    const journal = fakeJournal({ plan: planRecord('relief-builds') });
    const { user } = await openRoutine();
    await user.click(await screen.findByRole('button', { name: "I did today's routine" }));
    await user.selectOptions(screen.getByLabelText(/How hard did it feel/), '6');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(journal.callsTo('log_session')).toHaveLength(1));
    // Saved: the card offers the pain diary; Done closes it.
    await user.click(await screen.findByRole('button', { name: 'Done' }));
    const draft = journal.callsTo('log_session')[0].args.draft as Record<string, unknown>;
    expect(draft.effort).toBe(6);
    const exercises = draft.exercises as Array<Record<string, unknown>>;
    expect(exercises).toHaveLength(DEFAULT_PLANS['relief-builds'].items.length);
    const walking = exercises.find((e) => (e.exercise as { id: string }).id === 'walking');
    expect(walking).toMatchObject({ setsDone: 1, minutesDone: 10 });
    expect(exercises.every((e) => !e.skipped)).toBe(true);
    expect(String(draft.startedAt)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)$/);

    const list = within(await screen.findByRole('list', { name: 'Your recent sessions' }));
    expect(list.getByText(/9 exercises done/)).toBeInTheDocument();
    expect(list.getByText('Effort 6 out of 10')).toBeInTheDocument();
    await user.click(list.getByRole('button', { name: /^Delete, session from/ }));
    expect(await screen.findByText('No sessions yet. When you do your routine, it will appear here.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText(/9 exercises done/)).toBeInTheDocument();
    expect(journal.sessions.size).toBe(1);
  });

  it('edits the plan, names the exercise an error is about, and keeps the old plan in the history', async () => {
    const journal = fakeJournal({ plan: planRecord('recovery') });
    const { user } = await openRoutine();
    await user.click(await screen.findByRole('button', { name: 'Change your plan' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Change your plan' })).toHaveFocus();

    const walking = within(screen.getByRole('group', { name: 'Walking' }));
    await user.selectOptions(walking.getByLabelText('Days a week'), '5');
    await user.click(screen.getByRole('button', { name: /Remove Knee rolls from the plan/ }));
    await user.selectOptions(screen.getByLabelText('Add an exercise'), 'glute-bridge');
    await user.click(screen.getByRole('button', { name: 'Add' }));

    journal.failNext('save_plan', {
      code: 'dose_out_of_range',
      message: 'This number is outside what the app allows. Please choose from 1 to 50.',
      field: 'items[0].dose.minutes',
    });
    await user.click(screen.getByRole('button', { name: 'Save plan' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Exercise 1 (Walking): This number is outside');

    await user.click(screen.getByRole('button', { name: 'Save plan' }));
    await waitFor(() => expect(journal.callsTo('save_plan')).toHaveLength(2));
    const saved = journal.callsTo('save_plan')[1].args as { plan: { items: Array<Record<string, unknown>> }; source: string };
    expect(saved.source).toBe('edited');
    const ids = saved.plan.items.map((i) => (i.exercise as { id: string }).id);
    expect(ids).not.toContain('knee-rolls');
    expect(ids.at(-1)).toBe('glute-bridge');
    expect(saved.plan.items[0].daysPerWeek).toBe(5);

    expect(await screen.findByRole('heading', { level: 1, name: 'Routine' })).toHaveFocus();
    expect(screen.getByText('Your own version of the plan.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Earlier plans' }));
    expect(await screen.findByText("The app's plan for your phase.")).toBeInTheDocument();
    expect(journal.history).toHaveLength(1);
  });
});
