// A whole guided session in the real app, by keyboard alone, checked against the
// real Rust validation: saved, listed in the recent sessions, and still there
// after a restart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { openApp, SHOTS, useRealApp } from './driver.mjs';

const real = useRealApp('guided-session');

const button = (browser, name) => browser.$(`//button[normalize-space()="${name}"]`);
const heading = (browser, text) => browser.$(`//h1[normalize-space()="${text}"]`);

function localDate(days) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Presses Tab until the focused element's text or label is `name`. */
async function tabTo(browser, name) {
  for (let i = 0; i < 60; i += 1) {
    const here = await browser.execute(() => {
      const el = document.activeElement;
      return (el?.labels?.[0]?.textContent ?? el?.textContent ?? '').trim().replace(/\s+/g, ' ');
    });
    if (here === name) return;
    await browser.keys(['Tab']);
  }
  throw new Error(`Tab never reached ${name}`);
}

async function space(browser, times) {
  for (let i = 0; i < times; i += 1) {
    await browser.keys([' ']);
    await browser.pause(60);
  }
}

test('a guided session done by keyboard is saved and kept', async () => {
  const app = await openApp(real.driver.port, real.dataDir);
  try {
    // First run: a procedure five days ago puts the person in Recovery.
    await (await button(app, 'I understand, continue')).click();
    const [year, month, day] = localDate(-5).split('-');
    for (const [label, value] of [['Day', String(Number(day))], ['Month', String(Number(month))], ['Year', year]]) {
      await (await app.$(`//label[normalize-space()="${label}"]/following-sibling::input`)).setValue(value);
    }
    await (await button(app, 'Save procedure')).click();
    await (await button(app, 'Go to Today')).click();
    await (await heading(app, 'Today')).waitForDisplayed({ timeout: 10_000 });

    // From here on, the keyboard only.
    await (await app.$('//nav//button[normalize-space()="Routine"]')).click();
    await (await heading(app, 'Routine')).waitForDisplayed({ timeout: 10_000 });
    await tabTo(app, 'Use this plan');
    await app.keys(['Enter']);
    await tabTo(app, "Start today's routine");
    await app.keys(['Enter']);

    await (await heading(app, 'Walking')).waitForDisplayed({ timeout: 10_000 });
    await tabTo(app, 'Mark as done');
    await app.keys(['Enter']);
    await app.keys(['ArrowRight']);

    for (const [name, holds] of [['Pelvic tilt', 5], ['Knee rolls', 3], ['Knee to chest', 3]]) {
      await (await heading(app, name)).waitForDisplayed({ timeout: 5_000 });
      // Space starts a hold; after a second, Space ends it early.
      for (let i = 0; i < holds; i += 1) {
        await space(app, 1);
        await app.pause(1100);
        await space(app, 1);
      }
      await app.keys(['ArrowRight']);
    }
    for (const [name, reps] of [['Cat–camel', 6], ['Bottom to heels', 8]]) {
      await (await heading(app, name)).waitForDisplayed({ timeout: 5_000 });
      await space(app, reps);
      await app.keys(['ArrowRight']);
    }

    await (await heading(app, 'How did it go?')).waitForDisplayed({ timeout: 5_000 });
    await tabTo(app, 'How hard did it feel?');
    await app.keys(['ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown']);
    await tabTo(app, 'Save session');
    await app.saveScreenshot(path.join(SHOTS, 'guided-session-end.png'));
    await app.keys(['Enter']);

    // Saved: the diary is offered; "Done" moves on without adding to it.
    await (await heading(app, 'Your session is saved.')).waitForDisplayed({ timeout: 10_000 });
    await tabTo(app, 'Done');
    await app.keys(['Enter']);

    await (await heading(app, 'Routine')).waitForDisplayed({ timeout: 10_000 });
    const sessions = await app.$('//h2[normalize-space()="Your recent sessions"]/..');
    await app.waitUntil(async () => /6 exercises done/.test(await sessions.getText()), {
      timeout: 10_000,
      timeoutMsg: 'the saved session is not in the recent sessions',
    });
    await app.saveScreenshot(path.join(SHOTS, 'guided-session-saved.png'));
  } finally {
    await app.deleteSession();
  }

  const again = await openApp(real.driver.port, real.dataDir);
  try {
    await (await again.$('//nav//button[normalize-space()="Routine"]')).click();
    const sessions = await again.$('//h2[normalize-space()="Your recent sessions"]/..');
    await sessions.waitForDisplayed({ timeout: 10_000 });
    await again.waitUntil(async () => /6 exercises done/.test(await sessions.getText()), {
      timeout: 10_000,
      timeoutMsg: 'the session was not kept across a restart',
    });
    assert.match(await sessions.getText(), /Effort \d out of 10/);
  } finally {
    await again.deleteSession();
  }
});
