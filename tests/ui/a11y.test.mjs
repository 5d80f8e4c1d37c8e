// axe (WCAG 2.0–2.2 A/AA) on every view in every theme, and text at 200 %.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  expectNoAxeViolations,
  expectNoSidewaysScroll,
  goTo,
  openApp,
  sampleEntries,
  SCREENSHOTS,
  startHarness,
  THEMES,
} from './harness.mjs';

// Learn and Routine have their own axe tests (learn.test.mjs, routine-*.test.mjs).
// Sections visited with no data: Reminders, Progress and Export (Progress with data is
// in progress.test.mjs; Export's restore preview and review mode in export.test.mjs).
const OTHER_SECTIONS = ['Reminders', 'Progress', 'Export'];

describe('accessibility (axe)', () => {
  let harness;
  before(async () => {
    harness = await startHarness();
  });
  after(async () => {
    await harness?.close();
  });

  for (const theme of THEMES) {
    describe(`${theme} theme`, () => {
      it('Today with entries and a notice', async () => {
        const app = await openApp(harness, {
          entries: sampleEntries(),
          preferences: { theme },
          notices: [
            {
              code: 'preferences_reset',
              message: 'Your settings could not be read, so the usual settings are being used. You can change them in Settings.',
            },
          ],
        });
        assert.equal(await app.page.evaluate(() => document.documentElement.dataset.theme), theme);
        await expectNoAxeViolations(app.page, `Today (${theme})`);
        await app.page.screenshot({ path: new URL(`today-${theme}.png`, SCREENSHOTS).pathname, fullPage: true });
        await app.close();
      });

      it('Today empty, then every other section', async () => {
        const app = await openApp(harness, { preferences: { theme } });
        await app.page.getByText('You have no entries yet').waitFor();
        await expectNoAxeViolations(app.page, `Today empty (${theme})`);
        for (const name of OTHER_SECTIONS) {
          await goTo(app.page, name);
          await expectNoAxeViolations(app.page, `${name} (${theme})`);
        }
        await goTo(app.page, 'Settings');
        await expectNoAxeViolations(app.page, `Settings (${theme})`);
        await app.page.screenshot({ path: new URL(`settings-${theme}.png`, SCREENSHOTS).pathname, fullPage: true });
        await app.close();
      });

      it('the Get help dialog', async () => {
        const app = await openApp(harness, { preferences: { theme } });
        await app.page.getByRole('button', { name: 'Get help' }).click();
        await app.page.getByRole('dialog', { name: 'Get help' }).waitFor();
        await expectNoAxeViolations(app.page, `Get help (${theme})`);
        await app.page.screenshot({ path: new URL(`help-${theme}.png`, SCREENSHOTS).pathname });
        await app.close();
      });

      it('the journal error screen', async () => {
        const app = await openApp(harness, {
          preferences: { theme },
          journalError: {
            code: 'journal_corrupt',
            message: 'Your journal file could not be read. Your entries have not been deleted.',
          },
        });
        await app.page.getByRole('heading', { level: 1, name: 'Your journal could not be opened' }).waitFor();
        await expectNoAxeViolations(app.page, `journal error (${theme})`);
        await app.page.screenshot({ path: new URL(`error-${theme}.png`, SCREENSHOTS).pathname, fullPage: true });
        await app.close();
      });
    });
  }

  it('Today, Settings and Get help at 200 % text reflow with no horizontal scroll at 1024×768', async () => {
    const app = await openApp(harness, { entries: sampleEntries(), preferences: { theme: 'light', textSize: 200 } });
    const sizes = await app.page.evaluate(() => ({
      font: getComputedStyle(document.documentElement).fontSize,
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    assert.equal(sizes.font, '36px');
    assert.ok(sizes.scrollWidth <= sizes.clientWidth, `horizontal scroll: ${JSON.stringify(sizes)}`);
    await expectNoAxeViolations(app.page, 'Today at 200 %');
    await app.page.screenshot({ path: new URL('today-200.png', SCREENSHOTS).pathname });
    await app.page.screenshot({ path: new URL('today-200-full.png', SCREENSHOTS).pathname, fullPage: true });
    await goTo(app.page, 'Settings');
    await expectNoSidewaysScroll(app.page, 'Settings at 200 %');
    await expectNoAxeViolations(app.page, 'Settings at 200 %');
    await app.page.getByRole('button', { name: 'Get help' }).click();
    await app.page.getByRole('dialog', { name: 'Get help' }).waitFor();
    await expectNoSidewaysScroll(app.page, 'Get help at 200 %');
    await app.page.screenshot({ path: new URL('help-200.png', SCREENSHOTS).pathname });
    await app.close();
  });

  it('the "system" theme follows the OS: dark, and more contrast', async () => {
    const app = await openApp(harness, { preferences: { theme: 'system' } });
    const becomes = (theme) =>
      app.page.waitForFunction((t) => document.documentElement.dataset.theme === t, theme, { timeout: 3000 });
    await becomes('light');
    await app.page.emulateMedia({ colorScheme: 'dark' });
    await becomes('dark');
    await app.page.emulateMedia({ contrast: 'more' });
    await becomes('high-contrast');
    await app.page.emulateMedia({ contrast: 'no-preference', colorScheme: 'light' });
    await becomes('light');
    await app.close();
  });
});
