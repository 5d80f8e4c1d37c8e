// Weeks drawn month by month when there are too many to read: 522 weekly
// bars over ten years are grey noise, twelve a year are a shape. Grouping for
// display only: the weekly numbers are Rust's (Adherence.weeks), and the table
// beside the chart still lists them week by week.
import type { WeekAdherence } from '../ipc/bindings/WeekAdherence';

/** More weeks than this are drawn by month: about half a year. */
export const MAX_WEEKLY_BARS = 27;

export interface MonthBars {
  /** YYYY-MM */
  month: string;
  planned: number;
  done: number;
  /** Done as a share of planned, whole per cent; null when nothing was planned. */
  percent: number | null;
}

/** Each month's planned and done days, a week counting in the month it starts. */
export function byMonth(weeks: WeekAdherence[]): MonthBars[] {
  const months: MonthBars[] = [];
  for (const week of weeks) {
    const month = week.weekStart.slice(0, 7);
    let last = months[months.length - 1];
    if (!last || last.month !== month) {
      last = { month, planned: 0, done: 0, percent: null };
      months.push(last);
    }
    last.planned += week.planned;
    last.done += week.done;
  }
  for (const m of months) m.percent = m.planned > 0 ? Math.round((100 * m.done) / m.planned) : null;
  return months;
}
