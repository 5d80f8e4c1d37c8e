// What the Progress entry forms share: today's local date, whether typed
// date boxes make a real date, and where an error from Rust belongs.
import type { ApiError } from '../../../lib/ipc';
import { t } from '../../../lib/i18n';
export { localToday } from '../../../lib/procedure';

/** Whether DateFields' YYYY-MM-DD is a real day (Rust checks again, and the future). */
export function realDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const [y, m, d] = text.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A problem found before asking Rust, in the same shape as Rust's. */
export function localError(field: string, message: string): ApiError {
  return { code: 'invalid_input', message, field };
}

export const dateProblem = (field: string) => localError(field, t('entry-date-invalid'));

/** "3 Mar 2026" for a YYYY-MM-DD date, read as a local date. */
export function shortDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(year, month - 1, day));
}

/** The message for `field` when the error is about it. */
export function messageFor(error: ApiError | null, field: string): string | undefined {
  return error?.field === field ? error.message : undefined;
}
