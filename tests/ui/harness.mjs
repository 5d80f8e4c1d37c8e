// Shared set-up for the UI tests: one Chromium, one static server, and a
// page per test with the fake Tauri IPC and a watch on console errors and
// CSP violations.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { installFakeTauri } from './fake-tauri.mjs';
import { DIST, serveDist } from './serve-dist.mjs';
import { readFileSync } from 'node:fs';

// The real exercise library and default plans, generated from relief-core.
const fixture = (name) => JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8'));
const LIBRARY = fixture('exercise-library.json');
const DEFAULT_PLANS = fixture('default-plans.json');

export const SCREENSHOTS = new URL('./screenshots/', import.meta.url);
export const THEMES = ['light', 'dark', 'high-contrast'];
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function startHarness() {
  assert.ok(
    existsSync(new URL('index.html', `file://${DIST}/`)),
    `${DIST}/index.html is missing: run "npm run build" in ui/ first`,
  );
  mkdirSync(SCREENSHOTS, { recursive: true });
  const server = await serveDist();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  return {
    url: server.url,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Entries relative to now, so "today" really is today. */
export function sampleEntries() {
  const at = (daysAgo, hours, minutes) => {
    const d = new Date();
    d.setDate(d.getDate() - daysAgo);
    d.setHours(hours, minutes, 0, 0);
    return d.toISOString();
  };
  const entry = (id, score, recordedAt, note = null) => ({ id, score, note, recordedAt, updatedAt: recordedAt });
  return [
    entry(1, 6, at(2, 19, 10), 'Stiff after sitting through a long film.'),
    entry(2, 4, at(1, 8, 30), null),
    entry(3, 3, at(0, 7, 45), 'Slept well. Short walk to the post box before breakfast.'),
  ];
}

/**
 * A fresh page on the app. Resolves once the first screen is up.
 * `problems` collects console errors, page errors and CSP violations.
 */
export async function openApp(harness, scenario = {}, { width = 1024, height = 768 } = {}) {
  const context = await harness.browser.newContext({
    viewport: { width, height },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    reducedMotion: 'reduce',
    colorScheme: 'light',
  });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  await page.addInitScript(installFakeTauri, { library: LIBRARY, defaultPlans: DEFAULT_PLANS, ...scenario });
  await page.goto(harness.url);
  await page.locator('h1').first().waitFor();
  if (!scenario.journalError) {
    await page.waitForFunction(() => window.__FAKE_TAURI__.calls.some((c) => c.cmd === 'ui_ready'));
  }
  await page.evaluate(() => document.fonts.ready);
  return {
    page,
    problems,
    calls: (cmd) => page.evaluate((name) => window.__FAKE_TAURI__.calls.filter((c) => c.cmd === name), cmd),
    async close() {
      assert.deepEqual(problems, [], 'the page logged errors or CSP violations');
      await context.close();
    },
  };
}

export async function expectNoAxeViolations(page, label) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
  );
  assert.deepEqual(summary, [], `axe found violations on ${label}`);
}

/** Fails when the page is wider than its window: at 200 % text nothing may
 * push the page sideways. */
export async function expectNoSidewaysScroll(page, label) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `${label} scrolls sideways by ${overflow} px`);
}

export async function goTo(page, name) {
  await page.getByRole('navigation').getByRole('button', { name, exact: true }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** What has keyboard focus, described briefly. */
export function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    return {
      tag: el?.tagName.toLowerCase(),
      type: el?.getAttribute('type'),
      text: el?.textContent?.trim().replace(/\s+/g, ' '),
      value: 'value' in el ? el.value : undefined,
      label: el?.labels?.[0]?.textContent?.trim(),
    };
  });
}
