// Reminders that rang, in the window: banners on Today and on another
// section, the catch-up prompt, and Today's next-reminder line. axe in every
// theme; the catch-up answered by keyboard alone; 200 % text without
// sideways scrolling; 'navigate' from the tray.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { expectNoAxeViolations, focused, goTo, openApp, SCREENSHOTS, startHarness, THEMES } from './harness.mjs';

const pad = (n) => String(n).padStart(2, '0');

/** A wall-clock time `days` from today, as Rust sends it. */
function localAt(days, hour, minute = 0) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(hour)}:${pad(minute)}:00`;
}

function reminder(id, kind, message, local) {
  return { occurrence: { reminderId: id, local, due: new Date(local).toISOString() }, kind, message };
}

const EXERCISES = reminder(1, 'routine', "Time for today's exercises. A little, often, is the aim.", localAt(0, 10));
const DIARY = reminder(2, 'diary', 'How is your pain today? Take a moment to note it.', localAt(0, 19));
const MISSED = [
  reminder(1, 'routine', "Time for today's exercises. A little, often, is the aim.", localAt(0, 10)),
  reminder(2, 'diary', 'How is your pain today? Take a moment to note it.', localAt(-1, 19)),
  reminder(3, 'custom', 'Water the tomatoes <img src=x onerror=alert(1)>', localAt(0, 7, 30)),
];
const DAILY = [
  { id: 1, kind: 'routine', message: "Time for today's exercises. A little, often, is the aim.", enabled: true, schedule: { kind: 'weekly', days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], times: [{ hour: 10, minute: 0 }] } },
];
const NEXT = reminder(1, 'routine', "Time for today's exercises. A little, often, is the aim.", localAt(2, 10));

/** YYYY-MM-DD `days` from today. */
const localDate = (days) => localAt(days, 0).slice(0, 10);
const REVIEW = {
  procedureId: 1,
  procedureDate: localDate(-300),
  position: { phase: 'review', here: { unit: 'month', count: 10 }, daysSince: 300 },
  phases: [
    { phase: 'recovery', starts: localDate(-300), ends: localDate(-286) },
    { phase: 'relief-builds', starts: localDate(-286), ends: localDate(-258) },
    { phase: 'strengthen', starts: localDate(-258), ends: localDate(-10) },
    { phase: 'review', starts: localDate(-10), ends: localDate(140) },
    { phase: 'beyond', starts: localDate(140), ends: null },
  ],
};
const PROCEDURES = [
  { id: 1, date: localDate(-300), region: 'lumbar', levels: ['L4-L5'], side: 'both', clinic: null, clinician: null, baselinePain: 7, notes: null },
];

const shot = (page, name, fullPage = true) => page.screenshot({ path: new URL(name, SCREENSHOTS).pathname, fullPage });
const answers = (page) => page.evaluate(() => window.__FAKE_TAURI__.answers);
const itemsLeft = (page, count) =>
  page.waitForFunction((n) => document.querySelectorAll('dialog [data-catch-up-item]').length === n, count);
const sideways = (page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('reminders in the window', () => {
  let harness;
  before(async () => {
    harness = await startHarness();
  });
  after(async () => {
    await harness?.close();
  });

  for (const theme of THEMES) {
    it(`banners on Today and on Routine have no axe violations (${theme})`, async () => {
      const app = await openApp(harness, { preferences: { theme }, pending: { due: [EXERCISES, DIARY] } });
      const { page } = app;
      const exercises = page.getByRole('region', { name: 'Time for your exercises' });
      await exercises.waitFor();
      await expectNoAxeViolations(page, `Today with banners (${theme})`);
      await shot(page, `banner-today-${theme}.png`);

      await exercises.getByRole('button', { name: 'Snooze' }).click();
      await exercises.getByRole('group', { name: 'Remind me again in' }).waitFor();
      await expectNoAxeViolations(page, `banner snooze choices (${theme})`);
      await exercises.getByRole('button', { name: 'Skip' }).click();
      await exercises.getByRole('group', { name: 'Why are you skipping it?' }).waitFor();
      await expectNoAxeViolations(page, `banner skip reasons (${theme})`);
      await shot(page, `banner-skip-${theme}.png`, false);

      await goTo(page, 'Routine');
      await page.getByRole('button', { name: 'Use this plan' }).waitFor();
      await page.getByRole('region', { name: 'Time for your pain diary' }).waitFor();
      await expectNoAxeViolations(page, `Routine with banners (${theme})`);
      await app.close();
    });

    it(`the catch-up prompt has no axe violations (${theme})`, async () => {
      const app = await openApp(harness, { preferences: { theme }, pending: { catchUp: MISSED } });
      const { page } = app;
      const dialog = page.getByRole('dialog', { name: 'While Relief Window was closed' });
      await dialog.waitFor();
      await expectNoAxeViolations(page, `catch-up (${theme})`);
      await shot(page, `catch-up-${theme}.png`, false);
      const first = dialog.getByRole('listitem').first();
      await first.getByRole('button', { name: 'Later today' }).click();
      await first.getByRole('textbox', { name: 'Hour' }).waitFor();
      await expectNoAxeViolations(page, `catch-up, later today (${theme})`);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      await page.getByRole('button', { name: 'Look at them' }).waitFor();
      await expectNoAxeViolations(page, `catch-up put off (${theme})`);
      await app.close();
    });

    it(`the follow-up reminder offer has no axe violations (${theme})`, async () => {
      const app = await openApp(harness, { preferences: { theme }, timeline: REVIEW, procedures: PROCEDURES });
      const { page } = app;
      await page.getByRole('button', { name: 'Set a follow-up reminder' }).click();
      const offer = page.getByRole('region', { name: 'A follow-up with your clinic' });
      await offer.getByRole('textbox', { name: 'Day' }).waitFor();
      await page.waitForFunction(() => document.activeElement?.labels?.[0]?.textContent === 'Day');
      await expectNoAxeViolations(page, `follow-up offer (${theme})`);
      await offer.screenshot({ path: new URL(`follow-up-${theme}.png`, SCREENSHOTS).pathname });
      await offer.getByRole('button', { name: 'Set the reminder' }).click();
      await offer.getByText(/^Your reminder to book a follow-up is set for /).waitFor();
      const saved = await app.calls('save_reminder');
      assert.equal(saved.length, 1);
      assert.deepEqual(saved[0].args.draft.schedule, { kind: 'once', at: `${localDate(14)}T10:00:00` });
      await expectNoAxeViolations(page, `follow-up set (${theme})`);
      await app.close();
    });

    it(`Today's next-reminder line has no axe violations (${theme})`, async () => {
      const app = await openApp(harness, { preferences: { theme }, reminders: DAILY, nextReminder: NEXT });
      const { page } = app;
      await page.getByText(/^Next reminder: /).waitFor();
      await expectNoAxeViolations(page, `Today with the next reminder (${theme})`);
      await shot(page, `next-reminder-${theme}.png`);
      await app.close();
    });
  }

  it('answers every missed reminder differently by keyboard alone', async () => {
    const app = await openApp(harness, { pending: { catchUp: MISSED } });
    const { page } = app;
    const kb = page.keyboard;
    const dialog = page.getByRole('dialog', { name: 'While Relief Window was closed' });
    await dialog.waitFor();
    assert.deepEqual(await focused(page).then((f) => [f.tag, f.text]), ['h2', 'While Relief Window was closed']);

    // "Decide later" comes first, in sight above the list, then Get help:
    // the header's button is out of reach behind a modal dialog.
    await kb.press('Tab');
    assert.equal((await focused(page)).text, 'Decide later');
    await kb.press('Tab');
    assert.equal((await focused(page)).text, 'Get help');

    // 1: Do it now.
    await kb.press('Tab');
    assert.equal((await focused(page)).text, 'Do it now');
    await kb.press('Enter');
    await page.waitForFunction(() => window.__FAKE_TAURI__.answers.length === 1);
    await itemsLeft(page, 2);
    let now = await focused(page);
    assert.equal(now.tag, 'h3', 'focus moves to the next missed reminder');
    assert.match(now.text, /Time for your pain diary/);

    // 2: Later today, at a time typed in.
    await kb.press('Tab'); // Do it now
    await kb.press('Tab'); // Later today
    assert.equal((await focused(page)).text, 'Later today');
    await kb.press('Space');
    assert.equal((await focused(page)).label, 'Hour');
    await kb.press('Control+A');
    await kb.type('23');
    await kb.press('Tab');
    assert.equal((await focused(page)).label, 'Minute');
    await kb.press('Control+A');
    await kb.type('45');
    await shot(page, 'catch-up-keyboard-later.png', false);
    await kb.press('Tab');
    assert.equal((await focused(page)).text, 'Remind me then');
    await kb.press('Enter');
    await page.waitForFunction(() => window.__FAKE_TAURI__.answers.length === 2);
    await itemsLeft(page, 1);
    now = await focused(page);
    assert.equal(now.tag, 'h3');
    assert.match(now.text, /A reminder from Relief Window/);

    // 3: Skip, because there is no time today.
    await kb.press('Tab');
    await kb.press('Tab');
    await kb.press('Tab');
    assert.equal((await focused(page)).text, 'Skip');
    await kb.press('Enter');
    now = await focused(page);
    assert.equal(now.type, 'radio');
    assert.equal(now.label, 'It is too painful today');
    await kb.press('ArrowDown');
    assert.equal((await focused(page)).label, 'No time today');
    await kb.press('Tab');
    assert.equal((await focused(page)).text, 'Skip it');
    await kb.press('Enter');

    await dialog.waitFor({ state: 'hidden' });
    assert.deepEqual(await answers(page), [
      { occurrence: MISSED[0].occurrence, answer: { answer: 'done' } },
      { occurrence: MISSED[1].occurrence, answer: { answer: 'later', at: { hour: 23, minute: 45 } } },
      { occurrence: MISSED[2].occurrence, answer: { answer: 'skip', reason: { reason: 'noTime' } } },
    ]);
    now = await focused(page);
    assert.deepEqual([now.tag, now.text], ['h1', 'Today'], 'focus returns to the page, never to nothing');
    await app.close();
  });

  it('Escape closes a panel first, then puts the prompt off; the message shows as text', async () => {
    const app = await openApp(harness, { pending: { catchUp: MISSED } });
    const { page } = app;
    const dialog = page.getByRole('dialog', { name: 'While Relief Window was closed' });
    await dialog.waitFor();
    await dialog.getByText('Water the tomatoes <img src=x onerror=alert(1)>').waitFor();
    assert.equal(await page.locator('img').count(), 0);
    const skip = dialog.getByRole('listitem').nth(2).getByRole('button', { name: 'Skip' });
    await skip.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    assert.equal((await focused(page)).text, 'Skip', 'Escape closed the panel and went back to its button');
    assert.ok(await dialog.isVisible());
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    assert.deepEqual(await answers(page), []);
    const again = page.getByRole('button', { name: 'Look at them' });
    await again.click();
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    assert.equal((await focused(page)).text, 'Look at them');
    await app.close();
  });

  it('a banner by keyboard: snooze from Learn, then Do it now on the diary lands on the pain score', async () => {
    const app = await openApp(harness, {});
    const { page } = app;
    await goTo(page, 'Learn');
    await page.evaluate((due) => window.__FAKE_TAURI__.setPending({ due }), [EXERCISES, DIARY]);
    const exercises = page.getByRole('region', { name: 'Time for your exercises' });
    await exercises.waitFor();
    assert.equal((await focused(page)).text, 'Learn', 'a new banner does not take focus');

    await exercises.getByRole('button', { name: 'Snooze' }).focus();
    await page.keyboard.press('Enter');
    assert.equal((await focused(page)).text, '10 minutes');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // 30 minutes
    await exercises.waitFor({ state: 'detached' });
    let now = await focused(page);
    assert.deepEqual([now.tag, now.text], ['h2', 'Time for your pain diary']);

    await page.keyboard.press('Tab');
    assert.equal((await focused(page)).text, 'Do it now');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute('type') === 'radio');
    assert.deepEqual(await answers(page), [
      { occurrence: EXERCISES.occurrence, answer: { answer: 'snooze', choice: 'thirtyMinutes' } },
      { occurrence: DIARY.occurrence, answer: { answer: 'done' } },
    ]);
    await app.close();
  });

  it("goes where the tray asks: 'log-pain', 'start-routine', 'reminders', 'today'", async () => {
    const app = await openApp(harness, {});
    const { page } = app;
    await goTo(page, 'Learn');
    await page.evaluate(() => window.__FAKE_TAURI__.emit('navigate', 'log-pain'));
    await page.waitForFunction(() => document.activeElement?.getAttribute('type') === 'radio');

    await page.evaluate(() => window.__FAKE_TAURI__.emit('navigate', 'start-routine'));
    await page.getByRole('button', { name: 'Use this plan' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.textContent === 'Routine');

    await page.evaluate(() => window.__FAKE_TAURI__.emit('navigate', 'reminders'));
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1' && document.activeElement.textContent === 'Reminders');

    await page.evaluate(() => window.__FAKE_TAURI__.emit('navigate', 'today'));
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1' && document.activeElement.textContent === 'Today');
    await app.close();
  });

  for (const [label, scenario] of [
    ['banners', { pending: { due: [EXERCISES, DIARY] }, reminders: DAILY, nextReminder: NEXT }],
    ['catch-up', { pending: { catchUp: MISSED } }],
  ]) {
    it(`${label} at 200 % text need no sideways scrolling`, async () => {
      const app = await openApp(harness, { preferences: { textSize: 200 }, ...scenario }, { width: 800, height: 700 });
      const { page } = app;
      if (label === 'banners') {
        const exercises = page.getByRole('region', { name: 'Time for your exercises' });
        await exercises.waitFor();
        await exercises.getByRole('button', { name: 'Snooze' }).click();
        await page.getByText(/^Next reminder: /).waitFor();
      } else {
        const dialog = page.getByRole('dialog', { name: 'While Relief Window was closed' });
        await dialog.waitFor();
        await dialog.getByRole('listitem').first().getByRole('button', { name: 'Later today' }).click();
        const box = await dialog.boundingBox();
        assert.ok(box && box.x >= 0 && box.x + box.width <= 800, `the prompt fits the window: ${JSON.stringify(box)}`);
        const inner = await dialog.evaluate((d) => d.scrollWidth - d.clientWidth);
        assert.ok(inner <= 0, `the prompt scrolls sideways by ${inner} px`);
      }
      const overflow = await sideways(page);
      assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow} px`);
      await shot(page, `reminders-window-200-${label}.png`, label === 'banners');
      await app.close();
    });
  }
});
