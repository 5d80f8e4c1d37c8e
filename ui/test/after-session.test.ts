// "I did today's routine" (QuickLog): once the session is logged, the card
// offers the pain diary, marked "After exercise", before it closes.
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Plan } from '../src/lib/ipc/bindings/Plan';
import QuickLog from '../src/views/routine/QuickLog.svelte';
import { DEFAULT_PLANS, fakeJournal } from './fake-journal';

function setup() {
  const journal = fakeJournal();
  const onsaved = vi.fn();
  const user = userEvent.setup();
  render(QuickLog, { plan: DEFAULT_PLANS.recovery as Plan, onsaved, oncancel: vi.fn() });
  return { journal, onsaved, user };
}

describe('QuickLog: the pain diary after a logged session', () => {
  it('logs the session, then saves a real pain entry marked "After exercise"', async () => {
    const { journal, onsaved, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Your session is saved.' })).toHaveFocus();
    expect(journal.callsTo('log_session')).toHaveLength(1);
    expect(onsaved).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Add to your pain diary' }));
    const form = screen.getByRole('form', { name: 'Your pain after exercise' });
    expect(screen.getByRole('heading', { level: 3, name: 'Your pain after exercise' })).toBeInTheDocument();
    expect(within(form).getByRole('checkbox', { name: 'After exercise' })).toBeChecked();
    await user.keyboard('3');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(journal.callsTo('log_pain')).toHaveLength(1));
    expect(journal.callsTo('log_pain')[0].args.draft).toStrictEqual({ score: 3, note: '', tags: ['afterExercise'] });

    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(onsaved).toHaveBeenCalledOnce();
    expect(onsaved.mock.calls[0][0]).toMatchObject({ id: 1 });
  });

  it('lets the person skip the diary: Done closes with the session saved and no pain entry', async () => {
    const { journal, onsaved, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await user.click(await screen.findByRole('button', { name: 'Done' }));
    expect(onsaved).toHaveBeenCalledOnce();
    expect(journal.callsTo('log_pain')).toHaveLength(0);
  });
});
