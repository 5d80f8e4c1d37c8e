// The one place where words are looked up. Every string a person sees comes
// from the Fluent catalog, which the Rust side reads too.
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import englishSource from '../../locales/en/relief-window.ftl?raw';
import englishLearn from '../../locales/en/learn.ftl?raw';
import englishExerciseDrawings from '../../locales/en/exercise-drawings.ftl?raw';
import englishExercises from '../../locales/en/exercises.ftl?raw';
import englishRoutine from '../../locales/en/routine.ftl?raw';
import englishClinician from '../../locales/en/clinician.ftl?raw';
import englishReminders from '../../locales/en/reminders.ftl?raw';
import englishRemindersBanner from '../../locales/en/reminders-banner.ftl?raw';
import englishProgress from '../../locales/en/progress.ftl?raw';
import englishProgressEntry from '../../locales/en/progress-entry.ftl?raw';
import englishExport from '../../locales/en/export.ftl?raw';
import englishPlanOffers from '../../locales/en/plan-offers.ftl?raw';

export type Args = Record<string, FluentVariable>;

export const SUPPORTED_LANGUAGES = ['en'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

// The main catalog, and Learn's pages kept in their own file (learn.ftl) so
// the long texts do not crowd the messages Rust shares; the same for the
// exercise drawings' titles and descriptions (exercise-drawings.ftl), and the
// exercise library's words (exercises.ftl), whose ids relief-core names; and
// the Routine section's own words (routine.ftl), and clinician mode's plan
// builder (clinician.ftl); Progress's charts and tables (progress.ftl) and the
// forms that add to the record: diary, walking, PSFS, ODI/RMDQ (progress-entry.ftl);
// Export's report, spreadsheets, FHIR, backup and restore, and review mode (export.ftl);
// what the app offers as the window moves on: a phase's plan, a dose's next step (plan-offers.ftl).
const englishSources = [
  englishSource,
  englishLearn,
  englishExerciseDrawings,
  englishExercises,
  englishRoutine,
  englishClinician,
  englishReminders,
  englishRemindersBanner,
  englishProgress,
  englishProgressEntry,
  englishExport,
  englishPlanOffers,
];

function makeBundle(locale: string, sources: string[]): FluentBundle {
  // No isolation marks: they show up as stray characters in some places
  // (window titles, copied text) and the app has no right-to-left text yet.
  const bundle = new FluentBundle(locale, { useIsolating: false });
  // addResource also reports an id defined twice, across the files.
  const errors = sources.flatMap((source) => bundle.addResource(new FluentResource(source)));
  if (errors.length > 0) {
    throw new Error(`The ${locale} catalog has syntax errors: ${errors.map(String).join('; ')}`);
  }
  return bundle;
}

const bundles: Record<Language, FluentBundle> = { en: makeBundle('en', englishSources) };
let current: Language = 'en';

export function setLanguage(language: string): void {
  current = (SUPPORTED_LANGUAGES as readonly string[]).includes(language)
    ? (language as Language)
    : 'en';
  document.documentElement.lang = current;
}

export function locale(): string {
  return current;
}

/** Whose records the words are about: the person's own ("self"), or, while a
 * physiotherapist reviews a patient's backup, the patient's. Messages that
 * would say "your" about records choose their words with `$reader`. */
export type Reader = 'self' | 'patient';
let reader: Reader = 'self';

/** Set by review mode (lib/review.svelte.ts) as a review opens and closes;
 * both move to another section, so the next page drawn uses it. */
export function setReader(next: Reader): void {
  reader = next;
}

/** The message `id` in the current language, or the id itself if it is missing. */
export function t(id: string, args?: Args): string {
  const bundle = bundles[current];
  const message = bundle.getMessage(id);
  if (!message?.value) return id;
  return bundle.formatPattern(message.value, { reader, ...args });
}

/** Every message id in the English catalog (for tests). */
export function catalogIds(): string[] {
  return englishSources
    .flatMap((source) => new FluentResource(source).body)
    .map((entry) => entry.id)
    .filter((id) => !id.startsWith('-'));
}

/** "09:30" in the person's own clock style. */
export function formatTime(iso: string): string {
  return new Intl.DateTimeFormat(undefined, { timeStyle: 'short' }).format(new Date(iso));
}

/** "Tuesday 3 March 2026 at 09:30" in the person's own style: spelt out, so
 * nobody has to decode an abbreviation. */
export function formatDateTime(iso: string): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'short' }).format(
    new Date(iso),
  );
}
