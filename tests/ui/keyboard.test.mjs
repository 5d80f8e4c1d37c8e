// The pain log done by keyboard alone: log, edit, delete and undo.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { focused, openApp, SCREENSHOTS, startHarness } from './harness.mjs';

describe('keyboard only', () => {
  let harness;
  before(async () => {
    harness = await startHarness();
  });
  after(async () => {
    await harness?.close();
  });

  it('logs, edits, deletes and restores an entry', async () => {
    const app = await openApp(harness, { preferences: { theme: 'light' } });
    const { page } = app;
    const kb = page.keyboard;

    await kb.press('Tab');
    assert.equal((await focused(page)).text, 'Skip to main content');
    await kb.press('Enter');
    assert.equal((await focused(page)).tag, 'main');
    await kb.press('Tab');
    assert.equal((await focused(page)).text, 'Record your procedure', 'the timeline strip comes first');
    await kb.press('Tab');
    assert.equal((await focused(page)).text, 'Set up reminders', 'then the next-reminder line');
    await kb.press('Tab');
    assert.equal((await focused(page)).text, "Start today's routine", "then today's routine");
    await kb.press('Tab');
    assert.equal((await focused(page)).text, 'Log a session you did');
    await kb.press('Tab');
    let now = await focused(page);
    assert.equal(now.type, 'radio', `expected the pain scale, got ${JSON.stringify(now)}`);
    assert.equal(now.value, '0', 'the first score, not chosen');
    const scale = page.getByRole('group', { name: 'Pain score, from 0 to 10' });
    assert.equal(await scale.locator('input:checked').count(), 0, 'nothing is chosen until the person chooses');

    for (let i = 0; i < 6; i += 1) await kb.press('ArrowRight');
    assert.equal((await focused(page)).value, '6');
    assert.equal(await scale.getByRole('radio', { name: '6, Moderate' }).isChecked(), true);

    await kb.press('Tab');
    assert.equal((await focused(page)).tag, 'textarea');
    await kb.type('Gardening for half an hour');
    await kb.press('Tab');
    assert.match((await focused(page)).text, /More details \(optional\)$/, 'the diary details wait, closed');
    await kb.press('Tab');
    assert.equal((await focused(page)).text, 'Save');
    await page.screenshot({ path: new URL('keyboard-before-save.png', SCREENSHOTS).pathname });
    await kb.press('Enter');

    const list = page.getByRole('list', { name: 'Recent entries' });
    await list.getByText('Gardening for half an hour').waitFor();
    await page.getByText(/^Saved: pain 6 at \d/).waitFor();
    assert.deepEqual((await app.calls('log_pain')).map((c) => c.args), [
      { draft: { score: 6, note: 'Gardening for half an hour' } },
    ]);

    // Edit: Tab from Save reaches the entry's Edit button.
    await kb.press('Tab');
    now = await focused(page);
    assert.match(now.text, /^Edit, entry from /);
    await kb.press('Enter');
    now = await focused(page);
    assert.equal(now.type, 'radio');
    assert.equal(now.value, '6', 'the edit opens at the chosen score');
    await kb.press('ArrowLeft');
    await kb.press('Tab');
    await kb.press('End');
    await kb.type(' (then rested)');
    await kb.press('Tab');
    await kb.press('Tab');
    assert.equal((await focused(page)).text, 'Save changes');
    await page.screenshot({ path: new URL('keyboard-editing.png', SCREENSHOTS).pathname, fullPage: true });
    await kb.press('Space');
    await page.getByText(/^Updated: pain 5 at \d/).waitFor();
    await list.getByText('Gardening for half an hour (then rested)').waitFor();
    assert.match((await focused(page)).text, /^Edit, entry from /);

    // Delete, then undo.
    await kb.press('Tab');
    assert.match((await focused(page)).text, /^Delete, entry from /);
    await kb.press('Enter');
    await page.getByText('Entry deleted.').waitFor();
    assert.equal(await list.count(), 0, 'the list is gone when its only entry is deleted');
    assert.match((await focused(page)).text, /^Undo/);
    await page.screenshot({ path: new URL('keyboard-deleted.png', SCREENSHOTS).pathname, fullPage: true });
    await kb.press('Enter');
    await page.getByText(/^Entry restored: pain 5 at \d/).waitFor();
    await list.getByText('Gardening for half an hour (then rested)').waitFor();
    assert.match((await focused(page)).text, /^Edit, entry from /);
    assert.equal((await app.calls('undo_delete_pain')).length, 1);
    await app.close();
  });

  it('opens and closes Get help from the keyboard, returning focus', async () => {
    const app = await openApp(harness, {});
    const { page } = app;
    await page.keyboard.press('Tab'); // skip link
    await page.keyboard.press('Tab'); // Get help
    assert.equal((await focused(page)).text, 'Get help');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Get help' });
    await dialog.waitFor();
    assert.equal((await focused(page)).tag, 'h2');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    assert.equal((await focused(page)).text, 'Get help');
    await app.close();
  });

  it('moves focus to the heading of each section it opens', async () => {
    const app = await openApp(harness, {});
    const { page } = app;
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab'); // Today
    await page.keyboard.press('Tab'); // Learn
    assert.equal((await focused(page)).text, 'Learn');
    await page.keyboard.press('Enter');
    const now = await focused(page);
    assert.equal(now.tag, 'h1');
    assert.equal(now.text, 'Learn');
    await app.close();
  });
});
