// Learn in the browser: axe on every page in every theme, the whole flow by
// keyboard alone, and every topic at 200 % text with no sideways scrolling
// (screenshots of each into screenshots/ to read as a person would).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { expectNoAxeViolations, focused, goTo, openApp, SCREENSHOTS, startHarness, THEMES } from './harness.mjs';

const TOPICS = [
  ['rfn', 'What RFN is'],
  ['facets', 'Facet joints and your pain'],
  ['blocks', 'The test before: medial branch blocks'],
  ['day', 'On the day'],
  ['after', 'The first days and weeks after'],
  ['lasts', 'How long relief lasts, and repeats'],
  ['exercise', 'Why exercise matters now'],
  ['red-flags', 'Red flags: when to get help'],
  ['evidence', 'Evidence and sources'],
  ['words', 'Glossary'],
];

const shot = (name) => new URL(name, SCREENSHOTS).pathname;

/** The app past its first-run welcome, on the Learn index. */
async function openLearn(harness, preferences = {}) {
  const app = await openApp(harness, { preferences: { onboardingDone: true, ...preferences } });
  await goTo(app.page, 'Learn');
  return app;
}

async function sideways(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

describe('Learn', () => {
  let harness;
  before(async () => {
    harness = await startHarness();
  });
  after(async () => {
    await harness?.close();
  });

  for (const theme of THEMES) {
    it(`has no axe violations on the index, search results, every topic and the sources (${theme})`, async () => {
      const app = await openLearn(harness, { theme });
      const { page } = app;
      await expectNoAxeViolations(page, `Learn index (${theme})`);
      await page.getByRole('searchbox', { name: 'Search Learn' }).fill('needle');
      await page.getByRole('list', { name: 'Search results' }).waitFor();
      await expectNoAxeViolations(page, `Learn search results (${theme})`);
      await page.screenshot({ path: shot(`learn-search-${theme}.png`), fullPage: true });
      for (const [id, title] of TOPICS) {
        await page.getByRole('list', { name: 'Topics' }).or(page.locator('ol.topics')).getByRole('button', { name: title, exact: true }).click();
        await page.getByRole('heading', { level: 1, name: title }).waitFor();
        await expectNoAxeViolations(page, `Learn topic ${id} (${theme})`);
        if (id === 'rfn' || id === 'facets') {
          await page.locator('figure').screenshot({ path: shot(`learn-drawing-${id}-${theme}.png`) });
        }
        await page.getByRole('button', { name: 'Back to all topics' }).click();
        await page.getByRole('heading', { level: 1, name: 'Learn' }).waitFor();
      }
      await page.getByRole('button', { name: 'See all sources' }).click();
      await page.getByRole('heading', { level: 1, name: 'Sources' }).waitFor();
      await expectNoAxeViolations(page, `Learn sources (${theme})`);
      await page.screenshot({ path: shot(`learn-sources-${theme}.png`), fullPage: true });
      await app.close();
    });
  }

  it('works by keyboard alone: search, open a topic, follow a citation, open a source, and back', async () => {
    const app = await openLearn(harness, { theme: 'light' });
    const { page } = app;
    const kb = page.keyboard;
    assert.equal((await focused(page)).text, 'Learn');

    await kb.press('Tab');
    assert.equal((await focused(page)).text, 'Open your procedure and timeline');
    await kb.press('Tab');
    assert.equal((await focused(page)).label, 'Search Learn');
    await kb.type('MINT');
    await page.getByRole('status').filter({ hasText: /match(es)? “MINT”/ }).waitFor();
    await kb.press('Enter'); // jumps to the first result
    let now = await focused(page);
    assert.equal(now.text, 'How long relief lasts, and repeats');
    await kb.press('Enter');
    now = await focused(page);
    assert.deepEqual([now.tag, now.text], ['h1', 'How long relief lasts, and repeats']);

    // Tab to the first citation marker, which names its source.
    let marker;
    for (let i = 0; i < 6; i += 1) {
      await kb.press('Tab');
      marker = await page.evaluate(() => ({
        cite: document.activeElement?.getAttribute('data-cite'),
        name: document.activeElement?.textContent,
      }));
      if (marker.cite) break;
    }
    assert.ok(marker.cite, 'Tab reaches a citation marker');
    assert.match(marker.name, /^\[\d+\]Source \d+: /);
    await page.screenshot({ path: shot('learn-keyboard-citation.png') });
    await kb.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Sources' }).waitFor();
    const target = await page.evaluate(() => document.activeElement?.id);
    assert.match(target, /^learn-source-/);

    // From the source, Tab reaches its button, which asks Rust to open it by id.
    await kb.press('Tab');
    now = await focused(page);
    assert.equal(now.text, 'Open in your web browser');
    await kb.press('Enter');
    await page.getByText('Your web browser should now show this page.').waitFor();
    const opened = await app.calls('open_source');
    assert.deepEqual(opened.map((c) => c.args), [{ id: target.replace('learn-source-', '') }]);
    await page.screenshot({ path: shot('learn-keyboard-source.png') });

    // Back to the topic, onto the same citation, then back to all topics.
    assert.equal((await focused(page)).text, 'Open in your web browser', 'focus stays on the button');
    for (let i = 0; i < 40 && now.text !== '← Back to How long relief lasts, and repeats'; i += 1) {
      await kb.press('Shift+Tab');
      now = await focused(page);
    }
    assert.equal(now.text, '← Back to How long relief lasts, and repeats');
    await kb.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-cite')), marker.cite);
    await page.getByRole('button', { name: 'Back to all topics' }).focus();
    await kb.press('Enter');
    now = await focused(page);
    assert.deepEqual([now.tag, now.text], ['h1', 'Learn']);
    await app.close();
  });

  it('reflows at 200 % text with no sideways scrolling, on every page', async () => {
    const app = await openLearn(harness, { theme: 'light', textSize: 200 });
    const { page } = app;
    assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize), '36px');
    assert.ok((await sideways(page)) <= 0, 'Learn index scrolls sideways at 200 %');
    await page.screenshot({ path: shot('learn-200-index.png'), fullPage: true });
    for (const [id, title] of TOPICS) {
      await page.locator('ol.topics').getByRole('button', { name: title, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      const overflow = await sideways(page);
      assert.ok(overflow <= 0, `${id} scrolls sideways by ${overflow}px at 200 %`);
      await page.screenshot({ path: shot(`learn-200-${id}.png`), fullPage: true });
      await page.getByRole('button', { name: 'Back to all topics' }).click();
      await page.getByRole('heading', { level: 1, name: 'Learn' }).waitFor();
    }
    await page.getByRole('button', { name: 'See all sources' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sources' }).waitFor();
    assert.ok((await sideways(page)) <= 0, 'Sources scrolls sideways at 200 %');
    await expectNoAxeViolations(page, 'Learn sources at 200 %');
    await page.screenshot({ path: shot('learn-200-sources.png'), fullPage: true });
    await app.close();
  });
});
