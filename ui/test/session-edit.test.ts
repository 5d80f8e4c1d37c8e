// Editing a past session in place: effort, pain before and after (optional)
// and the note change; when it was and what was done stay as recorded. Save
// and Cancel both give the focus back to the session's Edit button, and an
// error keeps what was typed.
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { formatDateTime } from '../src/lib/i18n';
import type { PlanRecord } from '../src/lib/ipc/bindings/PlanRecord';
import type { SessionRecord } from '../src/lib/ipc/bindings/SessionRecord';
import Routine from '../src/views/Routine.svelte';
import { DEFAULT_PLANS, fakeJournal, NOW, type FakeOptions } from './fake-journal';

const PLAN: PlanRecord = {
  id: 3,
  plan: DEFAULT_PLANS.strengthen as PlanRecord['plan'],
  source: 'default',
  createdAt: NOW,
  replacedAt: null,
};

const SESSION: SessionRecord = {
  id: 1,
  planId: 3,
  session: {
    startedAt: '2026-03-02T18:00:00+00:00',
    finishedAt: '2026-03-02T18:20:00+00:00',
    exercises: [
      {
        exercise: { kind: 'library', id: 'walking' },
        planned: { kind: 'minutes', minutes: 10 },
        setsDone: 1,
        repsDone: [],
        holdSeconds: [],
        minutesDone: 10,
      },
      {
        exercise: { kind: 'library', id: 'bird-dog' },
        planned: { kind: 'hold', sets: 1, reps: 10, seconds: 5 },
        setsDone: 0,
        repsDone: [],
        holdSeconds: [],
        skipped: { reason: 'noTime' },
      },
    ],
    effort: 4,
    painBefore: 3,
    painAfter: 3,
    note: 'Short one today.',
  },
};

const WHEN = formatDateTime(SESSION.session.startedAt);

async function openSessions(options: FakeOptions = {}) {
  const journal = fakeJournal({ plan: PLAN, sessions: [SESSION], ...options });
  const user = userEvent.setup();
  render(Routine);
  const list = within(await screen.findByRole('list', { name: 'Your recent sessions' }));
  await list.findByText('Short one today.');
  const editButton = () => screen.getByRole('button', { name: `Edit, session from ${WHEN}` });
  return { journal, user, list, editButton };
}

/** The session list's own status line (Routine home has one too). */
const listStatus = () =>
  within(screen.getByRole('region', { name: 'Your recent sessions' })).getByRole('status');

/** The edit form, by its heading. */
const form = () => within(screen.getByRole('form', { name: `Change the session from ${WHEN}` }));

describe('editing a past session', () => {
  it('opens with what was recorded, focus on the first field', async () => {
    const { user, editButton } = await openSessions();
    await user.click(editButton());
    const effort = form().getByLabelText('How hard did it feel?');
    await waitFor(() => expect(effort).toHaveFocus());
    expect(effort).toHaveValue('4');
    expect(form().getByLabelText('Pain before the session (optional)')).toHaveValue('3');
    expect(form().getByLabelText('Pain after the session (optional)')).toHaveValue('3');
    expect(form().getByLabelText('Note (optional)')).toHaveValue('Short one today.');
    expect(screen.queryByRole('button', { name: `Delete, session from ${WHEN}` })).not.toBeInTheDocument();
  });

  it('saves the changes, keeps the time and the exercises, and returns the focus', async () => {
    const { journal, user, list, editButton } = await openSessions();
    await user.click(editButton());
    await user.selectOptions(form().getByLabelText('How hard did it feel?'), '7');
    await user.selectOptions(form().getByLabelText('Pain before the session (optional)'), '');
    await user.selectOptions(form().getByLabelText('Pain after the session (optional)'), '2');
    const note = form().getByLabelText('Note (optional)');
    await user.clear(note);
    await user.type(note, 'Felt looser afterwards.');
    await user.click(form().getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(listStatus()).toHaveTextContent('Session updated.'));
    await waitFor(() => expect(editButton()).toHaveFocus());
    const calls = journal.callsTo('update_session');
    expect(calls).toHaveLength(1);
    expect(calls[0].args).toEqual({
      id: 1,
      draft: {
        startedAt: SESSION.session.startedAt,
        finishedAt: SESSION.session.finishedAt,
        exercises: SESSION.session.exercises,
        effort: 7,
        painAfter: 2,
        note: 'Felt looser afterwards.',
      },
    });
    expect(journal.sessions.get(1)?.session).toMatchObject({ effort: 7, painBefore: null, painAfter: 2 });
    expect(list.getByText('Effort 7 out of 10')).toBeInTheDocument();
    expect(list.getByText('Pain after 2')).toBeInTheDocument();
    expect(list.getByText('Felt looser afterwards.')).toBeInTheDocument();
  });

  it('clears the note when it is emptied', async () => {
    const { journal, user, list, editButton } = await openSessions();
    await user.click(editButton());
    await user.clear(form().getByLabelText('Note (optional)'));
    await user.click(form().getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(editButton()).toHaveFocus());
    expect(journal.sessions.get(1)?.session.note).toBeNull();
    expect(list.queryByText('Short one today.')).not.toBeInTheDocument();
  });

  it('cancels without saving and returns the focus to Edit', async () => {
    const { journal, user, list, editButton } = await openSessions();
    await user.click(editButton());
    await user.selectOptions(form().getByLabelText('How hard did it feel?'), '9');
    await user.click(form().getByRole('button', { name: 'Cancel' }));

    await waitFor(() => expect(editButton()).toHaveFocus());
    expect(journal.callsTo('update_session')).toHaveLength(0);
    expect(list.getByText('Effort 4 out of 10')).toBeInTheDocument();
    expect(listStatus()).toHaveTextContent('');
  });

  it('shows an error and keeps what was typed', async () => {
    const { journal, user, editButton } = await openSessions({
      failNext: { update_session: { code: 'storage_failed', message: 'Your journal could not be saved.' } },
    });
    await user.click(editButton());
    await user.selectOptions(form().getByLabelText('How hard did it feel?'), '8');
    const note = form().getByLabelText('Note (optional)');
    await user.clear(note);
    await user.type(note, 'Keep me.');
    await user.click(form().getByRole('button', { name: 'Save changes' }));

    expect(await form().findByRole('alert')).toHaveTextContent('Your journal could not be saved.');
    expect(form().getByLabelText('How hard did it feel?')).toHaveValue('8');
    expect(form().getByLabelText('Note (optional)')).toHaveValue('Keep me.');
    expect(journal.sessions.get(1)?.session.effort).toBe(4);

    await user.click(form().getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(editButton()).toHaveFocus());
    expect(journal.sessions.get(1)?.session).toMatchObject({ effort: 8, note: 'Keep me.' });
  });
});
