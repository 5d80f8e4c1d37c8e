// The patient's side of a physio's plan file, and editing a past session:
// axe on the preview (with and without a current plan) and on the session
// edit form in every theme, an import by keyboard alone, and the preview at
// 200 % text without sideways scrolling.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { expectNoAxeViolations, focused, goTo, openApp, SCREENSHOTS, startHarness, THEMES } from './harness.mjs';

const DEFAULT_PLANS = JSON.parse(readFileSync(new URL('../fixtures/default-plans.json', import.meta.url), 'utf8'));
const HOSTILE = '<img src=x onerror=alert(1)>';
const IMPORT_BUTTON = 'Import a plan from your physiotherapist…';
const PREVIEW_TITLE = 'A new plan from your physiotherapist';

const PLAN = {
  id: 3,
  plan: { items: DEFAULT_PLANS['relief-builds'].items.slice(0, 6) },
  source: 'default',
  createdAt: new Date().toISOString(),
  replacedAt: null,
};

const item = (id, dose, more = {}) => ({ exercise: { kind: 'library', id }, dose, daysPerWeek: 5, timesPerDay: 1, ...more });

const PLAN_FILE = {
  fileName: 'relief-window-plan-for-pat-smith-spring-2026.json',
  unknownIds: ['chair-squat'],
  plan: {
    title: 'Getting stronger, weeks 4 to 8',
    author: `Sam Okafor, physiotherapist ${HOSTILE}`,
    reviewDate: '2026-05-12',
    notes: 'Little and often is better than a lot at once.\nStop any exercise that makes your leg pain worse.',
    items: [
      item('walking', { kind: 'minutes', minutes: 15 }, { notes: 'Flat ground to begin with.' }),
      item('pelvic-tilt', { kind: 'hold', sets: 1, reps: 5, seconds: 5 }),
      item('cat-camel', { kind: 'reps', sets: 2, reps: 6 }, { daysPerWeek: 3, timesPerDay: 2 }),
      item('bird-dog', { kind: 'hold', sets: 1, reps: 10, seconds: 5 }),
      {
        exercise: {
          kind: 'custom',
          name: `Sit to stand ${HOSTILE}`,
          steps: ['Sit at the front of a firm chair, feet flat.', 'Lean forward a little and stand up slowly.', 'Sit down again with control.'],
          keyPoints: ['Use your arms if you need to.', 'Breathe out as you stand.'],
          stopIf: 'You feel pain going down your leg.',
        },
        dose: { kind: 'reps', sets: 2, reps: 8 },
        daysPerWeek: 4,
        timesPerDay: 1,
      },
    ],
  },
};

const SESSION = {
  id: 1,
  planId: 3,
  session: {
    startedAt: new Date(Date.now() - 86_400_000).toISOString(),
    finishedAt: new Date(Date.now() - 86_400_000 + 1_200_000).toISOString(),
    exercises: [
      { exercise: { kind: 'library', id: 'walking' }, planned: { kind: 'minutes', minutes: 10 }, setsDone: 1, repsDone: [], holdSeconds: [], minutesDone: 10 },
    ],
    effort: 4,
    painBefore: 3,
    painAfter: 3,
    note: 'Short one today.',
  },
};

const shot = (name) => ({ path: new URL(`${name}.png`, SCREENSHOTS).pathname, fullPage: true });

async function openPreview(page) {
  await goTo(page, 'Routine');
  await page.getByRole('button', { name: IMPORT_BUTTON }).click();
  await page.getByRole('heading', { level: 1, name: PREVIEW_TITLE }).waitFor();
}

async function tabTo(page, text) {
  for (let i = 0; i < 80; i += 1) {
    const f = await focused(page);
    if (f.text === text || f.label === text) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`could not Tab to "${text}"`);
}

async function sidewaysScroll(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

describe('importing a plan file, and editing a session', () => {
  let harness;
  before(async () => {
    harness = await startHarness();
  });
  after(async () => {
    await harness?.close();
  });

  for (const theme of THEMES) {
    it(`has no axe violations on the preview and the session edit form (${theme})`, async () => {
      const app = await openApp(harness, { preferences: { theme }, plan: PLAN, planFile: PLAN_FILE, sessions: [SESSION] });
      const { page } = app;
      await openPreview(page);
      // Open the custom exercise's instructions, so axe sees them too.
      await page.locator('summary').first().click();
      await page.getByText('You feel pain going down your leg.').waitFor();
      await expectNoAxeViolations(page, `plan preview (${theme})`);
      assert.equal(await page.locator('img').count(), 0, 'text from the file became an element');
      await page.screenshot(shot(`plan-import-preview-${theme}`));

      await page.getByRole('button', { name: 'Keep my current plan' }).click();
      await page.getByRole('heading', { level: 1, name: 'Routine' }).waitFor();
      assert.equal((await app.calls('cancel_plan_import')).length, 1);

      // Chromium puts a space before the hidden ", session from …" part of the name.
      await page.getByRole('button', { name: /^Edit\s*, session from / }).click();
      await page.getByRole('form', { name: /^Change the session from / }).waitFor();
      await expectNoAxeViolations(page, `session edit form (${theme})`);
      await page
        .getByRole('region', { name: 'Your recent sessions' })
        .screenshot({ path: new URL(`session-edit-${theme}.png`, SCREENSHOTS).pathname });
      await app.close();
    });

    it(`has no axe violations on the preview without a current plan (${theme})`, async () => {
      const app = await openApp(harness, { preferences: { theme }, planFile: PLAN_FILE });
      await openPreview(app.page);
      await app.page.getByText('You do not have a plan yet. This is what the new plan asks you to do.').waitFor();
      await expectNoAxeViolations(app.page, `plan preview without a plan (${theme})`);
      await app.page.screenshot(shot(`plan-import-preview-no-plan-${theme}`));
      await app.close();
    });
  }

  it('imports a plan by keyboard alone', async () => {
    const app = await openApp(harness, { preferences: { theme: 'light' }, plan: PLAN, planFile: PLAN_FILE });
    const { page } = app;
    const kb = page.keyboard;
    await tabTo(page, 'Routine');
    await kb.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Routine' }).waitFor();
    await tabTo(page, IMPORT_BUTTON);
    await kb.press('Enter');
    await page.getByRole('heading', { level: 1, name: PREVIEW_TITLE }).waitFor();
    let now = await focused(page);
    assert.equal(now.tag, 'h1', `focus starts on the heading, got ${JSON.stringify(now)}`);

    // The instructions open from the keyboard, and come before the choice.
    await tabTo(page, `Instructions from your physiotherapist: Sit to stand ${HOSTILE}`);
    await kb.press('Enter');
    await page.getByText('Breathe out as you stand.').waitFor();
    await tabTo(page, 'Use this plan');
    await page.screenshot(shot('plan-import-keyboard-before-use'));
    await kb.press('Enter');

    await page.getByRole('heading', { level: 1, name: 'Routine' }).waitFor();
    now = await focused(page);
    assert.equal(now.tag, 'h1', `focus returns to the Routine heading, got ${JSON.stringify(now)}`);
    await page.getByText(/^From your physiotherapist\. Written by Sam Okafor/).waitFor();
    const plan = page.getByRole('list', { name: 'Your plan' });
    await plan.getByText(`Sit to stand ${HOSTILE}`).waitFor();
    assert.deepEqual((await app.calls('confirm_plan_import')).map((c) => c.args), [{ token: 1 }]);
    assert.equal(await page.locator('img').count(), 0);
    await app.close();
  });

  for (const width of [1024, 640]) {
    it(`shows the preview at 200 % text without sideways scrolling (${width} px wide)`, async () => {
      const app = await openApp(harness, { preferences: { textSize: 200 }, plan: PLAN, planFile: PLAN_FILE }, { width, height: 800 });
      const { page } = app;
      await openPreview(page);
      await page.locator('summary').first().click();
      const overflow = await sidewaysScroll(page);
      assert.ok(overflow <= 0, `the preview scrolls sideways by ${overflow} px`);
      await page.screenshot(shot(`plan-import-preview-200-${width}`));
      await app.close();
    });
  }
});
