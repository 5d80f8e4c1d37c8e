// Finding exercises by their words: a plain, forgiving match over the text a
// person reads (name, what it is for, steps, key points, and the purpose and
// position labels). Twelve exercises need no ranking; every word typed must
// appear somewhere, in any order, ignoring case, accents and punctuation.
import { positionLabel, purposeLabel } from '../../../lib/exercises';
import { t } from '../../../lib/i18n';
import type { Exercise } from '../../../lib/ipc/bindings/Exercise';
import { ALL, type LibraryFilters } from './filters.svelte';

/** Lower case, no accents, and any run of punctuation ("Cat–camel") as a space. */
function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const searchable = new Map<Exercise, string>();

function textOf(exercise: Exercise): string {
  let text = searchable.get(exercise);
  if (text === undefined) {
    const { name, purpose, steps, keyPoints } = exercise.text;
    text = ` ${normalise(
      [name, purpose, ...steps, ...keyPoints]
        .map((id) => t(id))
        .concat(purposeLabel(exercise.purpose), positionLabel(exercise.position))
        .join(' '),
    )} `;
    searchable.set(exercise, text);
  }
  return text;
}

/** "bridges" finds "bridge" too. */
function wordFound(text: string, word: string): boolean {
  if (text.includes(word)) return true;
  return word.length > 3 && word.endsWith('s') && text.includes(word.slice(0, -1));
}

export function matchesQuery(exercise: Exercise, query: string): boolean {
  const words = normalise(query).split(' ').filter(Boolean);
  const text = textOf(exercise);
  return words.every((word) => wordFound(text, word));
}

/** The exercises to show, in the library's own order. */
export function filterLibrary(library: readonly Exercise[], filters: LibraryFilters): Exercise[] {
  return library.filter(
    (exercise) =>
      (filters.purpose === ALL || exercise.purpose === filters.purpose) &&
      (filters.position === ALL || exercise.position === filters.position) &&
      matchesQuery(exercise, filters.query),
  );
}
