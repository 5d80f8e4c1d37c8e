// The pain diary's optional answers (PainForm and EntryItem, on Today):
// what is saved, what is shown, and that editing keeps them.
import { screen, waitFor, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { PainEntry } from '../src/lib/ipc/bindings/PainEntry';
import { entry, fakeJournal } from './fake-journal';
import { painOption, startApp } from './helpers';

const logForm = () => screen.getByRole('form', { name: 'How is your pain right now?' });

describe('pain diary: more details', () => {
  it('keeps the quick log quick: the details are closed and nothing extra is sent', async () => {
    const journal = fakeJournal();
    const { user } = await startApp();
    const more = within(logForm()).getByRole('button', { name: /More details/ });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByLabelText('Worst pain in the last 24 hours')).not.toBeInTheDocument();
    await user.click(painOption(0, within(logForm())));
    await user.click(within(logForm()).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(journal.callsTo('log_pain')).toHaveLength(1));
    expect(journal.callsTo('log_pain')[0].args.draft).toStrictEqual({ score: 0, note: '' });
  });

  it('saves worst, average, interference and tags, shows them on the entry, and clears the form', async () => {
    const journal = fakeJournal();
    const { user } = await startApp();
    const form = logForm();
    await user.click(within(form).getByRole('button', { name: /More details/ }));
    expect(within(form).getByRole('button', { name: /More details/ })).toHaveAttribute('aria-expanded', 'true');
    await user.selectOptions(screen.getByLabelText('Worst pain in the last 24 hours'), '7');
    await user.selectOptions(screen.getByLabelText('Average pain in the last 24 hours'), '5');
    await user.selectOptions(screen.getByLabelText(/How much did pain get in the way/), '4');
    await user.click(screen.getByRole('checkbox', { name: 'After exercise' }));
    await user.click(screen.getByRole('checkbox', { name: 'Morning' }));
    await user.click(painOption(0, within(form)));
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(journal.callsTo('log_pain')).toHaveLength(1));
    expect(journal.callsTo('log_pain')[0].args.draft).toStrictEqual({
      score: 0,
      note: '',
      worst24h: 7,
      average24h: 5,
      interference: 4,
      // In relief-core's order, whatever order they were ticked in.
      tags: ['morning', 'afterExercise'],
    });
    const list = within(await screen.findByRole('list', { name: 'Recent entries' }));
    expect(list.getByText('Worst in 24 hours: 7')).toBeInTheDocument();
    expect(list.getByText('Average in 24 hours: 5')).toBeInTheDocument();
    expect(list.getByText('Got in the way: 4 of 10')).toBeInTheDocument();
    expect(list.getByText('Marked: Morning, After exercise')).toBeInTheDocument();
    // Ready for the next entry: nothing answered, nothing ticked.
    expect(screen.getByLabelText('Worst pain in the last 24 hours')).toHaveValue('');
    expect(screen.getByRole('checkbox', { name: 'Morning' })).not.toBeChecked();
  });

  it('treats "Not answered" as leaving the question out', async () => {
    const journal = fakeJournal();
    const { user } = await startApp();
    await user.click(within(logForm()).getByRole('button', { name: /More details/ }));
    const worst = screen.getByLabelText('Worst pain in the last 24 hours');
    await user.selectOptions(worst, '0');
    await user.selectOptions(worst, 'Not answered');
    await user.click(painOption(0, within(logForm())));
    await user.click(within(logForm()).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(journal.callsTo('log_pain')).toHaveLength(1));
    expect(journal.callsTo('log_pain')[0].args.draft).not.toHaveProperty('worst24h');
  });

  it("shows Rust's error beside the field it names and keeps every answer", async () => {
    const journal = fakeJournal();
    journal.failNext('log_pain', { code: 'pain_out_of_range', message: 'Pain is rated from 0 to 10. Please choose a number in that range.', field: 'interference' });
    const { user } = await startApp();
    await user.click(within(logForm()).getByRole('button', { name: /More details/ }));
    const interference = screen.getByLabelText(/How much did pain get in the way/);
    await user.selectOptions(interference, '6');
    await user.click(painOption(0, within(logForm())));
    await user.click(within(logForm()).getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Pain is rated from 0 to 10.');
    expect(interference).toHaveAttribute('aria-invalid', 'true');
    expect(interference).toHaveAccessibleDescription(/Pain is rated from 0 to 10/);
    expect(interference).toHaveValue('6');
  });

  it('opens an edit with the answers already there, keeps them on save, and can clear one', async () => {
    const stored: PainEntry = {
      ...entry(1, 6, '2026-03-02T20:15:00+00:00', 'Long drive'),
      worst24h: 8,
      average24h: 5,
      interference: 3,
      tags: ['work'],
    };
    const journal = fakeJournal({ entries: [stored] });
    const { user } = await startApp();
    await user.click(await screen.findByRole('button', { name: /^Edit/ }));
    const form = screen.getByRole('form', { name: /^Edit entry from/ });
    expect(within(form).getByRole('button', { name: /More details/ })).toHaveAttribute('aria-expanded', 'true');
    expect(within(form).getByLabelText('Worst pain in the last 24 hours')).toHaveValue('8');
    expect(within(form).getByRole('checkbox', { name: 'Work' })).toBeChecked();

    await user.click(within(form).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(journal.callsTo('update_pain')).toHaveLength(1));
    expect(journal.callsTo('update_pain')[0].args).toStrictEqual({
      id: 1,
      draft: { score: 6, note: 'Long drive', worst24h: 8, average24h: 5, interference: 3, tags: ['work'] },
    });

    // A second edit: clear the average and untick Work.
    await user.click(await screen.findByRole('button', { name: /^Edit/ }));
    const again = screen.getByRole('form', { name: /^Edit entry from/ });
    await user.selectOptions(within(again).getByLabelText('Average pain in the last 24 hours'), 'Not answered');
    await user.click(within(again).getByRole('checkbox', { name: 'Work' }));
    await user.click(within(again).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(journal.callsTo('update_pain')).toHaveLength(2));
    expect(journal.callsTo('update_pain')[1].args.draft).toStrictEqual({
      score: 6,
      note: 'Long drive',
      worst24h: 8,
      interference: 3,
    });
    const list = within(await screen.findByRole('list', { name: 'Recent entries' }));
    expect(list.queryByText(/Average in 24 hours/)).not.toBeInTheDocument();
    expect(list.queryByText(/Marked:/)).not.toBeInTheDocument();
    expect(list.getByText('Worst in 24 hours: 8')).toBeInTheDocument();
  });

  it('brings an entry back with its details after delete and undo', async () => {
    fakeJournal({ entries: [{ ...entry(1, 4, '2026-03-02T08:00:00+00:00'), worst24h: 6, tags: ['sleep'] }] });
    const { user } = await startApp();
    await user.click(await screen.findByRole('button', { name: /^Delete/ }));
    await user.click(await screen.findByRole('button', { name: /^Undo/ }));
    const list = within(await screen.findByRole('list', { name: 'Recent entries' }));
    expect(list.getByText('Worst in 24 hours: 6')).toBeInTheDocument();
    expect(list.getByText('Marked: Sleep')).toBeInTheDocument();
  });
});
