// Today's progress parts: the week's active days (gently) and the
// relief-window monitor's notice, whose dismissal is kept in preferences.
import { screen, waitFor, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { TodaySummary } from '../src/lib/ipc/bindings/TodaySummary';
import { fakeJournal } from './fake-journal';
import { startApp } from './helpers';

const speaking = (since = '2026-02-20'): TodaySummary => ({
  activeDaysThisWeek: 2,
  monitor: { state: 'considerTalkingToClinician', recent: 5.642857, best: 2.25, baseline: 7, since },
});

const notice = () => screen.queryByRole('region', { name: 'About your recent pain' });

describe('Today: active days this week', () => {
  it.each([
    [0, 'A new week — any movement counts.'],
    [1, 'You have been active on 1 day this week.'],
    [3, 'You have been active on 3 days this week.'],
  ])('says %i days kindly', async (days, words) => {
    fakeJournal({ todaySummary: { activeDaysThisWeek: days, monitor: { state: 'quiet', reason: 'steady' } } });
    await startApp();
    const week = await screen.findByRole('region', { name: 'This week' });
    expect(week).toHaveTextContent(words);
  });

  it('comes after the quick log and before the recent entries', async () => {
    fakeJournal({ todaySummary: { activeDaysThisWeek: 2, monitor: { state: 'quiet', reason: 'steady' } } });
    await startApp();
    const week = await screen.findByRole('region', { name: 'This week' });
    const log = screen.getByRole('region', { name: 'How is your pain right now?' });
    const recent = screen.getByRole('region', { name: 'Recent entries' });
    expect(log.compareDocumentPosition(week) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(week.compareDocumentPosition(recent) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});

describe('Today: the relief-window monitor', () => {
  it('says nothing while the monitor is quiet', async () => {
    fakeJournal({ todaySummary: { activeDaysThisWeek: 1, monitor: { state: 'quiet', reason: 'steady' } } });
    await startApp();
    await screen.findByRole('region', { name: 'This week' });
    expect(notice()).not.toBeInTheDocument();
  });

  it('shows a calm notice with the numbers as they are, after the timeline strip', async () => {
    fakeJournal({ todaySummary: speaking() });
    await startApp();
    const region = await screen.findByRole('region', { name: 'About your recent pain' });
    expect(region).toHaveTextContent(
      'Your recent pain is getting closer to where it was before the procedure. This can happen as relief wears off. You may want to talk to your clinician about it.',
    );
    const numbers = within(within(region).getByRole('list')).getAllByRole('listitem').map((li) => li.textContent);
    expect(numbers).toEqual([
      'Average of the last 2 weeks: 5.6',
      'Best 2-week average since the procedure: 2.3',
      'Before the procedure: 7',
      expect.stringMatching(/^Since: .*(20.*February|February 20).*2026$/),
    ]);
    const strip = screen.getByRole('button', { name: 'Record your procedure' });
    expect(strip.compareDocumentPosition(region) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('dismisses for good: saves the since date in preferences and hides the notice', async () => {
    const journal = fakeJournal({ todaySummary: speaking('2026-02-20'), preferences: { theme: 'dark' } });
    const { user } = await startApp();
    const region = await screen.findByRole('region', { name: 'About your recent pain' });
    await user.click(within(region).getByRole('button', { name: /^Dismiss/ }));
    await waitFor(() => expect(notice()).not.toBeInTheDocument());
    const [call] = journal.callsTo('set_preferences');
    // Everything else in the preferences is kept as it was.
    expect(call.args.preferences).toMatchObject({ theme: 'dark', onboardingDone: true, monitorDismissedSince: '2026-02-20' });
    expect(journal.preferences.monitorDismissedSince).toBe('2026-02-20');
    expect(screen.getByRole('heading', { level: 1, name: 'Today' })).toHaveFocus();
  });

  it('stays hidden after a restart when that notice was dismissed', async () => {
    fakeJournal({ todaySummary: speaking('2026-02-20'), preferences: { monitorDismissedSince: '2026-02-20' } });
    await startApp();
    await screen.findByRole('region', { name: 'This week' });
    expect(notice()).not.toBeInTheDocument();
  });

  it('shows again for a new run of the monitor (another since date)', async () => {
    fakeJournal({ todaySummary: speaking('2026-03-01'), preferences: { monitorDismissedSince: '2026-02-20' } });
    await startApp();
    expect(await screen.findByRole('region', { name: 'About your recent pain' })).toBeInTheDocument();
  });

  it('keeps the notice and says so calmly when the dismissal cannot be saved', async () => {
    const journal = fakeJournal({ todaySummary: speaking() });
    journal.failNext('set_preferences', { code: 'preferences_unsaved', message: 'Your settings could not be saved just now.' });
    const { user } = await startApp();
    const region = await screen.findByRole('region', { name: 'About your recent pain' });
    await user.click(within(region).getByRole('button', { name: /^Dismiss/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Your settings could not be saved just now.');
    expect(notice()).toBeInTheDocument();
  });
});
