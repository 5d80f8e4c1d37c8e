// Applies the person's look-and-feel choices to <html>: data-theme for the
// colours (styles/themes.css) and the root font size for text size. Every
// length in the styles is in rem, so the whole app scales with it.
import type { Theme } from '../ipc';

export type ResolvedTheme = Exclude<Theme, 'system'>;

/** 100 % text size: an 18 px base, as large-print guidance suggests. */
export const BASE_FONT_PERCENT = 112.5;
export const TEXT_SIZES = [100, 125, 150, 175, 200] as const;
export const THEMES: readonly Theme[] = ['system', 'light', 'dark', 'high-contrast'];

const queries = {
  contrast: '(prefers-contrast: more)',
  forced: '(forced-colors: active)',
  dark: '(prefers-color-scheme: dark)',
};

function matches(query: string): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(query).matches;
}

/** What "same as your computer" means right now. */
export function systemTheme(): ResolvedTheme {
  if (matches(queries.contrast) || matches(queries.forced)) return 'high-contrast';
  if (matches(queries.dark)) return 'dark';
  return 'light';
}

let chosen: Theme = 'system';
let listening = false;

function paint(): void {
  const root = document.documentElement;
  root.dataset.theme = chosen === 'system' ? systemTheme() : chosen;
  root.dataset.themeChoice = chosen;
}

/** Follow the OS while the choice is "system"; safe to call more than once. */
function listenToSystem(): void {
  if (listening || typeof window.matchMedia !== 'function') return;
  listening = true;
  for (const query of Object.values(queries)) {
    window.matchMedia(query).addEventListener('change', () => {
      if (chosen === 'system') paint();
    });
  }
}

export function applyTheme(theme: Theme): void {
  chosen = theme;
  listenToSystem();
  paint();
}

export function applyTextSize(percent: number): void {
  const size = (TEXT_SIZES as readonly number[]).includes(percent) ? percent : 100;
  document.documentElement.style.fontSize = `${(BASE_FONT_PERCENT * size) / 100}%`;
  document.documentElement.dataset.textSize = String(size);
}
