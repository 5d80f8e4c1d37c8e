// Not a test: a walk through the first ten weeks after a procedure, as a
// patient would live them, for a person to look at. It moves the procedure
// date in the app's own form to step through the phases, takes the offers,
// and saves a screenshot of Today and Routine at each step in
// tests/webdriver/screenshots/walk-*.png.
//
//   xvfb-run -a dbus-run-session -- node webdriver/walk-ten-weeks.mjs
//   (RELIEF_WINDOW_BIN=target/debug/relief-window, from tests/)
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openApp, SHOTS, skipOnboarding, startDriver } from './driver.mjs';

const button = (browser, name) => browser.$(`//button[normalize-space()="${name}"]`);
const heading = (browser, text) => browser.$(`//h1[normalize-space()="${text}"]`);

function day(offset) {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  return [d.getFullYear(), d.getMonth() + 1, d.getDate()];
}

async function shot(browser, name) {
  await browser.pause(400);
  const height = await browser.execute(() => document.documentElement.scrollHeight);
  await browser.setWindowSize(1100, Math.min(Math.max(height + 120, 800), 4000));
  await browser.pause(300);
  await browser.saveScreenshot(path.join(SHOTS, `walk-${name}.png`));
  await browser.setWindowSize(1100, 900);
}

async function go(browser, section) {
  await (await browser.$(`//nav//button[normalize-space()="${section}"]`)).click();
  await (await heading(browser, section)).waitForDisplayed({ timeout: 10_000 });
}

/** Sets the procedure's date in its own form (Today's strip, then Edit). */
async function moveProcedure(browser, daysAgo) {
  await go(browser, 'Today');
  await (await button(browser, 'See your timeline')).click();
  await (await heading(browser, 'Your procedure')).waitForDisplayed({ timeout: 10_000 });
  await (await browser.$('//button[starts-with(normalize-space(), "Edit")]')).click();
  const [y, m, d] = day(-daysAgo);
  for (const [label, value] of [['Day', d], ['Month', m], ['Year', y]]) {
    const box = await browser.$(`//label[normalize-space()="${label}"]/following-sibling::input`);
    await box.clearValue();
    await box.setValue(String(value));
  }
  await (await browser.$('//button[normalize-space()="Save changes" or normalize-space()="Save procedure"]')).click();
  await browser.pause(500);
  await go(browser, 'Today');
}

const driver = await startDriver();
const dir = mkdtempSync(path.join(tmpdir(), 'relief-walk-'));
mkdirSync(SHOTS, { recursive: true });
const app = await openApp(driver.port, dir);
try {
  await skipOnboarding(app);
  // No procedure yet: the gentlest plan, and why.
  await go(app, 'Routine');
  await shot(app, '00-no-procedure-routine');
  await (await button(app, 'Record your procedure')).click();
  await (await heading(app, 'Your procedure')).waitForDisplayed({ timeout: 10_000 });
  await (await button(app, 'Add a procedure')).click();
  const [y, m, d] = day(-1);
  for (const [label, value] of [['Day', d], ['Month', m], ['Year', y]]) {
    await (await app.$(`//label[normalize-space()="${label}"]/following-sibling::input`)).setValue(String(value));
  }
  await (await app.$('//label[contains(normalize-space(), "Lower back")]')).click();
  await (await app.$('//label[normalize-space()="Clinic or hospital (optional)"]/following-sibling::input')).setValue('Kent Centre');
  await (await app.$('input[type=tel]')).setValue('01227 864 000');
  await (await button(app, 'Save procedure')).click();
  await app.pause(500);
  await go(app, 'Routine');
  await (await button(app, 'Use this plan')).click();
  await app.pause(500);
  await go(app, 'Today');
  await shot(app, '01-day-2-today');

  for (const [daysAgo, name] of [
    [13, '02-day-14'],
    [20, '03-week-3'],
    [41, '04-week-6'],
    [50, '05-day-51'],
    [70, '06-week-11'],
  ]) {
    await moveProcedure(app, daysAgo);
    await shot(app, `${name}-today`);
    await go(app, 'Routine');
    await shot(app, `${name}-routine`);
    const use = await button(app, 'Use the new plan');
    if (await use.isExisting()) {
      await use.click();
      await app.pause(600);
      await shot(app, `${name}-taken`);
    }
  }
  await (await button(app, 'Get help')).click();
  await app.pause(400);
  await app.saveScreenshot(path.join(SHOTS, 'walk-07-get-help.png'));
} finally {
  await app.deleteSession();
  driver.stop();
  rmSync(dir, { recursive: true, force: true });
}
