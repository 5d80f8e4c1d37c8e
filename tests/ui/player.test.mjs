// The guided session: axe in every theme during an exercise, a hold, a rest,
// the pause, the skip panel and the end form; a whole session by keyboard
// alone, saved; and 200 % text without sideways scrolling.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { expectNoAxeViolations, focused, openApp, SCREENSHOTS, startHarness, THEMES } from './harness.mjs';

const DEFAULT_PLANS = JSON.parse(readFileSync(new URL('../fixtures/default-plans.json', import.meta.url), 'utf8'));

/** A short plan built from the real early plan, with smaller doses so a test
 * reaches every phase quickly: a rest needs two sets. */
function shortPlan() {
  const byId = Object.fromEntries(DEFAULT_PLANS.planned.items.map((item) => [item.exercise.id, item]));
  return {
    items: [
      { ...byId['pelvic-tilt'], dose: { kind: 'hold', sets: 1, reps: 2, seconds: 5 } },
      { ...byId['cat-camel'], dose: { kind: 'reps', sets: 2, reps: 2 } },
      byId['knee-rolls'],
      byId.walking,
    ],
  };
}

const PLAN_RECORD = { id: 1, plan: shortPlan(), source: 'default', createdAt: '2026-03-01T09:00:00+00:00', replacedAt: null };
const shot = (name) => ({ path: new URL(`${name}.png`, SCREENSHOTS).pathname, fullPage: true });

async function startPlayer(page) {
  await page.getByRole('navigation').getByRole('button', { name: 'Routine', exact: true }).click();
  await page.getByRole('button', { name: "Start today's routine" }).click();
  await page.getByRole('heading', { level: 1, name: 'Pelvic tilt' }).waitFor();
}

async function tabTo(page, text) {
  for (let i = 0; i < 60; i += 1) {
    const f = await focused(page);
    if (f.text === text || f.label === text) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`could not Tab to "${text}"`);
}

describe('guided session', () => {
  let harness;
  before(async () => {
    harness = await startHarness();
  });
  after(async () => {
    await harness?.close();
  });

  for (const theme of THEMES) {
    it(`has no axe violations in any phase (${theme})`, async () => {
      const app = await openApp(harness, { preferences: { theme }, plan: PLAN_RECORD });
      const { page } = app;
      await page.clock.install();
      await startPlayer(page);
      await expectNoAxeViolations(page, `an exercise (${theme})`);
      await page.screenshot(shot(`player-exercise-${theme}`));

      await page.getByRole('button', { name: 'Start hold' }).click();
      await page.getByText('Hold', { exact: true }).waitFor();
      await page.clock.runFor(2000);
      await page.getByText('3 seconds left').waitFor();
      await expectNoAxeViolations(page, `a hold (${theme})`);
      await page.screenshot(shot(`player-hold-${theme}`));

      await page.getByRole('button', { name: 'Pause' }).click();
      await page.getByRole('dialog', { name: 'Paused' }).waitFor();
      await expectNoAxeViolations(page, `the pause (${theme})`);
      await page.screenshot(shot(`player-paused-${theme}`));
      await page.getByRole('button', { name: 'Resume' }).click();

      await page.getByRole('button', { name: 'Next exercise' }).click();
      await page.getByRole('heading', { level: 1, name: 'Cat–camel' }).waitFor();
      await page.getByRole('button', { name: 'Count a rep' }).click();
      await page.getByRole('button', { name: 'Count a rep' }).click();
      await page.getByRole('button', { name: 'Skip the rest' }).waitFor();
      await expectNoAxeViolations(page, `a rest (${theme})`);
      await page.screenshot(shot(`player-rest-${theme}`));

      await page.getByRole('button', { name: 'Next exercise' }).click();
      await page.getByRole('heading', { level: 1, name: 'Knee rolls' }).waitFor();
      await page.getByRole('button', { name: 'Skip this exercise' }).click();
      await page.getByRole('radio', { name: 'Another reason' }).check();
      await page.getByLabel('Your reason (optional)').waitFor();
      await expectNoAxeViolations(page, `the skip panel (${theme})`);
      await page.screenshot(shot(`player-skip-${theme}`));
      await page.getByRole('button', { name: 'Skip it' }).click();

      await page.getByRole('heading', { level: 1, name: 'Walking' }).waitFor();
      await expectNoAxeViolations(page, `a timed exercise (${theme})`);
      await page.getByRole('button', { name: 'Finish and rate the session' }).click();
      await page.getByRole('heading', { level: 1, name: 'How did it go?' }).waitFor();
      await page.getByRole('button', { name: 'Save session' }).click();
      await page.getByText('Please choose how hard it felt').waitFor();
      await expectNoAxeViolations(page, `the end form (${theme})`);
      await page.screenshot(shot(`player-end-${theme}`));
      await app.close();
    });
  }

  it('a whole session by keyboard alone, saved', async () => {
    const app = await openApp(harness, { plan: PLAN_RECORD });
    const { page } = app;
    const kb = page.keyboard;
    await page.clock.install();
    await tabTo(page, 'Routine');
    await kb.press('Enter');
    await tabTo(page, "Start today's routine");
    await kb.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Pelvic tilt' }).waitFor();
    assert.equal((await focused(page)).tag, 'h1', 'focus starts on the exercise name');

    // Two holds: one runs its full five seconds, one ends early at two.
    await kb.press('Space');
    await page.clock.runFor(5500);
    await page.getByText('1 of 2 holds done', { exact: true }).waitFor();
    await kb.press('Space');
    await page.clock.runFor(2000);
    await kb.press('Space');
    await page.getByText('Done. Well done.', { exact: true }).waitFor();
    await kb.press('ArrowRight');

    await page.getByRole('heading', { level: 1, name: 'Cat–camel' }).waitFor();
    await kb.press('Space');
    await kb.press('Space');
    await page.getByRole('button', { name: 'Skip the rest' }).waitFor();
    // The rest runs out on its own: Tab-free, the clock does it.
    await page.clock.runFor(31_000);
    await page.getByRole('status').filter({ hasText: 'Set 2 of 2' }).waitFor();
    await kb.press('Space');
    await kb.press('Space');
    await page.getByText('Done. Well done.', { exact: true }).waitFor();
    await kb.press('ArrowRight');

    await page.getByRole('heading', { level: 1, name: 'Knee rolls' }).waitFor();
    await tabTo(page, 'Skip this exercise');
    await kb.press('Enter');
    await kb.press('Tab'); // the radio group: "too painful" is chosen
    await kb.press('ArrowDown');
    await kb.press('ArrowDown');
    assert.equal((await focused(page)).label, 'No space or equipment');
    await tabTo(page, 'Skip it');
    await kb.press('Enter');

    await page.getByRole('heading', { level: 1, name: 'Walking' }).waitFor();
    await tabTo(page, 'Minutes you did');
    await kb.press('Control+A');
    await kb.type('8');
    await tabTo(page, 'Mark as done');
    await kb.press('Enter');
    await page.getByText('You did 8 minutes.').waitFor();
    await kb.press('Escape');
    await page.getByRole('dialog', { name: 'Paused' }).waitFor();
    await kb.press('Escape');
    await page.getByRole('dialog', { name: 'Paused' }).waitFor({ state: 'hidden' });
    await kb.press('ArrowRight');

    await page.getByRole('heading', { level: 1, name: 'How did it go?' }).waitFor();
    await tabTo(page, 'How hard did it feel?');
    await page.keyboard.press('ArrowDown'); // "0, very easy"
    for (let i = 0; i < 3; i += 1) await kb.press('ArrowDown');
    assert.equal((await focused(page)).value, '3');
    await kb.press('Tab');
    for (let i = 0; i < 5; i += 1) await kb.press('ArrowDown');
    assert.equal((await focused(page)).value, '4');
    await tabTo(page, 'Note (optional)');
    await kb.type('Easier than last week.');
    await page.screenshot(shot('player-keyboard-before-save'));
    await tabTo(page, 'Save session');
    await kb.press('Enter');
    await page.waitForFunction(() => window.__FAKE_TAURI__.calls.some((c) => c.cmd === 'log_session'));

    const [call] = await app.calls('log_session');
    const draft = call.args.draft;
    assert.match(draft.startedAt, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    assert.match(draft.finishedAt, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    assert.ok(Date.parse(draft.finishedAt) >= Date.parse(draft.startedAt) + 38_000, 'finishedAt is later than startedAt');
    const items = PLAN_RECORD.plan.items;
    assert.deepEqual(draft.exercises, [
      { exercise: items[0].exercise, planned: items[0].dose, setsDone: 1, repsDone: [2], holdSeconds: [5, 2] },
      { exercise: items[1].exercise, planned: items[1].dose, setsDone: 2, repsDone: [2, 2], holdSeconds: [] },
      {
        exercise: items[2].exercise,
        planned: items[2].dose,
        setsDone: 0,
        repsDone: [],
        holdSeconds: [],
        skipped: { reason: 'noSpaceOrEquipment' },
      },
      { exercise: items[3].exercise, planned: items[3].dose, setsDone: 1, repsDone: [], holdSeconds: [], minutesDone: 8 },
    ]);
    assert.equal(draft.effort, 3);
    assert.equal(draft.painBefore, 4);
    assert.equal(draft.painAfter, undefined);
    assert.equal(draft.note, 'Easier than last week.');

    // Saved: the end offers the pain diary, by keyboard too.
    await page.getByRole('heading', { level: 1, name: 'Your session is saved.' }).waitFor();
    assert.equal((await focused(page)).text, 'Your session is saved.');
    await tabTo(page, 'Add to your pain diary');
    await kb.press('Enter');
    assert.equal((await focused(page)).type, 'radio', 'the diary form opens at its score');
    await kb.press('3');
    await tabTo(page, 'After exercise');
    assert.equal(await page.getByRole('checkbox', { name: 'After exercise' }).isChecked(), true);
    await expectNoAxeViolations(page, 'the diary form after a session');
    await page.screenshot(shot('player-after-diary'));
    await tabTo(page, 'Save');
    await kb.press('Enter');
    await page.getByText('Saved in your pain diary: pain 3.').waitFor();
    assert.deepEqual((await app.calls('log_pain')).map((c) => c.args.draft), [{ score: 3, note: '', tags: ['afterExercise'] }]);
    assert.equal((await focused(page)).text, 'Done');
    await kb.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Routine' }).waitFor();
    await app.close();
  });

  it('works at 200 % text without sideways scrolling', async () => {
    const app = await openApp(harness, { preferences: { textSize: 200 }, plan: PLAN_RECORD });
    const { page } = app;
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await startPlayer(page);
    assert.ok((await overflow()) <= 0, `an exercise scrolls sideways by ${await overflow()} px`);
    await page.screenshot(shot('player-exercise-200'));
    await page.getByRole('button', { name: 'Skip this exercise' }).click();
    assert.ok((await overflow()) <= 0, `the skip panel scrolls sideways by ${await overflow()} px`);
    await page.getByRole('button', { name: 'Go back' }).click();
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('dialog', { name: 'Paused' }).waitFor();
    assert.ok((await overflow()) <= 0, `the pause scrolls sideways by ${await overflow()} px`);
    await page.screenshot(shot('player-paused-200'));
    await page.getByRole('button', { name: 'Resume' }).click();
    for (let i = 0; i < 4; i += 1) await page.getByRole('button', { name: /^(Next exercise|Finish and rate the session)$/ }).click();
    await page.getByRole('heading', { level: 1, name: 'How did it go?' }).waitFor();
    assert.ok((await overflow()) <= 0, `the end form scrolls sideways by ${await overflow()} px`);
    await page.screenshot(shot('player-end-200'));
    await app.close();
  });
});
