// What the Export page sends Rust: the format, the dates (worked out here
// from the person's local date), the name and date of birth if given, and
// the paper. Rust checks them again (not after today, in order, the name's
// length) and names the field it refuses.
import { t } from '../../lib/i18n';
import type { ApiError, ExportChoices, ExportFormat, PaperSize } from '../../lib/ipc';
import { formatDay, localDaysFromToday, localToday } from '../../lib/procedure';

export type DateChoice = 'procedure' | '3m' | '12m' | 'all' | 'custom';

/** What the report's form holds; the spreadsheets and FHIR share its dates. */
export interface ExportForm {
  dates: DateChoice;
  /** DateFields' YYYY-MM-DD (zeros where a box is empty). */
  from: string;
  to: string;
  name: string;
  birthDate: string;
  paper: PaperSize;
}

/** The fields Rust may name in an error, each shown beside its own field. */
export const FIELDS = ['since', 'until', 'birthDate', 'name'] as const;
export type Field = (typeof FIELDS)[number];
export const isField = (field: string | undefined): field is Field =>
  (FIELDS as readonly string[]).includes(field ?? '');

/** A4 but where Letter is the usual paper (the United States and Canada). */
export function defaultPaper(language = typeof navigator === 'undefined' ? 'en' : navigator.language): PaperSize {
  return /-(US|CA)\b/i.test(language) ? 'letter' : 'a4';
}

export function emptyForm(dates: DateChoice, paper = defaultPaper()): ExportForm {
  return { dates, from: '', to: '', name: '', birthDate: '', paper };
}

/** DateFields' value: null when nothing was typed, the date when it is a real
 * day, undefined when it is not one (31 February, a missing year). */
export function typedDate(value: string): string | null | undefined {
  if (/^0*-0*-0*$/.test(value) || value === '') return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  const real = y > 0 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  return real ? value : undefined;
}

const unreal = (field: Field): ApiError => ({ code: 'invalid_input', message: t('export-date-invalid'), field });

/** The first and last day for a date choice. The 3 and 12 months are the
 * Progress section's (91 and 365 days ending today), so the report matches
 * the charts; none means "from the first record" and "to today". */
export function period(
  form: ExportForm,
  procedureDate: string | null,
  today = localToday(),
): { since?: string; until?: string } | ApiError {
  switch (form.dates) {
    case 'procedure':
      return procedureDate ? { since: procedureDate } : {};
    case '3m':
      return { since: daysBefore(today, 90) };
    case '12m':
      return { since: daysBefore(today, 364) };
    case 'all':
      return {};
    case 'custom': {
      const since = typedDate(form.from);
      if (since === undefined) return unreal('since');
      const until = typedDate(form.to);
      if (until === undefined) return unreal('until');
      return { ...(since ? { since } : {}), ...(until ? { until } : {}) };
    }
  }
}

function daysBefore(today: string, days: number): string {
  const [y, m, d] = today.split('-').map(Number);
  return localDaysFromToday(-days, new Date(y, m - 1, d));
}

/** What to send for `format`, or the problem to show at its field. A backup is
 * always the whole journal; the name and date of birth go only where they are
 * printed (the report and FHIR); the paper only to the report. */
export function choicesFor(
  format: ExportFormat,
  form: ExportForm,
  procedureDate: string | null,
  today = localToday(),
): ExportChoices | ApiError {
  if (format === 'backup') return { format };
  const dates = period(form, procedureDate, today);
  if ('code' in dates) return dates;
  const choices: ExportChoices = { format, ...dates };
  if (format === 'pdf' || format === 'fhir') {
    const name = form.name.trim();
    if (name) choices.name = name;
    const birthDate = typedDate(form.birthDate);
    if (birthDate === undefined) return unreal('birthDate');
    if (birthDate) choices.birthDate = birthDate;
  }
  if (format === 'pdf') choices.paper = form.paper;
  return choices;
}

/** The dates in words, for the sentence under the spreadsheets and FHIR. */
export function periodPhrase(form: ExportForm, procedureDate: string | null): string {
  switch (form.dates) {
    case 'procedure':
      return procedureDate ? t('export-period-procedure', { date: formatDay(procedureDate) }) : t('export-period-all');
    case '3m':
      return t('export-period-3m');
    case '12m':
      return t('export-period-12m');
    case 'all':
      return t('export-period-all');
    case 'custom': {
      const from = typedDate(form.from);
      const to = typedDate(form.to);
      if (from === undefined || to === undefined) return t('export-period-unclear');
      if (from && to) return t('export-period-between', { from: formatDay(from), to: formatDay(to) });
      if (from) return t('export-period-from', { from: formatDay(from) });
      if (to) return t('export-period-until', { to: formatDay(to) });
      return t('export-period-all');
    }
  }
}
