// Words and times for reminders that rang, shared by the banners, the
// catch-up prompt, the next-reminder line and the follow-up offer: the
// heading for each kind, and a time read the way a person reads a clock.
// A reminder's `local` is the wall clock it was set for ('2026-03-03T10:00:00',
// no zone), so it is read as local time, never as UTC.
import { differenceInCalendarDays, parseISO } from 'date-fns';
import { t } from '../i18n';
import type { LocalTime, ReminderKind } from '../ipc';

/** "Time for your exercises": the same words as the desktop notification. */
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

/** "10:00" (or "10:00 AM") in the person's own clock style. */
export function clockTime(at: Date): string {
  return new Intl.DateTimeFormat(undefined, { timeStyle: 'short' }).format(at);
}

/** A wall-clock time ('2026-03-03T10:00:00') or an instant (RFC 3339) as a Date. */
export const toDate = (when: string) => parseISO(when);

/** "today at 10:00", "tomorrow at 10:00", "Thursday at 10:00" within the
 * week, or "Thursday 12 March 2026 at 10:00" further off. */
export function whenLabel(at: Date, now = new Date()): string {
  const days = differenceInCalendarDays(at, now);
  const time = clockTime(at);
  if (days === 0) return t('next-reminder-when', { day: 'today', time, date: '' });
  if (days === 1) return t('next-reminder-when', { day: 'tomorrow', time, date: '' });
  const date =
    days > 1 && days < 7
      ? new Intl.DateTimeFormat(undefined, { weekday: 'long' }).format(at)
      : new Intl.DateTimeFormat(undefined, { dateStyle: 'full' }).format(at);
  return t('next-reminder-when', { day: 'other', time, date });
}

/** When a missed reminder was set for: "10:00" today, "Yesterday at 21:00",
 * or the full date for anything older. */
export function missedLabel(local: string, now = new Date()): string {
  const at = toDate(local);
  const days = differenceInCalendarDays(now, at);
  if (days === 0) return clockTime(at);
  if (days === 1) return t('catch-up-yesterday', { time: clockTime(at) });
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'short' }).format(at);
}

/** Hour and minute as typed into two boxes, or null if they are not a time of day. */
export function parseTime(hour: string, minute: string): LocalTime | null {
  const h = hour.trim();
  const m = minute.trim() || '0';
  if (!/^\d{1,2}$/.test(h) || !/^\d{1,2}$/.test(m)) return null;
  const time = { hour: Number(h), minute: Number(m) };
  return time.hour <= 23 && time.minute <= 59 ? time : null;
}

export const twoDigits = (n: number) => String(n).padStart(2, '0');

/** A stable key for one ringing of one reminder. */
export const occurrenceKey = (o: { reminderId: number; due: string }) => `${o.reminderId}@${o.due}`;

/** An attachment for a small panel: Escape inside it calls `close`, and
 * closes only the panel, not a dialog around it. */
export function escapeCloses(close: () => void) {
  return (element: HTMLElement) => {
    const onkeydown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation();
      close();
    };
    element.addEventListener('keydown', onkeydown);
    return () => element.removeEventListener('keydown', onkeydown);
  };
}
