// Adding to the record from Progress: walking minutes, PSFS (first time and
// scored again with the same names) and ODI/RMDQ totals, with Rust's errors
// (from the fake, by the same codes and fields) shown at their fields.
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { PsfsRecord } from '../src/lib/ipc/bindings/PsfsRecord';
import ProgressEntry from '../src/views/progress/entry/ProgressEntry.svelte';
import { emptyProgressView, fakeJournal, localToday } from './fake-journal';

function setup(options: Parameters<typeof fakeJournal>[0] = {}) {
  const journal = fakeJournal(options);
  const onchange = vi.fn();
  const user = userEvent.setup();
  render(ProgressEntry, { onchange });
  return { journal, onchange, user };
}

const card = (name: string | RegExp) => within(screen.getByRole('region', { name }));
const nextYear = String(new Date().getFullYear() + 1);

describe('ProgressEntry: walking', () => {
  it("saves today's minutes, and saving again replaces the day's number", async () => {
    const { journal, onchange, user } = setup();
    const walking = card('Walking');
    expect(walking.getByRole('group', { name: 'Which day?' })).toBeInTheDocument();
    await user.type(walking.getByLabelText('Minutes walked'), '25');
    await user.click(walking.getByRole('button', { name: 'Save walking' }));
    await waitFor(() => expect(onchange).toHaveBeenCalledOnce());
    expect(journal.callsTo('set_walking')[0].args).toEqual({ date: localToday(), minutes: 25 });
    expect(walking.getByRole('status')).toHaveTextContent(/^Saved: 25 minutes of walking on /);

    await user.clear(walking.getByLabelText('Minutes walked'));
    await user.type(walking.getByLabelText('Minutes walked'), '40');
    await user.click(walking.getByRole('button', { name: 'Save walking' }));
    await waitFor(() => expect(onchange).toHaveBeenCalledTimes(2));
    expect([...journal.walks.values()]).toEqual([{ date: localToday(), minutes: 40 }]);
  });

  it('refuses a future date at the date field, and a day of more than 1440 minutes at the minutes', async () => {
    const { journal, onchange, user } = setup();
    const walking = card('Walking');
    const year = walking.getByLabelText('Year');
    await user.clear(year);
    await user.type(year, nextYear);
    await user.type(walking.getByLabelText('Minutes walked'), '30');
    await user.click(walking.getByRole('button', { name: 'Save walking' }));
    expect(await walking.findByRole('alert')).toHaveTextContent('This date is in the future. Please choose today or an earlier day.');
    expect(journal.callsTo('set_walking')[0].args.date).toBe(`${nextYear}-${localToday().slice(5)}`);

    await user.clear(year);
    await user.type(year, localToday().slice(0, 4));
    await user.clear(walking.getByLabelText('Minutes walked'));
    await user.type(walking.getByLabelText('Minutes walked'), '1500');
    await user.click(walking.getByRole('button', { name: 'Save walking' }));
    await waitFor(() => expect(walking.getByLabelText('Minutes walked')).toHaveAttribute('aria-invalid', 'true'));
    expect(walking.getByLabelText('Minutes walked')).toHaveAccessibleDescription(/whole minutes, from 0 to 1440/);
    expect(onchange).not.toHaveBeenCalled();
  });
});

describe('ProgressEntry: PSFS', () => {
  it('the first time, names activities and scores each; a wholly empty row is left out', async () => {
    const { journal, onchange, user } = setup();
    const psfs = card('Activities you find hard');
    await psfs.findByLabelText('Activity 1');
    expect(psfs.getAllByRole('textbox', { name: /^Activity \d$/ })).toHaveLength(3);
    await user.type(psfs.getByLabelText('Activity 1'), 'Putting on socks');
    await user.selectOptions(psfs.getByLabelText('Score for activity 1'), '3');
    await user.type(psfs.getByLabelText('Activity 2'), 'Walking to the shops');
    await user.selectOptions(psfs.getByLabelText('Score for activity 2'), '0 – Unable to do it');
    await user.click(psfs.getByRole('button', { name: 'Save scores' }));

    await waitFor(() => expect(onchange).toHaveBeenCalledOnce());
    expect(journal.callsTo('add_psfs')[0].args.draft).toEqual({
      activities: [
        { name: 'Putting on socks', score: 3 },
        { name: 'Walking to the shops', score: 0 },
      ],
      recordedOn: localToday(),
    });
    const history = within(psfs.getByRole('list', { name: 'Earlier scores' }));
    expect(history.getByText('Putting on socks: 3 out of 10')).toBeInTheDocument();
    expect(psfs.getByRole('button', { name: 'Score them again' })).toHaveFocus();
  });

  it('scores again with the same names from the latest PSFS, and can remove and add one', async () => {
    const older: PsfsRecord = { id: 1, recordedOn: '2026-01-10', activities: [{ name: 'Gardening', score: 1 }] };
    const latest: PsfsRecord = {
      id: 2,
      recordedOn: '2026-02-10',
      activities: [
        { name: 'Putting on socks', score: 3 },
        { name: 'Lifting the grandchildren', score: 2 },
        { name: 'Sitting through a film', score: 4 },
      ],
    };
    const { journal, user } = setup({ psfs: [older, latest] });
    const psfs = card('Activities you find hard');
    await user.click(await psfs.findByRole('button', { name: 'Score them again' }));
    const names = psfs.getAllByRole('textbox', { name: /^Activity \d$/ }).map((input) => (input as HTMLInputElement).value);
    expect(names).toEqual(['Putting on socks', 'Lifting the grandchildren', 'Sitting through a film']);
    expect(psfs.getByLabelText('Score for activity 1')).toHaveValue('');

    await user.click(psfs.getByRole('button', { name: 'Remove: activity 3' }));
    await user.click(psfs.getByRole('button', { name: 'Add an activity' }));
    expect(psfs.getByLabelText('Activity 3')).toHaveFocus();
    await user.type(psfs.getByLabelText('Activity 3'), 'Driving');
    for (const [n, score] of [[1, '5'], [2, '4'], [3, '6']] as const) {
      await user.selectOptions(psfs.getByLabelText(`Score for activity ${n}`), score);
    }
    await user.click(psfs.getByRole('button', { name: 'Save scores' }));
    await waitFor(() => expect(journal.callsTo('add_psfs')).toHaveLength(1));
    expect(journal.callsTo('add_psfs')[0].args.draft).toMatchObject({
      activities: [
        { name: 'Putting on socks', score: 5 },
        { name: 'Lifting the grandchildren', score: 4 },
        { name: 'Driving', score: 6 },
      ],
    });
  });

  it('shows a duplicate name at the second field, counting only the rows sent', async () => {
    const { journal, user } = setup();
    const psfs = card('Activities you find hard');
    await user.type(await psfs.findByLabelText('Activity 1'), 'Walking');
    await user.selectOptions(psfs.getByLabelText('Score for activity 1'), '4');
    // Row 2 is left empty; row 3 repeats row 1 in other letters.
    await user.type(psfs.getByLabelText('Activity 3'), ' walking ');
    await user.selectOptions(psfs.getByLabelText('Score for activity 3'), '5');
    await user.click(psfs.getByRole('button', { name: 'Save scores' }));

    const third = psfs.getByLabelText('Activity 3');
    await waitFor(() => expect(third).toHaveAttribute('aria-invalid', 'true'));
    expect(journal.callsTo('add_psfs')).toHaveLength(1);
    expect(third).toHaveAccessibleDescription('You have listed this activity already. Please give each activity a different name.');
    expect(third).toHaveFocus();
    expect(psfs.getByLabelText('Activity 1')).not.toHaveAttribute('aria-invalid');
  });

  it('says how many activities a PSFS needs when none are given, and refuses a future date', async () => {
    const { journal, onchange, user } = setup();
    const psfs = card('Activities you find hard');
    await user.click(await psfs.findByRole('button', { name: 'Save scores' }));
    expect(await psfs.findByRole('alert')).toHaveTextContent('Please list from 1 to 5 activities.');
    expect(journal.callsTo('add_psfs')[0].args.draft).toMatchObject({ activities: [] });
    expect(psfs.getByRole('group', { name: 'Your activities' })).toHaveAccessibleDescription(/Please list from 1 to 5 activities/);

    await user.type(psfs.getByLabelText('Activity 1'), 'Bending');
    await user.selectOptions(psfs.getByLabelText('Score for activity 1'), '2');
    const year = within(psfs.getByRole('group', { name: 'Date of these scores' })).getByLabelText('Year');
    await user.clear(year);
    await user.type(year, nextYear);
    await user.click(psfs.getByRole('button', { name: 'Save scores' }));
    await waitFor(() => expect(psfs.getByRole('alert')).toHaveTextContent('This date is in the future.'));
    expect(onchange).not.toHaveBeenCalled();
  });

  it('asks for a score on a named activity before sending anything', async () => {
    const { journal, user } = setup();
    const psfs = card('Activities you find hard');
    await user.type(await psfs.findByLabelText('Activity 1'), 'Bending');
    await user.click(psfs.getByRole('button', { name: 'Save scores' }));
    expect(await psfs.findByRole('alert')).toHaveTextContent('Please choose a score from 0 to 10.');
    expect(psfs.getByLabelText('Score for activity 1')).toHaveFocus();
    expect(journal.callsTo('add_psfs')).toHaveLength(0);
  });

  it('deletes a PSFS and brings it back with Undo', async () => {
    const record: PsfsRecord = { id: 4, recordedOn: '2026-02-10', activities: [{ name: 'Gardening', score: 3 }] };
    const { journal, onchange, user } = setup({ psfs: [record] });
    const psfs = card('Activities you find hard');
    await user.click(await psfs.findByRole('button', { name: /^Delete, scores from/ }));
    await waitFor(() => expect(psfs.queryByRole('list', { name: 'Earlier scores' })).not.toBeInTheDocument());
    const undo = psfs.getByRole('button', { name: /^Undo/ });
    expect(undo).toHaveFocus();
    await user.click(undo);
    expect(await psfs.findByText('Gardening: 3 out of 10')).toBeInTheDocument();
    expect(journal.psfs.size).toBe(1);
    expect(onchange).toHaveBeenCalledTimes(2);
  });
});

describe('ProgressEntry: ODI and RMDQ totals', () => {
  it('explains that only the total is noted, with no questionnaire items', () => {
    setup();
    const measures = card(/Oswestry \(ODI\) and Roland–Morris/);
    expect(measures.getByText(/filled in elsewhere, usually with your clinic/)).toBeInTheDocument();
  });

  it('refuses an ODI over 100 and an RMDQ that is not whole, at the total', async () => {
    const { journal, onchange, user } = setup();
    const measures = card(/Oswestry \(ODI\) and Roland–Morris/);
    const total = measures.getByLabelText('Total score');
    await user.type(total, '120');
    await user.click(measures.getByRole('button', { name: 'Save score' }));
    await waitFor(() => expect(total).toHaveAttribute('aria-invalid', 'true'));
    expect(total).toHaveAccessibleDescription(/The Oswestry \(ODI\) score is a percentage from 0 to 100/);
    expect(total).toHaveFocus();

    await user.click(measures.getByRole('radio', { name: /Roland–Morris/ }));
    await user.clear(total);
    await user.type(total, '12,5');
    await user.click(measures.getByRole('button', { name: 'Save score' }));
    await waitFor(() => expect(total).toHaveAccessibleDescription(/RMDQ\) score is a whole number from 0 to 24/));
    expect(journal.callsTo('add_measure').map((c) => c.args.draft)).toEqual([
      { measure: 'odi', total: 120, recordedOn: localToday() },
      { measure: 'rmdq', total: 12.5, recordedOn: localToday() },
    ]);
    expect(onchange).not.toHaveBeenCalled();
  });

  it('saves a total with who scored it, lists it, and deletes it with undo', async () => {
    const base = emptyProgressView('all');
    base.measures = [{ id: 7, measure: 'rmdq', total: 14, recordedOn: '2026-01-05', scoredBy: null }];
    const { journal, onchange, user } = setup({ progress: { all: base } });
    const measures = card(/Oswestry \(ODI\) and Roland–Morris/);
    const list = () => within(measures.getByRole('list', { name: 'Scores you have noted' }));
    expect(await measures.findByText('RMDQ 14')).toBeInTheDocument();

    await user.type(measures.getByLabelText('Total score'), '34');
    await user.type(measures.getByLabelText('Scored by (optional)'), '  Back clinic ');
    await user.click(measures.getByRole('button', { name: 'Save score' }));
    await waitFor(() => expect(onchange).toHaveBeenCalledOnce());
    expect(journal.callsTo('add_measure')[0].args.draft).toEqual({
      measure: 'odi',
      total: 34,
      recordedOn: localToday(),
      scoredBy: 'Back clinic',
    });
    expect(await list().findByText('ODI 34 %')).toBeInTheDocument();
    expect(list().getByText(/scored by Back clinic/)).toBeInTheDocument();
    expect(measures.getByLabelText('Total score')).toHaveValue('');

    await user.click(list().getByRole('button', { name: /^Delete, RMDQ score from/ }));
    await waitFor(() => expect(list().queryByText('RMDQ 14')).not.toBeInTheDocument());
    await user.click(measures.getByRole('button', { name: /^Undo/ }));
    expect(await list().findByText('RMDQ 14')).toBeInTheDocument();
    expect(journal.callsTo('undo_delete_measure')[0].args).toEqual({ id: 7 });
    expect(onchange).toHaveBeenCalledTimes(3);
  });
});
