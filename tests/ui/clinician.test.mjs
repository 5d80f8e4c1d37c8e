// Clinician mode: the Settings switch and the plan builder. axe in every
// theme (with an error and a saved status on screen), the whole job by
// keyboard alone, and the builder at 200 % text.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { expectNoAxeViolations, focused, goTo, openApp, SCREENSHOTS, startHarness, THEMES } from './harness.mjs';

const SAVED_PATH = '/home/physio/relief-window-plan-2026-11-25.json';
const DOSE_ERROR = {
  code: 'dose_out_of_range',
  message: 'This number is outside what the app allows. Please choose from 1 to 50.',
  field: 'items[1].dose.reps',
};

async function openBuilder(page) {
  await goTo(page, 'Routine');
  await page.getByRole('button', { name: 'Build a plan file for a patient' }).click();
  await page.getByRole('heading', { level: 1, name: 'Build a plan file' }).waitFor();
}

/** One library exercise and one custom exercise, by mouse: the keyboard test is below. */
async function buildPlan(page) {
  await page.getByLabel('Your name (optional)').fill('Sam Physio');
  await page.getByLabel('Add an exercise from the library').selectOption({ label: 'Glute bridge' });
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await page.getByRole('button', { name: 'Write your own exercise' }).click();
  const custom = page.getByRole('group', { name: /^Exercise 2:/ });
  await custom.getByLabel('Name of the exercise').fill('Sit to stand');
  await custom.getByRole('textbox', { name: 'Steps' }).fill('Sit on a firm chair.\nStand up without using your hands.\nSit down slowly.');
  await custom.getByLabel('Key points (optional)').fill('Keep your back tall.');
}

/** Press Tab (or Shift+Tab) until `matches(focused)` holds; fails after `limit` presses. */
async function tabTo(page, matches, { back = false, limit = 80 } = {}) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const now = await focused(page);
    if (matches(now)) return now;
  }
  assert.fail(`Tab never reached the control wanted (last: ${JSON.stringify(await focused(page))})`);
}

describe('clinician mode', () => {
  let harness;
  before(async () => {
    harness = await startHarness();
  });
  after(async () => {
    await harness?.close();
  });

  for (const theme of THEMES) {
    it(`has no axe violations on Settings and the plan builder (${theme})`, async () => {
      const app = await openApp(harness, {
        preferences: { theme, clinicianMode: true },
        savedPlanPath: SAVED_PATH,
        failNext: { save_plan_file: DOSE_ERROR },
      });
      const { page } = app;
      await goTo(page, 'Settings');
      assert.equal(await page.getByRole('switch', { name: 'Clinician mode' }).isChecked(), true);
      await expectNoAxeViolations(page, `Settings with clinician mode on (${theme})`);
      await page.screenshot({ path: new URL(`clinician-settings-${theme}.png`, SCREENSHOTS).pathname, fullPage: true });

      await openBuilder(page);
      await page.getByText(/^No exercises yet\./).waitFor();
      await expectNoAxeViolations(page, `the empty plan builder (${theme})`);

      await buildPlan(page);
      await expectNoAxeViolations(page, `the plan builder with two exercises (${theme})`);

      await page.getByRole('button', { name: 'Save plan file…' }).click();
      await page.getByRole('alert').getByText('Exercise 2 (Sit to stand): This number is outside').waitFor();
      await expectNoAxeViolations(page, `the plan builder with an error (${theme})`);

      await page.getByRole('button', { name: 'Save plan file…' }).click();
      await page.getByRole('status').getByText(`Saved to ${SAVED_PATH}.`).waitFor();
      await expectNoAxeViolations(page, `the plan builder after saving (${theme})`);
      await page.screenshot({ path: new URL(`clinician-builder-${theme}.png`, SCREENSHOTS).pathname, fullPage: true });
      await app.close();
    });
  }

  it('turns on clinician mode and builds and saves a plan by keyboard alone', async () => {
    const app = await openApp(harness, { preferences: { theme: 'light' }, savedPlanPath: SAVED_PATH });
    const { page } = app;
    const kb = page.keyboard;
    const reviewYear = String(new Date().getFullYear() + 1);

    // Settings: the switch, with Space.
    await tabTo(page, (f) => f.tag === 'button' && f.text === 'Settings');
    await kb.press('Enter');
    assert.equal((await focused(page)).text, 'Settings');
    const toggle = await tabTo(page, (f) => f.label === 'Clinician mode');
    assert.equal(toggle.type, 'checkbox');
    await kb.press('Space');
    await page.getByText('Your settings are saved.').waitFor();
    assert.equal((await app.calls('set_preferences')).at(-1).args.preferences.clinicianMode, true);

    // Routine, then the builder.
    await tabTo(page, (f) => f.tag === 'button' && f.text === 'Routine', { back: true });
    await kb.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Routine' }).waitFor();
    await tabTo(page, (f) => f.text === 'Build a plan file for a patient');
    await kb.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Build a plan file' }).waitFor();
    assert.equal((await focused(page)).text, 'Build a plan file', 'focus starts on the heading');

    // About the plan: the physio's name and the review date.
    await tabTo(page, (f) => f.label === 'Your name (optional)');
    await kb.type('Sam Physio');
    await kb.press('Tab');
    assert.equal((await focused(page)).label, 'Day');
    await kb.type('15');
    await kb.press('Tab');
    await kb.type('1');
    await kb.press('Tab');
    assert.equal((await focused(page)).label, 'Year');
    await kb.type(reviewYear);

    // An exercise from the library: type ahead in the select, then Add.
    const select = await tabTo(page, (f) => f.label === 'Add an exercise from the library');
    assert.equal(select.tag, 'select');
    await kb.type('Walking');
    assert.equal((await focused(page)).value, 'walking');
    await kb.press('Tab');
    assert.equal((await focused(page)).text, 'Add');
    await kb.press('Enter');
    await page.getByRole('group', { name: 'Exercise 1: Walking' }).waitFor();
    const inItem = await focused(page);
    assert.equal(inItem.label, 'Minutes', 'focus moves into the new exercise');
    await kb.press('Control+A');
    await kb.type('15');

    await tabTo(page, (f) => f.text === 'Save plan file…');
    await page.screenshot({ path: new URL('clinician-keyboard-before-save.png', SCREENSHOTS).pathname, fullPage: true });
    await kb.press('Enter');
    await page.getByRole('status').getByText(`Saved to ${SAVED_PATH}.`).waitFor();

    // As JSON, the shape that crosses to Rust.
    const saved = await page.evaluate(() => JSON.parse(JSON.stringify(window.__FAKE_TAURI__.savedPlanFiles)));
    assert.deepEqual(saved, [
      {
        author: 'Sam Physio',
        reviewDate: `${reviewYear}-01-15`,
        items: [
          { exercise: { kind: 'library', id: 'walking' }, dose: { kind: 'minutes', minutes: 15 }, daysPerWeek: 3, timesPerDay: 1 },
        ],
      },
    ]);
    await app.close();
  });

  it('the plan builder works at 200 % text without sideways scrolling', async () => {
    const app = await openApp(harness, { preferences: { theme: 'light', textSize: 200, clinicianMode: true } });
    const { page } = app;
    await openBuilder(page);
    await buildPlan(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `the builder scrolls sideways by ${overflow} px`);
    await expectNoAxeViolations(page, 'the plan builder at 200 %');
    await page.screenshot({ path: new URL('clinician-builder-200.png', SCREENSHOTS).pathname, fullPage: true });

    await goTo(page, 'Settings');
    const settingsOverflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(settingsOverflow <= 0, `Settings scrolls sideways by ${settingsOverflow} px`);
    await app.close();
  });
});
