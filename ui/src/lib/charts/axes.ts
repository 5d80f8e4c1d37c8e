// The axes the Progress charts share, built once so that pain and PSFS (and
// any chart over days or on a 0–10 scale) look and read alike.
import type { DaySpan } from '../ipc/bindings/DaySpan';
import { dayTime } from './format';
import type { ChartTheme } from './theme';

/** The x axis of a chart over days: time, from the range's first day to its last. */
export function dayAxis(span: DaySpan, theme: ChartTheme) {
  return {
    type: 'time' as const,
    min: dayTime(span.first),
    max: dayTime(span.last),
    time: { tooltipFormat: 'd MMMM yyyy', displayFormats: { day: 'd MMM', week: 'd MMM', month: 'MMM yyyy' } },
    grid: { color: theme.grid },
    ticks: { color: theme.text, maxRotation: 0, autoSkipPadding: 16 },
  };
}

/** The y axis of a 0–10 score (pain, a PSFS activity), titled `title`. */
export function scoreAxis(title: string, theme: ChartTheme) {
  return {
    min: 0,
    max: 10,
    ticks: { stepSize: 2, color: theme.text },
    grid: { color: theme.grid },
    title: { display: true, text: title, color: theme.text },
  };
}
