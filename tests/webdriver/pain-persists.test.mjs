// A new patient logs a pain score in the real app, quits, starts again and sees it.
// Also takes screenshots of Today in each theme (tests/webdriver/screenshots/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { openApp, SHOTS, skipOnboarding, useRealApp } from './driver.mjs';

const real = useRealApp('webdriver');

async function entriesText(browser) {
  // WebdriverIO 9's element arrays map asynchronously.
  return browser.$$('li.entry').map((item) => item.getText());
}

/** Starts the app a second time; resolves to its exit code (or null if it stays). */
function launchAgain(dir) {
  return new Promise((resolve) => {
    const child = spawn(process.env.RELIEF_WINDOW_BIN, ['--data-dir', dir], { stdio: 'ignore' });
    const timer = setTimeout(() => {
      child.kill();
      resolve(null);
    }, 15_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

async function chooseTheme(browser, label) {
  await (await browser.$('//nav//button[normalize-space()="Settings"]')).click();
  await (await browser.$(`//label[normalize-space()="${label}"]`)).click();
  await (await browser.$('//nav//button[normalize-space()="Today"]')).click();
  await (await browser.$('h1=Today')).waitForDisplayed();
}

test('a pain score logged by keyboard is still there after a restart', async () => {
  const first = await openApp(real.driver.port, real.dataDir);
  try {
    await skipOnboarding(first);
    assert.deepEqual(await entriesText(first), [], 'a new journal is empty');
    // The scale starts with nothing chosen; a click on 0, then the arrow keys.
    const chosen = () => first.execute(() => document.querySelector('.pain-scale input:checked')?.value ?? null);
    assert.equal(await chosen(), null, 'no score until one is chosen');
    await (await first.$('//fieldset[contains(@class, "pain-scale")]//label[normalize-space()="0"]')).click();
    for (let i = 0; i < 7; i += 1) await first.keys(['ArrowRight']);
    assert.equal(await chosen(), '7');
    const note = await first.$('textarea');
    await note.setValue('Stiff after gardening');
    await (await first.$('form.pain-form button[type=submit]')).click();
    await first.waitUntil(async () => (await entriesText(first)).length === 1, {
      timeout: 30_000,
      timeoutMsg: 'the saved entry did not appear in Recent entries',
    });
    const [saved] = await entriesText(first);
    assert.match(saved, /Pain 7/);
    assert.match(saved, /Stiff after gardening/);

    for (const [label, file] of [
      ['Light', 'today-light.png'],
      ['Dark', 'today-dark.png'],
      ['High contrast', 'today-high-contrast.png'],
    ]) {
      await chooseTheme(first, label);
      await first.saveScreenshot(path.join(SHOTS, file));
    }
  } finally {
    await first.deleteSession();
  }
  assert.ok(existsSync(path.join(real.dataDir, 'journal.sqlite3')), '--data-dir was honoured');

  const second = await openApp(real.driver.port, real.dataDir);
  try {
    await (await second.$('h1=Today')).waitForDisplayed({ timeout: 10_000 });
    await second.waitUntil(async () => (await entriesText(second)).length === 1, {
      timeout: 30_000,
      timeoutMsg: 'the entry was not listed after the restart',
    });
    const [kept] = await entriesText(second);
    assert.match(kept, /Pain 7/);
    assert.match(kept, /Stiff after gardening/);
    const theme = await second.execute(() => document.documentElement.dataset.theme);
    assert.equal(theme, 'high-contrast', 'the theme preference survived the restart too');

    // A second launch hands over to the running app and leaves: reminders must
    // never come from two processes.
    const exitCode = await launchAgain(real.dataDir);
    assert.equal(exitCode, 0, 'the second launch exits cleanly');
    assert.equal((await entriesText(second)).length, 1, 'the first window is still there and working');
  } finally {
    await second.deleteSession();
  }
});
