// Review mode: a physiotherapist opens a patient's backup read-only. The
// banner on every screen with "Close review", Progress drawing the file
// (review_progress) with no forms, and a restore that brings the backup's
// preferences (a replace) applied at once.
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ReviewInfo } from '../src/lib/ipc/bindings/ReviewInfo';
import { review } from '../src/lib/review.svelte';
import Progress from '../src/views/Progress.svelte';
import { emptyProgressView, fakeJournal, PROGRESS } from './fake-journal';
import { startApp } from './helpers';

const FILE: ReviewInfo = { fileName: 'pat-jones-backup-2026-11-30.json', painEntries: 230, sessions: 95 };
const BANNER = `Reviewing ${FILE.fileName} — read-only: Progress and Export show this file. Your own journal is not changed.`;

const nav = (name: string) => within(screen.getByRole('navigation')).getByRole('button', { name });

describe('review mode', () => {
  it('opens from Export in clinician mode, goes to Progress for the file and shows the banner', async () => {
    const journal = fakeJournal({ preferences: { clinicianMode: true }, reviewFile: FILE });
    const { user } = await startApp();
    expect(screen.queryByRole('region', { name: "Review of a patient's file" })).not.toBeInTheDocument();
    await user.click(nav('Export'));
    await user.click(await screen.findByRole('button', { name: "Open a patient's backup to review…" }));

    const heading = await screen.findByRole('heading', { level: 1, name: `Progress: ${FILE.fileName}` });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByRole('navigation').querySelector('[aria-current="page"]')).toHaveTextContent('Progress');
    const banner = screen.getByRole('region', { name: "Review of a patient's file" });
    expect(banner).toHaveTextContent(BANNER);
    // Progress reads the file, never the journal, and speaks of the patient.
    await screen.findByRole('heading', { level: 2, name: 'Pain over time' });
    expect(journal.callsTo('review_progress').map((c) => c.args)).toEqual([{ range: '3m' }]);
    expect(journal.callsTo('progress')).toEqual([]);
    expect(screen.getByText(/^Their 7-day average went from/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Activities they find hard (PSFS)' })).toBeInTheDocument();
    const drawn = heading.parentElement?.querySelector('.progress') as HTMLElement;
    expect(within(drawn).queryAllByText(/\byour\b/i)).toEqual([]);
  });

  it('keeps the banner on every screen until "Close review", which returns to Today', async () => {
    const journal = fakeJournal({ review: FILE, progress: PROGRESS.views });
    const { user } = await startApp();
    expect(journal.callsTo('review_status')).toHaveLength(1);
    for (const section of ['Today', 'Routine', 'Settings', 'Export']) {
      await user.click(nav(section));
      await screen.findByRole('heading', { level: 1, name: section });
      expect(screen.getByRole('region', { name: "Review of a patient's file" })).toHaveTextContent(BANNER);
    }
    await user.click(screen.getByRole('button', { name: 'Close review' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: "Review of a patient's file" })).not.toBeInTheDocument());
    expect(journal.callsTo('close_review')).toHaveLength(1);
    expect(journal.review).toBeNull();
    expect(review.info).toBeNull();
    expect(await screen.findByRole('heading', { level: 1, name: 'Today' })).toHaveFocus();

    // Back to the person's own journal: Progress is theirs again, in their words.
    await user.click(nav('Progress'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Progress' })).toBeInTheDocument();
    await waitFor(() => expect(journal.callsTo('progress').length).toBeGreaterThan(0));
    expect(await screen.findByRole('heading', { level: 2, name: 'Activities you find hard (PSFS)' })).toBeInTheDocument();
  });

  it('keeps the banner if closing fails, and says why', async () => {
    const journal = fakeJournal({ review: FILE });
    journal.failNext('close_review', { code: 'internal', message: 'Something went wrong inside the app. Please try again.' });
    const { user } = await startApp();
    const banner = await screen.findByRole('region', { name: "Review of a patient's file" });
    await user.click(within(banner).getByRole('button', { name: 'Close review' }));
    expect(await within(banner).findByRole('alert')).toHaveTextContent('Something went wrong inside the app.');
    expect(review.info).toEqual(FILE);
  });

  it('a restore that replaces the journal applies the backup’s preferences at once', async () => {
    const journal = fakeJournal({
      restoreFile: { fileName: 'backup.json', inFile: { procedures: 1, painEntries: 2, sessions: 0, plans: 0, walkingDays: 0, measures: 0, reminders: 0 }, newInMerge: { procedures: 1, painEntries: 2, sessions: 0, plans: 0, walkingDays: 0, measures: 0, reminders: 0 } },
    });
    const { user } = await startApp();
    await user.click(nav('Export'));
    await user.click(await screen.findByRole('button', { name: 'Restore from a backup…' }));
    await user.click(await screen.findByRole('radio', { name: 'Replace your journal with the backup' }));
    const before = journal.callsTo('get_preferences').length;
    await user.click(screen.getByRole('button', { name: 'Restore' }));
    await screen.findByText(/^Restored: 3 records\./);
    await waitFor(() => expect(journal.callsTo('get_preferences')).toHaveLength(before + 1));
  });
});

describe('Progress in review mode', () => {
  it('draws the file with review_progress for each range, and hides the entry forms', async () => {
    review.info = FILE;
    const journal = fakeJournal({ review: FILE, progress: PROGRESS.views });
    const user = userEvent.setup();
    render(Progress);
    expect(screen.getByRole('heading', { level: 1, name: `Progress: ${FILE.fileName}` })).toBeInTheDocument();
    expect(screen.getByText(/It is read-only: nothing here can be changed\./)).toBeInTheDocument();
    await screen.findByRole('heading', { level: 2, name: 'Pain over time' });
    await user.click(screen.getByRole('radio', { name: '12 months' }));
    await waitFor(() => expect(journal.callsTo('review_progress').map((c) => c.args.range)).toEqual(['3m', '12m']));
    expect(journal.callsTo('progress')).toEqual([]);
    expect(screen.queryByRole('heading', { name: 'Add to your record' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save walking' })).not.toBeInTheDocument();
    expect(journal.callsTo('list_psfs')).toEqual([]);
  });

  it('shows the person’s own journal with its entry forms when no review is open', async () => {
    const journal = fakeJournal({ progress: PROGRESS.views });
    render(Progress);
    expect(screen.getByRole('heading', { level: 1, name: 'Progress' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: 'Add to your record' })).toBeInTheDocument();
    expect(journal.callsTo('review_progress')).toEqual([]);
  });

  it('says calmly when the file has nothing for the range', async () => {
    review.info = FILE;
    fakeJournal({ review: FILE, reviewProgress: { '3m': emptyProgressView('3m') } });
    render(Progress);
    expect(await screen.findByText('Nothing is recorded in this file for this time.')).toBeInTheDocument();
  });
});
