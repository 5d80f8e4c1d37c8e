// Export and review mode in Chromium with the fake IPC: axe finds nothing in
// any theme (clinician mode on, the restore preview open, the review banner
// on Progress); the report and a restore done by keyboard alone; one Save
// window at a time; review mode opened and closed; 200 % text on a
// 1280-wide window without sideways scrolling.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { expectNoAxeViolations, expectNoSidewaysScroll, focused, goTo, openApp, SCREENSHOTS, startHarness, THEMES } from './harness.mjs';

const PROGRESS = JSON.parse(readFileSync(new URL('../fixtures/progress.json', import.meta.url), 'utf8'));
const shot = (name) => new URL(`${name}.png`, SCREENSHOTS).pathname;

const counts = (n) => ({ procedures: 0, painEntries: 0, sessions: 0, plans: 0, walkingDays: 0, measures: 0, reminders: 0, ...n });
const BACKUP = {
  fileName: 'relief-window-backup-2026-11-30.json',
  inFile: counts({ procedures: 1, painEntries: 120, sessions: 48, plans: 2, walkingDays: 30, measures: 3, reminders: 2 }),
  newInMerge: counts({ painEntries: 12, sessions: 5, walkingDays: 4 }),
};
const REVIEW_FILE = { fileName: 'pat-jones-relief-window-backup-2026-11-30.json', painEntries: 230, sessions: 95 };
const BANNER = `Reviewing ${REVIEW_FILE.fileName} — read-only: Progress and Export show this file. Your own journal is not changed.`;

/** A procedure 40 days ago, as relief-core would place it. */
function timeline() {
  const d = new Date();
  d.setDate(d.getDate() - 40);
  const date = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return { procedureId: 1, procedureDate: date, position: { phase: 'relief-builds', here: { unit: 'week', count: 6 }, daysSince: 40 }, phases: [] };
}

/** The page's own local date `days` from today, as YYYY-MM-DD. */
const pageDay = (page, days) =>
  page.evaluate((n) => {
    const d = new Date();
    d.setDate(d.getDate() + n);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }, days);

async function openExport(harness, scenario = {}, viewport) {
  const app = await openApp(harness, { timeline: timeline(), ...scenario }, viewport);
  await goTo(app.page, 'Export');
  await app.page.getByRole('heading', { level: 2, name: /Report/ }).waitFor();
  return app;
}

const exportsMade = (page) => page.evaluate(() => window.__FAKE_TAURI__.exports);

/** Presses Tab until `matches(focused)` holds; fails after `max` presses. */
async function tabTo(page, matches, what, max = 40) {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    if (matches(await focused(page))) return;
  }
  assert.fail(`Tab never reached ${what}`);
}

describe('Export', () => {
  let harness;
  before(async () => {
    harness = await startHarness();
  });
  after(async () => {
    await harness?.close();
  });

  for (const theme of THEMES) {
    it(`passes axe in clinician mode and with the restore preview open (${theme})`, async () => {
      const app = await openExport(harness, { preferences: { theme, clinicianMode: true }, restoreFile: BACKUP }, { width: 1280, height: 900 });
      const { page } = app;
      await page.getByRole('heading', { level: 2, name: "Review a patient's file (for physiotherapists)" }).waitFor();
      await expectNoAxeViolations(page, `Export (${theme})`);
      await page.screenshot({ path: shot(`export-${theme}`), fullPage: true });

      await page.getByRole('button', { name: 'Restore from a backup…' }).click();
      await page.getByRole('heading', { level: 3, name: 'Before you restore' }).waitFor();
      await page.getByRole('radio', { name: 'Replace your journal with the backup' }).check();
      await expectNoAxeViolations(page, `Export with the restore preview (${theme})`);
      await page.getByRole('region', { name: 'Before you restore' }).screenshot({ path: shot(`export-restore-${theme}`) });
      await app.close();
    });

    it(`passes axe on Progress under review, with the banner (${theme})`, async () => {
      const app = await openApp(harness, { preferences: { theme, clinicianMode: true }, review: REVIEW_FILE, reviewProgress: PROGRESS }, { width: 1280, height: 900 });
      const { page } = app;
      const banner = page.getByRole('region', { name: "Review of a patient's file" });
      assert.equal((await banner.innerText()).replace(/\s+/g, ' ').trim(), `${BANNER} Close review`);
      await goTo(page, 'Progress');
      await page.getByRole('heading', { level: 1, name: `Progress: ${REVIEW_FILE.fileName}` }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Pain over time' }).waitFor();
      assert.equal(await page.getByRole('heading', { name: 'Add to your record' }).count(), 0, 'no entry forms in a review');
      await expectNoAxeViolations(page, `Progress under review (${theme})`);
      await page.screenshot({ path: shot(`export-review-progress-${theme}`) });
      await goTo(page, 'Export');
      await page.getByText(`You are reviewing ${REVIEW_FILE.fileName}.`, { exact: false }).waitFor();
      await expectNoAxeViolations(page, `Export under review (${theme})`);
      await page.screenshot({ path: shot(`export-review-${theme}`), fullPage: true });
      await app.close();
    });
  }

  it('makes the report by keyboard alone: dates, name, date of birth, paper, then "Saved: "', async () => {
    const app = await openExport(harness, { preferences: { theme: 'light' } });
    const { page } = app;
    const kb = page.keyboard;
    await page.getByRole('heading', { level: 1, name: 'Export' }).focus();

    await kb.press('Tab');
    let now = await focused(page);
    assert.deepEqual([now.type, now.label], ['radio', 'Since your procedure'], 'the checked date choice comes first');
    for (let i = 0; i < 4; i += 1) await kb.press('ArrowDown');
    assert.equal((await focused(page)).label, 'Choose dates');

    const from = await pageDay(page, -60);
    const to = await pageDay(page, -10);
    const typeDate = async (date) => {
      const [y, m, d] = date.split('-');
      for (const [box, value] of [['Day', d], ['Month', m], ['Year', y]]) {
        await kb.press('Tab');
        assert.equal((await focused(page)).label, box);
        await kb.type(value);
      }
    };
    await typeDate(from);
    await typeDate(to);
    await kb.press('Tab');
    assert.equal((await focused(page)).label, 'Your name (optional)');
    await kb.type('Pat Jones');
    await typeDate('1956-04-09');
    await kb.press('Tab');
    now = await focused(page);
    assert.deepEqual([now.type, now.label], ['radio', 'A4'], 'en-GB: A4 is chosen');
    await kb.press('ArrowDown');
    assert.equal((await focused(page)).label, 'Letter (US)');
    await kb.press('Tab');
    assert.equal((await focused(page)).text, 'Save the report…');
    await page.screenshot({ path: shot('export-keyboard-report'), fullPage: true });
    await kb.press('Enter');

    const today = await pageDay(page, 0);
    const path = `/home/pat/relief-window-report-${today}.pdf`;
    await page.getByRole('status').filter({ hasText: `Saved: ${path}` }).waitFor();
    assert.deepEqual(await exportsMade(page), [
      {
        choices: { format: 'pdf', since: from, until: to, name: 'Pat Jones', birthDate: '1956-04-09', paper: 'letter' },
        source: 'journal',
        path,
      },
    ]);
    assert.equal((await focused(page)).text, 'Save the report…', 'focus stays on the button');
    await app.close();
  });

  it('takes focus to a date Rust refused, keeping what was typed', async () => {
    const app = await openExport(harness, { preferences: { theme: 'light' } });
    const { page } = app;
    await page.getByRole('radio', { name: 'Choose dates' }).check();
    const tomorrow = await pageDay(page, 1);
    const [y, m, d] = tomorrow.split('-');
    const fromGroup = page.getByRole('group', { name: /^From/ });
    await fromGroup.getByRole('textbox', { name: 'Day' }).fill(d);
    await fromGroup.getByRole('textbox', { name: 'Month' }).fill(m);
    await fromGroup.getByRole('textbox', { name: 'Year' }).fill(y);
    await page.getByRole('button', { name: 'Save CSV files…' }).click();
    await page.getByRole('alert').filter({ hasText: 'This date is after today.' }).waitFor();
    const now = await focused(page);
    assert.deepEqual([now.label, now.value], ['Day', d]);
    assert.deepEqual(await exportsMade(page), []);
    await expectNoAxeViolations(page, 'Export with a date error');
    await app.close();
  });

  it('opens one Save window at a time: a double click saves once', async () => {
    const app = await openExport(harness, { preferences: { theme: 'light' }, dialogMs: 400 });
    const { page } = app;
    const button = page.getByRole('button', { name: 'Save a backup…' });
    await button.dblclick();
    assert.equal(await button.getAttribute('aria-disabled'), 'true', 'busy while the window is open');
    assert.equal(await page.getByRole('button', { name: 'Save the report…' }).getAttribute('aria-disabled'), 'true');
    await page.getByText(/^Saved: \/home\/pat\/relief-window-backup-/).waitFor();
    assert.equal((await app.calls('export_file')).length, 1);
    assert.equal(await button.getAttribute('aria-disabled'), 'false');
    await app.close();
  });

  it('a cancelled Save window says nothing', async () => {
    const app = await openExport(harness, { preferences: { theme: 'light' }, exportPath: null });
    const { page } = app;
    await page.getByRole('button', { name: 'Save the report…' }).click();
    await page.waitForFunction(() => window.__FAKE_TAURI__.calls.some((c) => c.cmd === 'export_file'));
    await page.waitForTimeout(100);
    assert.equal(await page.getByText(/^Saved: /).count(), 0);
    assert.equal(await page.getByRole('alert').count(), 0);
    await app.close();
  });

  it('restores by keyboard alone: the preview, Replace, Restore', async () => {
    const app = await openExport(harness, { preferences: { theme: 'light' }, restoreFile: BACKUP });
    const { page } = app;
    const kb = page.keyboard;
    await page.getByRole('heading', { level: 1, name: 'Export' }).focus();
    await tabTo(page, (f) => f.text === 'Restore from a backup…', '"Restore from a backup…"');
    await kb.press('Enter');
    await page.getByRole('heading', { level: 3, name: 'Before you restore' }).waitFor();
    let now = await focused(page);
    assert.deepEqual([now.tag, now.text], ['h3', 'Before you restore'], 'focus moves to the preview’s heading');

    const rows = await page
      .getByRole('table', { name: 'Records in the backup and in your journal' })
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent.trim())));
    assert.deepEqual(rows[1], ['Pain entries', '120', '12', '0']);

    await kb.press('Tab');
    now = await focused(page);
    assert.deepEqual([now.type, now.label], ['radio', 'Add what is new (keep everything you have)']);
    await kb.press('ArrowDown');
    assert.equal((await focused(page)).label, 'Replace your journal with the backup');
    await page.getByText('Your journal as it is now is saved first, automatically', { exact: false }).waitFor();
    await kb.press('Tab');
    assert.equal((await focused(page)).text, 'Restore');
    await page.screenshot({ path: shot('export-keyboard-restore'), fullPage: true });
    await kb.press('Enter');

    await page.getByText(/^Restored: 206 records\. Your journal as it was is saved as journal-.*-before-restore\.sqlite3\.$/).waitFor();
    assert.deepEqual(await page.evaluate(() => window.__FAKE_TAURI__.restores), [{ token: 1, choice: 'replace' }]);
    assert.equal((await focused(page)).text, 'Restore from a backup…', 'focus returns to the button');
    assert.equal(await page.getByRole('region', { name: 'Before you restore' }).count(), 0);
    await app.close();
  });

  it('opens a patient’s backup for review, shows it on Progress, and "Close review" goes back to Today', async () => {
    const app = await openExport(harness, {
      preferences: { theme: 'light', clinicianMode: true },
      reviewFile: REVIEW_FILE,
      reviewProgress: PROGRESS,
    });
    const { page } = app;
    await page.getByRole('button', { name: "Open a patient's backup to review…" }).click();
    const heading = page.getByRole('heading', { level: 1, name: `Progress: ${REVIEW_FILE.fileName}` });
    await heading.waitFor();
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    await page.getByRole('heading', { level: 2, name: 'Pain over time' }).waitFor();
    assert.deepEqual((await app.calls('review_progress')).map((c) => c.args.range), ['3m']);
    assert.equal((await app.calls('progress')).length, 0, 'the journal is not read');

    // The report from the file: source 'review'.
    await goTo(page, 'Export');
    await page.getByRole('button', { name: 'Save the report…' }).click();
    await page.getByText(/^Saved: /).waitFor();
    assert.equal((await exportsMade(page))[0].source, 'review');

    await page.getByRole('button', { name: 'Close review' }).click();
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    assert.equal(await page.getByRole('region', { name: "Review of a patient's file" }).count(), 0);
    assert.equal((await app.calls('close_review')).length, 1);
    await app.close();
  });

  it('at 200 % text on a 1280-wide window: no sideways scroll, no axe violations', async () => {
    const app = await openExport(
      harness,
      {
        preferences: { theme: 'light', textSize: 200, clinicianMode: true },
        restoreFile: BACKUP,
        review: REVIEW_FILE,
        reviewProgress: PROGRESS,
      },
      { width: 1280, height: 900 },
    );
    const { page } = app;
    assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize), '36px');
    await page.getByRole('radio', { name: 'Choose dates' }).check();
    const tomorrow = (await pageDay(page, 1)).split('-');
    const birth = page.getByRole('group', { name: /date of birth/ });
    await birth.getByRole('textbox', { name: 'Day' }).fill(tomorrow[2]);
    await birth.getByRole('textbox', { name: 'Month' }).fill(tomorrow[1]);
    await birth.getByRole('textbox', { name: 'Year' }).fill(tomorrow[0]);
    await page.getByRole('button', { name: 'Save the report…' }).click();
    await page.getByRole('alert').filter({ hasText: 'This date is after today.' }).waitFor();
    await page.getByRole('button', { name: 'Restore from a backup…' }).click();
    await page.getByRole('heading', { level: 3, name: 'Before you restore' }).waitFor();
    await expectNoSidewaysScroll(page, 'Export at 200 %');
    await expectNoAxeViolations(page, 'Export at 200 %');
    await page.screenshot({ path: shot('export-200'), fullPage: true });
    await page.screenshot({ path: shot('export-200-top') });

    await goTo(page, 'Progress');
    await page.getByRole('heading', { level: 2, name: 'Pain over time' }).waitFor();
    await expectNoSidewaysScroll(page, 'Progress under review at 200 %');
    await page.screenshot({ path: shot('export-review-progress-200') });
    await app.close();
  });
});
