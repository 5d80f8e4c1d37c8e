// A new patient's first run in the real app: the welcome and its acknowledgement,
// a procedure recorded 20 days ago, the timeline saying week 3, and Get help
// opening the red flags from Today and from Settings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { openApp, SHOTS, useRealApp } from './driver.mjs';

const real = useRealApp('first-run');

const button = (browser, name) => browser.$(`//button[normalize-space()="${name}"]`);

/** YYYY-MM-DD for `days` from today, in local time like the app. */
function localDate(days) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

async function checkGetHelp(browser, where) {
  await (await button(browser, 'Get help')).click();
  const dialog = await browser.$('dialog[open]');
  await dialog.waitForDisplayed({ timeout: 5_000 });
  const text = await dialog.getText();
  assert.match(text, /call your local emergency number/i, `red flags from ${where}`);
  assert.match(text, /both legs/i);
  assert.match(text, /contact your clinic|clinic/i);
  await browser.saveScreenshot(path.join(SHOTS, `get-help-from-${where}.png`));
  await browser.keys(['Escape']);
  await browser.waitUntil(async () => !(await (await browser.$('dialog[open]')).isExisting()), {
    timeout: 5_000,
    timeoutMsg: `Escape did not close Get help on ${where}`,
  });
}

test('first run, a procedure 20 days ago, week 3, and Get help everywhere', async () => {
  const app = await openApp(real.driver.port, real.dataDir);
  try {
    const welcome = await app.$('main h1');
    assert.equal(await welcome.getText(), 'Welcome to Relief Window');
    assert.match(await (await app.$('main')).getText(), /does not give medical advice/);
    await app.saveScreenshot(path.join(SHOTS, 'first-run-welcome.png'));
    await (await button(app, 'I understand, continue')).click();

    await (await app.$('h1=Your procedure')).waitForDisplayed({ timeout: 5_000 });
    const [year, month, day] = localDate(-20).split('-');
    for (const [label, value] of [['Day', String(Number(day))], ['Month', String(Number(month))], ['Year', year]]) {
      const box = await app.$(`//label[normalize-space()="${label}"]/following-sibling::input`);
      await box.setValue(value);
    }
    await (await app.$('//label[normalize-space()="L4–L5"]')).click();
    await (await app.$('//label[normalize-space()="L5–S1"]')).click();
    await (await app.$('//label[normalize-space()="Both sides"]')).click();
    await (await app.$('select')).selectByAttribute('value', '7');
    await app.saveScreenshot(path.join(SHOTS, 'first-run-procedure.png'));
    await (await button(app, 'Save procedure')).click();

    await (await app.$('h1=You are all set')).waitForDisplayed({ timeout: 10_000 });
    await (await button(app, 'Go to Today')).click();
    await (await app.$('h1=Today')).waitForDisplayed({ timeout: 10_000 });
    const strip = await app.$('//*[normalize-space()="Week 3 after your procedure"]');
    await strip.waitForDisplayed({ timeout: 10_000 });
    await app.saveScreenshot(path.join(SHOTS, 'today-week-3.png'));

    await checkGetHelp(app, 'today');
    await (await app.$('//nav//button[normalize-space()="Settings"]')).click();
    await (await app.$('h1=Settings')).waitForDisplayed({ timeout: 5_000 });
    await checkGetHelp(app, 'settings');

    await (await app.$('//nav//button[normalize-space()="Today"]')).click();
    await (await button(app, 'See your timeline')).click();
    await (await app.$('h1=Your procedure')).waitForDisplayed({ timeout: 5_000 });
    const current = await app.$('[aria-current="step"]');
    assert.match(await current.getText(), /Relief builds/);
    await app.saveScreenshot(path.join(SHOTS, 'your-procedure.png'));
  } finally {
    await app.deleteSession();
  }
});
