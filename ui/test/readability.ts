// The readability measure the readability tests share: Flesch–Kincaid grade
// (the `flesch-kincaid` package) over sentences only, with syllables from
// `syllable` and sentences and words split by the standard Intl.Segmenter
// (Unicode rules).
//
// Two things would flatter the score if counted naively, so they are not:
//
// - Headings, labels and list lead-ins ("When to stop", "Key points",
//   "Call your local emergency number now if you have") are short fragments.
//   Counted as sentences of their own they pull the words-per-sentence down,
//   so each is counted as part of the sentence that follows it (the sentence a
//   reader reads it with). That can only make a grade higher, never lower.
// - Numbers and symbols have no letters: `syllable` gives "30" no syllables,
//   and "%", "×" and "–" are not words at all, so "2 × 20–30 s" would count as
//   four very easy words. Every number and symbol is first turned into the
//   words it is read as ("two times twenty to thirty seconds"), and
//   initialisms read letter by letter (RFN, NHS) count a syllable per letter.
//   A file path (in a notice) is counted as one long word.
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

export const MAX_GRADE = 8.0;

/** A piece of text as a person reads it: prose, or a heading (or label, or a
 * list's lead-in) that belongs with the sentence after it. */
export interface Piece {
  text: string;
  heading?: boolean;
}

export const prose = (text: string): Piece => ({ text });
export const heading = (text: string): Piece => ({ text, heading: true });

const ONES = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

function belowThousand(n: number): string[] {
  const words: string[] = [];
  if (n >= 100) {
    words.push(ONES[Math.floor(n / 100)], 'hundred');
    n %= 100;
    if (n > 0) words.push('and');
  }
  if (n >= 20) {
    words.push(TENS[Math.floor(n / 10)]);
    if (n % 10 > 0) words.push(ONES[n % 10]);
  } else if (n > 0 || words.length === 0) {
    words.push(ONES[n]);
  }
  return words;
}

/** A whole number as it is read aloud ("23500" → "twenty three thousand five
 * hundred"; a year such as 2026 → "two thousand and twenty six"). */
export function numberWords(n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new Error(`not a whole number: ${n}`);
  if (n === 0) return 'zero';
  const words: string[] = [];
  const millions = Math.floor(n / 1_000_000);
  const thousands = Math.floor((n % 1_000_000) / 1000);
  const rest = n % 1000;
  if (millions > 0) words.push(...belowThousand(millions), 'million');
  if (thousands > 0) words.push(...belowThousand(thousands), 'thousand');
  if (rest > 0) {
    if (words.length > 0 && rest < 100) words.push('and');
    words.push(...belowThousand(rest));
  }
  return words.join(' ');
}

function spokenNumber(raw: string): string {
  const [whole, fraction] = raw.replace(/,(?=\d{3}\b)/g, '').split('.');
  const words = numberWords(Number(whole));
  if (!fraction) return words;
  return `${words} point ${[...fraction].map((d) => ONES[Number(d)]).join(' ')}`;
}

/** Initialisms read letter by letter: all capitals with no vowel (RFN, NHS,
 * MSK), and a few that have one (RFA, US, UK). Acronyms read as a word (NICE,
 * MINT) are left alone. */
const SPELLED = new Set(['RFA', 'US', 'UK', 'ODI', 'PDF', 'CSV', 'FHIR', 'ICS']);

const LETTER_NAMES: Record<string, string> = {
  A: 'ay', B: 'bee', C: 'see', D: 'dee', E: 'ee', F: 'ef', G: 'gee', H: 'aitch', I: 'eye',
  J: 'jay', K: 'kay', L: 'el', M: 'em', N: 'en', O: 'oh', P: 'pee', Q: 'queue', R: 'ar',
  S: 'ess', T: 'tee', U: 'you', V: 'vee', W: 'double you', X: 'ex', Y: 'why', Z: 'zed',
};

function spellOut(word: string): string {
  return [...word].map((letter) => LETTER_NAMES[letter]).join(' ');
}

/** The text as it is read aloud: numbers, ranges and symbols as words. */
export function spoken(text: string): string {
  return (
    text
      .replace(/[\u2068\u2069]/g, '')
      // A file path is a name, not words to read: one long word.
      .replace(/(^|\s)(?:~?\/|[A-Za-z]:\\)\S+/g, '$1location ')
      // 08:00 → eight hundred, 21:30 → twenty one thirty
      .replace(/\b(\d{1,2}):(\d{2})\b/g, (_, h: string, m: string) =>
        `${spokenNumber(String(Number(h)))} ${m === '00' ? 'hundred' : spokenNumber(String(Number(m)))}`,
      )
      // Ranges: 20–30, 3 to 10 → "20 to 30"
      .replace(/(\d)\s*[–-]\s*(?=\d)/g, '$1 to ')
      // A minus sign before a number
      .replace(/(^|[\s(])[−-](?=\d)/g, '$1minus ')
      .replace(/\s*×\s*/g, ' times ')
      .replace(/\s*%/g, ' per cent')
      .replace(/\s*°C\b/g, ' degrees')
      .replace(/(\d)\s*s\b/g, '$1 seconds')
      .replace(/(\d)\s*h\b/g, '$1 hours')
      .replace(/(\d)\s*min\b/g, '$1 minutes')
      .replace(/\d+(?:,\d{3})*(?:\.\d+)?/g, (n) => ` ${spokenNumber(n)} `)
      .replace(/\b[A-Z]{2,5}\b/g, (word) => (/^[^AEIOUY]+$/.test(word) || SPELLED.has(word) ? spellOut(word) : word))
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** One line per message: Fluent keeps the line breaks of multiline values,
 * which are layout, not sentence ends. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The sentences a person reads, each heading joined to the sentence after it. */
export function sentences(pieces: readonly Piece[]): string[] {
  const out: string[] = [];
  let pending: string[] = [];
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  for (const piece of pieces) {
    const text = spoken(oneLine(piece.text));
    if (!/\p{L}/u.test(text)) continue;
    if (piece.heading) {
      pending.push(text.replace(/[:.]$/, ''));
      continue;
    }
    const found = [...segmenter.segment(text)].map((s) => s.segment.trim()).filter((s) => /\p{L}/u.test(s));
    if (pending.length > 0 && found.length > 0) {
      found[0] = `${pending.join(' ')} ${found[0]}`;
      pending = [];
    }
    out.push(...found);
  }
  // A heading with nothing after it labels nothing: it is not counted.
  return out;
}

export interface Measure {
  grade: number;
  sentences: number;
  words: number;
  syllables: number;
}

export function measure(pieces: readonly Piece[]): Measure {
  const found = sentences(pieces);
  const wordSegmenter = new Intl.Segmenter('en', { granularity: 'word' });
  const words = found.flatMap((sentence) =>
    [...wordSegmenter.segment(sentence)].filter((w) => w.isWordLike).map((w) => w.segment),
  );
  const syllables = words.reduce((sum, word) => sum + Math.max(1, syllable(word)), 0);
  return {
    grade: fleschKincaid({ sentence: found.length, word: words.length, syllable: syllables }),
    sentences: found.length,
    words: words.length,
    syllables,
  };
}

export const grade = (pieces: readonly Piece[]) => measure(pieces).grade;
