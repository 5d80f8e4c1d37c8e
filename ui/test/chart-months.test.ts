// Many weeks drawn month by month: each month adds up its weeks (a week counts
// in the month it starts) and its share is done over planned.
import { describe, expect, it } from 'vitest';
import { byMonth, MAX_WEEKLY_BARS } from '../src/lib/charts/months';
import { PROGRESS } from './fake-journal';

const week = (weekStart: string, planned: number, done: number) => ({
  weekStart,
  planned,
  done,
  percent: planned > 0 ? Math.round((100 * done) / planned) : null,
});

describe('byMonth', () => {
  it('adds up the weeks of each month', () => {
    expect(
      byMonth([week('2026-01-26', 5, 4), week('2026-02-02', 5, 5), week('2026-02-09', 5, 1), week('2026-03-02', 0, 2)]),
    ).toEqual([
      { month: '2026-01', planned: 5, done: 4, percent: 80 },
      { month: '2026-02', planned: 10, done: 6, percent: 60 },
      { month: '2026-03', planned: 0, done: 2, percent: null },
    ]);
    expect(byMonth([])).toEqual([]);
  });

  it('keeps every day of the fixture’s twelve months', () => {
    const weeks = PROGRESS.views['12m'].adherence.weeks;
    expect(weeks.length).toBeGreaterThan(MAX_WEEKLY_BARS);
    const months = byMonth(weeks);
    expect(months.length).toBeGreaterThanOrEqual(12);
    expect(months.reduce((n, m) => n + m.done, 0)).toBe(weeks.reduce((n, w) => n + w.done, 0));
    expect(months.reduce((n, m) => n + m.planned, 0)).toBe(weeks.reduce((n, w) => n + w.planned, 0));
  });
});
