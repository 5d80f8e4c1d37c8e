// Reminders in the real app, end to end, with a real notification service
// (dunst on the test's own session bus):
// 1. a reminder due about a minute ahead arrives as a desktop notification
//    while the window is closed into the tray, and `dunstctl history` shows it;
// 2. a reminder that falls due while the app is not running produces one
//    catch-up prompt at the next start, not a notification burst.
// Reminders are set up through the app's own commands (the same IPC the UI
// uses, checked by Rust), so this test does not depend on the Reminders page.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';
import { openApp, skipOnboarding, SHOTS, useRealApp } from './driver.mjs';
import { closeWindow } from './native-dialog.mjs';

const run = promisify(execFile);
const real = useRealApp('reminders');

let dunst;
after(() => dunst?.kill());

/** Starts dunst once; it owns org.freedesktop.Notifications on this bus. */
async function startNotificationService() {
  dunst = spawn('dunst', [], { stdio: 'ignore' });
  for (let i = 0; i < 50; i += 1) {
    try {
      await run('dunstctl', ['is-paused']);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error('dunst did not start');
}

/** The summaries of every notification dunst has shown. History lists only
 * closed ones, so everything on screen is closed first. */
async function shownNotifications() {
  await run('dunstctl', ['close-all']);
  await new Promise((r) => setTimeout(r, 300));
  const { stdout } = await run('dunstctl', ['history']);
  const history = JSON.parse(stdout);
  return (history.data?.[0] ?? []).map((n) => n.summary?.data);
}

/** Calls a command of the real app through the page's IPC, as the UI does. */
async function command(browser, cmd, args = {}) {
  const result = await browser.executeAsync((cmd, args, done) => {
    window.__TAURI_INTERNALS__
      .invoke(cmd, args)
      .then((value) => done({ ok: value }))
      .catch((error) => done({ error }));
  }, cmd, args);
  if (result.error) throw new Error(`${cmd}: ${JSON.stringify(result.error)}`);
  return result.ok;
}

const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** A reminder at the local wall-clock minute of `at`, every day of the week. */
function dailyAt(message, at) {
  return {
    kind: 'routine',
    message,
    enabled: true,
    schedule: { kind: 'weekly', days: DAYS, times: [{ hour: at.getHours(), minute: at.getMinutes() }] },
  };
}

/** The next whole minute at least `seconds` from now. */
function minuteAfter(seconds) {
  const at = new Date(Date.now() + seconds * 1000);
  if (at.getSeconds() !== 0 || at.getMilliseconds() !== 0) {
    at.setSeconds(0, 0);
    at.setMinutes(at.getMinutes() + 1);
  }
  return at;
}

async function until(deadline, what, probe) {
  while (Date.now() < deadline) {
    const value = await probe();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 2000));
  }
  throw new Error(`timed out waiting for ${what}`);
}

test('a due reminder is a desktop notification, and missed ones are one catch-up', { timeout: 480_000 }, async () => {
  await startNotificationService();
  const app = await openApp(real.driver.port, real.dataDir);
  let missedAt;
  try {
    await skipOnboarding(app);
    // The first tick has run (it records when the scheduler last looked).
    const soon = minuteAfter(40);
    await command(app, 'save_reminder', { id: null, draft: dailyAt('Ten minutes of gentle exercise', soon) });
    // Missed later: due after this run ends and more than two minutes (the
    // grace a late tick gets) before the next one starts.
    missedAt = new Date(soon.getTime() + 60_000);
    await command(app, 'save_reminder', { id: null, draft: dailyAt('Note your pain', missedAt) });

    // Close the window: the app keeps running in the tray, and says so once.
    await closeWindow('Relief Window');
    await until(Date.now() + 30_000, 'the tray notice', async () =>
      (await shownNotifications()).includes('Relief Window is still running'),
    );

    // The reminder arrives on screen; a picture of it, then dunst's record.
    await until(soon.getTime() + 75_000, 'a notification on screen', async () => {
      const { stdout } = await run('dunstctl', ['count', 'displayed']);
      return Number(stdout.trim()) > 0;
    });
    await run('import', ['-window', 'root', path.join(SHOTS, 'reminder-notification.png')]).catch(() => {});
    const shown = await shownNotifications();
    assert.ok(shown.includes('Time for your exercises'), `the reminder, by its title: ${shown}`);
    assert.equal(shown.filter((s) => s === 'Relief Window is still running').length, 1, 'the tray notice once');
  } finally {
    // Ends the app before the second reminder is due.
    await app.deleteSession();
  }
  assert.ok(Date.now() < missedAt.getTime(), 'the app stopped before the second reminder fell due');

  // Start again well after it fell due (beyond the two-minute grace).
  await new Promise((r) => setTimeout(r, missedAt.getTime() + 150_000 - Date.now()));
  const before = (await shownNotifications()).length;
  const again = await openApp(real.driver.port, real.dataDir);
  try {
    const pending = await until(Date.now() + 20_000, 'the catch-up', async () => {
      const p = await command(again, 'pending_reminders');
      return p.catchUp.length > 0 ? p : null;
    });
    assert.deepEqual(
      pending.catchUp.map((m) => m.message),
      ['Note your pain'],
      'one entry for the reminder missed while the app was closed',
    );
    assert.deepEqual(pending.due, [], 'nothing rings as if it were on time');
    const shown = await shownNotifications();
    assert.equal(shown.length - before, 1, `one catch-up notification, not a burst: ${shown}`);
    assert.ok(shown.includes('You missed a reminder'), `${shown}`);
    // The window shows it as one prompt; answering it empties the list.
    const prompt = await again.$('//dialog[.//h2[normalize-space()="While Relief Window was closed"]]');
    await prompt.waitForDisplayed({ timeout: 10_000 });
    assert.match(await prompt.getText(), /Note your pain/);
    await again.saveScreenshot(path.join(SHOTS, 'reminder-catch-up.png'));
    await (await prompt.$('.//button[normalize-space()="Do it now"]')).click();
    await again.waitUntil(async () => (await command(again, 'pending_reminders')).catchUp.length === 0, {
      timeout: 10_000,
      timeoutMsg: 'the answer was not recorded',
    });
  } finally {
    await again.deleteSession();
  }
});
