// lib/reminders: how schedules and times read (the Reminders page, Today's
// line, the banners, the catch-up prompt and the follow-up offer), and the
// form's draft. Written with en-GB so the expected words do not depend on the
// machine's locale.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { describe, expect, it } from 'vitest';
import type { ApiError, Reminder, Schedule, Weekday } from '../src/lib/ipc';
import {
  clockTime,
  describeSchedule,
  describeWhen,
  draftOf,
  fieldsOf,
  minuteChoices,
  missedLabel,
  newFields,
  parseTime,
  placeOf,
  WEEKDAYS,
} from '../src/lib/reminders';

const GB = 'en-GB';
// A Tuesday morning.
const NOW = new Date(2026, 2, 3, 9, 30);

const weekly = (days: Weekday[], times: [number, number][]): Schedule => ({
  kind: 'weekly',
  days,
  times: times.map(([hour, minute]) => ({ hour, minute })),
});

describe('describeSchedule', () => {
  it.each<[Schedule, string]>([
    [weekly([...WEEKDAYS], [[10, 0]]), 'Every day at 10:00'],
    [weekly(['fri', 'mon', 'tue', 'wed', 'thu'], [[8, 0]]), 'Monday to Friday at 08:00'],
    [weekly(['fri', 'mon', 'wed'], [[18, 0], [8, 0]]), 'Every Monday, Wednesday and Friday at 08:00 and 18:00'],
    [weekly(['sun'], [[7, 5], [12, 30], [21, 0]]), 'Every Sunday at 07:05, 12:30 and 21:00'],
    [{ kind: 'once', at: '2026-12-03T09:30:00' }, 'Once, on Thursday 3 December at 09:30'],
    [{ kind: 'once', at: '2027-02-03T09:30:00' }, 'Once, on Wednesday, 3 February 2027 at 09:30'],
  ])('%j reads "%s"', (schedule, words) => {
    expect(describeSchedule(schedule, NOW, GB)).toBe(words);
  });
});

describe('describeWhen', () => {
  it.each([
    ['2026-03-03T19:00:00', 'today at 19:00'],
    ['2026-03-04T08:00:00', 'tomorrow at 08:00'],
    ['2026-03-05T10:00:00', 'Thursday at 10:00'],
    ['2026-03-09T10:00:00', 'Monday at 10:00'],
    ['2026-03-10T10:00:00', 'Tuesday 10 March at 10:00'],
  ])('%s is "%s"', (when, words) => {
    expect(describeWhen(when, { now: NOW, locale: GB })).toBe(words);
  });

  it.each([
    ['2026-03-04T08:00:00', 'tomorrow at 08:00'],
    ['2026-03-05T10:00:00', 'Thursday at 10:00'],
    ['2026-03-10T10:00:00', 'Tuesday, 10 March 2026 at 10:00'],
  ])('%s is "%s" with the full date', (when, words) => {
    expect(describeWhen(when, { now: NOW, locale: GB, fullDate: true })).toBe(words);
  });

  it('reads an instant with an offset in local time', () => {
    const instant = new Date(2026, 2, 4, 8, 0).toISOString();
    expect(describeWhen(instant, { now: NOW, locale: GB })).toBe('tomorrow at 08:00');
  });
});

describe('clock times', () => {
  it.each<[Parameters<typeof clockTime>[0], string]>([
    [{ hour: 7, minute: 5 }, '07:05'],
    [{ hour: 21, minute: 0 }, '21:00'],
    [new Date(2026, 2, 3, 15, 30), '15:30'],
  ])('%j reads "%s"', (time, words) => {
    expect(clockTime(time, GB)).toBe(words);
  });

  it.each([
    ['2026-03-03T08:00:00', '08:00'],
    ['2026-03-02T21:00:00', 'Yesterday at 21:00'],
    ['2026-02-28T10:00:00', 'Saturday, 28 February 2026 at 10:00'],
  ])('a reminder missed at %s was set for "%s"', (local, words) => {
    expect(missedLabel(local, NOW, GB)).toBe(words);
  });

  it.each<[string, string, { hour: number; minute: number } | null]>([
    ['15', '30', { hour: 15, minute: 30 }],
    ['09', '05', { hour: 9, minute: 5 }],
    [' 7 ', '', { hour: 7, minute: 0 }],
    ['0', '59', { hour: 0, minute: 59 }],
    ['24', '00', null],
    ['10', '60', null],
    ['', '30', null],
    ['1a', '00', null],
    ['100', '0', null],
  ])('typed "%s" and "%s" is %j', (hour, minute, time) => {
    expect(parseTime(hour, minute)).toEqual(time);
  });
});

describe('the form as a draft', () => {
  it('sends only the chosen schedule, days in week order', () => {
    const fields = { ...newFields('2026-03-04'), days: ['fri', 'mon'] as Weekday[], times: [{ hour: 18, minute: 0 }] };
    expect(draftOf(fields)).toEqual({
      kind: 'routine',
      message: "Time for today's exercises. A little, often, is the aim.",
      enabled: true,
      schedule: { kind: 'weekly', days: ['mon', 'fri'], times: [{ hour: 18, minute: 0 }] },
    });
    expect(draftOf({ ...fields, repeat: 'once', date: '2026-12-03', time: { hour: 9, minute: 5 } }).schedule).toEqual({
      kind: 'once',
      at: '2026-12-03T09:05:00',
    });
  });

  it('round-trips a stored one-off', () => {
    const reminder: Reminder = { id: 4, kind: 'followUp', message: 'Clinic', enabled: false, schedule: { kind: 'once', at: '2026-12-03T14:45:00' } };
    const fields = fieldsOf(reminder, '2026-03-04');
    expect(fields).toMatchObject({ repeat: 'once', date: '2026-12-03', time: { hour: 14, minute: 45 }, enabled: false });
    expect(draftOf(fields)).toEqual({ kind: 'followUp', message: 'Clinic', enabled: false, schedule: reminder.schedule });
  });
});

describe('placeOf: where an error shows', () => {
  const error = (code: string, field?: string): ApiError => ({ code, message: '…', ...(field ? { field } : {}) });
  it.each<[ApiError, 'weekly' | 'once', unknown]>([
    [error('field_required', 'message'), 'weekly', { part: 'message' }],
    [error('no_weekday', 'schedule.days'), 'weekly', { part: 'days' }],
    [error('no_time', 'schedule.times'), 'weekly', { part: 'times' }],
    [error('too_many_times', 'schedule.times'), 'weekly', { part: 'times' }],
    [error('time_out_of_range', 'schedule.times[1].hour'), 'weekly', { part: 'time', index: 1 }],
    [error('reminder_in_past', 'schedule.at'), 'once', { part: 'date' }],
    [error('invalid_input'), 'once', { part: 'date' }],
    [error('date_implausible'), 'once', { part: 'date' }],
    [error('invalid_input'), 'weekly', { part: 'general' }],
    [error('storage_failed'), 'once', { part: 'general' }],
  ])('%j on a %s reminder', (problem, repeat, place) => {
    expect(placeOf(problem, repeat)).toEqual(place);
  });
});

it('offers minutes every five, keeping one already set', () => {
  expect(minuteChoices(0)).toHaveLength(12);
  expect(minuteChoices(7)).toEqual([0, 5, 7, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]);
});

it('words the page, settings and offer at Flesch-Kincaid grade 8 or below', () => {
  // Every message of reminders.ftl as one text, as on the learn pages; a
  // variable reads as a short word.
  const ftl = readFileSync(join(__dirname, '..', 'src', 'locales', 'en', 'reminders.ftl'), 'utf8');
  const text = ftl
    .split('\n')
    .filter((line) => /^[a-z][a-z0-9-]* = /.test(line))
    .map((line) => line.split(' = ')[1].replace(/\{[^}]*\}/g, 'ten'))
    .map((line) => (/[.?]$/.test(line) ? line : `${line}.`))
    .join('\n');
  const sentences = [...new Intl.Segmenter('en', { granularity: 'sentence' }).segment(text)].filter((s) => /\p{L}/u.test(s.segment));
  const words = [...new Intl.Segmenter('en', { granularity: 'word' }).segment(text)].filter((w) => w.isWordLike).map((w) => w.segment);
  const grade = fleschKincaid({ sentence: sentences.length, word: words.length, syllable: words.reduce((sum, w) => sum + syllable(w), 0) });
  expect(grade).toBeLessThanOrEqual(8);
});
