// Clinician mode: the Settings switch, and the plan builder a physiotherapist
// uses to write a plan file for a patient (Rust checks it and writes the file).
import { screen, waitFor, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../src/lib/ipc/bindings/Plan';
import { fakeJournal, type FakeOptions } from './fake-journal';
import { startApp } from './helpers';

/** The app in clinician mode, on the plan builder. */
async function openBuilder(options: FakeOptions = {}) {
  const journal = fakeJournal({ ...options, preferences: { clinicianMode: true, ...options.preferences } });
  const started = await startApp();
  await started.user.click(within(screen.getByRole('navigation')).getByRole('button', { name: 'Routine' }));
  await started.user.click(await screen.findByRole('button', { name: 'Build a plan file for a patient' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Build a plan file' })).toHaveFocus();
  return { journal, ...started };
}

type User = Awaited<ReturnType<typeof startApp>>['user'];

async function addFromLibrary(user: User, name: string) {
  await user.selectOptions(screen.getByLabelText('Add an exercise from the library'), name);
  await user.click(screen.getByRole('button', { name: 'Add' }));
}

/** Adds a custom exercise and fills in its name and steps (typed on lines). */
async function addCustom(user: User, name: string, steps = '') {
  await user.click(screen.getByRole('button', { name: 'Write your own exercise' }));
  // Focus goes straight to the new exercise's name.
  const nameBox = screen.getByRole('textbox', { name: 'Name of the exercise' });
  expect(nameBox).toHaveFocus();
  await user.type(nameBox, name);
  const group = within(screen.getByRole('group', { name: new RegExp(`: ${name.replace(/[<>/]/g, '.')}$`) }));
  if (steps) await user.type(group.getByRole('textbox', { name: 'Steps' }), steps);
  return group;
}

const save = (user: User) => user.click(screen.getByRole('button', { name: 'Save plan file…' }));

describe('Clinician mode', () => {
  it('is a switch in Settings that saves clinicianMode and shows the builder in Routine', async () => {
    const journal = fakeJournal();
    const { user } = await startApp();
    await user.click(within(screen.getByRole('navigation')).getByRole('button', { name: 'Routine' }));
    await screen.findByRole('heading', { level: 1, name: 'Routine' });
    expect(screen.queryByRole('button', { name: 'Build a plan file for a patient' })).not.toBeInTheDocument();

    await user.click(within(screen.getByRole('navigation')).getByRole('button', { name: 'Settings' }));
    const toggle = screen.getByRole('switch', { name: 'Clinician mode' });
    expect(toggle).not.toBeChecked();
    expect(toggle).toHaveAccessibleDescription(/^For physiotherapists: adds a plan builder to Routine/);
    await user.click(toggle);
    await waitFor(() => expect(journal.callsTo('set_preferences')).toHaveLength(1));
    expect(journal.callsTo('set_preferences')[0].args).toEqual({
      preferences: { theme: 'system', textSize: 100, language: 'en', onboardingDone: true, clinicianMode: true, closeToTray: true, trayExplained: false },
    });
    expect(await screen.findByText('Your settings are saved.')).toBeInTheDocument();
    expect(toggle).toBeChecked();

    await user.click(within(screen.getByRole('navigation')).getByRole('button', { name: 'Routine' }));
    expect(await screen.findByRole('button', { name: 'Build a plan file for a patient' })).toBeInTheDocument();
  });

  it('shows the switch as it was when saving fails', async () => {
    const journal = fakeJournal();
    journal.failNext('set_preferences', { code: 'storage_failed', message: 'Your settings could not be saved just now.' });
    const { user } = await startApp();
    await user.click(within(screen.getByRole('navigation')).getByRole('button', { name: 'Settings' }));
    const toggle = screen.getByRole('switch', { name: 'Clinician mode' });
    await user.click(toggle);
    expect(await screen.findByRole('alert')).toHaveTextContent('could not be saved');
    expect(toggle).not.toBeChecked();
    expect(journal.preferences.clinicianMode).toBe(false);
  });
});

describe('Plan builder', () => {
  it('starts empty and says so', async () => {
    await openBuilder();
    expect(screen.getByText(/^No exercises yet\./)).toBeInTheDocument();
    expect(within(screen.getByRole('main')).queryByRole('list')).not.toBeInTheDocument();
  });

  it('saves exactly the plan the physio built, and says where the file is', async () => {
    const { journal, user } = await openBuilder({ savedPlanPath: '/home/physio/relief-window-plan-2026-11-25.json' });

    await user.type(screen.getByRole('textbox', { name: 'Plan title (optional)' }), 'Weeks 3 to 6');
    await user.type(screen.getByRole('textbox', { name: 'Your name (optional)' }), 'Sam Physio');
    const review = within(screen.getByRole('group', { name: 'Review date (optional)' }));
    await user.type(review.getByLabelText('Day'), '15');
    await user.type(review.getByLabelText('Month'), '1');
    await user.type(review.getByLabelText('Year'), '2027');
    await user.type(screen.getByRole('textbox', { name: 'Notes for your patient (optional)' }), 'Little and often.');

    await addFromLibrary(user, 'Glute bridge');
    const bridge = within(screen.getByRole('group', { name: 'Exercise 1: Glute bridge' }));
    expect(bridge.getByLabelText('Sets')).toHaveFocus();
    expect(bridge.getByLabelText('Holds per set')).toHaveValue(5);
    expect(bridge.getByLabelText('Seconds each hold')).toHaveValue(5);
    await user.clear(bridge.getByLabelText('Holds per set'));
    await user.type(bridge.getByLabelText('Holds per set'), '8');
    await user.selectOptions(bridge.getByLabelText('Days a week'), '5');
    await user.selectOptions(bridge.getByLabelText('Times a day'), '2');
    await user.type(bridge.getByLabelText('Note for your patient (optional)'), 'Morning and evening.');
    // A library exercise goes in a plan once.
    expect(within(screen.getByLabelText('Add an exercise from the library')).queryByRole('option', { name: 'Glute bridge' })).toBeNull();

    const custom = await addCustom(user, 'Sit to stand', 'Sit on a firm chair.{Enter}{Enter}  Stand up without using your hands.{Enter}   {Enter}Sit down slowly.{Enter}');
    expect(custom.getByLabelText('Sets')).toHaveValue(1);
    expect(custom.getByLabelText('Repetitions')).toHaveValue(10);
    await user.selectOptions(custom.getByLabelText('What it is for (optional)'), 'Strength');
    await user.type(custom.getByRole('textbox', { name: 'Key points (optional)' }), 'Keep your back tall.');
    await user.type(custom.getByRole('textbox', { name: 'When to stop (optional)' }), 'Stop if your knee hurts.');

    await save(user);
    const expected: Plan = {
      title: 'Weeks 3 to 6',
      author: 'Sam Physio',
      reviewDate: '2027-01-15',
      notes: 'Little and often.',
      items: [
        {
          exercise: { kind: 'library', id: 'glute-bridge' },
          dose: { kind: 'hold', sets: 1, reps: 8, seconds: 5 },
          daysPerWeek: 5,
          timesPerDay: 2,
          notes: 'Morning and evening.',
        },
        {
          exercise: {
            kind: 'custom',
            name: 'Sit to stand',
            purpose: 'strength',
            steps: ['Sit on a firm chair.', 'Stand up without using your hands.', 'Sit down slowly.'],
            keyPoints: ['Keep your back tall.'],
            stopIf: 'Stop if your knee hurts.',
          },
          dose: { kind: 'reps', sets: 1, reps: 10 },
          daysPerWeek: 3,
          timesPerDay: 1,
        },
      ],
    };
    await waitFor(() => expect(journal.callsTo('save_plan_file')).toHaveLength(1));
    const sent = journal.callsTo('save_plan_file')[0].args as { plan: Plan };
    expect(sent).toEqual({ plan: expected });
    // Blank optional fields are left out, not sent as empty text.
    expect(JSON.parse(JSON.stringify(sent.plan.items[1]))).not.toHaveProperty('notes');
    expect(JSON.parse(JSON.stringify(sent.plan.items[1].exercise))).not.toHaveProperty('position');

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Saved to /home/physio/relief-window-plan-2026-11-25.json. Give this file to your patient.',
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('leaves out a review date whose boxes are empty, and lets a custom exercise be timed', async () => {
    const { journal, user } = await openBuilder();
    const custom = await addCustom(user, 'Gentle cycling');
    await user.selectOptions(custom.getByLabelText('How it is measured'), 'Minutes');
    await user.clear(custom.getByLabelText('Minutes'));
    await user.type(custom.getByLabelText('Minutes'), '15');
    await save(user);
    await waitFor(() => expect(journal.savedPlanFiles).toHaveLength(1));
    expect(journal.savedPlanFiles[0]).toEqual({
      items: [
        {
          exercise: { kind: 'custom', name: 'Gentle cycling', steps: [], keyPoints: [] },
          dose: { kind: 'minutes', minutes: 15 },
          daysPerWeek: 3,
          timesPerDay: 1,
        },
      ],
    });
  });

  it('names the exercise a problem is about and keeps everything typed', async () => {
    const { journal, user } = await openBuilder();
    await addFromLibrary(user, 'Walking');
    const custom = await addCustom(user, 'Sit to stand', 'Sit down.{Enter}Stand up.');
    await user.clear(custom.getByLabelText('Repetitions'));
    await user.type(custom.getByLabelText('Repetitions'), '99');
    journal.failNext('save_plan_file', {
      code: 'dose_out_of_range',
      message: 'This number is outside what the app allows. Please choose from 1 to 50.',
      field: 'items[1].dose.reps',
    });
    await save(user);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Exercise 2 (Sit to stand): This number is outside what the app allows. Please choose from 1 to 50.',
    );
    expect(screen.getByRole('status')).toHaveTextContent(/^$/);
    expect(journal.savedPlanFiles).toHaveLength(0);
    expect(custom.getByRole('textbox', { name: 'Name of the exercise' })).toHaveValue('Sit to stand');
    expect(custom.getByRole('textbox', { name: 'Steps' })).toHaveValue('Sit down.\nStand up.');
    expect(custom.getByLabelText('Repetitions')).toHaveValue(99);
    expect(screen.getByRole('group', { name: 'Exercise 1: Walking' })).toBeInTheDocument();

    // Put right, it saves, and the error goes.
    await user.clear(custom.getByLabelText('Repetitions'));
    await user.type(custom.getByLabelText('Repetitions'), '12');
    await save(user);
    await waitFor(() => expect(journal.savedPlanFiles).toHaveLength(1));
    expect(journal.savedPlanFiles[0].items[1].dose).toEqual({ kind: 'reps', sets: 1, reps: 12 });
    expect(await screen.findByRole('status')).toHaveTextContent(/^Saved to \/home\/physio\/relief-window-plan\.json\./);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it.each([
    ['reviewDate', 'Review date: '],
    ['author', 'Your name: '],
    ['items', ''],
  ])('prefixes a problem at %s with %j', async (field, prefix) => {
    const { journal, user } = await openBuilder();
    await addFromLibrary(user, 'Bird dog');
    journal.failNext('save_plan_file', { code: 'plan_file_invalid', message: 'Please check this.', field });
    await save(user);
    expect(await screen.findByRole('alert')).toHaveTextContent(new RegExp(`^${prefix}Please check this\\.$`));
  });

  it('says calmly that nothing was saved when the physio cancels the Save dialog', async () => {
    const { journal, user } = await openBuilder({ savedPlanPath: null });
    await addFromLibrary(user, 'Walking');
    await save(user);
    await waitFor(() => expect(journal.callsTo('save_plan_file')).toHaveLength(1));
    expect(await screen.findByRole('status')).toHaveTextContent('The plan file was not saved. Your plan is still here.');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Exercise 1: Walking' })).toBeInTheDocument();
  });

  it('shows custom text as text, never as markup', async () => {
    const { user } = await openBuilder();
    const custom = await addCustom(user, '<b>x</b>');
    const legend = screen.getByText('Exercise 1: <b>x</b>');
    expect(legend.tagName).toBe('LEGEND');
    expect(legend.querySelector('b')).toBeNull();
    expect(custom.getByRole('button', { name: 'Remove exercise 1, <b>x</b>' })).toBeInTheDocument();
    expect(document.querySelector('main b')).toBeNull();
  });

  it('removes an exercise and puts focus on the list heading', async () => {
    const { journal, user } = await openBuilder();
    await addFromLibrary(user, 'Walking');
    await addFromLibrary(user, 'Bird dog');
    await user.click(screen.getByRole('button', { name: 'Remove exercise 1, Walking' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Exercises' })).toHaveFocus();
    expect(screen.getByRole('group', { name: 'Exercise 1: Bird dog' })).toBeInTheDocument();
    expect(within(screen.getByLabelText('Add an exercise from the library')).getByRole('option', { name: 'Walking' })).toBeInTheDocument();
    await save(user);
    await waitFor(() => expect(journal.savedPlanFiles).toHaveLength(1));
    expect(journal.savedPlanFiles[0].items.map((i) => i.exercise)).toEqual([{ kind: 'library', id: 'bird-dog' }]);
  });

  it('keeps the plan in progress when the physio goes Back and returns', async () => {
    const { user } = await openBuilder();
    await user.type(screen.getByRole('textbox', { name: 'Your name (optional)' }), 'Sam Physio');
    await addFromLibrary(user, 'Bird dog');
    await user.click(screen.getByRole('button', { name: 'Back to your routine' }));
    await user.click(await screen.findByRole('button', { name: 'Build a plan file for a patient' }));
    expect(screen.getByRole('textbox', { name: 'Your name (optional)' })).toHaveValue('Sam Physio');
    expect(screen.getByRole('group', { name: /Bird dog$/ })).toBeInTheDocument();
  });
});
