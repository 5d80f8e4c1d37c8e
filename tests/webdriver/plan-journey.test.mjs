// The plan through the relief window in the real app, on data folders made
// with the app's own command line (`import --replace`), never by faking the
// clock: (a) a new person who skips the procedure is offered no strengthening;
// (b) a procedure 50 days ago and the app's Recovery plan taken 45 days ago:
// Today and Routine offer the Strengthen plan, and taking it keeps the old one
// in the history; (c) the same with a physiotherapist's plan: nothing is
// replaced and the person is told to ask for a review; (d) a guided session
// with two exercises done and the rest passed over by the arrow keys reads
// "2 of 12" in the history, and Progress and the journal count two done.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openApp, skipOnboarding, SHOTS, useRealApp } from './driver.mjs';

const real = useRealApp('plan-journey');
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PLANS = JSON.parse(readFileSync(path.join(ROOT, 'tests/fixtures/default-plans.json'), 'utf8'));
const STRENGTH = ['Glute bridge', 'Curl-up', 'Side bridge with knees bent'];

const button = (browser, name) => browser.$(`//button[normalize-space()="${name}"]`);
const heading = (browser, text) => browser.$(`//h1[normalize-space()="${text}"]`);

function day(offset) {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A data folder holding a procedure 50 days ago and `plan`, taken 45 days
 * ago, written by the app's own `import --replace` from a backup file. */
function folderWith(plan) {
  const dir = mkdtempSync(path.join(tmpdir(), 'relief-plan-journey-'));
  const backup = {
    format: 'relief-window-backup',
    version: 1,
    journal: {
      procedures: [
        {
          id: 1,
          date: day(-50),
          region: 'lumbar',
          levels: ['L4-L5'],
          side: 'both',
          clinic: 'Kent Centre',
          clinician: null,
          baselinePain: 7,
          notes: null,
        },
      ],
      pain: [],
      sessions: [],
      plans: [{ id: 1, plan: plan.plan, source: plan.source, createdAt: `${day(-45)}T10:00:00+00:00`, replacedAt: null }],
      walking: [],
      psfs: [],
      measures: [],
      reminders: [],
      retiredReminders: [],
      reminderEvents: [],
      schedulerState: null,
    },
    preferences: { onboardingDone: true },
  };
  const file = path.join(dir, 'backup.json');
  writeFileSync(file, JSON.stringify(backup));
  execFileSync(process.env.RELIEF_WINDOW_BIN, ['import', '--file', file, '--data-dir', dir, '--replace'], {
    stdio: 'inherit',
  });
  rmSync(file);
  return dir;
}

/** Rows from the data folder's journal, read by Python's sqlite3 as another program would. */
function query(dir, sql) {
  const script = 'import json, sqlite3, sys\nc = sqlite3.connect(sys.argv[1])\nprint(json.dumps(c.execute(sys.argv[2]).fetchall()))';
  return JSON.parse(execFileSync('python3', ['-c', script, path.join(dir, 'journal.sqlite3'), sql], { encoding: 'utf8' }));
}

async function planNames(browser) {
  const list = await browser.$('//ol[@aria-labelledby="plan-title"]');
  await list.waitForDisplayed({ timeout: 10_000 });
  return list.getText();
}

async function openRoutine(browser) {
  await (await browser.$('//nav//button[normalize-space()="Routine"]')).click();
  await (await heading(browser, 'Routine')).waitForDisplayed({ timeout: 10_000 });
}

test('(a) a new person who skips the procedure is offered no strengthening exercise', async () => {
  const app = await openApp(real.driver.port, real.dataDir);
  try {
    await skipOnboarding(app);
    await openRoutine(app);
    const text = await planNames(app);
    assert.match(text, /Walking/);
    for (const name of [...STRENGTH, 'Bird dog', 'Dead bug']) assert.doesNotMatch(text, new RegExp(name));
    const main = await (await app.$('main')).getText();
    assert.match(main, /With no procedure date recorded, the app suggests its gentlest plan/);
    assert.ok(await (await button(app, 'Record your procedure')).isDisplayed());
    await app.saveScreenshot(path.join(SHOTS, 'plan-journey-no-procedure.png'));
  } finally {
    await app.deleteSession();
  }
});

test('(b, d) the Strengthen plan is offered at day 50, taken, and a session passed over counts two done', async () => {
  const dir = folderWith({ plan: PLANS.recovery, source: 'default' });
  try {
    const app = await openApp(real.driver.port, dir);
    try {
      // Today offers it, with the preview.
      const offer = await app.$('//h2[contains(., "new part of your relief window: Strengthen")]');
      await offer.waitForDisplayed({ timeout: 10_000 });
      assert.ok(await (await button(app, 'Use the new plan')).isDisplayed());
      await app.saveScreenshot(path.join(SHOTS, 'plan-journey-today-offer.png'));

      // So does Routine, where the person takes it.
      await openRoutine(app);
      await (await app.$('//h3[starts-with(normalize-space(), "New in this plan")]')).waitForDisplayed({ timeout: 10_000 });
      await app.saveScreenshot(path.join(SHOTS, 'plan-journey-routine-offer.png'));
      await (await button(app, 'Use the new plan')).click();
      await (await app.$('//p[normalize-space()="Your new plan is in place."]')).waitForDisplayed({ timeout: 10_000 });
      const text = await planNames(app);
      for (const name of STRENGTH) assert.match(text, new RegExp(name));
      await (await button(app, 'Earlier plans')).click();
      await (await heading(app, 'Earlier plans')).waitForDisplayed({ timeout: 10_000 });
      assert.match(await (await app.$('main')).getText(), /Knee to chest/);
      await (await button(app, 'Back to your routine')).click();

      // (d) Two exercises done, the rest passed over with the arrow keys.
      await (await button(app, "Start today's routine")).click();
      await (await heading(app, 'Walking')).waitForDisplayed({ timeout: 10_000 });
      await (await button(app, 'Mark as done')).click();
      await app.keys(['ArrowRight']);
      for (const name of ['Pelvic tilt', 'Knee rolls', 'Knee to chest']) {
        await (await heading(app, name)).waitForDisplayed({ timeout: 5_000 });
        await app.keys(['ArrowRight']);
      }
      await (await heading(app, 'Cat–camel')).waitForDisplayed({ timeout: 5_000 });
      for (let i = 0; i < 6; i += 1) {
        await app.keys([' ']);
        await app.pause(60);
      }
      // Done: the rest before the next one, then on by the arrow key.
      await (await button(app, 'Skip the rest')).waitForDisplayed({ timeout: 5_000 });
      // Seven more exercises passed over, then the end.
      for (let i = 0; i < 8; i += 1) {
        await app.keys(['ArrowRight']);
        await app.pause(100);
      }
      await (await heading(app, 'How did it go?')).waitForDisplayed({ timeout: 5_000 });
      // The effort is the end form's first list.
      await (await app.$('main select')).selectByAttribute('value', '3');
      await (await button(app, 'Save session')).click();
      await (await heading(app, 'Your session is saved.')).waitForDisplayed({ timeout: 10_000 });
      await (await button(app, 'Done')).click();

      await (await heading(app, 'Routine')).waitForDisplayed({ timeout: 10_000 });
      const sessions = await app.$('//h2[normalize-space()="Your recent sessions"]/..');
      await app.waitUntil(async () => /2 of 12 exercises done/.test(await sessions.getText()), {
        timeout: 10_000,
        timeoutMsg: 'the session is not listed as 2 of 12 done',
      });
      await app.saveScreenshot(path.join(SHOTS, 'plan-journey-session.png'));

      await (await app.$('//nav//button[normalize-space()="Progress"]')).click();
      await (await heading(app, 'Progress')).waitForDisplayed({ timeout: 10_000 });
      const table = await app.$('//h2[normalize-space()="Each exercise"]/..//table');
      await table.waitForExist({ timeout: 10_000 });
      const rows = await app.execute((t) =>
        [...t.querySelectorAll('tbody tr')].map((r) => [...r.children].map((c) => c.textContent.trim())), table);
      const done = rows.reduce((sum, r) => sum + Number(r[2]), 0);
      assert.equal(done, 2, `Progress counts two done: ${JSON.stringify(rows)}`);
      assert.deepEqual(rows.filter((r) => r[2] === '1').map((r) => r[0]).sort(), ['Cat–camel', 'Walking']);
      for (const r of rows) assert.equal(Number(r[1]), Number(r[2]) + Number(r[3]) + Number(r[4]), `adds up: ${r}`);
    } finally {
      await app.deleteSession();
    }
    assert.deepEqual(query(dir, 'SELECT count(*), sum(replaced_at IS NULL) FROM plans'), [[2, 1]]);
    const current = query(dir, "SELECT source, plan_json FROM plans WHERE replaced_at IS NULL")[0];
    assert.equal(current[0], 'default');
    assert.match(current[1], /glute-bridge/);
    assert.deepEqual(query(dir, 'SELECT sum(not_done), count(*) - sum(not_done) FROM session_exercises'), [[10, 2]]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("(c) a physiotherapist's plan is never replaced: the person is told to ask for a review", async () => {
  const physio = { ...PLANS.recovery, author: 'Sam Physio', reviewDate: day(-10) };
  const dir = folderWith({ plan: physio, source: 'file' });
  try {
    const app = await openApp(real.driver.port, dir);
    try {
      await openRoutine(app);
      const main = await app.$('main');
      await app.waitUntil(async () => /Time to ask for a plan review/.test(await main.getText()), {
        timeout: 10_000,
        timeoutMsg: 'no review reminder',
      });
      const text = await main.getText();
      assert.match(text, /Your plan came from your physiotherapist\. They may want to update it/);
      assert.match(text, /new part of your relief window: Strengthen/);
      assert.equal(await (await button(app, 'Use the new plan')).isExisting(), false);
      await app.saveScreenshot(path.join(SHOTS, 'plan-journey-physio.png'));
    } finally {
      await app.deleteSession();
    }
    assert.deepEqual(query(dir, "SELECT count(*), min(source) FROM plans"), [[1, 'file']]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
