import { screen, waitFor, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { entry, fakeJournal } from './fake-journal';
import { chosenPain, painOption, painScale, startApp } from './helpers';

async function recentList() {
  return within(await screen.findByRole('list', { name: 'Recent entries' }));
}

describe('Today', () => {
  it('saves a score with a note through log_pain and shows it in the list', async () => {
    const journal = fakeJournal();
    const { user } = await startApp();
    await screen.findByText(/You have no entries yet/);

    expect(chosenPain()).toBeNull();
    await user.click(painOption(6));
    expect(painOption(6)).toHaveAccessibleName('6, Moderate');
    await user.type(screen.getByRole('textbox', { name: /Note/ }), '  Walked to the shop  ');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(journal.callsTo('log_pain')).toHaveLength(1));
    expect(journal.callsTo('log_pain')[0].args).toEqual({
      draft: { score: 6, note: 'Walked to the shop' },
    });
    expect(screen.getByText(/^Saved: pain 6 at /)).toBeInTheDocument();
    const list = await recentList();
    expect(list.getByText('Walked to the shop')).toBeInTheDocument();
    expect(list.getByText(/Pain 6 \(Moderate\)/)).toBeInTheDocument();
    // The form is ready for the next entry, with no score chosen.
    expect(chosenPain()).toBeNull();
    expect(screen.getByRole('textbox', { name: /Note/ })).toHaveValue('');
  });

  it('sends a blank note (meaning no note) when the note is empty', async () => {
    const journal = fakeJournal();
    const { user } = await startApp();
    await user.click(painOption(0));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(journal.callsTo('log_pain')).toHaveLength(1));
    expect(journal.callsTo('log_pain')[0].args).toEqual({ draft: { score: 0, note: '' } });
  });

  it('saves nothing until a score is chosen: Save asks for one', async () => {
    const journal = fakeJournal();
    const { user } = await startApp();
    await user.type(screen.getByRole('textbox', { name: /Note/ }), 'stiff');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Please choose a number from 0 to 10 for your pain, then save.');
    expect(painOption(0)).toHaveFocus();
    expect(painScale()).toHaveAccessibleDescription(/Please choose a number/);
    expect(journal.callsTo('log_pain')).toHaveLength(0);
    expect(screen.getByRole('textbox', { name: /Note/ })).toHaveValue('stiff');
    await user.keyboard('{ArrowRight}');
    expect(chosenPain()).toBe(1);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(journal.callsTo('log_pain')[0]?.args).toEqual({ draft: { score: 1, note: 'stiff' } }));
  });

  it('shows an error answer in an alert and keeps what was typed', async () => {
    const journal = fakeJournal();
    journal.failNext('log_pain', {
      code: 'storage_failed',
      message: 'Your entry could not be saved just now. Please try again.',
    });
    const { user } = await startApp();
    await user.click(painOption(3));
    await user.type(screen.getByRole('textbox', { name: /Note/ }), 'after gardening');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your entry could not be saved just now. Please try again.',
    );
    expect(chosenPain()).toBe(3);
    expect(screen.getByRole('textbox', { name: /Note/ })).toHaveValue('after gardening');
    expect(screen.getByText(/You have no entries yet/)).toBeInTheDocument();

    // Trying again works, and the alert goes.
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('after gardening', { selector: 'p' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('normalises a non-ApiError rejection into the calm internal message', async () => {
    const journal = fakeJournal();
    journal.failNext('log_pain', 'a bare string' as never);
    const { user } = await startApp();
    await user.click(painOption(2));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/Something went wrong inside the app/);
  });

  it('lists recent entries newest first, with notes as text and named buttons', async () => {
    fakeJournal({
      entries: [
        entry(1, 2, '2026-03-01T08:00:00+00:00', '<b>not bold</b>'),
        entry(2, 7, '2026-03-02T20:15:00+00:00'),
      ],
    });
    await startApp();
    const items = (await recentList()).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Pain 7 (Severe)');
    expect(items[1]).toHaveTextContent('Pain 2 (Mild)');
    expect(within(items[1]).getByText('<b>not bold</b>')).toBeInTheDocument();
    expect(document.querySelector('b')).toBeNull();
    const time = items[0].querySelector('time')!;
    expect(time).toHaveAttribute('datetime', '2026-03-02T20:15:00+00:00');
    const edit = within(items[0]).getByRole('button', { name: /^Edit/ });
    expect(edit.textContent).toContain(time.textContent!);
    expect(within(items[0]).getByRole('button', { name: /^Delete/ }).textContent).toContain(
      time.textContent!,
    );
  });

  it('asks for 20 recent entries and calls ui_ready once after they render', async () => {
    const journal = fakeJournal({ entries: [entry(1, 4, '2026-03-01T08:00:00+00:00')] });
    await startApp();
    await waitFor(() => expect(journal.callsTo('ui_ready')).toHaveLength(1));
    expect(journal.callsTo('recent_pain')[0].args).toEqual({ limit: 20 });
    const order = journal.calls.map((c) => c.cmd);
    expect(order.indexOf('startup_status')).toBe(0);
    expect(order.indexOf('ui_ready')).toBeGreaterThan(order.indexOf('recent_pain'));
  });

  it('edits an entry in place through update_pain', async () => {
    const journal = fakeJournal({ entries: [entry(1, 4, '2026-03-01T08:00:00+00:00', 'morning')] });
    const { user } = await startApp();
    await user.click(await screen.findByRole('button', { name: /^Edit/ }));

    const form = screen.getByRole('form', { name: /^Edit entry from/ });
    expect(chosenPain(within(form))).toBe(4);
    expect(painOption(4, within(form))).toHaveFocus();
    await user.click(painOption(5, within(form)));
    const note = within(form).getByRole('textbox');
    await user.clear(note);
    await user.type(note, 'better');
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));

    await waitFor(() =>
      expect(journal.callsTo('update_pain')[0]?.args).toEqual({ id: 1, draft: { score: 5, note: 'better' } }),
    );
    expect(await screen.findByText(/^Updated: pain 5 at/)).toBeInTheDocument();
    expect(screen.getByText('better')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Edit/ })).toHaveFocus();
  });

  it('clears a note when it is emptied while editing', async () => {
    const journal = fakeJournal({ entries: [entry(1, 4, '2026-03-01T08:00:00+00:00', 'old note')] });
    const { user } = await startApp();
    await user.click(await screen.findByRole('button', { name: /^Edit/ }));
    const form = screen.getByRole('form', { name: /^Edit entry from/ });
    await user.clear(within(form).getByRole('textbox'));
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));
    await waitFor(() =>
      expect(journal.callsTo('update_pain')[0]?.args).toEqual({ id: 1, draft: { score: 4, note: '' } }),
    );
    await screen.findByText(/^Updated: pain 4 at/);
    expect(screen.queryByText('old note')).not.toBeInTheDocument();
  });

  it('cancels an edit without saving', async () => {
    const journal = fakeJournal({ entries: [entry(1, 4, '2026-03-01T08:00:00+00:00')] });
    const { user } = await startApp();
    await user.click(await screen.findByRole('button', { name: /^Edit/ }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('form', { name: /^Edit entry/ })).not.toBeInTheDocument();
    expect(journal.callsTo('update_pain')).toHaveLength(0);
  });

  it('deletes at once and can undo', async () => {
    const journal = fakeJournal({ entries: [entry(1, 4, '2026-03-01T08:00:00+00:00', 'keep me')] });
    const { user } = await startApp();
    await user.click(await screen.findByRole('button', { name: /^Delete/ }));

    await waitFor(() => expect(journal.callsTo('delete_pain')[0]?.args).toEqual({ id: 1 }));
    expect(screen.queryByText('keep me')).not.toBeInTheDocument();
    expect(screen.getByText('Entry deleted.')).toBeInTheDocument();
    const undo = screen.getByRole('button', { name: /^Undo/ });
    expect(undo).toHaveFocus();

    await user.click(undo);
    await waitFor(() => expect(journal.callsTo('undo_delete_pain')[0]?.args).toEqual({ id: 1 }));
    expect(await screen.findByText('keep me')).toBeInTheDocument();
    expect(screen.getByText(/^Entry restored: pain 4/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Undo/ })).not.toBeInTheDocument();
  });

  it('focuses Undo again when a second entry is deleted while it shows', async () => {
    fakeJournal({
      entries: [entry(1, 4, '2026-03-01T08:00:00+00:00', 'first'), entry(2, 6, '2026-03-01T09:00:00+00:00', 'second')],
    });
    const { user } = await startApp();
    await user.click((await screen.findAllByRole('button', { name: /^Delete/ }))[0]);
    await waitFor(() => expect(screen.getByRole('button', { name: /^Undo/ })).toHaveFocus());
    await user.click(screen.getByRole('button', { name: /^Delete/ }));
    await waitFor(() => expect(screen.queryAllByRole('button', { name: /^Delete/ })).toHaveLength(0));
    expect(screen.getByRole('button', { name: /^Undo/ })).toHaveFocus();
  });

  it('keeps Undo available well beyond 10 seconds', async () => {
    fakeJournal({ entries: [entry(1, 4, '2026-03-01T08:00:00+00:00')] });
    const { user } = await startApp();
    await user.click(await screen.findByRole('button', { name: /^Delete/ }));
    await screen.findByRole('button', { name: /^Undo/ });
    await new Promise((resolve) => setTimeout(resolve, 50));
    // No timer removes it: it stays until the next change to the journal.
    expect(screen.getByRole('button', { name: /^Undo/ })).toBeInTheDocument();
  });

  it('shows startup notices that can be dismissed', async () => {
    const journal = fakeJournal({
      notices: [
        { code: 'preferences_reset', message: 'Your settings could not be read.', recovery: null },
        { code: 'journal_restored', message: 'Your entries were brought back from the backup.', recovery: 7 },
      ],
    });
    const { user } = await startApp();
    const area = screen.getAllByRole('status').find((el) => el.textContent?.includes('settings'))!;
    expect(area).toHaveTextContent('Your entries were brought back');
    const dismissButtons = within(area).getAllByRole('button', { name: /^Dismiss/ });
    expect(dismissButtons).toHaveLength(2);
    await user.click(dismissButtons[0]);
    expect(screen.queryByText('Your settings could not be read.')).not.toBeInTheDocument();
    const remaining = within(area).getByRole('button', { name: /^Dismiss/ });
    expect(remaining).toHaveFocus();
    expect(journal.callsTo('dismiss_recovery')).toHaveLength(0);
    await user.click(remaining);
    expect(within(area).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Today' })).toHaveFocus();
    expect(journal.callsTo('dismiss_recovery').map((c) => c.args)).toEqual([{ id: 7 }]);
  });

  it("keeps a recovery's notice when the journal cannot note it was read", async () => {
    const journal = fakeJournal({
      notices: [{ code: 'journal_restored', message: 'Your entries were brought back from the backup.', recovery: 3 }],
    });
    const { user } = await startApp();
    journal.failNext('dismiss_recovery', { code: 'storage_failed', message: 'Your entry could not be saved just now.' });
    await user.click(screen.getByRole('button', { name: /^Dismiss/ }));
    expect(screen.getByText('Your entries were brought back from the backup.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^Dismiss/ }));
    expect(screen.queryByText('Your entries were brought back from the backup.')).not.toBeInTheDocument();
  });

  it('says calmly when the list cannot be read, and still reports ready', async () => {
    const journal = fakeJournal({
      failNext: { recent_pain: { code: 'journal_unavailable', message: 'Your journal is not available right now.' } },
    });
    await startApp();
    expect(await screen.findByRole('alert')).toHaveTextContent('Your journal is not available right now.');
    await waitFor(() => expect(journal.callsTo('ui_ready')).toHaveLength(1));
  });
});

describe('pain scale', () => {
  it('jumps to a score when a digit is typed, and names it in words', async () => {
    fakeJournal();
    const { user } = await startApp();
    const options = within(painScale()).getAllByRole('radio');
    expect(options.map((o) => (o as HTMLInputElement).value)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(options.every((o) => !(o as HTMLInputElement).checked)).toBe(true);
    painOption(0).focus();
    await user.keyboard('8');
    expect(chosenPain()).toBe(8);
    expect(painOption(8)).toHaveFocus();
    expect(painOption(8)).toHaveAccessibleName('8, Severe');
    expect(screen.getByText('0 No pain')).toBeInTheDocument();
    expect(screen.getByText('5 Moderate')).toBeInTheDocument();
    expect(screen.getByText('10 Worst imaginable')).toBeInTheDocument();
  });

  it('limits the note to 2000 characters and says how many are left', async () => {
    fakeJournal();
    const { user } = await startApp();
    const note = screen.getByRole('textbox', { name: /Note/ });
    expect(note).toHaveAttribute('maxlength', '2000');
    await user.type(note, 'abc');
    expect(note).toHaveAccessibleDescription(/1,997 left/);
  });
});
