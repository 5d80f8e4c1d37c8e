// Progress on the real app with a seeded data folder: the charts are drawn in
// the real window, and the numbers behind "Show as table" are the journal's.
//
// The folder is written by `cargo xtask seed` (a year of records ending today).
// The expected values are read straight from the SQLite file with Python's
// sqlite3, not through the app's Rust, so the check is independent of the code
// under test: the mean of each day's readings, how many readings, and the ODI
// and RMDQ totals.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openApp, SHOTS, useRealApp } from './driver.mjs';

const real = useRealApp('progress');
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Seeds `dir` with one year of records ending today, with the xtask that runs the tests. */
function seed(dir) {
  const args = ['seed', '--years', '1', '--data-dir', dir, '--force'];
  const xtask = process.env.RELIEF_WINDOW_XTASK;
  if (xtask) execFileSync(xtask, args, { cwd: ROOT, stdio: 'inherit' });
  else execFileSync('cargo', ['run', '-q', '-p', 'xtask', '--', ...args], { cwd: ROOT, stdio: 'inherit' });
}

/** Runs one read-only SQL query on the seeded journal; rows as arrays. */
function query(dir, sql) {
  const script = [
    'import json, sqlite3, sys',
    'db = sqlite3.connect("file:" + sys.argv[1] + "?mode=ro", uri=True)',
    'print(json.dumps(db.execute(sys.argv[2]).fetchall()))',
  ].join('\n');
  const out = execFileSync('python3', ['-c', script, path.join(dir, 'journal.sqlite3'), sql], { encoding: 'utf8' });
  return JSON.parse(out);
}

/** Each day with pain readings, oldest first: [date, mean to one decimal, readings]. */
function painDays(dir) {
  return query(
    dir,
    `SELECT substr(recorded_at, 1, 10) AS day, avg(score), count(*)
       FROM pain_entries WHERE deleted_at IS NULL GROUP BY day ORDER BY day`,
  ).map(([day, mean, readings]) => [day, mean.toFixed(1), readings]);
}

/** The section whose heading is `title`. */
const section = (browser, title) => browser.$(`//section[h2[normalize-space()="${title}"]]`);

/** The table of the section titled `title`, shown first if it is behind "Show as table"
 * (a chart's numbers); a section that is only a table has no toggle. */
async function showTable(browser, title) {
  const figure = await section(browser, title);
  const toggle = await figure.$('button[aria-expanded]');
  if ((await toggle.isExisting()) && (await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  const table = await figure.$('table');
  await table.waitForDisplayed({ timeout: 10_000 });
  return table;
}

/** A table's body rows as arrays of cell texts (the row header first). */
async function rows(browser, table) {
  return browser.execute(
    (t) => [...t.tBodies[0].rows].map((r) => [...r.cells].map((c) => c.textContent.trim())),
    table,
  );
}

async function chooseRange(browser, label) {
  await (await browser.$(`//label[normalize-space()="${label}"]`)).click();
  await browser.waitUntil(async () => !(await browser.$('[aria-busy="true"]').isExisting()), {
    timeout: 15_000,
    timeoutMsg: `the ${label} view did not finish loading`,
  });
}

/** How many pixels of a canvas are not transparent: a drawn chart has thousands. */
async function inkedPixels(browser, canvas) {
  return browser.execute((c) => {
    const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let inked = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) inked += 1;
    return inked;
  }, canvas);
}

test('Progress draws the seeded journal, and its tables show the journal’s numbers', async () => {
  seed(real.dataDir);
  const days = painDays(real.dataDir);
  assert.ok(days.length > 200, `the seed has a year of pain days (found ${days.length})`);

  const browser = await openApp(real.driver.port, real.dataDir);
  try {
    await (await browser.$('//nav//button[normalize-space()="Progress"]')).click();
    await (await browser.$('h1=Progress')).waitForDisplayed({ timeout: 10_000 });
    await chooseRange(browser, '3 months');

    // Every chart is drawn: its canvas has ink.
    const canvases = await browser.$$('main canvas');
    assert.ok(canvases.length >= 4, `four charts or more (found ${canvases.length})`);
    for (const canvas of canvases) {
      assert.ok((await inkedPixels(browser, canvas)) > 500, 'a chart canvas is drawn, not blank');
    }
    await browser.saveScreenshot(path.join(SHOTS, 'progress-3-months.png'));

    // The pain table: the last days with readings match the journal, day by day.
    const painTable = await showTable(browser, 'Pain over time');
    const shown = await rows(browser, painTable);
    assert.ok(shown.length > 40, `three months of pain days are listed (found ${shown.length})`);
    const expected = days.slice(-shown.length);
    assert.deepEqual(
      shown.map(([, mean, readings]) => [mean, Number(readings)]),
      expected.map(([, mean, readings]) => [mean, readings]),
      'each listed day has the mean and count of that day in the journal',
    );

    // "All": every day of the year with a reading, and every questionnaire total.
    await chooseRange(browser, 'All');
    const allRows = await rows(browser, await showTable(browser, 'Pain over time'));
    assert.equal(allRows.length, days.length, 'All lists every day with a pain score');
    const totals = query(
      real.dataDir,
      'SELECT measure, total FROM scored_measures WHERE deleted_at IS NULL ORDER BY recorded_on, id',
    );
    assert.ok(totals.length > 0, 'the seed has ODI and RMDQ totals');
    const measureRows = await rows(browser, await showTable(browser, 'Questionnaire totals'));
    // The table shows one decimal (ui/src/lib/charts/format.ts), with the
    // ODI's unit: a total entered as 24.44 reads "24.4 %" there.
    const oneDecimal = (n) => Math.round(n * 10) / 10;
    assert.deepEqual(
      measureRows.map(([, , total]) => Number.parseFloat(total)),
      totals.map(([, total]) => oneDecimal(total)),
      'the totals table shows the journal’s totals in date order',
    );
    await browser.saveScreenshot(path.join(SHOTS, 'progress-all-tables.png'));
  } finally {
    await browser.deleteSession();
  }
});
