// The Reminders page, its two Settings switches and the first-run offer,
// against the fake journal (which answers with Rust's codes and fields).
import { screen, waitFor, within } from '@testing-library/svelte';
import { emit } from '@tauri-apps/api/event';
import { describe, expect, it } from 'vitest';
import type { Reminder } from '../src/lib/ipc';
import { fakeJournal, type FakeOptions } from './fake-journal';
import { startApp } from './helpers';

const EVERY_DAY = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

function reminder(id: number, extra: Partial<Reminder> = {}): Reminder {
  return {
    id,
    kind: 'routine',
    message: 'Ten minutes of gentle exercise.',
    enabled: true,
    schedule: { kind: 'weekly', days: [...EVERY_DAY], times: [{ hour: 10, minute: 0 }] },
    ...extra,
  };
}

async function openReminders(options: FakeOptions = {}) {
  const journal = fakeJournal(options);
  const started = await startApp();
  await started.user.click(within(screen.getByRole('navigation')).getByRole('button', { name: 'Reminders' }));
  await screen.findByRole('heading', { level: 1, name: 'Reminders' });
  return { journal, ...started };
}

/** The list of reminders, once the overview has loaded. */
const list = async () => within(await screen.findByRole('list', { name: 'Your reminders' }));

describe('Reminders page', () => {
  it('says how reminders arrive, and offers the suggested ones when there are none', async () => {
    const { journal, user } = await openReminders();
    expect(screen.getByText(/computer's own notifications while Relief Window runs. They still come when the window is closed/)).toBeInTheDocument();
    expect(await screen.findByText('You have no reminders yet.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Pause until tomorrow' })).not.toBeInTheDocument();
    // Nothing to put in a calendar yet.
    expect(screen.queryByRole('button', { name: 'Save to a calendar file (.ics)' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Add the suggested reminders' }));
    await waitFor(() => expect(journal.callsTo('add_default_reminders')).toHaveLength(1));
    const items = (await list()).getAllByRole('listitem');
    expect(items.map((li) => within(li).getByRole('heading', { level: 3 }).textContent)).toEqual(['Exercises', 'Pain diary']);
    expect(items[0]).toHaveTextContent(/Every day at 10:00/);
    expect(items[0]).toHaveTextContent("Time for today's exercises. A little, often, is the aim.");
    expect(items[1]).toHaveTextContent(/Every day at 7:00/);
    expect(await screen.findByText('2 reminders added.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Your reminders' })).toHaveFocus();
    // Rust's next reminder (the fake: an hour from now).
    expect(screen.getByText(/^Next reminder: (today|tomorrow) at/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save to a calendar file (.ics)' })).toBeInTheDocument();
  });

  it('adds a weekly reminder and sends exactly what was chosen', async () => {
    const { journal, user } = await openReminders();
    await user.click(await screen.findByRole('button', { name: 'Add a reminder' }));
    const form = within(screen.getByRole('form', { name: 'Add a reminder' }));
    expect(form.getByRole('heading', { name: 'Add a reminder' })).toHaveFocus();

    await user.click(form.getByRole('radio', { name: 'Pain diary' }));
    // Untouched words follow the kind.
    const message = form.getByRole('textbox', { name: 'What the reminder says' });
    expect(message).toHaveValue('How is your pain today? Take a moment to note it.');
    expect(message).toHaveAccessibleDescription('Up to 200 characters.');
    await user.clear(message);
    await user.type(message, 'Note your pain <b>before</b> bed');

    await user.click(form.getByRole('button', { name: /^Weekdays/ }));
    await user.click(form.getByRole('checkbox', { name: 'Friday' }));
    const first = within(form.getByRole('group', { name: 'Time 1' }));
    await user.selectOptions(first.getByRole('combobox', { name: 'Hour' }), '8');
    await user.selectOptions(first.getByRole('combobox', { name: 'Minute' }), '30');
    await user.click(form.getByRole('button', { name: 'Add another time' }));
    const second = within(form.getByRole('group', { name: 'Time 2' }));
    expect(second.getByRole('combobox', { name: 'Hour' })).toHaveFocus();
    await user.selectOptions(second.getByRole('combobox', { name: 'Hour' }), '18');
    await user.selectOptions(second.getByRole('combobox', { name: 'Minute' }), '0');
    await user.click(form.getByRole('button', { name: 'Save reminder' }));

    await waitFor(() => expect(journal.callsTo('save_reminder')).toHaveLength(1));
    expect(journal.callsTo('save_reminder')[0].args).toEqual({
      id: null,
      draft: {
        kind: 'diary',
        message: 'Note your pain <b>before</b> bed',
        enabled: true,
        schedule: { kind: 'weekly', days: ['mon', 'tue', 'wed', 'thu'], times: [{ hour: 8, minute: 30 }, { hour: 18, minute: 0 }] },
      },
    });
    const item = (await list()).getByRole('listitem');
    // Typed text is shown as text, never as HTML.
    expect(within(item).getByText('Note your pain <b>before</b> bed')).toBeInTheDocument();
    expect(item.querySelector('b')).toBeNull();
    expect(item).toHaveTextContent(/Every Monday, Tuesday, Wednesday,? and Thursday at 8:30.* and 6:00/);
    expect(await screen.findByText(/^Reminder added: Pain diary/)).toBeInTheDocument();
    expect(within(item).getByRole('button', { name: /^Edit, Pain diary/ })).toHaveFocus();
  });

  it("shows Rust's error by the field it names, keeping what was typed", async () => {
    const { journal, user } = await openReminders({ reminders: [reminder(1)] });
    await user.click(await screen.findByRole('button', { name: 'Add a reminder' }));
    const form = within(screen.getByRole('form', { name: 'Add a reminder' }));
    const message = form.getByRole('textbox', { name: 'What the reminder says' });
    await user.clear(message);
    await user.type(message, 'Stretch');
    for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']) {
      await user.click(form.getByRole('checkbox', { name: day }));
    }
    await user.click(form.getByRole('button', { name: 'Save reminder' }));

    // The fake's own rule, with Rust's code and field: no weekday.
    const days = within(form.getByRole('group', { name: 'On which days?' }));
    expect(await days.findByRole('alert')).toHaveTextContent('Please choose at least one day.');
    expect(form.getByRole('group', { name: 'On which days?' })).toHaveAccessibleDescription('Please choose at least one day.');
    expect(days.getByRole('checkbox', { name: 'Monday' })).toHaveFocus();
    expect(message).toHaveValue('Stretch');

    // An error about the second time shows in that time's group.
    await user.click(form.getByRole('button', { name: /^Every day/ }));
    await user.click(form.getByRole('button', { name: 'Add another time' }));
    journal.failNext('save_reminder', {
      code: 'time_out_of_range',
      message: 'Please choose a time from 00:00 to 23:59.',
      field: 'schedule.times[1].hour',
    });
    await user.click(form.getByRole('button', { name: 'Save reminder' }));
    const second = within(form.getByRole('group', { name: 'Time 2' }));
    expect(await second.findByRole('alert')).toHaveTextContent('Please choose a time from 00:00 to 23:59.');
    expect(within(form.getByRole('group', { name: 'Time 1' })).queryByRole('alert')).toBeNull();
    expect(second.getByRole('combobox', { name: 'Hour' })).toHaveFocus();
    expect(within(form.getByRole('group', { name: 'On which days?' })).queryByRole('alert')).toBeNull();

    // And an error about the message, by the message.
    await user.clear(message);
    await user.click(form.getByRole('button', { name: 'Save reminder' }));
    expect(await screen.findByText('Please fill this in.')).toBeInTheDocument();
    expect(message).toHaveFocus();
    expect(message).toHaveAttribute('aria-invalid', 'true');
    expect(message).toHaveAccessibleDescription('Up to 200 characters. Please fill this in.');
  });

  it('adds a one-off with the date in three boxes, and shows "in the past" by the date', async () => {
    const { journal, user } = await openReminders({ reminders: [reminder(1)] });
    await user.click(await screen.findByRole('button', { name: 'Add a reminder' }));
    const form = within(screen.getByRole('form', { name: 'Add a reminder' }));
    await user.click(form.getByRole('radio', { name: 'Follow-up appointment' }));
    await user.click(form.getByRole('radio', { name: 'Once, on one date' }));
    const date = within(form.getByRole('group', { name: 'Date' }));
    for (const [box, value] of [['Day', '2'], ['Month', '1'], ['Year', '2020']]) {
      await user.clear(date.getByRole('textbox', { name: box }));
      await user.type(date.getByRole('textbox', { name: box }), value);
    }
    const time = within(form.getByRole('group', { name: 'Time' }));
    await user.selectOptions(time.getByRole('combobox', { name: 'Hour' }), '14');
    await user.selectOptions(time.getByRole('combobox', { name: 'Minute' }), '15');
    await user.click(form.getByRole('button', { name: 'Save reminder' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('That time has already passed.');
    expect(date.getByRole('textbox', { name: 'Day' })).toHaveFocus();
    expect(journal.callsTo('save_reminder')[0].args).toMatchObject({
      draft: { kind: 'followUp', schedule: { kind: 'once', at: '2020-01-02T14:15:00' } },
    });

    await user.clear(date.getByRole('textbox', { name: 'Year' }));
    await user.type(date.getByRole('textbox', { name: 'Year' }), '2099');
    await user.click(form.getByRole('button', { name: 'Save reminder' }));
    const item = (await list()).getAllByRole('listitem')[1];
    expect(item).toHaveTextContent(/Once, on Friday, January 2, 2099 at 2:15/);
    expect(item).toHaveTextContent('Your follow-up appointment is coming up.');
  });

  it('switches a reminder off and on, and puts the switch back if that fails', async () => {
    const { journal, user } = await openReminders({ reminders: [reminder(1)] });
    const item = within((await list()).getByRole('listitem'));
    const toggle = item.getByRole('switch', { name: /^Remind me, Exercises, Every day at 10:00/ });
    expect(toggle).toBeChecked();

    await user.click(toggle);
    await waitFor(() => expect(journal.callsTo('save_reminder')).toHaveLength(1));
    expect(journal.callsTo('save_reminder')[0].args).toEqual({
      id: 1,
      draft: { kind: 'routine', message: 'Ten minutes of gentle exercise.', enabled: false, schedule: reminder(1).schedule },
    });
    expect(await screen.findByText(/^Turned off: Exercises/)).toBeInTheDocument();
    expect(item.getByRole('switch')).not.toBeChecked();
    expect(item.getByText(/It will not ring until you turn it back on/)).toBeInTheDocument();
    expect(journal.reminders[0].enabled).toBe(false);

    journal.failNext('save_reminder', { code: 'storage_failed', message: 'Your entry could not be saved just now. Please try again.' });
    await user.click(item.getByRole('switch'));
    expect(await item.findByRole('alert')).toHaveTextContent('could not be saved');
    expect(item.getByRole('switch')).not.toBeChecked();

    await user.click(item.getByRole('switch'));
    await waitFor(() => expect(item.getByRole('switch')).toBeChecked());
    expect(journal.reminders[0].enabled).toBe(true);
    expect(item.queryByRole('alert')).toBeNull();
  });

  it('edits a reminder in place and returns focus to its Edit button', async () => {
    const { journal, user } = await openReminders({ reminders: [reminder(1), reminder(2, { kind: 'diary', message: 'Pain diary time.' })] });
    const items = (await list()).getAllByRole('listitem');
    await user.click(within(items[1]).getByRole('button', { name: /^Edit, Pain diary/ }));
    const form = within(screen.getByRole('form', { name: 'Change this reminder' }));
    expect(form.getByRole('radio', { name: 'Pain diary' })).toBeChecked();
    const message = form.getByRole('textbox', { name: 'What the reminder says' });
    expect(message).toHaveValue('Pain diary time.');
    await user.clear(message);
    await user.type(message, 'How was today?');
    await user.click(form.getByRole('button', { name: /^Weekdays/ }));
    await user.click(form.getByRole('button', { name: 'Save reminder' }));

    await waitFor(() => expect(journal.callsTo('save_reminder')).toHaveLength(1));
    expect(journal.callsTo('save_reminder')[0].args).toEqual({
      id: 2,
      draft: {
        kind: 'diary',
        message: 'How was today?',
        enabled: true,
        schedule: { kind: 'weekly', days: ['mon', 'tue', 'wed', 'thu', 'fri'], times: [{ hour: 10, minute: 0 }] },
      },
    });
    const edited = (await list()).getAllByRole('listitem')[1];
    await waitFor(() => expect(edited).toHaveTextContent(/Monday to Friday at 10:00/));
    expect(within(edited).getByRole('button', { name: /^Edit, Pain diary/ })).toHaveFocus();

    // Cancel changes nothing and also returns focus.
    await user.click(within(edited).getByRole('button', { name: /^Edit/ }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(within((await list()).getAllByRole('listitem')[1]).getByRole('button', { name: /^Edit/ })).toHaveFocus();
    expect(journal.callsTo('save_reminder')).toHaveLength(1);
  });

  it('deletes with Undo: focus goes to Undo, then back to the reminder', async () => {
    const { journal, user } = await openReminders({ reminders: [reminder(1), reminder(2, { kind: 'diary' })] });
    const items = (await list()).getAllByRole('listitem');
    await user.click(within(items[0]).getByRole('button', { name: /^Delete, Exercises/ }));
    await waitFor(() => expect(journal.callsTo('delete_reminder')).toHaveLength(1));
    const undo = await screen.findByRole('button', { name: 'Undo: bring back the deleted reminder' });
    await waitFor(() => expect(undo).toHaveFocus());
    expect(screen.getByText('Reminder deleted.')).toBeInTheDocument();
    expect((await list()).getAllByRole('listitem')).toHaveLength(1);

    await user.click(undo);
    await waitFor(() => expect(journal.callsTo('undo_delete_reminder')).toHaveLength(1));
    expect(journal.callsTo('undo_delete_reminder')[0].args).toEqual({ id: 1 });
    expect(await screen.findByText('Reminder brought back.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: /^Delete, Exercises/ })).toHaveFocus());
    expect(screen.queryByRole('button', { name: /^Undo/ })).not.toBeInTheDocument();
  });

  it('saves quiet hours across midnight, shows quiet_hours_empty by the end time, and turns them off', async () => {
    const { journal, user } = await openReminders();
    const section = within(await screen.findByRole('region', { name: 'Quiet hours' }));
    await user.click(section.getByRole('radio', { name: 'On' }));
    const from = within(section.getByRole('group', { name: 'From' }));
    const until = within(section.getByRole('group', { name: 'Until' }));
    expect(from.getByRole('combobox', { name: 'Hour' })).toHaveValue('21');
    expect(until.getByRole('combobox', { name: 'Hour' })).toHaveValue('7');
    await user.click(section.getByRole('radio', { name: 'Skip it' }));
    await user.click(section.getByRole('button', { name: 'Save quiet hours' }));
    await waitFor(() => expect(journal.callsTo('set_quiet_hours')).toHaveLength(1));
    expect(journal.callsTo('set_quiet_hours')[0].args).toEqual({
      quiet: { start: { hour: 21, minute: 30 }, end: { hour: 7, minute: 30 }, whenDue: 'drop' },
    });
    expect(await section.findByText(/^Quiet hours saved: 9:30.* to 7:30/)).toBeInTheDocument();

    await user.selectOptions(until.getByRole('combobox', { name: 'Hour' }), '21');
    await user.click(section.getByRole('button', { name: 'Save quiet hours' }));
    expect(await until.findByRole('alert')).toHaveTextContent('Quiet hours need a different start and end time.');
    expect(until.getByRole('combobox', { name: 'Hour' })).toHaveFocus();
    expect(journal.preferences.quietHours?.end).toEqual({ hour: 7, minute: 30 });

    await user.click(section.getByRole('radio', { name: 'Off' }));
    await user.click(section.getByRole('button', { name: 'Save quiet hours' }));
    expect(await section.findByText('Quiet hours are off.')).toBeInTheDocument();
    expect(journal.callsTo('set_quiet_hours').at(-1)?.args).toEqual({ quiet: null });
    expect(journal.preferences.quietHours).toBeUndefined();
  });

  it('pauses until tomorrow, resumes, and snoozes all for an hour', async () => {
    const { journal, user } = await openReminders({ reminders: [reminder(1)] });
    await user.click(await screen.findByRole('button', { name: 'Pause until tomorrow' }));
    await waitFor(() => expect(journal.callsTo('pause_reminders')).toHaveLength(1));
    expect(journal.callsTo('pause_reminders')[0].args).toEqual({ choice: 'untilTomorrow' });
    const resume = await screen.findByRole('button', { name: 'Resume reminders' });
    await waitFor(() => expect(resume).toHaveFocus());
    expect(screen.getAllByText(/^Reminders are paused until tomorrow at/).length).toBeGreaterThan(0);
    expect(screen.queryByRole('button', { name: 'Pause until tomorrow' })).not.toBeInTheDocument();

    await user.click(resume);
    await waitFor(() => expect(journal.callsTo('resume_reminders')).toHaveLength(1));
    const pause = await screen.findByRole('button', { name: 'Pause until tomorrow' });
    await waitFor(() => expect(pause).toHaveFocus());

    await user.click(screen.getByRole('button', { name: 'Snooze all for 1 hour' }));
    await waitFor(() => expect(journal.callsTo('pause_reminders')).toHaveLength(2));
    expect(journal.callsTo('pause_reminders')[1].args).toEqual({ choice: 'oneHour' });
    expect(await screen.findByRole('button', { name: 'Resume reminders' })).toBeInTheDocument();
  });

  it('shows a pause that began elsewhere (the tray), and follows reminders-changed', async () => {
    const until = new Date(Date.now() + 86_400_000);
    until.setHours(8, 0, 0, 0);
    const { journal } = await openReminders({
      reminders: [reminder(1)],
      paused: { from: new Date().toISOString(), until: until.toISOString() },
    });
    expect(await screen.findByText(/^Reminders are paused until tomorrow at 8:00/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Resume reminders' })).toBeInTheDocument();

    const before = journal.callsTo('reminders_overview').length;
    await emit('reminders-changed');
    await waitFor(() => expect(journal.callsTo('reminders_overview').length).toBe(before + 1));
  });

  it('says when the next reminder will really ring if quiet hours moved it', async () => {
    const local = new Date(Date.now() + 3_600_000);
    const due = new Date(local.getTime() + 86_400_000);
    const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}T${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}:00`;
    await openReminders({
      reminders: [reminder(1)],
      nextReminder: { occurrence: { reminderId: 1, local: iso(local), due: due.toISOString() }, kind: 'routine', message: 'Walk' },
    });
    // The time it really rings comes first; the time it was set for after.
    expect(await screen.findByText(/^Next reminder: (tomorrow|[A-Z][a-z]+day) at/)).toBeInTheDocument();
    expect(screen.getByText(/^It was set for (today|tomorrow) at .*\. Quiet hours, a snooze or a pause moved it\./)).toBeInTheDocument();
    expect(screen.getByText('Exercises: Walk')).toBeInTheDocument();
  });

  it('stops listening when the page closes', async () => {
    const { journal, user } = await openReminders({ reminders: [reminder(1)] });
    await screen.findByRole('list', { name: 'Your reminders' });
    await user.click(within(screen.getByRole('navigation')).getByRole('button', { name: 'Settings' }));
    await screen.findByRole('heading', { level: 1, name: 'Settings' });
    const before = journal.callsTo('reminders_overview').length;
    await emit('reminders-changed');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(journal.callsTo('reminders_overview').length).toBe(before);
  });

  it('saves a calendar file and shows where', async () => {
    const { journal, user } = await openReminders({ reminders: [reminder(1)] });
    const section = within(await screen.findByRole('region', { name: 'Your calendar' }));
    const save = section.getByRole('button', { name: 'Save to a calendar file (.ics)' });
    expect(save).toHaveAccessibleDescription(/The times stay at the same clock time wherever you are/);
    await user.click(save);
    expect(await section.findByText('Your calendar file is saved: /home/pat/relief-window-reminders.ics')).toBeInTheDocument();
    expect(journal.callsTo('export_calendar')).toHaveLength(1);
  });

  it('says so when the Save dialog is cancelled', async () => {
    const { user } = await openReminders({ reminders: [reminder(1)], calendarPath: null });
    await user.click(await screen.findByRole('button', { name: 'Save to a calendar file (.ics)' }));
    expect(await screen.findByText('Nothing was saved.')).toBeInTheDocument();
  });
});

describe('Settings for reminders', () => {
  async function openSettings(options: FakeOptions = {}) {
    const journal = fakeJournal(options);
    const started = await startApp();
    await started.user.click(within(screen.getByRole('navigation')).getByRole('button', { name: 'Settings' }));
    await screen.findByRole('heading', { level: 1, name: 'Settings' });
    return { journal, ...started };
  }

  it('saves "keep running in the tray"', async () => {
    const { journal, user } = await openSettings();
    const tray = screen.getByRole('switch', { name: 'Keep running in the tray when the window is closed' });
    expect(tray).toBeChecked();
    expect(tray).toHaveAccessibleDescription(/If this is off, closing the window quits the app/);
    await user.click(tray);
    await waitFor(() => expect(journal.preferences.closeToTray).toBe(false));
    expect(tray).not.toBeChecked();
    expect(await screen.findByText('Your settings are saved.')).toBeInTheDocument();
  });

  it('turns on starting at login', async () => {
    const { journal, user } = await openSettings();
    const login = await screen.findByRole('switch', { name: 'Start Relief Window when I log in' });
    await waitFor(() => expect(login).toBeEnabled());
    expect(login).not.toBeChecked();
    await user.click(login);
    await waitFor(() => expect(journal.callsTo('set_launch_at_login')).toHaveLength(1));
    expect(journal.callsTo('set_launch_at_login')[0].args).toEqual({ enabled: true });
    expect(login).toBeChecked();
  });

  it('shows starting at login disabled, with the reason, where it is unavailable', async () => {
    await openSettings({
      failNext: { launch_at_login: { code: 'autostart_unavailable', message: 'Starting with your computer is not available here.' } },
    });
    const login = screen.getByRole('switch', { name: 'Start Relief Window when I log in' });
    await waitFor(() => expect(login).toBeDisabled());
    expect(login).toHaveAccessibleDescription('Starting with your computer is not available here.');
  });

  it('keeps quiet hours set on the Reminders page when another setting changes', async () => {
    const { journal, user } = await openReminders();
    const section = within(await screen.findByRole('region', { name: 'Quiet hours' }));
    await user.click(section.getByRole('radio', { name: 'On' }));
    await user.click(section.getByRole('button', { name: 'Save quiet hours' }));
    await section.findByText(/^Quiet hours saved/);
    await user.click(within(screen.getByRole('navigation')).getByRole('button', { name: 'Settings' }));
    await user.click(await screen.findByRole('radio', { name: 'Dark' }));
    await waitFor(() => expect(journal.preferences.theme).toBe('dark'));
    expect(journal.preferences.quietHours).toEqual({ start: { hour: 21, minute: 30 }, end: { hour: 7, minute: 30 }, whenDue: 'defer' });
  });
});

describe('First run: the reminders offer', () => {
  async function reachLastStep(options: FakeOptions = {}) {
    const journal = fakeJournal({ ...options, preferences: { onboardingDone: false } });
    const started = await startApp();
    await started.user.click(screen.getByRole('button', { name: 'I understand, continue' }));
    await started.user.click(await screen.findByRole('button', { name: "I'll do this later" }));
    await screen.findByRole('heading', { level: 1, name: 'You are all set' });
    return { journal, ...started };
  }

  it('adds nothing unless chosen', async () => {
    const { journal, user } = await reachLastStep();
    const offer = within(screen.getByRole('group', { name: 'Two things that can help (both optional)' }));
    expect(offer.getByRole('checkbox', { name: /^Turn on gentle reminders/ })).not.toBeChecked();
    expect(await offer.findByRole('checkbox', { name: 'Start Relief Window when I log in' })).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Go to Today' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Today' })).toBeInTheDocument();
    expect(journal.callsTo('add_default_reminders')).toHaveLength(0);
    expect(journal.callsTo('set_launch_at_login')).toHaveLength(0);
  });

  it('turns on the gentle reminders and starting at login when ticked', async () => {
    const { journal, user } = await reachLastStep();
    await user.click(screen.getByRole('checkbox', { name: /^Turn on gentle reminders \(one for exercises at 10:00.*, one for your pain diary at 7:00/ }));
    await user.click(await screen.findByRole('checkbox', { name: 'Start Relief Window when I log in' }));
    await user.click(screen.getByRole('button', { name: 'Go to Today' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Today' })).toBeInTheDocument();
    expect(journal.callsTo('add_default_reminders')).toHaveLength(1);
    expect(journal.callsTo('set_launch_at_login')[0].args).toEqual({ enabled: true });
    expect(journal.reminders.map((r) => r.kind)).toEqual(['routine', 'diary']);
  });

  it('does not offer starting at login where it is unavailable, and stays on a failure', async () => {
    const { journal, user } = await reachLastStep({
      failNext: { launch_at_login: { code: 'autostart_unavailable', message: 'Starting with your computer is not available here.' } },
    });
    await waitFor(() => expect(journal.callsTo('launch_at_login')).toHaveLength(1));
    expect(screen.queryByRole('checkbox', { name: 'Start Relief Window when I log in' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: /^Turn on gentle reminders/ }));
    journal.failNext('add_default_reminders', { code: 'storage_failed', message: 'Your entry could not be saved just now. Please try again.' });
    await user.click(screen.getByRole('button', { name: 'Go to Today' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('could not be saved');
    expect(screen.getByRole('heading', { level: 1, name: 'You are all set' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Go to Today' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Today' })).toBeInTheDocument();
    expect(journal.reminders).toHaveLength(2);
  });
});
