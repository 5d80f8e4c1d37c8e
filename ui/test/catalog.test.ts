// Every id the UI asks for exists, and so does every id Rust asks for.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FluentBundle, FluentResource } from '@fluent/bundle';
import { REGIONS, SIDES } from '../src/lib/procedure';
import { PLAN_SOURCES, POSITIONS, PURPOSES } from '../src/lib/exercises';
import { catalogIds } from '../src/lib/i18n';

const SRC = join(__dirname, '..', 'src');
const FTL = join(SRC, 'locales', 'en', 'relief-window.ftl');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|svelte)$/.test(name) ? [path] : [];
  });
}

const RUST_IDS: Record<string, string[]> = {
  'error-pain_out_of_range': [],
  'error-pain_not_whole': [],
  'error-note_too_long': ['max'],
  'error-time_unreadable': [],
  'error-time_in_future': [],
  'error-invalid_input': [],
  'error-not_found': [],
  'error-journal_unavailable': [],
  'error-journal_corrupt': [],
  'error-data_dir_unwritable': ['path'],
  'error-disk_full': [],
  'error-read_only_medium': ['path'],
  'error-no_permission': ['path'],
  'error-not_a_folder': ['path'],
  'error-journal_busy': [],
  'error-journal_read_only': [],
  'notice-journal_read_only': ['path'],
  'error-storage_failed': [],
  'error-backup_failed': [],
  'error-migration_failed': [],
  'error-text_size_unsupported': [],
  'error-language_unsupported': [],
  'error-window_implausible': [],
  'error-internal': [],
  'notice-journal_restored': ['damage', 'movedTo', 'backupDate'],
  'notice-journal_recreated': ['damage', 'movedTo'],
  'notice-preferences_reset': [],
  'notice-backup_failed': [],
};

/** Variables the Rust side passes to choose between wordings, never shown. */
const SELECTORS = new Set(['damage']);

const PHASES = ['planned', 'recovery', 'relief-builds', 'strengthen', 'review', 'beyond'];

/** Ids the UI builds from a value: each template and the values it takes. */
const DYNAMIC_IDS: Record<string, readonly string[]> = {
  'region-${region}': REGIONS,
  'side-${side}': SIDES,
  'phase-${phase}': PHASES,
  'phase-${phase}-expect': PHASES,
  'phase-${phase}-do': PHASES,
  'here-${here.unit}': ['days-until', 'day', 'week', 'month'],
  'purpose-${purpose}': PURPOSES,
  'position-${position}': POSITIONS,
  'routine-plan-from-${source}': PLAN_SOURCES,
};

describe('Fluent catalog', () => {
  const ids = new Set(catalogIds());

  it('parses without errors', () => {
    const bundle = new FluentBundle('en', { useIsolating: false });
    expect(bundle.addResource(new FluentResource(readFileSync(FTL, 'utf8')))).toEqual([]);
  });

  it('has every id that ui/src asks for with t()', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(SRC)) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*['"`]([^'"`]+)['"`]/g)) {
        used.add(match[1]);
      }
    }
    expect(used.size).toBeGreaterThan(50);
    // An id built from a template must be a known family, and every member of
    // the family must be in the catalog.
    const expanded = [...used].flatMap((id) => {
      if (!id.includes('${')) return [id];
      const family = DYNAMIC_IDS[id];
      if (!family) return [`unknown template id: ${id}`];
      return family.map((value) => id.replace(/\$\{[^}]+\}/, value));
    });
    const missing = expanded.filter((id) => !ids.has(id));
    expect(missing).toEqual([]);
  });

  it('has every id the Rust side asks for, using the right variables', () => {
    const bundle = new FluentBundle('en', { useIsolating: false });
    bundle.addResource(new FluentResource(readFileSync(FTL, 'utf8')));
    for (const [id, vars] of Object.entries(RUST_IDS)) {
      const message = bundle.getMessage(id);
      expect(message?.value, id).toBeTruthy();
      const args = Object.fromEntries(vars.map((v) => [v, `«${v}»`]));
      const errors: Error[] = [];
      const text = bundle.formatPattern(message!.value!, args, errors);
      expect(errors, id).toEqual([]);
      // A variable the message chooses its words by is not shown itself.
      for (const v of vars.filter((v) => !SELECTORS.has(v))) expect(text, id).toContain(`«${v}»`);
    }
  });

  it('words each value of a variable the Rust side chooses by (relief_store::Damage::code)', () => {
    const bundle = new FluentBundle('en', { useIsolating: false });
    bundle.addResource(new FluentResource(readFileSync(FTL, 'utf8')));
    const damages = ['damaged', 'emptied', 'unreadable', 'not_upgradable'];
    for (const id of ['notice-journal_restored', 'notice-journal_recreated']) {
      const texts = damages.map((damage) => {
        const errors: Error[] = [];
        const text = bundle.formatPattern(bundle.getMessage(id)!.value!, { damage, movedTo: 'x', backupDate: 'y' }, errors);
        expect(errors, id).toEqual([]);
        return text;
      });
      expect(new Set(texts).size, id).toBe(damages.length);
    }
  });

  it('never uses Unicode isolation marks in formatted text', () => {
    const bundle = new FluentBundle('en', { useIsolating: false });
    bundle.addResource(new FluentResource(readFileSync(FTL, 'utf8')));
    const text = bundle.formatPattern(bundle.getMessage('error-note_too_long')!.value!, { max: 2000 });
    expect(text).not.toMatch(/[\u2066-\u2069]/);
  });
});
