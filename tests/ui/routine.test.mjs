// The Routine pages the lead built: home (with and without a plan), quick log,
// the plan editor and earlier plans. axe in every theme, and 200 % text.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { expectNoAxeViolations, goTo, openApp, SCREENSHOTS, startHarness, THEMES } from './harness.mjs';

const DEFAULT_PLANS = JSON.parse(readFileSync(new URL('../fixtures/default-plans.json', import.meta.url), 'utf8'));
const PLAN = { id: 3, plan: DEFAULT_PLANS.strengthen, source: 'file', createdAt: new Date().toISOString(), replacedAt: null };
const SESSION = {
  id: 1,
  planId: 3,
  session: {
    startedAt: new Date(Date.now() - 86_400_000).toISOString(),
    finishedAt: new Date(Date.now() - 86_400_000 + 1_200_000).toISOString(),
    exercises: [
      { exercise: { kind: 'library', id: 'walking' }, planned: { kind: 'minutes', minutes: 10 }, setsDone: 1, repsDone: [], holdSeconds: [], minutesDone: 10 },
      { exercise: { kind: 'library', id: 'bird-dog' }, planned: { kind: 'hold', sets: 1, reps: 10, seconds: 5 }, setsDone: 0, repsDone: [], holdSeconds: [], skipped: { reason: 'noTime' } },
    ],
    effort: 4,
    painBefore: 3,
    painAfter: 3,
    note: 'Short one today.',
  },
};

describe('Routine pages', () => {
  let harness;
  before(async () => {
    harness = await startHarness();
  });
  after(async () => {
    await harness?.close();
  });

  for (const theme of THEMES) {
    it(`has no axe violations on home, quick log, editor and history (${theme})`, async () => {
      const app = await openApp(harness, { preferences: { theme }, plan: PLAN, sessions: [SESSION] });
      const { page } = app;
      await goTo(page, 'Routine');
      await page.getByText('Short one today.').waitFor();
      await expectNoAxeViolations(page, `Routine home (${theme})`);
      await page.screenshot({ path: new URL(`routine-home-${theme}.png`, SCREENSHOTS).pathname, fullPage: true });

      await page.getByRole('button', { name: "I did today's routine" }).click();
      await page.getByRole('heading', { name: "Log today's routine" }).waitFor();
      await expectNoAxeViolations(page, `quick log (${theme})`);
      await page.getByRole('button', { name: 'Cancel' }).click();

      await page.getByRole('button', { name: 'Change your plan' }).click();
      await page.getByRole('heading', { level: 1, name: 'Change your plan' }).waitFor();
      await expectNoAxeViolations(page, `plan editor (${theme})`);
      await page.getByRole('button', { name: 'Save plan' }).click();
      await page.getByRole('heading', { level: 1, name: 'Routine' }).waitFor();

      await page.getByRole('button', { name: 'Earlier plans' }).click();
      await page.getByRole('heading', { level: 1, name: 'Earlier plans' }).waitFor();
      await expectNoAxeViolations(page, `earlier plans (${theme})`);
      await app.close();
    });
  }

  it('offers the default plan when there is none, without violations', async () => {
    const app = await openApp(harness, {});
    await goTo(app.page, 'Routine');
    await app.page.getByRole('button', { name: 'Use this plan' }).waitFor();
    await expectNoAxeViolations(app.page, 'Routine without a plan');
    await app.close();
  });

  it('the plan editor works at 200 % text without sideways scrolling', async () => {
    const app = await openApp(harness, { preferences: { textSize: 200 }, plan: PLAN });
    const { page } = app;
    await goTo(page, 'Routine');
    await page.getByRole('button', { name: 'Change your plan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Change your plan' }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `the editor scrolls sideways by ${overflow} px`);
    await page.screenshot({ path: new URL('routine-editor-200.png', SCREENSHOTS).pathname, fullPage: true });
    await app.close();
  });
});
