// Numbers and dates as the Progress charts and tables show them. Formatting
// only: every statistic is Rust's.
import { parseISO } from 'date-fns';

/** A mean to one decimal: "6.1", "7.0". */
export const oneDecimal = (value: number) =>
  new Intl.NumberFormat(undefined, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);

/** A whole number or a total as stored, without trailing zeros: "22", "6.5". */
export const plainNumber = (value: number) =>
  new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 }).format(value);

/** A YYYY-MM-DD local date as the time in ms of its local midnight (not UTC). */
export const dayTime = (date: string) => parseISO(date).getTime();

/** "7 Apr" for an axis, where space is short; tables spell dates out. */
export const axisDay = (date: string) =>
  new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' }).format(parseISO(date));

/** "Apr 2030" for a YYYY-MM month on an axis of many months: the year matters there. */
export const axisMonth = (month: string) =>
  new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric' }).format(parseISO(`${month}-01`));

/** "7 April 2030": in a sentence, where the weekday would be noise. */
export const sentenceDay = (date: string) =>
  new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(parseISO(date));
