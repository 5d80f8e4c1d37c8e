// The plan moving with the window, as Routine and Today show what Rust
// offers: the gentlest plan with no procedure, a new phase's plan with the
// same preview a plan file gets, "Use the new plan" and "Not now" (and asking
// again), words for a physiotherapist's plan, and the next step of a dose.
import { screen, waitFor, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { PlanOffers } from '../src/lib/ipc/bindings/PlanOffers';
import type { PlanRecord } from '../src/lib/ipc/bindings/PlanRecord';
import type { Timeline } from '../src/lib/ipc/bindings/Timeline';
import { DEFAULT_PLANS, fakeJournal, NOW } from './fake-journal';
import { startApp } from './helpers';

const STRENGTHEN: Timeline = {
  procedureId: 1,
  procedureDate: '2026-01-10',
  position: { phase: 'strengthen', here: { unit: 'month', count: 2 }, daysSince: 50 },
  phases: [],
};

function planRecord(phase: keyof typeof DEFAULT_PLANS, source: PlanRecord['source'] = 'default'): PlanRecord {
  return { id: 7, plan: DEFAULT_PLANS[phase] as PlanRecord['plan'], source, createdAt: NOW, replacedAt: null };
}

const STRENGTHEN_OFFER: Partial<PlanOffers> = {
  phase: 'strengthen',
  region: 'lumbar',
  phasePlan: {
    key: { kind: 'phasePlan', procedure: '2026-01-10', phase: 'strengthen' },
    phase: 'strengthen',
    plan: DEFAULT_PLANS.strengthen as PlanRecord['plan'],
    hidden: false,
  },
};

async function open(section: 'Routine' | 'Today') {
  const started = await startApp();
  if (section === 'Routine') {
    await started.user.click(screen.getByRole('button', { name: 'Routine' }));
    await screen.findByRole('heading', { level: 1, name: 'Routine' });
  }
  return started;
}

describe('The plan through the window', () => {
  it('offers the gentlest plan when no procedure is recorded, and says why', async () => {
    fakeJournal({ timeline: null });
    const { user } = await open('Routine');
    const plan = within(await screen.findByRole('list', { name: 'Your plan' }));
    const names = plan.getAllByRole('listitem').map((li) => li.querySelector('.name')?.textContent);
    expect(names).toEqual(['Walking', 'Pelvic tilt', 'Knee rolls', 'Knee to chest', 'Cat–camel', 'Bottom to heels']);
    for (const strength of ['Glute bridge', 'Curl-up', 'Side bridge', 'Bird dog', 'Dead bug']) {
      expect(names).not.toContain(strength);
    }
    expect(
      screen.getByText('With no procedure date recorded, the app suggests its gentlest plan: walking and gentle movement.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Record your procedure' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Your procedure' })).toHaveFocus();
  });

  it("offers the new phase's plan with the import preview, and takes it on yes", async () => {
    const journal = fakeJournal({ timeline: STRENGTHEN, plan: planRecord('recovery'), planOffers: STRENGTHEN_OFFER });
    const { user } = await open('Routine');
    const card = within(
      (await screen.findByRole('heading', { name: 'You are now in a new part of your relief window: Strengthen' }))
        .closest('section')!,
    );
    // What it means, then the change in the plan-file preview's groups.
    expect(card.getByText(/For many people, this is the time with the most relief\./)).toBeInTheDocument();
    expect(card.getByRole('heading', { level: 3, name: /^New in this plan/ })).toBeInTheDocument();
    expect(card.getByRole('heading', { level: 4, name: 'Glute bridge' })).toBeInTheDocument();
    expect(card.queryByRole('heading', { level: 3, name: /^No longer in the plan/ })).not.toBeInTheDocument();
    expect(journal.callsTo('save_plan')).toHaveLength(0);

    await user.click(card.getByRole('button', { name: 'Use the new plan' }));
    await waitFor(() => expect(journal.callsTo('accept_offer')).toHaveLength(1));
    expect(journal.callsTo('accept_offer')[0].args).toEqual({ key: STRENGTHEN_OFFER.phasePlan!.key });
    const status = await screen.findByText('Your new plan is in place.');
    expect(status).toHaveFocus();
    const plan = within(screen.getByRole('list', { name: 'Your plan' }));
    expect(plan.getByText('Glute bridge')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Use the new plan' })).not.toBeInTheDocument();
  });

  it('keeps "Not now" until asked again from Routine, and Today then says nothing', async () => {
    const journal = fakeJournal({ timeline: STRENGTHEN, plan: planRecord('recovery'), planOffers: STRENGTHEN_OFFER });
    const { user } = await open('Routine');
    await user.click(await screen.findByRole('button', { name: 'Not now' }));
    await waitFor(() => expect(journal.callsTo('answer_offer')).toHaveLength(1));
    expect(await screen.findByText(/Your plan stays as it is\./)).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Use the new plan' })).not.toBeInTheDocument();
    expect(journal.callsTo('accept_offer')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Show the plan for this part of your window' }));
    expect(await screen.findByRole('heading', { name: /new part of your relief window: Strengthen/ })).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Use the new plan' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Today' }));
    await screen.findByRole('heading', { level: 1, name: 'Today' });
    await screen.findByRole('heading', { name: 'How is your pain right now?' });
    await waitFor(() => expect(journal.callsTo('plan_offers').length).toBeGreaterThan(1));
    expect(screen.queryByRole('button', { name: 'Use the new plan' })).not.toBeInTheDocument();
  });

  it("shows the new phase's plan on Today too", async () => {
    const journal = fakeJournal({ timeline: STRENGTHEN, plan: planRecord('recovery'), planOffers: STRENGTHEN_OFFER });
    const { user } = await open('Today');
    await user.click(await screen.findByRole('button', { name: 'Use the new plan' }));
    await waitFor(() => expect(journal.callsTo('accept_offer')).toHaveLength(1));
    expect(await screen.findByText('Your new plan is in place.')).toHaveFocus();
  });

  it("never replaces a physiotherapist's plan: says the phase, and when to ask for a review", async () => {
    const journal = fakeJournal({
      timeline: STRENGTHEN,
      plan: { ...planRecord('recovery', 'file'), plan: { ...(DEFAULT_PLANS.recovery as PlanRecord['plan']), reviewDate: '2026-02-20' } },
      planOffers: {
        phase: 'strengthen',
        region: 'lumbar',
        phaseNotice: { kind: 'phaseNotice', procedure: '2026-01-10', phase: 'strengthen' },
        reviewDue: { key: { kind: 'review', plan: 7, date: '2026-02-20' }, date: '2026-02-20' },
      },
    });
    const { user } = await open('Routine');
    expect(
      await screen.findByText('Your plan came from your physiotherapist. They may want to update it for this part of your window.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Time to ask for a plan review' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Use the new plan' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^OK, thank you: Strengthen/ }));
    await waitFor(() => expect(journal.callsTo('answer_offer')).toHaveLength(1));
    await waitFor(() =>
      expect(screen.queryByText(/They may want to update it for this part of your window\./)).not.toBeInTheDocument(),
    );
    expect(journal.callsTo('save_plan')).toHaveLength(0);
  });

  it('offers the next step of a dose, and takes or puts it off', async () => {
    const journal = fakeJournal({
      timeline: STRENGTHEN,
      plan: planRecord('strengthen'),
      planOffers: {
        phase: 'strengthen',
        region: 'cervical',
        doseSteps: [
          {
            key: { kind: 'doseStep', exercise: 'walking', from: { kind: 'minutes', minutes: 10 } },
            exercise: 'walking',
            from: { kind: 'minutes', minutes: 10 },
            to: { kind: 'minutes', minutes: 13 },
            sessions: 5,
          },
          {
            key: { kind: 'doseStep', exercise: 'pelvic-tilt', from: { kind: 'hold', sets: 1, reps: 5, seconds: 5 } },
            exercise: 'pelvic-tilt',
            from: { kind: 'hold', sets: 1, reps: 5, seconds: 5 },
            to: { kind: 'hold', sets: 1, reps: 6, seconds: 5 },
            sessions: 6,
          },
        ],
      },
    });
    const { user } = await open('Routine');
    // A neck procedure: the routine says it was made for the lower back.
    expect(await screen.findByText(/This routine was made for the lower back\./)).toBeInTheDocument();
    const steps = within((await screen.findByRole('heading', { name: 'Ready for a next step?' })).closest('section')!);
    expect(steps.getByText('Walking: done 5 times at this amount.')).toBeInTheDocument();
    expect(steps.getByText('Now: 10 minutes. Next step: 13 minutes.')).toBeInTheDocument();

    await user.click(steps.getByRole('button', { name: 'Use the next step: Walking' }));
    await waitFor(() => expect(journal.callsTo('accept_offer')).toHaveLength(1));
    expect(await screen.findByText('Walking is now 13 minutes.')).toHaveFocus();
    const plan = within(screen.getByRole('list', { name: 'Your plan' }));
    expect(plan.getByText('13 minutes')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Not now: Pelvic tilt' }));
    await waitFor(() => expect(journal.callsTo('answer_offer')).toHaveLength(1));
    expect(await screen.findByText(/Pelvic tilt stays at/)).toHaveFocus();
    expect(screen.queryByRole('heading', { name: 'Ready for a next step?' })).not.toBeInTheDocument();
  });
});
