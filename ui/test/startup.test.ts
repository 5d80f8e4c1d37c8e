import { screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { fakeJournal } from './fake-journal';
import { startApp } from './helpers';

describe('Start-up', () => {
  it('shows a calm error screen instead of the app when the journal cannot be opened', async () => {
    const journal = fakeJournal({
      journalError: {
        code: 'data_dir_unwritable',
        message: 'Relief Window cannot save in this folder.',
      },
    });
    await startApp();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Your journal could not be opened' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Relief Window cannot save in this folder.')).toBeInTheDocument();
    expect(screen.getByText('/home/pat/.local/share/relief-window')).toBeInTheDocument();
    expect(screen.getByText(/Close Relief Window and open it again/)).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(screen.queryByRole('group', { name: /Pain score/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Get help' })).toBeInTheDocument();
    expect(journal.callsTo('recent_pain')).toHaveLength(0);
    await waitFor(() => expect(journal.callsTo('ui_ready')).toHaveLength(1));
  });

  it('shows the error screen when startup_status itself fails', async () => {
    const journal = fakeJournal();
    journal.failNext('startup_status', { code: 'internal', message: 'Something went wrong inside the app.' });
    await startApp();
    expect(screen.getByRole('heading', { level: 1, name: 'Your journal could not be opened' })).toBeInTheDocument();
    expect(screen.getByText('The data folder could not be found.')).toBeInTheDocument();
  });
});
