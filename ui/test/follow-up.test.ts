// The follow-up reminder the timeline offers from the review phase (about
// month 10): on the procedure page, and from Today's strip; the exact
// reminder saved, Rust's errors shown, and nothing offered earlier.
import { screen, waitFor, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { Reminder } from '../src/lib/ipc/bindings/Reminder';
import type { Timeline } from '../src/lib/ipc/bindings/Timeline';
import { localDaysFromToday } from '../src/lib/procedure';
import { fakeJournal } from './fake-journal';
import { startApp } from './helpers';

function timelineAt(phase: Timeline['position']['phase'], months: number): Timeline {
  return {
    procedureId: 1,
    procedureDate: localDaysFromToday(-months * 30),
    position: { phase, here: { unit: 'month', count: months }, daysSince: months * 30 },
    phases: [],
  };
}

const REVIEW = timelineAt('review', 10);
const DEFAULT_MESSAGE = 'Book a follow-up with your clinic to talk about how your relief is going.';
const QUESTION =
  'For some people, relief starts to fade in the months ahead. Would you like a reminder to book a follow-up with your clinic?';

async function openProcedure(user: Awaited<ReturnType<typeof startApp>>['user']) {
  await user.click(await screen.findByRole('button', { name: 'See your timeline' }));
  await screen.findByRole('heading', { level: 1, name: 'Your procedure' });
}

async function offer() {
  return screen.findByRole('region', { name: 'A follow-up with your clinic' });
}

describe('follow-up reminder offer', () => {
  it('offers a one-off reminder two weeks ahead at 10:00 and saves exactly that', async () => {
    const journal = fakeJournal({ timeline: REVIEW });
    const { user } = await startApp();
    await openProcedure(user);
    const card = await offer();
    expect(card).toHaveTextContent(QUESTION);
    await user.click(within(card).getByRole('button', { name: 'Yes, set a reminder' }));

    const date = within(card).getByRole('group', { name: 'Date of the reminder' });
    const [year, month, day] = localDaysFromToday(14).split('-');
    expect(within(date).getByRole('textbox', { name: 'Day' })).toHaveFocus();
    expect(within(date).getByRole('textbox', { name: 'Day' })).toHaveValue(String(Number(day)));
    expect(within(date).getByRole('textbox', { name: 'Month' })).toHaveValue(String(Number(month)));
    expect(within(date).getByRole('textbox', { name: 'Year' })).toHaveValue(year);
    const time = within(card).getByRole('group', { name: 'Time of the reminder' });
    expect(within(time).getByRole('textbox', { name: 'Hour' })).toHaveValue('10');
    expect(within(time).getByRole('textbox', { name: 'Minute' })).toHaveValue('00');
    expect(within(card).getByRole('textbox', { name: 'What the reminder says' })).toHaveValue(DEFAULT_MESSAGE);

    await user.click(within(card).getByRole('button', { name: 'Set the reminder' }));
    await waitFor(() => expect(journal.callsTo('save_reminder')).toHaveLength(1));
    expect(journal.callsTo('save_reminder')[0].args).toEqual({
      id: null,
      draft: {
        kind: 'followUp',
        message: DEFAULT_MESSAGE,
        enabled: true,
        schedule: { kind: 'once', at: `${localDaysFromToday(14)}T10:00:00` },
      },
    });
    const done = await within(card).findByText(/^Your reminder to book a follow-up is set for .+ at /);
    expect(done).toHaveFocus();
    expect(card).not.toHaveTextContent(QUESTION);
  });

  it('keeps the person’s own words and time', async () => {
    const journal = fakeJournal({ timeline: timelineAt('beyond', 16) });
    const { user } = await startApp();
    await openProcedure(user);
    const card = await offer();
    await user.click(within(card).getByRole('button', { name: 'Yes, set a reminder' }));
    const message = within(card).getByRole('textbox', { name: 'What the reminder says' });
    await user.clear(message);
    await user.type(message, 'Ring Dr <b>Patel</b> about the next one');
    const hour = within(card).getByRole('textbox', { name: 'Hour' });
    await user.clear(hour);
    await user.type(hour, '9');
    const minute = within(card).getByRole('textbox', { name: 'Minute' });
    await user.clear(minute);
    await user.type(minute, '5');
    await user.click(within(card).getByRole('button', { name: 'Set the reminder' }));
    await waitFor(() => expect(journal.reminders).toHaveLength(1));
    expect(journal.callsTo('save_reminder')[0].args.draft).toMatchObject({
      message: 'Ring Dr <b>Patel</b> about the next one',
      schedule: { kind: 'once', at: `${localDaysFromToday(14)}T09:05:00` },
    });
  });

  it('shows Rust’s words when the date has passed, and keeps what was typed', async () => {
    const journal = fakeJournal({ timeline: REVIEW });
    const { user } = await startApp();
    await openProcedure(user);
    const card = await offer();
    await user.click(within(card).getByRole('button', { name: 'Yes, set a reminder' }));
    const year = within(card).getByRole('textbox', { name: 'Year' });
    await user.clear(year);
    await user.type(year, '2020');
    await user.click(within(card).getByRole('button', { name: 'Set the reminder' }));
    expect(await within(card).findByRole('alert')).toHaveTextContent('That time has already passed.');
    expect(year).toHaveValue('2020');
    expect(journal.reminders).toHaveLength(0);

    // "Not now" folds the form away and puts focus back on the question's button.
    await user.click(within(card).getByRole('button', { name: 'Not now' }));
    expect(within(card).getByRole('button', { name: 'Yes, set a reminder' })).toHaveFocus();
  });

  it('says when the follow-up reminder is, once there is one', async () => {
    const inTenDays = localDaysFromToday(10);
    const existing: Reminder = {
      id: 4, kind: 'followUp', message: 'Book a follow-up', enabled: true,
      schedule: { kind: 'once', at: `${inTenDays}T10:00:00` },
    };
    fakeJournal({ timeline: REVIEW, reminders: [existing] });
    const { user } = await startApp();
    await openProcedure(user);
    const card = await offer();
    expect(await within(card).findByText(/^You have a reminder to book a follow-up: .+ at /)).toBeInTheDocument();
    expect(card).not.toHaveTextContent(QUESTION);
    expect(within(card).queryByRole('button')).not.toBeInTheDocument();
  });

  it('is not offered before the review phase, on the page or on Today', async () => {
    fakeJournal({ timeline: timelineAt('strengthen', 5) });
    const { user } = await startApp();
    await screen.findByText('Month 5 after your procedure');
    expect(screen.queryByRole('button', { name: 'Set a follow-up reminder' })).not.toBeInTheDocument();
    await openProcedure(user);
    await screen.findByRole('heading', { name: 'Your relief window' });
    expect(screen.queryByRole('region', { name: 'A follow-up with your clinic' })).not.toBeInTheDocument();
  });

  it('opens from Today’s strip with the form ready', async () => {
    fakeJournal({ timeline: REVIEW });
    const { user } = await startApp();
    await user.click(await screen.findByRole('button', { name: 'Set a follow-up reminder' }));
    await screen.findByRole('heading', { level: 1, name: 'Your procedure' });
    const card = await offer();
    await waitFor(() => expect(within(card).getByRole('textbox', { name: 'Day' })).toHaveFocus());
  });
});
