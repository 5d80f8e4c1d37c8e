// The exercise library and one exercise, through the real app: axe in every
// theme (plain, with a search, with filters, and an exercise), keyboard alone
// from the search to an exercise and back, and 200 % text without sideways
// scrolling.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { expectNoAxeViolations, focused, goTo, openApp, SCREENSHOTS, startHarness, THEMES } from './harness.mjs';

const shot = (page, name) => page.screenshot({ path: new URL(`${name}.png`, SCREENSHOTS).pathname, fullPage: true });

/** Routine → "Browse the exercise library"; resolves with the library showing. */
async function openLibrary(page) {
  await goTo(page, 'Routine');
  await page.getByRole('button', { name: 'Browse the exercise library' }).click();
  await page.getByRole('heading', { level: 1, name: 'Exercise library' }).waitFor();
}

const results = (page) => page.getByRole('list', { name: 'Exercises' }).getByRole('button');

/** The exercise whose card has focus, if one does. */
const focusedExercise = (page) => page.evaluate(() => document.activeElement?.getAttribute('data-exercise'));

async function sidewaysScroll(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

describe('the exercise library', () => {
  let harness;
  before(async () => {
    harness = await startHarness();
  });
  after(async () => {
    await harness?.close();
  });

  for (const theme of THEMES) {
    it(`the library and an exercise have no axe violations (${theme})`, async () => {
      const app = await openApp(harness, { preferences: { theme } });
      const { page } = app;
      await openLibrary(page);
      assert.equal(await results(page).count(), 12);
      await expectNoAxeViolations(page, `library (${theme})`);
      await shot(page, `routine-library-${theme}`);

      await page.getByRole('searchbox', { name: 'Search the exercises' }).fill('bridge');
      await page.getByRole('status').filter({ hasText: '2 exercises match.' }).waitFor();
      await expectNoAxeViolations(page, `library with a search (${theme})`);
      await shot(page, `routine-library-search-${theme}`);

      await page.getByRole('searchbox', { name: 'Search the exercises' }).fill('');
      await page.getByRole('group', { name: 'Position' }).getByRole('radio', { name: 'On hands and knees' }).check();
      await page.getByRole('group', { name: 'What it is for' }).getByRole('radio', { name: 'Mobility' }).check();
      await page.getByRole('status').filter({ hasText: '2 exercises match.' }).waitFor();
      await expectNoAxeViolations(page, `library with filters (${theme})`);

      await page.getByRole('group', { name: 'Position' }).getByRole('radio', { name: 'Standing' }).check();
      await page.getByRole('button', { name: 'Clear search and filters' }).waitFor();
      await expectNoAxeViolations(page, `library with nothing matching (${theme})`);
      await shot(page, `routine-library-empty-${theme}`);
      await page.getByRole('button', { name: 'Clear search and filters' }).click();
      assert.equal(await results(page).count(), 12);

      await page.getByRole('button', { name: 'Glute bridge' }).click();
      await page.getByRole('heading', { level: 1, name: 'Glute bridge' }).waitFor();
      assert.equal(await page.getByRole('img', { name: /^Glute bridge: (start|end) position/ }).count(), 2);
      await expectNoAxeViolations(page, `an exercise (${theme})`);
      await shot(page, `routine-exercise-${theme}`);
      await app.close();
    });
  }

  it('search, open and come back, by keyboard alone', async () => {
    const app = await openApp(harness);
    const { page } = app;
    const kb = page.keyboard;
    await openLibrary(page);
    assert.equal((await focused(page)).tag, 'h1', 'focus starts on the library heading');

    for (let i = 0; i < 10 && (await focused(page)).label !== 'Search the exercises'; i += 1) await kb.press('Tab');
    assert.equal((await focused(page)).label, 'Search the exercises');
    await kb.type('bridge');
    await page.getByRole('status').filter({ hasText: '2 exercises match.' }).waitFor();

    for (let i = 0; i < 10 && !(await focusedExercise(page)); i += 1) await kb.press('Tab');
    assert.equal(await focusedExercise(page), 'glute-bridge', 'Tab reaches the first result');
    await kb.press('Tab');
    assert.equal(await focusedExercise(page), 'side-bridge');
    await kb.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Side bridge with knees bent' }).waitFor();
    assert.deepEqual(await focused(page), {
      tag: 'h1',
      type: null,
      text: 'Side bridge with knees bent',
      value: undefined,
      label: undefined,
    });
    await shot(page, 'routine-library-keyboard-exercise');

    await kb.press('Shift+Tab');
    assert.equal((await focused(page)).text, '← Back to the library');
    await kb.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Exercise library' }).waitFor();
    assert.equal(await focusedExercise(page), 'side-bridge', 'focus returns to the exercise that was open');
    assert.equal(await page.getByRole('searchbox', { name: 'Search the exercises' }).inputValue(), 'bridge');
    await shot(page, 'routine-library-keyboard-back');
    await app.close();
  });

  it('works at 200 % text without sideways scrolling', async () => {
    const app = await openApp(harness, { preferences: { textSize: 200 } });
    const { page } = app;
    await openLibrary(page);
    assert.ok((await sidewaysScroll(page)) <= 0, 'the library scrolls sideways');
    await shot(page, 'routine-library-200');

    await page.getByRole('group', { name: 'Position' }).getByRole('radio', { name: 'Standing' }).check();
    await page.getByRole('button', { name: 'Clear search and filters' }).waitFor();
    assert.ok((await sidewaysScroll(page)) <= 0, 'the empty library scrolls sideways');
    await page.getByRole('button', { name: 'Clear search and filters' }).click();

    await page.getByRole('button', { name: 'Abdominal drawing-in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Abdominal drawing-in' }).waitFor();
    assert.ok((await sidewaysScroll(page)) <= 0, 'an exercise scrolls sideways');
    await shot(page, 'routine-exercise-200');
    await app.close();
  });
});
