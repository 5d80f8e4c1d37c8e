// Reminders that rang while the window was open: a banner each, on every
// section, answered with Do it now, Snooze or Skip; the exact answers sent to
// Rust, where "Do it now" leads, and that focus is never lost.
import { screen, waitFor, within } from '@testing-library/svelte';
import { emit } from '@tauri-apps/api/event';
import { describe, expect, it } from 'vitest';
import type { DueReminder } from '../src/lib/ipc/bindings/DueReminder';
import type { PlanRecord } from '../src/lib/ipc/bindings/PlanRecord';
import { DEFAULT_PLANS, fakeJournal, NOW } from './fake-journal';
import { startApp } from './helpers';

export function rang(id: number, kind: DueReminder['kind'], message: string, local = '2026-03-03T10:00:00'): DueReminder {
  return { occurrence: { reminderId: id, local, due: `${local}Z` }, kind, message };
}

const EXERCISES = rang(1, 'routine', "Time for today's exercises. A little, often, is the aim.");
const DIARY = rang(2, 'diary', 'How is your pain today? Take a moment to note it.', '2026-03-03T19:00:00');
const OWN = rang(3, 'custom', 'Water the tomatoes');

const PLAN: PlanRecord = { id: 7, plan: DEFAULT_PLANS['relief-builds'] as PlanRecord['plan'], source: 'default', createdAt: NOW, replacedAt: null };

const banner = (name: string) => screen.findByRole('region', { name });
const main = () => screen.getByRole('main');

describe('reminder banners', () => {
  it('shows each reminder with its heading and the message as text, above the section', async () => {
    fakeJournal({ pending: { due: [EXERCISES, rang(4, 'custom', '<img src=x onerror=alert(1)>')] } });
    await startApp();
    const exercises = await banner('Time for your exercises');
    expect(exercises).toHaveTextContent("Time for today's exercises. A little, often, is the aim.");
    for (const name of ['Do it now', 'Snooze', 'Skip']) {
      expect(within(exercises).getByRole('button', { name })).toBeInTheDocument();
    }
    const own = await banner('A reminder from Relief Window');
    expect(within(own).getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
    // The banners come before the section's heading, inside main.
    const heading = screen.getByRole('heading', { level: 1, name: 'Today' });
    expect(exercises.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(main()).toContainElement(exercises);
  });

  it('snoozes with the chosen time, then moves focus to the next banner and on to the heading', async () => {
    const journal = fakeJournal({ pending: { due: [EXERCISES, OWN] } });
    const { user } = await startApp();
    const exercises = await banner('Time for your exercises');

    const snooze = within(exercises).getByRole('button', { name: 'Snooze' });
    await user.click(snooze);
    expect(snooze).toHaveAttribute('aria-expanded', 'true');
    const choices = within(exercises).getByRole('group', { name: 'Remind me again in' });
    expect(within(choices).getAllByRole('button').map((b) => b.textContent?.trim())).toEqual([
      '10 minutes', '30 minutes', '1 hour', 'Tomorrow', 'Go back',
    ]);
    expect(within(choices).getByRole('button', { name: '10 minutes' })).toHaveFocus();
    await user.click(within(choices).getByRole('button', { name: '30 minutes' }));

    await waitFor(() => expect(screen.queryByRole('region', { name: 'Time for your exercises' })).not.toBeInTheDocument());
    expect(journal.answers).toEqual([{ occurrence: EXERCISES.occurrence, answer: { answer: 'snooze', choice: 'thirtyMinutes' } }]);
    expect(screen.getByRole('heading', { level: 2, name: 'A reminder from Relief Window' })).toHaveFocus();
    expect(main()).toHaveTextContent('Snoozed. You will be reminded again in 30 minutes.');

    // The last one: Do it now on a reminder of the person's own only records it.
    await user.click(within(await banner('A reminder from Relief Window')).getByRole('button', { name: 'Do it now' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'A reminder from Relief Window' })).not.toBeInTheDocument());
    expect(journal.answers[1]).toEqual({ occurrence: OWN.occurrence, answer: { answer: 'done' } });
    expect(screen.getByRole('heading', { level: 1, name: 'Today' })).toHaveFocus();
    expect(main()).toHaveTextContent('Marked as done.');
  });

  it('skips with a reason, in the guided session’s words', async () => {
    const journal = fakeJournal({ pending: { due: [EXERCISES] } });
    const { user } = await startApp();
    const exercises = await banner('Time for your exercises');
    await user.click(within(exercises).getByRole('button', { name: 'Skip' }));
    const reasons = within(exercises).getByRole('group', { name: 'Why are you skipping it?' });
    expect(within(reasons).getAllByRole('radio').map((r) => (r as HTMLInputElement).labels?.[0].textContent)).toEqual([
      'It is too painful today', 'No time today', 'No space or equipment', 'Another reason',
    ]);
    expect(within(reasons).getByRole('radio', { name: 'It is too painful today' })).toHaveFocus();
    await user.click(within(reasons).getByRole('radio', { name: 'No time today' }));
    await user.click(within(exercises).getByRole('button', { name: 'Skip it' }));
    await waitFor(() => expect(journal.answers).toHaveLength(1));
    expect(journal.answers[0]).toEqual({ occurrence: EXERCISES.occurrence, answer: { answer: 'skip', reason: { reason: 'noTime' } } });
    expect(screen.getByRole('heading', { level: 1, name: 'Today' })).toHaveFocus();
    expect(main()).toHaveTextContent('Skipped for this time.');
  });

  it('closes a panel with Escape or Go back and puts focus back on its button', async () => {
    const journal = fakeJournal({ pending: { due: [EXERCISES] } });
    const { user } = await startApp();
    const exercises = await banner('Time for your exercises');
    const snooze = within(exercises).getByRole('button', { name: 'Snooze' });
    await user.click(snooze);
    await user.keyboard('{Escape}');
    expect(within(exercises).queryByRole('group')).not.toBeInTheDocument();
    expect(snooze).toHaveFocus();
    expect(snooze).toHaveAttribute('aria-expanded', 'false');

    const skip = within(exercises).getByRole('button', { name: 'Skip' });
    await user.click(skip);
    await user.click(within(exercises).getByRole('button', { name: 'Go back' }));
    expect(skip).toHaveFocus();
    expect(journal.answers).toEqual([]);
  });

  it('"Do it now" on the pain diary records it and opens the pain score, from another section', async () => {
    const journal = fakeJournal({ pending: { due: [DIARY] } });
    const { user } = await startApp();
    await user.click(screen.getByRole('button', { name: 'Learn' }));
    await screen.findByRole('heading', { level: 1, name: 'Learn' });
    const diary = await banner('Time for your pain diary');
    await user.click(within(diary).getByRole('button', { name: 'Do it now' }));

    await waitFor(() => expect(screen.getByRole('radio', { name: '0, No pain' })).toHaveFocus());
    expect(screen.getByRole('heading', { level: 1, name: 'Today' })).toBeInTheDocument();
    expect(journal.answers).toEqual([{ occurrence: DIARY.occurrence, answer: { answer: 'done' } }]);
    expect(screen.queryByRole('region', { name: 'Time for your pain diary' })).not.toBeInTheDocument();
  });

  it('"Do it now" on exercises starts the guided session when there is a plan', async () => {
    const journal = fakeJournal({ plan: PLAN, pending: { due: [EXERCISES] } });
    const { user } = await startApp();
    await user.click(within(await banner('Time for your exercises')).getByRole('button', { name: 'Do it now' }));
    expect(await screen.findByText(/^Exercise 1 of \d+$/)).toBeInTheDocument();
    await waitFor(() => expect(document.activeElement?.tagName).toBe('H1'));
    expect(document.activeElement).not.toHaveTextContent(/^Routine$/);
    expect(journal.answers).toEqual([{ occurrence: EXERCISES.occurrence, answer: { answer: 'done' } }]);
  });

  it('"Do it now" on exercises opens Routine when there is no plan yet', async () => {
    fakeJournal({ pending: { due: [EXERCISES] } });
    const { user } = await startApp();
    await user.click(within(await banner('Time for your exercises')).getByRole('button', { name: 'Do it now' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Routine' });
    await screen.findByRole('button', { name: 'Use this plan' });
    await waitFor(() => expect(heading).toHaveFocus());
  });

  it('shows a reminder that rings while the app is open, without taking focus', async () => {
    const journal = fakeJournal();
    const { user } = await startApp();
    await user.click(screen.getByRole('button', { name: 'Learn' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Learn' });
    await waitFor(() => expect(heading).toHaveFocus());

    journal.setPending({ due: [OWN] });
    await emit('reminders-changed');
    const own = await banner('A reminder from Relief Window');
    expect(own).toHaveTextContent('Water the tomatoes');
    expect(heading).toHaveFocus();
    const said = [...document.querySelectorAll('[aria-live="polite"]')].map((e) => e.textContent);
    expect(said).toContain('Reminder: A reminder from Relief Window. Water the tomatoes');
    expect(document.querySelector('[aria-live="assertive"], [role="alert"]')).toBeNull();
  });

  it('moves focus to the heading when a banner it was in is answered elsewhere', async () => {
    const journal = fakeJournal({ pending: { due: [OWN] } });
    const { user } = await startApp();
    const own = await banner('A reminder from Relief Window');
    await user.click(within(own).getByRole('button', { name: 'Snooze' }));
    expect(within(own).getByRole('button', { name: '10 minutes' })).toHaveFocus();

    // Answered from the desktop notification: Rust says what is left.
    journal.setPending({ due: [] });
    await emit('reminders-changed');
    await waitFor(() => expect(screen.queryByRole('region', { name: 'A reminder from Relief Window' })).not.toBeInTheDocument());
    expect(screen.getByRole('heading', { level: 1, name: 'Today' })).toHaveFocus();
    expect(journal.answers).toEqual([]);
  });

  it('keeps the banner and says why when the answer cannot be saved', async () => {
    const journal = fakeJournal({ pending: { due: [EXERCISES] } });
    journal.failNext('answer_reminder', { code: 'storage_failed', message: 'Your entry could not be saved just now. Please try again.' });
    const { user } = await startApp();
    const exercises = await banner('Time for your exercises');
    const doNow = within(exercises).getByRole('button', { name: 'Do it now' });
    await user.click(doNow);
    expect(await within(exercises).findByRole('alert')).toHaveTextContent('Your entry could not be saved just now.');
    expect(doNow).toHaveFocus();
    expect(screen.getByRole('heading', { level: 1, name: 'Today' })).toBeInTheDocument();

    await user.click(doNow);
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Time for your exercises' })).not.toBeInTheDocument());
  });

  it('shows no banner during the first-run welcome', async () => {
    fakeJournal({ preferences: { onboardingDone: false }, pending: { due: [EXERCISES] } });
    await startApp();
    expect(screen.getByRole('heading', { level: 1, name: 'Welcome to Relief Window' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Time for your exercises' })).not.toBeInTheDocument();
  });
});

describe("Today's next-reminder line", () => {
  const pad = (n: number) => String(n).padStart(2, '0');
  const inDays = (days: number, hour: number) => {
    const d = new Date();
    d.setDate(d.getDate() + days);
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(hour)}:00:00`;
  };
  const DAILY = {
    id: 1, kind: 'routine' as const, message: "Time for today's exercises.", enabled: true,
    schedule: { kind: 'weekly' as const, days: ['mon' as const], times: [{ hour: 10, minute: 0 }] },
  };

  it('says there are none yet, with a way to Reminders', async () => {
    fakeJournal();
    const { user } = await startApp();
    expect(await screen.findByText('No reminders set. Set them up in Reminders.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Set up reminders' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'Reminders' })).toHaveFocus());
  });

  it('says when the next one rings and what it says, as text', async () => {
    fakeJournal({ reminders: [DAILY], nextReminder: rang(1, 'routine', '<img src=x onerror=alert(1)>', inDays(1, 10)) });
    await startApp();
    const line = await screen.findByText(/^Next reminder: tomorrow at 10:00/);
    expect(line).toHaveTextContent(/^Next reminder: tomorrow at 10:00( AM)? — <img src=x onerror=alert\(1\)>$/);
    expect(document.querySelector('img')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Set up reminders' })).not.toBeInTheDocument();
  });

  it('shows when it will really ring after a snooze, never a time already past', async () => {
    const pad = (n: number) => String(n).padStart(2, '0');
    const wall = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:00`;
    const clock = (d: Date) => new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' }).format(d);
    // Set for two minutes ago, snoozed to ten minutes from now (kept within today).
    const now = new Date();
    const setFor = new Date(now.getTime() - 2 * 60_000);
    const rings = new Date(now.getTime() + 10 * 60_000);
    fakeJournal({
      reminders: [DAILY],
      nextReminder: { occurrence: { reminderId: 1, local: wall(setFor), due: rings.toISOString() }, kind: 'routine', message: 'Exercises' },
    });
    await startApp();
    const line = await screen.findByText(/^Next reminder:/);
    expect(line).toHaveTextContent(new RegExp(`^Next reminder: .*${clock(rings).replace(/\s/g, '\\s')}`));
    expect(line).not.toHaveTextContent(new RegExp(`Next reminder: [^(]*${clock(setFor).replace(/\s/g, '\\s')}`));
    expect(line).toHaveTextContent(/\(It was set for .*\.\)$/);
  });

  it('names the day further off', async () => {
    const local = inDays(3, 10);
    const weekday = new Intl.DateTimeFormat(undefined, { weekday: 'long' }).format(new Date(`${local}`));
    fakeJournal({ reminders: [DAILY], nextReminder: rang(1, 'routine', "Time for today's exercises.", local) });
    await startApp();
    expect(await screen.findByText(new RegExp(`^Next reminder: ${weekday} at 10:00`))).toBeInTheDocument();
  });

  it('says reminders are paused and until when', async () => {
    const until = new Date();
    until.setDate(until.getDate() + 1);
    until.setHours(8, 0, 0, 0);
    fakeJournal({ reminders: [DAILY], nextReminder: null, paused: { from: new Date().toISOString(), until: until.toISOString() } });
    await startApp();
    expect(await screen.findByText(/^Reminders are paused until tomorrow at 0?8:00/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Go to Reminders' })).toBeInTheDocument();
  });

  it('keeps up when reminders change', async () => {
    fakeJournal({ nextReminder: null });
    await startApp();
    await screen.findByText('No reminders set. Set them up in Reminders.');
    // Saving one from the follow-up offer changes what reminders_overview answers.
    const { saveReminder } = await import('../src/lib/ipc');
    await saveReminder(null, { kind: 'diary', message: 'Note your pain', enabled: true, schedule: { kind: 'once', at: inDays(2, 19) } });
    await emit('reminders-changed');
    expect(await screen.findByText('No reminders are coming up.')).toBeInTheDocument();
  });
});
