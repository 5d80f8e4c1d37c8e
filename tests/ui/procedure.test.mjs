// First run and the procedure pages: axe in every theme, keyboard alone, and
// 200 % text without sideways scrolling.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { expectNoAxeViolations, focused, openApp, SCREENSHOTS, startHarness, THEMES } from './harness.mjs';

/** YYYY-MM-DD `days` from today, local time. */
function localDate(days) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const TIMELINE = {
  procedureId: 1,
  procedureDate: localDate(-20),
  position: { phase: 'relief-builds', here: { unit: 'week', count: 3 }, daysSince: 20 },
  phases: [
    { phase: 'recovery', starts: localDate(-20), ends: localDate(-6) },
    { phase: 'relief-builds', starts: localDate(-6), ends: localDate(22) },
    { phase: 'strengthen', starts: localDate(22), ends: localDate(290) },
    { phase: 'review', starts: localDate(290), ends: localDate(440) },
    { phase: 'beyond', starts: localDate(440), ends: null },
  ],
};

const PROCEDURES = [
  { id: 1, date: localDate(-20), region: 'lumbar', levels: ['L4-L5', 'L5-S1'], side: 'both', clinic: 'Kent Centre', clinician: null, baselinePain: 7, notes: 'Went well.' },
  { id: 2, date: localDate(40), region: 'lumbar', levels: [], side: null, clinic: null, clinician: null, baselinePain: null, notes: null },
];

describe('first run and your procedure', () => {
  let harness;
  before(async () => {
    harness = await startHarness();
  });
  after(async () => {
    await harness?.close();
  });

  for (const theme of THEMES) {
    it(`onboarding has no axe violations (${theme})`, async () => {
      const app = await openApp(harness, { preferences: { theme, onboardingDone: false } });
      const { page } = app;
      await page.getByRole('heading', { level: 1, name: 'Welcome to Relief Window' }).waitFor();
      await expectNoAxeViolations(page, `welcome (${theme})`);
      await page.getByRole('button', { name: 'I understand, continue' }).click();
      await page.getByRole('heading', { level: 1, name: 'Your procedure' }).waitFor();
      await expectNoAxeViolations(page, `onboarding procedure form (${theme})`);
      await page.screenshot({ path: new URL(`onboarding-procedure-${theme}.png`, SCREENSHOTS).pathname, fullPage: true });
      await page.getByRole('button', { name: "I'll do this later" }).click();
      await page.getByRole('heading', { level: 1, name: 'You are all set' }).waitFor();
      await expectNoAxeViolations(page, `onboarding done (${theme})`);
      await app.close();
    });

    it(`Today's strip and your procedure have no axe violations (${theme})`, async () => {
      const app = await openApp(harness, { preferences: { theme }, timeline: TIMELINE, procedures: PROCEDURES });
      const { page } = app;
      await page.getByText('Week 3 after your procedure').waitFor();
      await expectNoAxeViolations(page, `Today with timeline (${theme})`);
      await page.getByRole('button', { name: 'See your timeline' }).click();
      await page.getByRole('heading', { level: 1, name: 'Your procedure' }).waitFor();
      await page.getByRole('heading', { name: 'Before the day' }).waitFor();
      await expectNoAxeViolations(page, `your procedure (${theme})`);
      await page.screenshot({ path: new URL(`your-procedure-${theme}.png`, SCREENSHOTS).pathname, fullPage: true });
      await page.getByRole('button', { name: 'Add a procedure' }).click();
      await page.getByRole('button', { name: 'Save procedure' }).waitFor();
      await expectNoAxeViolations(page, `add a procedure (${theme})`);
      await app.close();
    });
  }

  it('first run and a procedure, by keyboard alone', async () => {
    const app = await openApp(harness, { preferences: { onboardingDone: false } });
    const { page } = app;
    const kb = page.keyboard;
    await page.getByRole('heading', { level: 1, name: 'Welcome to Relief Window' }).waitFor();
    assert.equal((await focused(page)).tag, 'h1', 'focus starts on the welcome heading');
    // Tab forward to "I understand, continue".
    for (let i = 0; i < 20 && (await focused(page)).text !== 'I understand, continue'; i += 1) await kb.press('Tab');
    assert.equal((await focused(page)).text, 'I understand, continue');
    await kb.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Your procedure' }).waitFor();

    const [year, month, day] = localDate(-20).split('-');
    for (let i = 0; i < 20 && (await focused(page)).label !== 'Day'; i += 1) await kb.press('Tab');
    await kb.type(String(Number(day)));
    await kb.press('Tab');
    await kb.type(String(Number(month)));
    await kb.press('Tab');
    await kb.type(year);
    await kb.press('Tab'); // the region radio group: lumbar is chosen
    await kb.press('Tab'); // the first level checkbox (L1–L2)
    for (let i = 0; i < 3; i += 1) await kb.press('Tab');
    assert.equal((await focused(page)).label, 'L4–L5');
    await kb.press('Space');
    await kb.press('Tab');
    await kb.press('Space');
    for (let i = 0; i < 40 && (await focused(page)).text !== 'Save procedure'; i += 1) await kb.press('Tab');
    await kb.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'You are all set' }).waitFor();
    const [added] = await app.calls('add_procedure');
    assert.deepEqual(
      { date: added.args.draft.date, region: added.args.draft.region, levels: added.args.draft.levels },
      { date: localDate(-20), region: 'lumbar', levels: ['L4-L5', 'L5-S1'] },
    );
    // The optional offer comes first, unticked; Tab past it to go on.
    await kb.press('Tab');
    const offer = await focused(page);
    assert.deepEqual([offer.type, offer.label?.startsWith('Turn on gentle reminders')], ['checkbox', true]);
    assert.equal(await page.getByRole('checkbox', { name: /^Turn on gentle reminders/ }).isChecked(), false);
    for (let i = 0; i < 5 && (await focused(page)).text !== 'Go to Today'; i += 1) await kb.press('Tab');
    assert.equal((await focused(page)).text, 'Go to Today');
    await kb.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    await app.close();
  });

  it('your procedure works at 200 % text without sideways scrolling', async () => {
    const app = await openApp(harness, { preferences: { textSize: 200 }, timeline: TIMELINE, procedures: PROCEDURES });
    const { page } = app;
    await page.getByRole('button', { name: 'See your timeline' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your procedure' }).waitFor();
    await page.getByRole('button', { name: 'Add a procedure' }).click();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow} px`);
    await page.screenshot({ path: new URL('your-procedure-200.png', SCREENSHOTS).pathname, fullPage: true });
    await app.close();
  });
});
