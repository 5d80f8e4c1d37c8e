// Reminders missed while the app was closed: ONE modal prompt listing them,
// each answered with Do it now, Later today (a time) or Skip (a reason);
// Escape puts the prompt off; the exact answers sent to Rust, Rust's
// 'reminder_in_past' next to the time, and that focus is never lost.
import { fireEvent, screen, waitFor, within } from '@testing-library/svelte';
import { emit } from '@tauri-apps/api/event';
import { describe, expect, it } from 'vitest';
import type { DueReminder } from '../src/lib/ipc/bindings/DueReminder';
import { fakeJournal } from './fake-journal';
import { startApp } from './helpers';

const pad = (n: number) => String(n).padStart(2, '0');

/** A wall-clock time `daysAgo` days back, as Rust sends it. */
function localAt(daysAgo: number, hour: number, minute = 0): string {
  const d = new Date();
  d.setDate(d.getDate() - daysAgo);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(hour)}:${pad(minute)}:00`;
}

function missed(id: number, kind: DueReminder['kind'], message: string, local: string): DueReminder {
  return { occurrence: { reminderId: id, local, due: `${local}Z` }, kind, message };
}

const EXERCISES = missed(1, 'routine', "Time for today's exercises.", localAt(0, 10));
const DIARY = missed(2, 'diary', 'How is your pain today?', localAt(1, 21, 30));
const OWN = missed(3, 'custom', '<img src=x onerror=alert(1)>', localAt(0, 8, 15));

const TITLE = 'While Relief Window was closed';

async function prompt() {
  const dialog = await screen.findByRole('dialog', { name: TITLE });
  await waitFor(() => expect(dialog).toHaveAttribute('open'));
  return dialog;
}

/** The list item for a missed reminder, found by its message. */
function item(dialog: HTMLElement, message: string): HTMLElement {
  return within(dialog).getByText(message).closest('li') as HTMLElement;
}

describe('catch-up prompt', () => {
  it('opens once at start as a modal dialog listing each missed reminder with its time and words', async () => {
    fakeJournal({ pending: { catchUp: [EXERCISES, DIARY, OWN] } });
    await startApp();
    const dialog = await prompt();
    expect(screen.getByRole('heading', { level: 2, name: TITLE })).toHaveFocus();
    expect(document.querySelectorAll('dialog[open]')).toHaveLength(1);
    const list = within(dialog).getByRole('list', { name: 'Missed reminders' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveTextContent(/10:00/);
    expect(items[0]).toHaveTextContent("Time for your exercises");
    expect(items[0]).toHaveTextContent("Time for today's exercises.");
    expect(items[1]).toHaveTextContent(/^Yesterday at 9:30|^Yesterday at 21:30/);
    expect(within(items[2]).getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
    for (const li of items) {
      for (const name of ['Do it now', 'Later today', 'Skip']) {
        expect(within(li).getByRole('button', { name })).toBeInTheDocument();
      }
    }
    expect(within(dialog).getByRole('button', { name: 'Decide later' })).toBeInTheDocument();
  });

  it('answers each one differently, moving focus to the next, and closes when all are answered', async () => {
    const journal = fakeJournal({ pending: { catchUp: [EXERCISES, DIARY, OWN] } });
    const { user } = await startApp();
    const dialog = await prompt();

    // Do it now: done.
    await user.click(within(item(dialog, "Time for today's exercises.")).getByRole('button', { name: 'Do it now' }));
    await waitFor(() => expect(within(dialog).getAllByRole('listitem')).toHaveLength(2));
    expect(journal.answers[0]).toEqual({ occurrence: EXERCISES.occurrence, answer: { answer: 'done' } });
    expect(document.activeElement).toBe(item(dialog, 'How is your pain today?').querySelector('h3'));

    // Later today at 15:30.
    const diary = item(dialog, 'How is your pain today?');
    await user.click(within(diary).getByRole('button', { name: 'Later today' }));
    const hour = within(diary).getByRole('textbox', { name: 'Hour' });
    const minute = within(diary).getByRole('textbox', { name: 'Minute' });
    expect(hour).toHaveFocus();
    await user.clear(hour);
    await user.type(hour, '15');
    await user.clear(minute);
    await user.type(minute, '30');
    await user.click(within(diary).getByRole('button', { name: 'Remind me then' }));
    await waitFor(() => expect(within(dialog).getAllByRole('listitem')).toHaveLength(1));
    expect(journal.answers[1]).toEqual({ occurrence: DIARY.occurrence, answer: { answer: 'later', at: { hour: 15, minute: 30 } } });
    expect(document.activeElement).toBe(item(dialog, '<img src=x onerror=alert(1)>').querySelector('h3'));
    expect(dialog).toHaveTextContent(/You will be reminded again at (15:30|3:30)/);

    // Skip: another reason, in the person's words.
    const own = item(dialog, '<img src=x onerror=alert(1)>');
    await user.click(within(own).getByRole('button', { name: 'Skip' }));
    await user.click(within(own).getByRole('radio', { name: 'Another reason' }));
    await user.type(within(own).getByRole('textbox', { name: 'Your reason (optional)' }), 'Out with friends');
    await user.click(within(own).getByRole('button', { name: 'Skip it' }));

    await waitFor(() => expect(dialog).not.toHaveAttribute('open'));
    expect(journal.answers[2]).toEqual({
      occurrence: OWN.occurrence,
      answer: { answer: 'skip', reason: { reason: 'other', text: 'Out with friends' } },
    });
    expect(journal.answers).toHaveLength(3);
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'Today' })).toHaveFocus());
    expect(screen.getByText('You have answered all the missed reminders.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Look at/ })).not.toBeInTheDocument();
  });

  it('shows Rust’s "already passed" words next to the time, and keeps the reminder', async () => {
    const journal = fakeJournal({ pending: { catchUp: [EXERCISES] } });
    journal.failNext('answer_reminder', {
      code: 'reminder_in_past',
      message: 'This time has already passed. Please choose a time that is still to come.',
      field: 'at',
    });
    const { user } = await startApp();
    const dialog = await prompt();
    const exercises = item(dialog, "Time for today's exercises.");
    await user.click(within(exercises).getByRole('button', { name: 'Later today' }));
    const hour = within(exercises).getByRole('textbox', { name: 'Hour' });
    await user.clear(hour);
    await user.type(hour, '7');
    // The minutes too: late in the evening "later today" starts at :59.
    const minute = within(exercises).getByRole('textbox', { name: 'Minute' });
    await user.clear(minute);
    await user.type(minute, '00');
    await user.click(within(exercises).getByRole('button', { name: 'Remind me then' }));

    const alert = await within(exercises).findByRole('alert');
    expect(alert).toHaveTextContent('This time has already passed. Please choose a time that is still to come.');
    expect(hour).toHaveAccessibleDescription(/already passed/);
    expect(hour).toHaveFocus();
    expect(journal.answers).toEqual([]);
    expect(journal.callsTo('answer_reminder')[0].args).toEqual({
      occurrence: EXERCISES.occurrence,
      answer: { answer: 'later', at: { hour: 7, minute: 0 } },
    });
    expect(dialog).toHaveAttribute('open');
  });

  it('asks for a real time before sending anything', async () => {
    const journal = fakeJournal({ pending: { catchUp: [EXERCISES] } });
    const { user } = await startApp();
    const dialog = await prompt();
    const exercises = item(dialog, "Time for today's exercises.");
    await user.click(within(exercises).getByRole('button', { name: 'Later today' }));
    const hour = within(exercises).getByRole('textbox', { name: 'Hour' });
    await user.clear(hour);
    await user.type(hour, '25');
    await user.click(within(exercises).getByRole('button', { name: 'Remind me then' }));
    expect(await within(exercises).findByRole('alert')).toHaveTextContent('Please enter an hour from 0 to 23 and a minute from 0 to 59.');
    expect(journal.callsTo('answer_reminder')).toHaveLength(0);
  });

  it('Escape puts it off for now; the line at the top opens it again', async () => {
    const journal = fakeJournal({ pending: { catchUp: [EXERCISES, DIARY] } });
    const { user } = await startApp();
    const dialog = await prompt();
    // jsdom has no Escape handling for <dialog>: the browser sends "cancel".
    await fireEvent(dialog, new Event('cancel', { cancelable: true }));
    await waitFor(() => expect(dialog).not.toHaveAttribute('open'));
    expect(journal.callsTo('answer_reminder')).toHaveLength(0);
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'Today' })).toHaveFocus());

    expect(screen.getByText('2 missed reminders are here when you are ready.')).toBeInTheDocument();
    // A change that brings nothing new does not open it again.
    await emit('reminders-changed');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(dialog).not.toHaveAttribute('open');

    const again = screen.getByRole('button', { name: 'Look at them' });
    await user.click(again);
    await waitFor(() => expect(dialog).toHaveAttribute('open'));
    expect(screen.getByRole('heading', { level: 2, name: TITLE })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Decide later' }));
    await waitFor(() => expect(dialog).not.toHaveAttribute('open'));
    expect(again).toHaveFocus();
  });

  it('reaches Get help from inside the prompt; closing it goes back to the prompt', async () => {
    const journal = fakeJournal({ pending: { catchUp: [EXERCISES] } });
    const { user } = await startApp();
    const dialog = await prompt();
    const opener = within(dialog).getByRole('button', { name: 'Get help' });
    await user.click(opener);
    const help = within(dialog).getByRole('dialog', { name: 'Get help' });
    expect(help).toHaveAttribute('open');
    expect(help).toHaveTextContent(/Call your local emergency number/);
    await user.keyboard('{Escape}');
    expect(help).not.toHaveAttribute('open');
    // Escape closed Get help only: the prompt is still open, nothing answered.
    expect(dialog).toHaveAttribute('open');
    expect(opener).toHaveFocus();
    expect(journal.callsTo('answer_reminder')).toHaveLength(0);
  });

  it('Escape in a panel closes only the panel', async () => {
    fakeJournal({ pending: { catchUp: [EXERCISES] } });
    const { user } = await startApp();
    const dialog = await prompt();
    const exercises = item(dialog, "Time for today's exercises.");
    const later = within(exercises).getByRole('button', { name: 'Later today' });
    await user.click(later);
    await user.keyboard('{Escape}');
    expect(within(exercises).queryByRole('textbox', { name: 'Hour' })).not.toBeInTheDocument();
    expect(later).toHaveFocus();
    expect(dialog).toHaveAttribute('open');
  });

  it('opens when Rust says reminders were missed (after sleep), and again for a newly missed one', async () => {
    const journal = fakeJournal();
    await startApp();
    expect(document.querySelectorAll('dialog[open]')).toHaveLength(0);

    journal.setPending({ catchUp: [EXERCISES] });
    await emit('reminders-changed');
    const dialog = await prompt();
    await fireEvent(dialog, new Event('cancel', { cancelable: true }));
    await waitFor(() => expect(dialog).not.toHaveAttribute('open'));

    journal.setPending({ catchUp: [EXERCISES, DIARY] });
    await emit('reminders-changed');
    await waitFor(() => expect(dialog).toHaveAttribute('open'));
    expect(within(dialog).getAllByRole('listitem')).toHaveLength(2);
    expect(document.querySelectorAll('dialog[open]')).toHaveLength(1);
  });
});
