// The rules in house-style.md that a test can hold.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(__dirname, '..', 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const code = files(SRC).filter((f) => /\.(ts|svelte)$/.test(f));

describe('architecture', () => {
  it('only lib/ipc imports @tauri-apps', () => {
    const offenders = code
      .filter((f) => !relative(SRC, f).startsWith('lib/ipc/'))
      .filter((f) => /from\s+['"]@tauri-apps\//.test(readFileSync(f, 'utf8')))
      .map((f) => relative(SRC, f));
    expect(offenders).toEqual([]);
  });

  it('never renders raw HTML', () => {
    const offenders = code.filter((f) => readFileSync(f, 'utf8').includes('{@html')).map((f) => relative(SRC, f));
    expect(offenders).toEqual([]);
  });

  it('index.html has no inline script or style', () => {
    const html = readFileSync(join(__dirname, '..', 'index.html'), 'utf8');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style|style=/);
  });

  it('styles use theme colours, not literal ones, outside styles/themes.css', () => {
    const offenders = files(SRC)
      .filter((f) => /\.(css|svelte)$/.test(f) && !f.endsWith('themes.css'))
      .filter((f) => /#[0-9a-f]{3,8}\b|rgb\(/i.test(readFileSync(f, 'utf8').replace(/<script[\s\S]*?<\/script>/g, '')))
      .map((f) => relative(SRC, f));
    expect(offenders).toEqual([]);
  });
});
