// Words and shapes for reminders: how a schedule reads ("Every day at 10:00"),
// when one rings ("tomorrow at 10:00"), when a missed one was set for, the
// heading and label for each kind, and the form's fields as a draft. The rules
// (the message's length, days, times, a one-off in the future) are Rust's
// (relief-core): nothing here checks them. Dates and times are written in the
// person's own style (Intl), like lib/i18n's helpers. A reminder's wall-clock
// time ('2026-03-03T10:00:00', no zone) is read as local time, never as UTC.
import { addDays, differenceInCalendarDays, parseISO } from 'date-fns';
import { t } from './i18n';
import type { DueReminder } from './ipc/bindings/DueReminder';
import type { ApiError, LocalTime, Reminder, ReminderDraft, ReminderKind, Schedule, Weekday } from './ipc';

export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
/** Monday to Friday, for the "Weekdays" shortcut. */
export const WORKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];
export const KINDS: readonly ReminderKind[] = ['routine', 'diary', 'followUp', 'custom'];

/** The suggested reminders' times (relief-core's `default_reminders`), for the offer's words. */
export const SUGGESTED_TIMES = { routine: { hour: 10, minute: 0 }, diary: { hour: 19, minute: 0 } } as const;

export function kindLabel(kind: ReminderKind): string {
  switch (kind) {
    case 'routine':
      return t('reminders-kind-routine');
    case 'diary':
      return t('reminders-kind-diary');
    case 'followUp':
      return t('reminders-kind-follow-up');
    default:
      return t('reminders-kind-custom');
  }
}

/** "Time for your exercises": a reminder that rang, in the same words as the
 * desktop notification. */
export function reminderTitle(kind: ReminderKind): string {
  switch (kind) {
    case 'routine':
      return t('reminder-title-routine');
    case 'diary':
      return t('reminder-title-diary');
    case 'followUp':
      return t('reminder-title-follow-up');
    default:
      return t('reminder-title-custom');
  }
}

/** The words a new reminder of this kind starts with; the person's own once saved. */
export function defaultMessage(kind: ReminderKind): string {
  switch (kind) {
    case 'routine':
      return t('reminder-default-routine');
    case 'diary':
      return t('reminder-default-diary');
    case 'followUp':
      return t('reminders-default-follow-up');
    default:
      return '';
  }
}

// 1 January 2024 was a Monday: the day names come from Intl, in the person's
// language, rather than from a list of our own.
const A_MONDAY = new Date(2024, 0, 1);

/** "Monday", spelt out so nobody has to decode an abbreviation. */
export function dayName(day: Weekday, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long' }).format(addDays(A_MONDAY, WEEKDAYS.indexOf(day)));
}

/** "10:00" (or "10:00 AM") in the person's own clock style. */
export function clockTime(time: LocalTime | Date, locale?: string): string {
  const at = time instanceof Date ? time : new Date(2024, 0, 1, time.hour, time.minute);
  return new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(at);
}

/** A wall-clock time ('2026-03-03T10:00:00') or an instant (RFC 3339) as a Date. */
export const toDate = (when: string) => parseISO(when);

/** Quiet hours, a snooze or the pause moved it from the wall time it was set
 * for: `occurrence.due` is when it really rings, and the time to show as
 * "next" (the time it was set for may already have passed). */
export const wasMoved = (due: DueReminder) =>
  Math.abs(toDate(due.occurrence.due).getTime() - toDate(due.occurrence.local).getTime()) >= 60_000;

/** An hour on its own for a picker: "07" or "7 AM". */
export function hourLabel(hour: number, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { hour: 'numeric' }).format(new Date(2024, 0, 1, hour));
}

export const twoDigits = (n: number) => String(n).padStart(2, '0');

/** Hour and minute as typed into two boxes, or null if they are not a time of day. */
export function parseTime(hour: string, minute: string): LocalTime | null {
  const h = hour.trim();
  const m = minute.trim() || '0';
  if (!/^\d{1,2}$/.test(h) || !/^\d{1,2}$/.test(m)) return null;
  const time = { hour: Number(h), minute: Number(m) };
  return time.hour <= 23 && time.minute <= 59 ? time : null;
}

function listOf(items: string[], locale?: string): string {
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
}

const byClock = (a: LocalTime, b: LocalTime) => a.hour - b.hour || a.minute - b.minute;

/** "Thursday 3 December", with the year only when it is not this year. */
function dayAndDate(date: Date, now: Date, locale?: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: date.getFullYear() === now.getFullYear() ? undefined : 'numeric',
  }).format(date);
}

/** "Every day at 10:00", "Every Monday, Wednesday and Friday at 08:00 and
 * 18:00", "Once, Thursday 3 December at 09:30". */
export function describeSchedule(schedule: Schedule, now = new Date(), locale?: string): string {
  if (schedule.kind === 'once') {
    const at = toDate(schedule.at);
    return t('reminders-when-once', { date: dayAndDate(at, now, locale), time: clockTime(at, locale) });
  }
  const days = WEEKDAYS.filter((d) => schedule.days.includes(d));
  const times = listOf([...schedule.times].sort(byClock).map((time) => clockTime(time, locale)), locale);
  if (days.length === WEEKDAYS.length) return t('reminders-when-every-day', { times });
  if (days.length === WORKDAYS.length && WORKDAYS.every((d) => days.includes(d))) {
    return t('reminders-when-weekdays', { times });
  }
  if (days.length === 0) return t('reminders-when-no-days', { times });
  return t('reminders-when-days', { days: listOf(days.map((d) => dayName(d, locale)), locale), times });
}

export interface WhenOptions {
  now?: Date;
  locale?: string;
  /** Further off than a week, always the full date with the year ("Thursday
   * 12 March 2026"), as Today's next-reminder line and the follow-up offer
   * say it; otherwise the year only when it is not this year. */
  fullDate?: boolean;
}

/** "today at 10:00", "tomorrow at 08:00", "Thursday at 10:00" within the
 * week, or "Thursday 3 December at 10:00". `when` is a wall-clock time or
 * RFC 3339 (with or without an offset: without one it is the local wall
 * clock). */
export function describeWhen(when: string, { now = new Date(), locale, fullDate = false }: WhenOptions = {}): string {
  const date = toDate(when);
  const time = clockTime(date, locale);
  const days = differenceInCalendarDays(date, now);
  if (days === 0) return t('reminders-today-at', { time });
  if (days === 1) return t('reminders-tomorrow-at', { time });
  const day =
    days > 1 && days < 7
      ? new Intl.DateTimeFormat(locale, { weekday: 'long' }).format(date)
      : fullDate
        ? new Intl.DateTimeFormat(locale, { dateStyle: 'full' }).format(date)
        : dayAndDate(date, now, locale);
  return t('reminders-day-at', { day, time });
}

/** When a missed reminder was set for: "10:00" today, "Yesterday at 21:00",
 * or the full date for anything older. */
export function missedLabel(local: string, now = new Date(), locale?: string): string {
  const at = toDate(local);
  const days = differenceInCalendarDays(now, at);
  if (days === 0) return clockTime(at, locale);
  if (days === 1) return t('catch-up-yesterday', { time: clockTime(at, locale) });
  return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short' }).format(at);
}

/** A stable key for one ringing of one reminder. */
export const occurrenceKey = (o: { reminderId: number; due: string }) => `${o.reminderId}@${o.due}`;

/** What a reminder is called where it needs naming: "Exercises, every day at 10:00". */
export function reminderName(reminder: Pick<Reminder, 'kind' | 'schedule'>, now = new Date()): string {
  return t('reminders-name', { kind: kindLabel(reminder.kind), when: describeSchedule(reminder.schedule, now) });
}

/** The form's fields. Both schedules are kept while the person switches
 * between them, so nothing typed is lost. */
export interface ReminderFields {
  kind: ReminderKind;
  message: string;
  enabled: boolean;
  repeat: 'weekly' | 'once';
  days: Weekday[];
  times: LocalTime[];
  /** YYYY-MM-DD, as DateFields holds it. */
  date: string;
  time: LocalTime;
}

/** Fields for a new reminder: exercises, every day at 10:00. */
export function newFields(tomorrow: string): ReminderFields {
  return {
    kind: 'routine',
    message: defaultMessage('routine'),
    enabled: true,
    repeat: 'weekly',
    days: [...WEEKDAYS],
    times: [{ ...SUGGESTED_TIMES.routine }],
    date: tomorrow,
    time: { hour: 9, minute: 0 },
  };
}

/** Fields to change a stored reminder. */
export function fieldsOf(reminder: Reminder, tomorrow: string): ReminderFields {
  const fields = { ...newFields(tomorrow), kind: reminder.kind, message: reminder.message, enabled: reminder.enabled };
  const schedule = reminder.schedule;
  if (schedule.kind === 'weekly') {
    return { ...fields, repeat: 'weekly', days: [...schedule.days], times: schedule.times.map((time) => ({ ...time })) };
  }
  const [date, clock = '00:00'] = schedule.at.split('T');
  const [hour, minute] = clock.split(':').map(Number);
  return { ...fields, repeat: 'once', date, time: { hour, minute } };
}

/** The draft Rust checks: only the schedule chosen, days in week order. */
export function draftOf(fields: ReminderFields): ReminderDraft {
  const schedule: Schedule =
    fields.repeat === 'weekly'
      ? { kind: 'weekly', days: WEEKDAYS.filter((d) => fields.days.includes(d)), times: fields.times.map((time) => ({ ...time })) }
      : { kind: 'once', at: `${fields.date}T${twoDigits(fields.time.hour)}:${twoDigits(fields.time.minute)}:00` };
  return { kind: fields.kind, message: fields.message, enabled: fields.enabled, schedule };
}

/** The draft of a stored reminder with one change, such as switching it off. */
export function draftFrom(reminder: Reminder, change: Partial<ReminderDraft> = {}): ReminderDraft {
  return { kind: reminder.kind, message: reminder.message, enabled: reminder.enabled, schedule: reminder.schedule, ...change };
}

/** Where in the form an error belongs, from Rust's `field` path. */
export type ErrorPlace =
  | { part: 'message' | 'days' | 'times' | 'date' | 'general' }
  | { part: 'time'; index: number };

export function placeOf(error: ApiError, repeat: ReminderFields['repeat']): ErrorPlace {
  const field = error.field ?? '';
  if (field === 'message') return { part: 'message' };
  if (field === 'schedule.days') return { part: 'days' };
  const index = field.match(/^schedule\.times\[(\d+)\]/)?.[1];
  if (index !== undefined) return { part: 'time', index: Number(index) };
  if (field.startsWith('schedule.times')) return { part: 'times' };
  if (field.startsWith('schedule.at')) return { part: 'date' };
  // A date that is not a real one (31 February) does not even reach the rules
  // and comes back without a field, as does one implausibly far away; on a
  // one-off only the date can be at fault, so it is shown there.
  if (!field && repeat === 'once' && (error.code === 'invalid_input' || error.code === 'date_implausible')) {
    return { part: 'date' };
  }
  return { part: 'general' };
}

/** Minutes offered in a picker: every five, plus the one already set. */
export function minuteChoices(current: number): number[] {
  const choices = Array.from({ length: 12 }, (_, i) => i * 5);
  return choices.includes(current) ? choices : [...choices, current].sort((a, b) => a - b);
}
