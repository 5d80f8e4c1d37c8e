// Words for the 0–10 pain scale (NPRS). Shown next to the number; they
// describe the number and never interpret it.
import { t } from './i18n';

export const PAIN_MIN = 0;
export const PAIN_MAX = 10;
export const NOTE_MAX = 2000;

export function painWord(score: number): string {
  if (score <= 0) return t('pain-word-0');
  if (score <= 3) return t('pain-word-mild');
  if (score <= 6) return t('pain-word-moderate');
  if (score <= 9) return t('pain-word-severe');
  return t('pain-word-10');
}

/** "6, Moderate": what a screen reader says for the slider. */
export function painValueText(score: number): string {
  return t('pain-valuetext', { score, word: painWord(score) });
}
