// What the app offers as the window moves on, in the built UI: the new
// phase's plan with its preview (Today and Routine), the notes for a
// physiotherapist's plan, the dose steps and the scope sentence, and the
// pain scale asking for a score. axe in every theme, the offer taken and put
// off by keyboard alone, and 200 % text in a 700-wide window.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import {
  expectNoAxeViolations,
  expectNoSidewaysScroll,
  focused,
  goTo,
  openApp,
  SCREENSHOTS,
  startHarness,
  THEMES,
} from './harness.mjs';

const DEFAULT_PLANS = JSON.parse(readFileSync(new URL('../fixtures/default-plans.json', import.meta.url), 'utf8'));
const now = new Date().toISOString();
const record = (phase, source = 'default', extra = {}) => ({
  id: 5,
  plan: { ...DEFAULT_PLANS[phase], ...extra },
  source,
  createdAt: now,
  replacedAt: null,
});
const STRENGTHEN = {
  procedureId: 1,
  procedureDate: '2026-01-10',
  position: { phase: 'strengthen', here: { unit: 'month', count: 2 }, daysSince: 50 },
  phases: [],
};
const PHASE_OFFER = {
  phase: 'strengthen',
  region: 'lumbar',
  phasePlan: {
    key: { kind: 'phasePlan', procedure: '2026-01-10', phase: 'strengthen' },
    phase: 'strengthen',
    plan: DEFAULT_PLANS.strengthen,
    hidden: false,
  },
};
const NOTES = {
  phase: 'strengthen',
  region: 'sacroiliac',
  phaseNotice: { kind: 'phaseNotice', procedure: '2026-01-10', phase: 'strengthen' },
  reviewDue: { key: { kind: 'review', plan: 5, date: '2026-02-20' }, date: '2026-02-20' },
};
const STEPS = {
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
  ],
};
const shot = (name) => ({ path: new URL(`${name}.png`, SCREENSHOTS).pathname, fullPage: true });

describe('plan offers', () => {
  let harness;
  before(async () => {
    harness = await startHarness();
  });
  after(async () => {
    await harness?.close();
  });

  for (const theme of THEMES) {
    it(`has no axe violations on every offer, note and the pain scale's question (${theme})`, async () => {
      const today = await openApp(harness, {
        preferences: { theme },
        timeline: STRENGTHEN,
        plan: record('recovery'),
        planOffers: PHASE_OFFER,
      });
      await today.page.getByRole('button', { name: 'Use the new plan' }).waitFor();
      await expectNoAxeViolations(today.page, `Today with the phase offer (${theme})`);
      await today.page.screenshot(shot(`offer-today-${theme}`));
      // Save with no score chosen: the scale asks for one.
      await today.page.getByRole('form', { name: 'How is your pain right now?' }).getByRole('button', { name: 'Save' }).click();
      await today.page.getByText('Please choose a number from 0 to 10 for your pain, then save.').waitFor();
      await expectNoAxeViolations(today.page, `the pain scale asking for a score (${theme})`);
      assert.equal((await today.calls('log_pain')).length, 0);
      await goTo(today.page, 'Routine');
      await today.page.getByRole('button', { name: 'Use the new plan' }).waitFor();
      await expectNoAxeViolations(today.page, `Routine with the phase offer (${theme})`);
      await today.close();

      for (const [offers, plan, what] of [
        [NOTES, record('recovery', 'file', { reviewDate: '2026-02-20', author: 'Sam Physio' }), 'notes'],
        [STEPS, record('strengthen'), 'steps'],
      ]) {
        const app = await openApp(harness, { preferences: { theme }, timeline: STRENGTHEN, plan, planOffers: offers });
        await goTo(app.page, 'Routine');
        await app.page.getByText(/This routine was made for the lower back\./).waitFor();
        await expectNoAxeViolations(app.page, `Routine with the ${what} (${theme})`);
        await app.page.screenshot(shot(`offer-${what}-${theme}`));
        await app.close();
      }
    });
  }

  it('takes the new plan by keyboard alone, focus on the words that say so', async () => {
    const app = await openApp(harness, { timeline: STRENGTHEN, plan: record('recovery'), planOffers: PHASE_OFFER });
    const { page } = app;
    await goTo(page, 'Routine');
    const use = page.getByRole('button', { name: 'Use the new plan' });
    await use.waitFor();
    for (let i = 0; i < 80 && (await focused(page)).text !== 'Use the new plan'; i += 1) await page.keyboard.press('Tab');
    assert.equal((await focused(page)).text, 'Use the new plan');
    await page.keyboard.press('Enter');
    await page.getByText('Your new plan is in place.').waitFor();
    assert.equal((await focused(page)).text, 'Your new plan is in place.');
    assert.deepEqual((await app.calls('accept_offer')).map((c) => c.args), [{ key: PHASE_OFFER.phasePlan.key }]);
    await page.getByRole('list', { name: 'Your plan' }).getByText('Glute bridge').waitFor();
    await app.close();
  });

  it('puts it off, and shows it again when asked', async () => {
    const app = await openApp(harness, { timeline: STRENGTHEN, plan: record('recovery'), planOffers: PHASE_OFFER });
    const { page } = app;
    await goTo(page, 'Routine');
    await page.getByRole('button', { name: 'Not now' }).click();
    await page.getByText(/Your plan stays as it is\./).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Use the new plan' }).count(), 0);
    await page.getByRole('button', { name: 'Show the plan for this part of your window' }).click();
    await page.getByRole('button', { name: 'Use the new plan' }).waitFor();
    assert.match((await focused(page)).text, /new part of your relief window: Strengthen/);
    await app.close();
  });

  it('reads at 200 % text in a 700-wide window with no sideways scroll', async () => {
    const app = await openApp(
      harness,
      { preferences: { textSize: 200 }, timeline: STRENGTHEN, plan: record('recovery'), planOffers: PHASE_OFFER },
      { width: 700, height: 800 },
    );
    await app.page.getByRole('button', { name: 'Use the new plan' }).waitFor();
    await expectNoSidewaysScroll(app.page, 'Today with the phase offer at 200 %');
    await goTo(app.page, 'Routine');
    await app.page.getByRole('button', { name: 'Use the new plan' }).waitFor();
    await expectNoSidewaysScroll(app.page, 'Routine with the phase offer at 200 %');
    await app.page.screenshot(shot('offer-routine-200'));
    await app.close();
  });
});
