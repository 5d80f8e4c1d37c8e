// Where the tray menu or a notification click sends the window ('navigate'):
// Today, Today's pain score, the guided session (or Routine home without a
// plan), and Reminders; focus lands on what was asked for.
import { screen, waitFor } from '@testing-library/svelte';
import { emit } from '@tauri-apps/api/event';
import { describe, expect, it, vi } from 'vitest';
import type { PlanRecord } from '../src/lib/ipc/bindings/PlanRecord';
import { DEFAULT_PLANS, fakeJournal, NOW } from './fake-journal';
import { startApp } from './helpers';

const PLAN: PlanRecord = { id: 7, plan: DEFAULT_PLANS.strengthen as PlanRecord['plan'], source: 'default', createdAt: NOW, replacedAt: null };

async function openLearn(user: Awaited<ReturnType<typeof startApp>>['user']) {
  await user.click(screen.getByRole('button', { name: 'Learn' }));
  await screen.findByRole('heading', { level: 1, name: 'Learn' });
}

describe('navigate', () => {
  it("'log-pain' opens Today with the pain score focused", async () => {
    fakeJournal();
    const { user } = await startApp();
    await openLearn(user);
    await emit('navigate', 'log-pain');
    const score = await screen.findByRole('radio', { name: '0, No pain' });
    await waitFor(() => expect(score).toHaveFocus());
    expect(screen.getByRole('navigation').querySelector('[aria-current="page"]')).toHaveTextContent('Today');

    // Asked again while already on Today (focus elsewhere): the score again.
    screen.getByRole('heading', { level: 1, name: 'Today' }).focus();
    await emit('navigate', 'log-pain');
    await waitFor(() => expect(score).toHaveFocus());
  });

  it("'today' opens Today at its heading", async () => {
    fakeJournal();
    const { user } = await startApp();
    await openLearn(user);
    await emit('navigate', 'today');
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'Today' })).toHaveFocus());
  });

  it("'start-routine' starts the guided session when there is a plan", async () => {
    fakeJournal({ plan: PLAN });
    await startApp();
    await emit('navigate', 'start-routine');
    expect(await screen.findByText(/^Exercise 1 of \d+$/)).toBeInTheDocument();
    await waitFor(() => expect(document.activeElement?.tagName).toBe('H1'));
    expect(screen.getByRole('navigation').querySelector('[aria-current="page"]')).toHaveTextContent('Routine');
  });

  it("'start-routine' opens Routine home when there is no plan yet", async () => {
    fakeJournal();
    await startApp();
    await emit('navigate', 'start-routine');
    await screen.findByRole('button', { name: 'Use this plan' });
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'Routine' })).toHaveFocus());
    expect(screen.queryByText(/^Exercise 1 of/)).not.toBeInTheDocument();
  });

  it("'reminders' opens Reminders at its heading, and leaves the procedure page", async () => {
    fakeJournal();
    const { user } = await startApp();
    await user.click(screen.getByRole('button', { name: 'Record your procedure' }));
    await screen.findByRole('heading', { level: 1, name: 'Your procedure' });
    await emit('navigate', 'reminders');
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'Reminders' })).toHaveFocus());
    expect(screen.queryByRole('heading', { level: 1, name: 'Your procedure' })).not.toBeInTheDocument();
  });

  it('choosing a section afterwards does not start anything again', async () => {
    fakeJournal({ plan: PLAN });
    const { user } = await startApp();
    await emit('navigate', 'start-routine');
    await screen.findByText(/^Exercise 1 of \d+$/);
    await user.click(screen.getByRole('button', { name: 'Today' }));
    await user.click(screen.getByRole('button', { name: 'Routine' }));
    await screen.findByRole('button', { name: "Start today's routine" });
    expect(screen.queryByText(/^Exercise 1 of/)).not.toBeInTheDocument();
  });

  it('waits during the first-run welcome', async () => {
    fakeJournal({ preferences: { onboardingDone: false } });
    await startApp();
    await emit('navigate', 'log-pain');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.getByRole('heading', { level: 1, name: 'Welcome to Relief Window' })).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: /Pain score/ })).not.toBeInTheDocument();
  });

  it('stops listening when the app goes away', async () => {
    fakeJournal();
    const internals = (window as unknown as { __TAURI_EVENT_PLUGIN_INTERNALS__: { unregisterListener: () => void } })
      .__TAURI_EVENT_PLUGIN_INTERNALS__;
    const stopped = vi.spyOn(internals, 'unregisterListener');
    const { unmount } = await startApp();
    unmount();
    await waitFor(() => {
      const events = stopped.mock.calls.map((call) => (call as unknown[])[0]);
      expect(events).toEqual(expect.arrayContaining(['navigate', 'reminders-changed']));
    });
  });
});
