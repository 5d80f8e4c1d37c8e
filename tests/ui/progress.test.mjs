// Progress with a seeded year (tests/fixtures/progress.json, computed by
// Rust): the charts draw real pixels, "Show as table" works by keyboard alone
// and shows the fixture's numbers, axe finds nothing in any theme with the
// tables hidden or shown, and 200 % text does not scroll the page sideways.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { expectNoAxeViolations, expectNoSidewaysScroll, focused, goTo, openApp, SCREENSHOTS, startHarness, THEMES } from './harness.mjs';

const PROGRESS = JSON.parse(readFileSync(new URL('../fixtures/progress.json', import.meta.url), 'utf8'));
const shot = (name) => new URL(`${name}.png`, SCREENSHOTS).pathname;

// The page formats as the person's locale does; the harness runs en-GB.
const day = (iso) => {
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'full' }).format(new Date(y, m - 1, d));
};
const oneDecimal = (n) => new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n);

async function openProgress(harness, scenario = {}, viewport) {
  const app = await openApp(harness, { progress: PROGRESS, ...scenario }, viewport);
  await goTo(app.page, 'Progress');
  await app.page.getByRole('heading', { level: 2, name: 'Pain over time' }).waitFor();
  return app;
}

/** How many pixels of each chart's canvas are painted (not transparent). */
function paintedPixels(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.progress canvas')].map((canvas) => {
      const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
      let painted = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i] > 0) painted += 1;
      return { painted, total: canvas.width * canvas.height };
    }),
  );
}

/** The text of every cell of the table captioned `caption`, row by row. */
function tableRows(page, caption) {
  return page
    .locator('table', { has: page.locator('caption', { hasText: caption }) })
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent.trim())));
}

async function showEveryTable(page) {
  // Each click renames its button "Hide table", so take the first left each time.
  const buttons = page.getByRole('button', { name: 'Show as table' });
  while ((await buttons.count()) > 0) await buttons.first().click();
}

describe('Progress', () => {
  let harness;
  before(async () => {
    harness = await startHarness();
  });
  after(async () => {
    await harness?.close();
  });

  for (const theme of THEMES) {
    it(`draws four charts and passes axe with tables hidden and shown (${theme})`, async () => {
      const app = await openProgress(harness, { preferences: { theme } }, { width: 1280, height: 900 });
      const { page } = app;
      const canvases = await paintedPixels(page);
      assert.equal(canvases.length, 4, 'pain, sessions, active days and PSFS');
      for (const [i, c] of canvases.entries()) {
        // Axes, labels and data: a blank or failed chart paints nothing.
        assert.ok(c.painted > c.total * 0.02, `chart ${i} is blank: ${JSON.stringify(c)}`);
      }
      await expectNoAxeViolations(page, `Progress (${theme})`);
      await page.screenshot({ path: shot(`progress-${theme}`), fullPage: true });
      await showEveryTable(page);
      assert.equal(await page.getByRole('button', { name: 'Hide table' }).count(), 4);
      await expectNoAxeViolations(page, `Progress with tables (${theme})`);
      await page.screenshot({ path: shot(`progress-tables-${theme}`), fullPage: true });
      await app.close();
    });
  }

  it('the theme changes redraw the charts in the new colours', async () => {
    const app = await openProgress(harness, { preferences: { theme: 'light' } });
    const { page } = app;
    const sample = () =>
      page.evaluate(() => {
        const canvas = document.querySelector('.progress canvas');
        return canvas.toDataURL();
      });
    const before = await sample();
    await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
    await page.waitForFunction((old) => document.querySelector('.progress canvas').toDataURL() !== old, before);
    await app.close();
  });

  it('shows the pain table by keyboard alone, with the fixture numbers', async () => {
    const app = await openProgress(harness);
    const { page } = app;
    const view = PROGRESS.views['3m'];
    await page.getByRole('heading', { level: 1, name: 'Progress' }).focus();
    let reached = false;
    for (let i = 0; i < 20 && !reached; i += 1) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      reached = f.tag === 'button' && f.text === 'Show as table';
    }
    assert.ok(reached, 'Tab reaches the first "Show as table"');
    const button = page.getByRole('button', { name: 'Show as table' }).first();
    assert.equal(await button.getAttribute('aria-expanded'), 'false');
    await page.keyboard.press('Enter');
    const toggle = page.locator('button[aria-controls]').first();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    assert.equal(await toggle.textContent(), 'Hide table');
    const controlled = await toggle.getAttribute('aria-controls');
    assert.ok(await page.locator(`#${controlled} table`).isVisible());

    const expected = view.pain.days
      .filter((d) => d.readings > 0)
      .map((d) => [day(d.date), oneDecimal(d.mean), String(d.readings), d.rollingMean === null ? 'Too few days' : oneDecimal(d.rollingMean)]);
    assert.ok(expected.length > 20);
    assert.deepEqual(await tableRows(page, 'Pain by day'), expected);

    // Space hides it again; focus stays on the button.
    await page.keyboard.press('Space');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    assert.ok(!(await page.locator(`#${controlled}`).isVisible()));
    assert.equal((await focused(page)).text, 'Show as table');
    await page.screenshot({ path: shot('progress-keyboard') });
    await app.close();
  });

  it('switches range with the arrow keys and shows that range’s weeks', async () => {
    const app = await openProgress(harness);
    const { page } = app;
    await page.getByRole('radio', { name: '3 months' }).focus();
    await page.keyboard.press('ArrowDown');
    await page.getByRole('radio', { name: '12 months' }).waitFor();
    // The ODI/RMDQ form below the charts asks for 'all' (its list); the charts' ranges are the rest.
    const charted = () =>
      window.__FAKE_TAURI__.calls.filter((c) => c.cmd === 'progress' && c.args.range !== 'all').map((c) => c.args.range);
    await page.waitForFunction(() => window.__FAKE_TAURI__.calls.some((c) => c.cmd === 'progress' && c.args.range === '12m'));
    assert.deepEqual(await page.evaluate(charted), ['3m', '12m']);
    const weeks = PROGRESS.views['12m'].adherence.weeks;
    await page.getByText(/over these 12 months/).first().waitFor();
    await page.locator('section', { hasText: 'Sessions per week' }).getByRole('button', { name: 'Show as table' }).click();
    const expected = weeks.map((w) => [day(w.weekStart), String(w.planned), String(w.done), w.percent === null ? 'Nothing planned' : `${w.percent}\u00a0%`]);
    assert.deepEqual(await tableRows(page, 'Days of routine per week'), expected);
    await app.close();
  });

  it('at 200 % text on a 1280-wide window: no sideways scroll, no axe violations', async () => {
    const app = await openProgress(harness, { preferences: { theme: 'light', textSize: 200 } }, { width: 1280, height: 900 });
    const { page } = app;
    await expectNoSidewaysScroll(page, 'Progress at 200 %');
    await expectNoAxeViolations(page, 'Progress at 200 %');
    await page.screenshot({ path: shot('progress-200'), fullPage: true });
    await showEveryTable(page);
    await expectNoSidewaysScroll(page, 'Progress with tables at 200 %');
    await expectNoAxeViolations(page, 'Progress with tables at 200 %');
    await page.screenshot({ path: shot('progress-200-tables'), fullPage: true });
    await app.close();
  });

  // With no PSFS yet the form is simply there; it must not take focus (and
  // scroll the page to the bottom) as Progress opens.
  it('opening Progress leaves focus on its heading, at the top', async () => {
    const app = await openProgress(harness);
    const { page } = app;
    await page.waitForTimeout(500);
    const where = await page.evaluate(() => ({ tag: document.activeElement?.tagName, y: window.scrollY }));
    assert.deepEqual(where, { tag: 'H1', y: 0 });
    await app.close();
  });

  it('says calmly when there is nothing in the range', async () => {
    const app = await openApp(harness, {});
    await goTo(app.page, 'Progress');
    await app.page.getByText('Nothing is recorded for this time yet.').waitFor();
    assert.equal(await app.page.locator('canvas').count(), 0);
    await expectNoAxeViolations(app.page, 'Progress empty');
    await app.close();
  });
});
