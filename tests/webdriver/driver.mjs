// The real app under WebDriver: starts tauri-driver (which starts WebKitWebDriver,
// which starts the app) and opens sessions on a given data folder.
//
// Needs RELIEF_WINDOW_BIN (the built app) and a display; `cargo xtask test` runs
// this under xvfb-run and dbus-run-session.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import net from 'node:net';
import { remote } from 'webdriverio';

const BIN = process.env.RELIEF_WINDOW_BIN;
const DRIVER = process.env.TAURI_DRIVER || 'tauri-driver';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const open = await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`tauri-driver did not listen on ${port} within ${timeoutMs} ms`);
}

/** Starts tauri-driver; returns { port, stop }. */
export async function startDriver() {
  if (!BIN) throw new Error('RELIEF_WINDOW_BIN must name the built app (cargo xtask test sets it)');
  const port = await freePort();
  const nativePort = await freePort();
  const child = spawn(DRIVER, ['--port', String(port), '--native-port', String(nativePort)], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  await waitForPort(port, 20_000);
  return {
    port,
    stop: () => child.kill(),
  };
}

/** Whether any copy of the app is still running (Linux: read from /proc). */
function appRunning() {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .some((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0] === BIN;
      } catch {
        return false; // it ended while we looked
      }
    });
}

/** Waits for an earlier session's app to finish quitting. The app is single
 * instance: started while the last one is still shutting down, it hands its
 * start to that one and exits ("could not start"), and the session never gets
 * a window. Seen on a loaded machine. */
async function waitForNoApp(timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (appRunning() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
}

/** Opens the app on `dataDir` (passed as --data-dir) and waits for its first
 * screen: Today, or the welcome on a first run. */
export async function openApp(port, dataDir) {
  await waitForNoApp();
  const browser = await remote({
    hostname: '127.0.0.1',
    port,
    logLevel: 'warn',
    connectionRetryCount: 0,
    capabilities: {
      browserName: 'wry',
      'wdio:enforceWebDriverClassic': true,
      'tauri:options': { application: BIN, args: ['--data-dir', dataDir] },
    },
  });
  const heading = await browser.$('main h1');
  await heading.waitForDisplayed({ timeout: 30_000 });
  return browser;
}

/** On a first run, acknowledges the welcome and skips the rest, to reach Today. */
export async function skipOnboarding(browser) {
  const skip = await browser.$('//button[normalize-space()="I understand, skip the rest"]');
  if (await skip.isExisting()) await skip.click();
  await (await browser.$('h1=Today')).waitForDisplayed({ timeout: 10_000 });
}

/** Where the tests save screenshots (git ignores it). */
export const SHOTS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'screenshots');

/**
 * Registers before/after hooks for a test file: one tauri-driver and one fresh
 * data folder, both removed afterwards. Read `.driver` and `.dataDir` inside tests.
 */
export function useRealApp(prefix) {
  const real = { driver: null, dataDir: null };
  before(async () => {
    real.driver = await startDriver();
    real.dataDir = mkdtempSync(path.join(tmpdir(), `relief-${prefix}-`));
    mkdirSync(SHOTS, { recursive: true });
  });
  after(() => {
    real.driver?.stop();
    if (real.dataDir) rmSync(real.dataDir, { recursive: true, force: true });
  });
  return real;
}
