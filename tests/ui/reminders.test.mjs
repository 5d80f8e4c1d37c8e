// The Reminders page (empty, with reminders, with the form open, with an
// error, paused), Settings with the tray and login switches, and the first
// run's offer: axe in every theme, a reminder added by keyboard alone, and
// 200 % text without sideways scrolling.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { expectNoAxeViolations, expectNoSidewaysScroll, focused, goTo, openApp, SCREENSHOTS, startHarness, THEMES } from './harness.mjs';

const EVERY_DAY = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const REMINDERS = [
  { id: 1, kind: 'routine', message: "Time for today's exercises. A little, often, is the aim.", enabled: true, schedule: { kind: 'weekly', days: EVERY_DAY, times: [{ hour: 10, minute: 0 }] } },
  { id: 2, kind: 'diary', message: 'How is your pain today? Take a moment to note it.', enabled: true, schedule: { kind: 'weekly', days: ['mon', 'wed', 'fri'], times: [{ hour: 8, minute: 0 }, { hour: 18, minute: 0 }] } },
  { id: 3, kind: 'followUp', message: 'Clinic at 14:00. Take your questions and your pain diary.', enabled: false, schedule: { kind: 'once', at: `${new Date().getFullYear() + 1}-01-14T09:30:00` } },
];

/** Tomorrow at 08:00 local, as Rust's "until tomorrow" would be. */
function tomorrowMorning() {
  const d = new Date();
  d.setDate(d.getDate() + 1);
  d.setHours(8, 0, 0, 0);
  return d.toISOString();
}

const shot = (name) => new URL(`${name}.png`, SCREENSHOTS).pathname;

/** Presses Tab until `match` is true of what has focus. */
async function tabTo(page, match, what) {
  for (let i = 0; i < 60; i += 1) {
    if (match(await focused(page))) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`Tab never reached ${what}; focus is on ${JSON.stringify(await focused(page))}`);
}

describe('Reminders', () => {
  let harness;
  before(async () => {
    harness = await startHarness();
  });
  after(async () => {
    await harness?.close();
  });

  for (const theme of THEMES) {
    it(`has no axe violations: empty, listed, form, error, paused, Settings (${theme})`, async () => {
      const empty = await openApp(harness, { preferences: { theme } });
      await goTo(empty.page, 'Reminders');
      await empty.page.getByText('You have no reminders yet.').waitFor();
      await expectNoAxeViolations(empty.page, `Reminders empty (${theme})`);
      await empty.page.screenshot({ path: shot(`reminders-empty-${theme}`), fullPage: true });
      await empty.close();

      const app = await openApp(harness, { preferences: { theme }, reminders: REMINDERS });
      const { page } = app;
      await goTo(page, 'Reminders');
      await page.getByRole('list', { name: 'Your reminders' }).waitFor();
      await page.getByText(/^Next reminder:/).waitFor();
      await expectNoAxeViolations(page, `Reminders listed (${theme})`);
      await page.screenshot({ path: shot(`reminders-${theme}`), fullPage: true });

      await page.getByRole('button', { name: 'Add a reminder' }).click();
      const form = page.getByRole('form', { name: 'Add a reminder' });
      await form.waitFor();
      await form.getByRole('button', { name: 'Add another time' }).click();
      await expectNoAxeViolations(page, `Reminders form (${theme})`);
      await form.screenshot({ path: shot(`reminders-form-${theme}`) });

      // An error by its field: no weekday.
      for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']) {
        await form.getByRole('checkbox', { name: day }).uncheck();
      }
      await form.getByRole('button', { name: 'Save reminder' }).click();
      await form.getByRole('group', { name: 'On which days?' }).getByRole('alert').waitFor();
      await expectNoAxeViolations(page, `Reminders form with an error (${theme})`);
      await form.screenshot({ path: shot(`reminders-form-error-${theme}`) });
      await form.getByRole('radio', { name: 'Once, on one date' }).click();
      await form.getByRole('group', { name: 'Date' }).waitFor();
      await expectNoAxeViolations(page, `Reminders one-off form (${theme})`);
      await form.getByRole('button', { name: 'Cancel' }).click();

      const quiet = page.getByRole('region', { name: 'Quiet hours' });
      await quiet.getByRole('radio', { name: 'On' }).check();
      await quiet.getByRole('group', { name: 'Until' }).waitFor();
      await expectNoAxeViolations(page, `Reminders quiet hours on (${theme})`);
      await quiet.screenshot({ path: shot(`reminders-quiet-${theme}`) });

      await page.getByRole('button', { name: 'Pause until tomorrow' }).click();
      await page.getByRole('button', { name: 'Resume reminders' }).waitFor();
      await expectNoAxeViolations(page, `Reminders paused (${theme})`);

      await page.getByRole('button', { name: 'Save to a calendar file (.ics)' }).click();
      await page.getByText('Your calendar file is saved: /home/pat/relief-window-reminders.ics').waitFor();
      await page.screenshot({ path: shot(`reminders-paused-${theme}`), fullPage: true });

      await goTo(page, 'Settings');
      await page.getByRole('switch', { name: 'Start Relief Window when I log in' }).waitFor();
      await expectNoAxeViolations(page, `Settings with the reminder switches (${theme})`);
      await page.screenshot({ path: shot(`settings-reminders-${theme}`), fullPage: true });
      await app.close();
    });
  }

  it('shows a pause begun from the tray, without violations', async () => {
    const app = await openApp(harness, { reminders: REMINDERS, paused: { from: new Date().toISOString(), until: tomorrowMorning() } });
    await goTo(app.page, 'Reminders');
    await app.page.getByText(/^Reminders are paused until tomorrow at 08:00\.$/).waitFor();
    await expectNoAxeViolations(app.page, 'Reminders paused from the tray');
    await app.close();
  });

  it('shows starting at login disabled, with the reason, where it is unavailable', async () => {
    const app = await openApp(harness, {
      failNext: { launch_at_login: { code: 'autostart_unavailable', message: 'Starting with your computer is not available here.' } },
    });
    await goTo(app.page, 'Settings');
    const login = app.page.getByRole('switch', { name: 'Start Relief Window when I log in' });
    await app.page.getByText('Starting with your computer is not available here.').waitFor();
    assert.equal(await login.isDisabled(), true);
    await expectNoAxeViolations(app.page, 'Settings with login unavailable');
    await app.close();
  });

  it('the first run offers the reminders, opt-in, without violations', async () => {
    for (const theme of THEMES) {
      const app = await openApp(harness, { preferences: { theme, onboardingDone: false } });
      const { page } = app;
      await page.getByRole('button', { name: 'I understand, skip the rest' }).waitFor();
      await page.getByRole('button', { name: 'I understand, continue' }).click();
      await page.getByRole('button', { name: "I'll do this later" }).click();
      await page.getByRole('heading', { level: 1, name: 'You are all set' }).waitFor();
      await page.getByRole('checkbox', { name: 'Start Relief Window when I log in' }).waitFor();
      await expectNoAxeViolations(page, `first run offer (${theme})`);
      await page.screenshot({ path: shot(`onboarding-reminders-${theme}`), fullPage: true });
      await page.getByRole('checkbox', { name: /^Turn on gentle reminders/ }).check();
      await page.getByRole('button', { name: 'Go to Today' }).click();
      await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
      assert.equal((await app.calls('add_default_reminders')).length, 1);
      assert.equal((await app.calls('set_launch_at_login')).length, 0, 'only what was ticked');
      await app.close();
    }
  });

  it('adds a reminder, then switches it off, by keyboard alone', async () => {
    const app = await openApp(harness, {});
    const { page } = app;
    const kb = page.keyboard;
    await tabTo(page, (f) => f.text === 'Reminders', 'the Reminders section');
    await kb.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Reminders' }).waitFor();
    await page.getByText('You have no reminders yet.').waitFor();

    await tabTo(page, (f) => f.text === 'Add a reminder', 'Add a reminder');
    await kb.press('Enter');
    await page.getByRole('form', { name: 'Add a reminder' }).waitFor();
    assert.equal((await focused(page)).text, 'Add a reminder', 'focus moves to the form heading');

    await kb.press('Tab');
    let now = await focused(page);
    assert.deepEqual([now.type, now.label], ['radio', 'Exercises']);
    await kb.press('ArrowDown');
    assert.equal((await focused(page)).label, 'Pain diary');

    await tabTo(page, (f) => f.tag === 'textarea', 'the message');
    assert.equal((await focused(page)).value, 'How is your pain today? Take a moment to note it.');
    await kb.press('Control+A');
    await kb.type('Note your pain before bed');

    await tabTo(page, (f) => f.text?.startsWith('Weekdays'), 'the Weekdays shortcut');
    await kb.press('Enter');
    await tabTo(page, (f) => f.label === 'Hour', 'the hour');
    await kb.type('21');
    await kb.press('Tab');
    assert.equal((await focused(page)).label, 'Minute');
    await kb.type('15');
    await page.screenshot({ path: shot('reminders-keyboard-form'), fullPage: true });

    await tabTo(page, (f) => f.text === 'Save reminder', 'Save reminder');
    await kb.press('Enter');
    await page.getByText(/^Reminder added: Pain diary, Monday to Friday at 21:15\.$/).waitFor();
    assert.deepEqual((await app.calls('save_reminder')).map((c) => c.args), [
      {
        id: null,
        draft: {
          kind: 'diary',
          message: 'Note your pain before bed',
          enabled: true,
          schedule: { kind: 'weekly', days: ['mon', 'tue', 'wed', 'thu', 'fri'], times: [{ hour: 21, minute: 15 }] },
        },
      },
    ]);
    now = await focused(page);
    assert.match(now.text, /^Edit, Pain diary, Monday to Friday at 21:15/);

    // The switch is just before Edit: Shift+Tab, then Space.
    await kb.press('Shift+Tab');
    assert.equal((await focused(page)).type, 'checkbox');
    await kb.press('Space');
    await page.getByText(/^Turned off: Pain diary/).waitFor();
    const saves = await app.calls('save_reminder');
    assert.equal(saves.at(-1).args.draft.enabled, false);
    await app.close();
  });

  it('works at 200 % text without sideways scrolling', async () => {
    const app = await openApp(harness, { preferences: { textSize: 200 }, reminders: REMINDERS });
    const { page } = app;
    await goTo(page, 'Reminders');
    await page.getByRole('list', { name: 'Your reminders' }).waitFor();
    await expectNoSidewaysScroll(page, 'Reminders');
    await page.getByRole('button', { name: 'Add a reminder' }).click();
    const form = page.getByRole('form', { name: 'Add a reminder' });
    await form.getByRole('button', { name: 'Add another time' }).click();
    await expectNoSidewaysScroll(page, 'the reminder form');
    await page.screenshot({ path: shot('reminders-form-200'), fullPage: true });
    await form.getByRole('radio', { name: 'Once, on one date' }).click();
    await expectNoSidewaysScroll(page, 'the one-off form');
    await form.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('region', { name: 'Quiet hours' }).getByRole('radio', { name: 'On' }).check();
    await page.getByRole('button', { name: 'Save to a calendar file (.ics)' }).click();
    await page.getByText(/Your calendar file is saved/).waitFor();
    await expectNoSidewaysScroll(page, 'quiet hours and the calendar path');
    await expectNoAxeViolations(page, 'Reminders at 200 %');
    await page.screenshot({ path: shot('reminders-200'), fullPage: true });
    await goTo(page, 'Settings');
    await expectNoSidewaysScroll(page, 'Settings');
    await page.screenshot({ path: shot('settings-200'), fullPage: true });
    await app.close();
  });
});
