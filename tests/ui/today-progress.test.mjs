// Today's progress parts in a real browser: the relief-window monitor's
// notice (axe in every theme, dismissed by keyboard and kept dismissed), the
// week's active days, and a pain entry with the diary's details by keyboard.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { expectNoAxeViolations, focused, openApp, sampleEntries, SCREENSHOTS, startHarness, THEMES } from './harness.mjs';

const SINCE = (() => {
  const d = new Date();
  d.setDate(d.getDate() - 9);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
})();

const speaking = {
  activeDaysThisWeek: 3,
  monitor: { state: 'considerTalkingToClinician', recent: 5.571428, best: 2.142857, baseline: 7, since: SINCE },
};

const shot = (name) => ({ path: new URL(name, SCREENSHOTS).pathname, fullPage: true });

describe('Today: progress', () => {
  let harness;
  before(async () => {
    harness = await startHarness();
  });
  after(async () => {
    await harness?.close();
  });

  for (const theme of THEMES) {
    it(`shows the monitor notice and the week with no axe violations (${theme})`, async () => {
      const app = await openApp(harness, { entries: sampleEntries(), preferences: { theme }, todaySummary: speaking });
      const { page } = app;
      const notice = page.getByRole('region', { name: 'About your recent pain' });
      await notice.waitFor();
      await page.getByText('You have been active on 3 days this week.').waitFor();
      assert.match(await notice.innerText(), /Average of the last 2 weeks: 5\.6/);
      await expectNoAxeViolations(page, `Today with the monitor notice (${theme})`);
      await page.screenshot(shot(`today-monitor-${theme}.png`));
      await app.close();
    });
  }

  it('dismisses the notice by keyboard, saves it in preferences, and keeps it away after a reload', async () => {
    const app = await openApp(harness, { preferences: { theme: 'light' }, todaySummary: speaking });
    const { page } = app;
    const kb = page.keyboard;
    await kb.press('Tab');
    await kb.press('Enter'); // skip link: into main
    await kb.press('Tab');
    assert.equal((await focused(page)).text, 'Record your procedure', 'the timeline strip comes first');
    await kb.press('Tab');
    assert.equal((await focused(page)).text, 'Dismiss: the note about your recent pain', 'then the notice area');
    await kb.press('Enter');
    await page.getByRole('region', { name: 'About your recent pain' }).waitFor({ state: 'detached' });
    assert.equal((await focused(page)).text, 'Today', 'focus goes back to the heading');
    const [call] = await app.calls('set_preferences');
    assert.equal(call.args.preferences.monitorDismissedSince, SINCE);
    assert.equal(call.args.preferences.onboardingDone, true, 'the rest of the preferences are kept');
    await app.close();

    // "A restart": the same preferences, the same run of the monitor.
    const again = await openApp(harness, { preferences: { theme: 'light', monitorDismissedSince: SINCE }, todaySummary: speaking });
    await again.page.getByText('You have been active on 3 days this week.').waitFor();
    assert.equal(await again.page.getByRole('region', { name: 'About your recent pain' }).count(), 0);
    await again.close();
  });

  it('says a new week kindly at 200 % text', async () => {
    const app = await openApp(harness, {
      preferences: { theme: 'light', textSize: 200 },
      todaySummary: { activeDaysThisWeek: 0, monitor: { state: 'quiet', reason: 'steady' } },
    });
    const { page } = app;
    const week = page.getByText('A new week — any movement counts.');
    await week.waitFor();
    await week.scrollIntoViewIfNeeded();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
    assert.equal(overflow, false, 'no sideways scrolling at 200 %');
    await page.screenshot({ path: new URL('today-week-200.png', SCREENSHOTS).pathname });
    await app.close();
  });

  it('logs pain with the diary details by keyboard alone', async () => {
    const app = await openApp(harness, { preferences: { theme: 'light' } });
    const { page } = app;
    const kb = page.keyboard;
    await kb.press('Tab');
    await kb.press('Enter');
    await kb.press('Tab'); // timeline strip
    await kb.press('Tab'); // next reminder
    await kb.press('Tab'); // start today's routine
    await kb.press('Tab'); // log a session done without the app
    await kb.press('Tab');
    assert.equal((await focused(page)).type, 'radio');
    await kb.press('6');
    await kb.press('Tab');
    assert.equal((await focused(page)).tag, 'textarea');
    await kb.type('After the long drive');
    await kb.press('Tab');
    assert.match((await focused(page)).text, /More details/);
    await kb.press('Enter');
    await kb.press('Tab');
    let now = await focused(page);
    assert.equal(now.label, 'Worst pain in the last 24 hours');
    for (let i = 0; i < 9; i += 1) await kb.press('ArrowDown'); // Not answered → 0 … 8
    assert.equal((await focused(page)).value, '8');
    await kb.press('Tab');
    assert.equal((await focused(page)).label, 'Average pain in the last 24 hours');
    await kb.press('Tab');
    now = await focused(page);
    assert.equal(now.label, 'How much did pain get in the way of what you wanted to do?');
    for (let i = 0; i < 5; i += 1) await kb.press('ArrowDown');
    await kb.press('Tab');
    assert.equal((await focused(page)).label, 'Morning');
    await kb.press('Tab');
    assert.equal((await focused(page)).label, 'After exercise');
    await kb.press('Tab');
    assert.equal((await focused(page)).label, 'Work');
    await kb.press('Space');
    await kb.press('Tab');
    await kb.press('Tab');
    assert.equal((await focused(page)).text, 'Save');
    await page.screenshot(shot('today-diary-details.png'));
    await kb.press('Enter');

    const list = page.getByRole('list', { name: 'Recent entries' });
    await list.getByText('Worst in 24 hours: 8').waitFor();
    await list.getByText('Marked: Work').waitFor();
    await list.getByText('Got in the way: 4 of 10').waitFor();
    assert.deepEqual((await app.calls('log_pain')).map((c) => c.args.draft), [
      { score: 6, note: 'After the long drive', worst24h: 8, interference: 4, tags: ['work'] },
    ]);
    await expectNoAxeViolations(page, 'Today with an entry with details');
    await page.screenshot(shot('today-diary-entry.png'));
    await app.close();
  });
});
