// Adding to the record (Progress): walking, PSFS and ODI/RMDQ totals in a
// real browser. PSFS by keyboard alone (first time, then scored again with
// the same names), errors at their fields, and axe in every theme.
// Needs a build in which Progress renders ProgressEntry.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { expectNoAxeViolations, expectNoSidewaysScroll, focused, goTo, openApp, SCREENSHOTS, startHarness, THEMES } from './harness.mjs';

const shot = (name) => ({ path: new URL(name, SCREENSHOTS).pathname, fullPage: true });

async function openEntry(harness, scenario) {
  const app = await openApp(harness, scenario);
  await goTo(app.page, 'Progress');
  const entry = app.page.getByRole('region', { name: 'Add to your record' });
  await entry.waitFor();
  return { ...app, entry };
}

/** A select's inner width and the width its chosen option's words need. */
function textRoom(select) {
  const words = document.createElement('span');
  words.textContent = select.selectedOptions[0].text;
  words.style.font = getComputedStyle(select).font;
  words.style.position = 'absolute';
  words.style.whiteSpace = 'nowrap';
  document.body.append(words);
  const text = words.getBoundingClientRect().width;
  words.remove();
  return { width: select.clientWidth, text };
}

/** Chooses option `steps` below the first ("Choose a score", "Not answered") by arrow keys. */
async function arrowTo(page, steps) {
  for (let i = 0; i < steps; i += 1) await page.keyboard.press('ArrowDown');
}

describe('Progress: adding to the record', () => {
  let harness;
  before(async () => {
    harness = await startHarness();
  });
  after(async () => {
    await harness?.close();
  });

  it('names and scores PSFS activities by keyboard, then scores the same ones again', async () => {
    const app = await openEntry(harness, { preferences: { theme: 'light' } });
    const { page, entry } = app;
    const kb = page.keyboard;
    const psfs = entry.getByRole('region', { name: 'Activities you find hard' });

    // Where Tab would arrive from the walking card's Save.
    await entry.getByRole('button', { name: 'Save walking' }).focus();
    await kb.press('Tab');
    assert.equal((await focused(page)).label, 'Activity 1', 'the first activity name comes first');
    await kb.type('Putting on socks');
    await kb.press('Tab');
    assert.equal((await focused(page)).label, 'Score for activity 1');
    await arrowTo(page, 4); // 0, 1, 2, 3
    await kb.press('Tab');
    assert.match((await focused(page)).text, /^Remove/);
    await kb.press('Tab');
    await kb.type('Walking to the shops');
    await kb.press('Tab');
    await arrowTo(page, 3);
    await kb.press('Tab'); // Remove 2
    await kb.press('Tab');
    await kb.type('putting on SOCKS');
    await kb.press('Tab');
    await arrowTo(page, 6);
    // To Save: Remove 3, Add an activity, Day, Month, Year, Save.
    for (let i = 0; i < 6; i += 1) await kb.press('Tab');
    assert.equal((await focused(page)).text, 'Save scores');
    await kb.press('Enter');

    // Activity 3 repeats activity 1: Rust's error, at that field, which has focus.
    const third = psfs.getByLabel('Activity 3', { exact: true });
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-invalid') === 'true');
    assert.equal((await focused(page)).label, 'Activity 3');
    assert.equal(
      await third.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby')).textContent),
      'You have listed this activity already. Please give each activity a different name.',
    );
    await expectNoAxeViolations(page, 'PSFS with a duplicate name');
    await page.screenshot(shot('psfs-duplicate.png'));
    await kb.press('Control+A');
    await kb.type('Lifting the shopping');
    for (let i = 0; i < 7; i += 1) await kb.press('Tab');
    assert.equal((await focused(page)).text, 'Save scores');
    await kb.press('Enter');

    await psfs.getByText('Lifting the shopping: 5 out of 10').waitFor();
    const [, saved] = await app.calls('add_psfs');
    assert.deepEqual(saved.args.draft.activities, [
      { name: 'Putting on socks', score: 3 },
      { name: 'Walking to the shops', score: 2 },
      { name: 'Lifting the shopping', score: 5 },
    ]);
    assert.equal((await focused(page)).text, 'Score them again');

    // Again: the same names, new scores.
    await kb.press('Enter');
    assert.equal((await focused(page)).label, 'Activity 1');
    assert.equal((await focused(page)).value, 'Putting on socks');
    for (const steps of [6, 4, 7]) {
      await kb.press('Tab');
      await arrowTo(page, steps);
      await kb.press('Tab'); // Remove
      await kb.press('Tab'); // next name, or Add an activity
    }
    assert.equal((await focused(page)).text, 'Add an activity');
    for (let i = 0; i < 4; i += 1) await kb.press('Tab'); // Day, Month, Year, Save
    assert.equal((await focused(page)).text, 'Save scores');
    await page.screenshot(shot('psfs-again.png'));
    await kb.press('Enter');
    await psfs.getByText('Lifting the shopping: 6 out of 10').waitFor();
    const calls = await app.calls('add_psfs');
    assert.deepEqual(calls[2].args.draft.activities.map((a) => a.name), ['Putting on socks', 'Walking to the shops', 'Lifting the shopping']);
    assert.deepEqual(calls[2].args.draft.activities.map((a) => a.score), [5, 3, 6]);
    await app.close();
  });

  it('saves walking by keyboard and refuses a future date at the date', async () => {
    const app = await openEntry(harness, { preferences: { theme: 'light' } });
    const { page, entry } = app;
    const kb = page.keyboard;
    const walking = entry.getByRole('region', { name: 'Walking' });
    await walking.getByLabel('Year').focus();
    const year = String(new Date().getFullYear() + 1);
    await kb.press('Control+A');
    await kb.type(year);
    await kb.press('Tab');
    await kb.type('30');
    await kb.press('Tab');
    await kb.press('Enter');
    await walking.getByText('This date is in the future. Please choose today or an earlier day.').waitFor();
    await page.screenshot(shot('walking-future.png'));
    await walking.getByLabel('Year').focus();
    await kb.press('Control+A');
    await kb.type(String(new Date().getFullYear()));
    await walking.getByRole('button', { name: 'Save walking' }).focus();
    await kb.press('Enter');
    await walking.getByText(/^Saved: 30 minutes of walking on /).waitFor();
    assert.equal((await app.calls('set_walking')).length, 2);
    await app.close();
  });

  it('notes an ODI total, refuses one over 100 at the field, and deletes with undo', async () => {
    const app = await openEntry(harness, { preferences: { theme: 'light' } });
    const { page, entry } = app;
    const measures = entry.getByRole('region', { name: /Oswestry \(ODI\) and Roland–Morris/ });
    await measures.getByLabel('Total score').fill('120');
    await measures.getByRole('button', { name: 'Save score' }).click();
    await measures.getByText('The Oswestry (ODI) score is a percentage from 0 to 100. Please check the number.').waitFor();
    assert.equal((await focused(page)).label, 'Total score');
    await expectNoAxeViolations(page, 'ODI total out of range');
    await page.screenshot(shot('measure-error.png'));
    await measures.getByLabel('Total score').fill('38');
    await measures.getByLabel('Scored by (optional)').fill('Back pain clinic');
    await measures.getByRole('button', { name: 'Save score' }).click();
    const list = measures.getByRole('list', { name: 'Scores you have noted' });
    await list.getByText('ODI 38 %').waitFor();
    await list.getByRole('button', { name: /^Delete.*ODI score from/ }).click();
    await list.waitFor({ state: 'detached' });
    assert.match((await focused(page)).text, /^Undo/);
    await page.keyboard.press('Enter');
    await measures.getByText('ODI 38 %').waitFor();
    await app.close();
  });

  for (const theme of THEMES) {
    it(`has no axe violations on the entry forms, with records (${theme})`, async () => {
      const app = await openEntry(harness, {
        preferences: { theme },
        psfs: [
          { id: 1, recordedOn: '2026-09-01', activities: [{ name: 'Putting on socks', score: 2 }, { name: 'Walking to the shops', score: 3 }] },
          { id: 2, recordedOn: '2026-10-20', activities: [{ name: 'Putting on socks', score: 5 }, { name: 'Walking to the shops', score: 6 }] },
        ],
      });
      const { page, entry } = app;
      await entry.getByText('Putting on socks: 5 out of 10').waitFor();
      await entry.getByRole('button', { name: 'Score them again' }).click();
      await expectNoAxeViolations(page, `Progress entry (${theme})`);
      await entry.screenshot({ path: new URL(`progress-entry-${theme}.png`, SCREENSHOTS).pathname });
      await app.close();
    });
  }

  it('fits at 200 % text with no sideways scrolling', async () => {
    const app = await openEntry(harness, { preferences: { theme: 'light', textSize: 200 } });
    const { page, entry } = app;
    const psfs = entry.getByRole('region', { name: 'Activities you find hard' });
    await psfs.getByLabel('Activity 1', { exact: true }).fill('Lifting my grandson into the car seat');
    await psfs.getByRole('button', { name: 'Save scores' }).click();
    await psfs.getByText('Please choose a score from 0 to 10.').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
    assert.equal(overflow, false, 'no sideways scrolling at 200 %');
    await psfs.screenshot({ path: new URL('psfs-200.png', SCREENSHOTS).pathname });
    await app.close();
  });

  // A small laptop or half a screen: text boxes, selects and fieldsets shrink
  // with the window rather than push the page sideways (they did, by 39 px at
  // 700 wide, until they were allowed to).
  for (const width of [700, 600]) {
    it(`fits a ${width}-wide window at 200 % text with no sideways scrolling`, async () => {
      const app = await openApp(harness, { preferences: { theme: 'light', textSize: 200 } }, { width, height: 900 });
      await goTo(app.page, 'Progress');
      const entry = app.page.getByRole('region', { name: 'Add to your record' });
      await entry.waitFor();
      await expectNoSidewaysScroll(app.page, `Progress at ${width} wide`);
      // The score select shrank with the window, but not below the words of
      // a chosen score (measured in its own font).
      const select = entry.getByLabel('Score for activity 1');
      await select.selectOption({ index: 1 });
      const room = await select.evaluate(textRoom);
      assert.ok(room.width >= room.text, `the chosen score is cut off: ${JSON.stringify(room)}`);
      await expectNoAxeViolations(app.page, `Progress at 200 %, ${width} wide`);
      await app.close();
    });
  }
});
