// A plan file's whole journey in the real app, through the operating system's
// own Save and Open dialogs (answered with real key presses, see
// native-dialog.mjs): a physio writes it in clinician mode, the data folder is
// reset, and the patient imports it, sees the preview and confirms.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openApp, skipOnboarding, SHOTS, useRealApp } from './driver.mjs';
import { answerFileDialog } from './native-dialog.mjs';

const real = useRealApp('plan-file');

const button = (browser, name) => browser.$(`//button[normalize-space()="${name}"]`);
const heading = (browser, text) => browser.$(`//h1[normalize-space()="${text}"]`);
/** The control a label names: by its `for`, or inside it. */
const field = (browser, label) =>
  browser.$(
    `//*[@id=//label[normalize-space()="${label}"]/@for] | //label[normalize-space()="${label}"]//*[self::input or self::textarea or self::select]`,
  );

test('a plan file written in clinician mode is imported after the data folder is reset', async () => {
  const files = mkdtempSync(path.join(tmpdir(), 'relief-plan-files-'));
  const planFile = path.join(files, 'plan-for-pat.json');
  try {
    const physio = await openApp(real.driver.port, real.dataDir);
    try {
      await skipOnboarding(physio);
      await (await physio.$('//nav//button[normalize-space()="Settings"]')).click();
      await (await physio.$('//label[normalize-space()="Clinician mode"]')).click();
      await (await physio.$('//*[normalize-space()="Your settings are saved."]')).waitForDisplayed({ timeout: 10_000 });

      await (await physio.$('//nav//button[normalize-space()="Routine"]')).click();
      await (await button(physio, 'Build a plan file for a patient')).click();
      await (await heading(physio, 'Build a plan file')).waitForDisplayed({ timeout: 10_000 });
      await (await field(physio, 'Your name (optional)')).setValue('Sam Physio');
      await (await field(physio, 'Add an exercise from the library')).selectByVisibleText('Walking');
      await (await button(physio, 'Add')).click();
      await (await button(physio, 'Write your own exercise')).click();
      await (await field(physio, 'Name of the exercise')).setValue('Step-ups on the bottom stair');
      // One step per line, as a physio types them.
      const steps = await field(physio, 'Steps');
      await steps.setValue('Hold the rail.');
      await physio.keys(['Enter']);
      await steps.addValue('Step up, then step down.');

      await (await button(physio, 'Save plan file…')).click();
      await answerFileDialog('Save the plan file', planFile, 'save', path.join(SHOTS, 'plan-file-save-dialog.png'));
      const saved = await physio.$(`//*[contains(normalize-space(), "Saved to ${planFile}")]`);
      await saved.waitForDisplayed({ timeout: 10_000 });
      await physio.saveScreenshot(path.join(SHOTS, 'plan-file-saved.png'));
    } finally {
      await physio.deleteSession();
    }

    const written = JSON.parse(readFileSync(planFile, 'utf8'));
    assert.equal(written.format, 'relief-window-plan');
    assert.equal(written.plan.author, 'Sam Physio');
    assert.deepEqual(written.plan.items[1].exercise.steps, ['Hold the rail.', 'Step up, then step down.']);

    // A reset of the data folder: the patient's app starts from nothing.
    rmSync(real.dataDir, { recursive: true, force: true });

    const patient = await openApp(real.driver.port, real.dataDir);
    try {
      await skipOnboarding(patient);
      await (await patient.$('//nav//button[normalize-space()="Routine"]')).click();
      await (await button(patient, 'Import a plan from your physiotherapist…')).click();
      await answerFileDialog(
        'Open a plan file from your physiotherapist',
        planFile,
        'open',
        path.join(SHOTS, 'plan-file-open-dialog.png'),
      );
      await (await heading(patient, 'A new plan from your physiotherapist')).waitForDisplayed({ timeout: 10_000 });
      const page = await patient.$('main');
      assert.match(await page.getText(), /Sam Physio/);
      assert.match(await page.getText(), /Step-ups on the bottom stair/);
      await patient.saveScreenshot(path.join(SHOTS, 'plan-file-preview.png'));

      await (await button(patient, 'Do not use this plan')).waitForDisplayed();
      await (await button(patient, 'Use this plan')).click();
      await (await heading(patient, 'Routine')).waitForDisplayed({ timeout: 10_000 });
      const plan = await patient.$('//h2[normalize-space()="Your plan"]/..');
      assert.match(await plan.getText(), /Written by Sam Physio/);
      assert.match(await plan.getText(), /Step-ups on the bottom stair/);
      await patient.saveScreenshot(path.join(SHOTS, 'plan-file-imported.png'));
    } finally {
      await patient.deleteSession();
    }
  } finally {
    rmSync(files, { recursive: true, force: true });
  }
});
