// Export and review in the real app, through the real native dialogs (answered
// with X key presses, see native-dialog.mjs):
// - the patient saves the PDF report from the Export page to a temporary path;
//   pdftotext reads the journal's numbers in it;
// - a physio, in clinician mode with their own (empty) journal, opens the
//   patient's backup in review mode: Progress shows the patient's records,
//   clearly marked, and the physio's own journal is untouched.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openApp, skipOnboarding, SHOTS, useRealApp } from './driver.mjs';
import { answerFileDialog } from './native-dialog.mjs';

const real = useRealApp('export');
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = process.env.RELIEF_WINDOW_BIN;

const button = (browser, name) => browser.$(`//button[normalize-space()="${name}"]`);

/** A year of records ending today, written by `cargo xtask seed`. */
function seed(dir) {
  const args = ['seed', '--years', '1', '--data-dir', dir, '--force'];
  const xtask = process.env.RELIEF_WINDOW_XTASK;
  if (xtask) execFileSync(xtask, args, { cwd: ROOT, stdio: 'inherit' });
  else execFileSync('cargo', ['run', '-q', '-p', 'xtask', '--', ...args], { cwd: ROOT, stdio: 'inherit' });
}

/** How many live pain entries and sessions a journal holds, read by Python's
 * sqlite3 (independent of the app's Rust). */
function counts(dir) {
  const script = [
    'import json, sqlite3, sys',
    'db = sqlite3.connect("file:" + sys.argv[1] + "?mode=ro", uri=True)',
    'q = lambda t: db.execute("SELECT count(*) FROM " + t + " WHERE deleted_at IS NULL").fetchone()[0]',
    'print(json.dumps([q("pain_entries"), q("sessions")]))',
  ].join('\n');
  return JSON.parse(execFileSync('python3', ['-c', script, path.join(dir, 'journal.sqlite3')], { encoding: 'utf8' }));
}

test('the PDF report is saved through the Export page and reads as the journal’s numbers', async () => {
  seed(real.dataDir);
  const files = mkdtempSync(path.join(tmpdir(), 'relief-export-'));
  const pdf = path.join(files, 'report-for-physio.pdf');
  try {
    const app = await openApp(real.driver.port, real.dataDir);
    try {
      await (await app.$('//nav//button[normalize-space()="Export"]')).click();
      await (await app.$('h1=Export')).waitForDisplayed({ timeout: 10_000 });
      await (await button(app, 'Save the report…')).click();
      await answerFileDialog('Save the report', pdf, 'save', path.join(SHOTS, 'export-save-dialog.png'));
      const saved = await app.$(`//*[@role="status"][contains(normalize-space(), "Saved: ${pdf}")]`);
      await saved.waitForDisplayed({ timeout: 20_000 });
      await app.saveScreenshot(path.join(SHOTS, 'export-saved.png'));
    } finally {
      await app.deleteSession();
    }
    assert.ok(statSync(pdf).size > 10_000, 'a real PDF was written');
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    assert.match(text, /Pain and exercise report/);
    assert.match(text, /before the procedure/);
    assert.match(text, /done of \d+ planned \(\d+%\)/);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    assert.match(info, /Tagged:\s+yes/);
  } finally {
    rmSync(files, { recursive: true, force: true });
  }
});

test('a physio opens a patient’s backup in review mode; their own journal is untouched', async () => {
  // The patient's backup, made by the command line from a seeded year.
  const patientDir = mkdtempSync(path.join(tmpdir(), 'relief-patient-'));
  const files = mkdtempSync(path.join(tmpdir(), 'relief-review-'));
  const backup = path.join(files, 'pat-backup.json');
  try {
    seed(patientDir);
    execFileSync(BIN, ['export', '--format', 'json', '--data-dir', patientDir, '--out', backup]);
    const painEntries = JSON.parse(readFileSync(backup, 'utf8')).journal.pain.length;

    const physio = await openApp(real.driver.port, path.join(real.dataDir, 'physio'));
    try {
      await skipOnboarding(physio);
      await (await physio.$('//nav//button[normalize-space()="Settings"]')).click();
      await (await physio.$('//label[normalize-space()="Clinician mode"]')).click();
      await (await physio.$('//*[normalize-space()="Your settings are saved."]')).waitForDisplayed({ timeout: 10_000 });

      await (await physio.$('//nav//button[normalize-space()="Export"]')).click();
      await (await physio.$('//button[contains(normalize-space(), "backup to review")]')).click();
      await answerFileDialog("Open a patient's backup to review", backup, 'open', path.join(SHOTS, 'review-open-dialog.png'));

      const banner = await physio.$('//*[contains(normalize-space(), "Reviewing pat-backup.json")]');
      await banner.waitForDisplayed({ timeout: 20_000 });
      assert.match(await banner.getText(), /read-only/);
      await (await physio.$('//h1[contains(normalize-space(), "Progress")]')).waitForDisplayed({ timeout: 10_000 });
      await (await physio.$('//label[normalize-space()="All"]')).click();
      await physio.waitUntil(async () => !(await physio.$('[aria-busy="true"]').isExisting()), { timeout: 15_000 });
      // The pain table lists the patient's days, not the physio's (none).
      const section = await physio.$('//section[h2[normalize-space()="Pain over time"]]');
      const toggle = await section.$('button[aria-expanded]');
      if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
      const rows = await physio.execute(
        (s) => s.querySelector('table')?.tBodies[0]?.rows.length ?? 0,
        section,
      );
      assert.ok(rows > 200, `the patient's pain days are listed (found ${rows}, ${painEntries} entries)`);
      assert.equal(await (await physio.$('//h2[normalize-space()="Add to your record"]')).isExisting(), false, 'read-only: no entry forms');
      await physio.saveScreenshot(path.join(SHOTS, 'review-progress.png'));

      await (await button(physio, 'Close review')).click();
      await physio.waitUntil(async () => !(await banner.isExisting()), { timeout: 10_000 });
    } finally {
      await physio.deleteSession();
    }
    assert.deepEqual(counts(path.join(real.dataDir, 'physio')), [0, 0], 'the physio’s own journal holds none of the patient’s records');
    assert.deepEqual(counts(patientDir)[0], painEntries, 'and the patient’s folder is as it was');
  } finally {
    rmSync(files, { recursive: true, force: true });
    rmSync(patientDir, { recursive: true, force: true });
  }
});
