// A journal emptied from outside the app (`: > journal.sqlite3`: a sync tool, a
// full disk, a slip), then the app opened as a person would. The records come
// back from the backup, Today says what happened, from when and where the
// emptied file was kept; the notice is there again after a restart until the
// person dismisses it by keyboard, and then it is gone for good.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { openApp, SHOTS, useRealApp } from './driver.mjs';

const real = useRealApp('recovered');

/** Three pain entries and a finished onboarding, written by the app's own
 * `import --replace`; the second import backs up a journal holding them. */
function seed(dir) {
  const entry = (id, score) => ({
    id,
    score,
    note: `entry ${id}`,
    recordedAt: new Date(Date.now() - id * 86_400_000).toISOString(),
    updatedAt: new Date(Date.now() - id * 86_400_000).toISOString(),
    worst24h: null,
    average24h: null,
    interference: null,
    tags: [],
  });
  const backup = {
    format: 'relief-window-backup',
    version: 1,
    journal: {
      procedures: [],
      pain: [entry(1, 3), entry(2, 4), entry(3, 5)],
      sessions: [],
      plans: [],
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
  const file = path.join(dir, '..', `${path.basename(dir)}-backup.json`);
  writeFileSync(file, JSON.stringify(backup));
  for (let i = 0; i < 2; i += 1) {
    execFileSync(process.env.RELIEF_WINDOW_BIN, ['import', '--file', file, '--data-dir', dir, '--replace']);
  }
  rmSync(file);
}

const notice = (browser) => browser.$('//li[contains(@class, "notice")]/p');

test('an emptied journal is restored and the person is told until they dismiss it', async () => {
  seed(real.dataDir);
  writeFileSync(path.join(real.dataDir, 'journal.sqlite3'), '');
  rmSync(path.join(real.dataDir, 'journal.sqlite3-wal'), { force: true });

  const first = await openApp(real.driver.port, real.dataDir);
  try {
    await (await first.$('h1=Today')).waitForDisplayed({ timeout: 10_000 });
    const text = await (await notice(first)).getText();
    assert.match(text, /had been emptied/);
    assert.match(text, /brought back from the backup made on \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    assert.match(text, /journal\.corrupt-/);
    const entries = await first.$$('li.entry').map((item) => item.getText());
    assert.equal(entries.length, 3, 'the three entries are back');
    await first.saveScreenshot(path.join(SHOTS, 'journal-recovered.png'));
  } finally {
    await first.deleteSession();
  }
  const kept = readdirSync(real.dataDir).filter((name) => name.startsWith('journal.corrupt-'));
  assert.equal(kept.length, 1, 'the emptied file is kept');

  const second = await openApp(real.driver.port, real.dataDir);
  try {
    await (await second.$('h1=Today')).waitForDisplayed({ timeout: 10_000 });
    assert.match(await (await notice(second)).getText(), /had been emptied/, 'told again until read');
    // By keyboard: focus the notice's Dismiss button and press Enter.
    const dismiss = await second.$('//li[contains(@class, "notice")]//button');
    await second.execute((button) => button.focus(), dismiss);
    await second.keys(['Enter']);
    await second.waitUntil(async () => !(await (await notice(second)).isExisting()), {
      timeout: 10_000,
      timeoutMsg: 'the notice did not go',
    });
    const focused = await second.execute(() => document.activeElement?.tagName);
    assert.equal(focused, 'H1', 'focus goes to the heading, not lost');
  } finally {
    await second.deleteSession();
  }

  const third = await openApp(real.driver.port, real.dataDir);
  try {
    await (await third.$('h1=Today')).waitForDisplayed({ timeout: 10_000 });
    await third.pause(500);
    assert.equal(await (await notice(third)).isExisting(), false, 'dismissed for good');
  } finally {
    await third.deleteSession();
  }
});
