// Draws one Chart.js chart on a canvas and keeps it true to the theme: the
// chart is rebuilt whenever <html> changes theme or text size (lib/theme sets
// data-theme and the root font size), because Chart.js keeps colours and
// fonts as values, not as CSS.
import type { ChartConfiguration } from 'chart.js';
import { Chart } from './register';
import { readChartTheme, type ChartTheme } from './theme';

export type BuildChart = (theme: ChartTheme) => ChartConfiguration;

/** Options every Progress chart shares: no animation (calm, and
 * prefers-reduced-motion needs no special case), the theme's font and text
 * colour, sized by its container. */
function withDefaults(config: ChartConfiguration, theme: ChartTheme): ChartConfiguration {
  Chart.defaults.font.family = theme.font;
  Chart.defaults.font.size = theme.fontSize;
  Chart.defaults.color = theme.text;
  Chart.defaults.borderColor = theme.grid;
  return {
    ...config,
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      ...config.options,
    },
  } as ChartConfiguration;
}

/** Whether this canvas can be drawn on. jsdom (the unit tests) has no 2D
 * context; there the chart is skipped and the tables still work. */
function canDraw(canvas: HTMLCanvasElement): boolean {
  if (typeof CanvasRenderingContext2D === 'undefined') return false;
  return canvas.getContext('2d') !== null;
}

export function drawChart(canvas: HTMLCanvasElement, build: BuildChart): { redraw(build: BuildChart): void; destroy(): void } {
  let chart: Chart | null = null;
  let current = build;

  function draw() {
    chart?.destroy();
    chart = null;
    if (!canDraw(canvas)) return;
    const theme = readChartTheme();
    chart = new Chart(canvas, withDefaults(current(theme), theme));
  }

  const observer = new MutationObserver(draw);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'style', 'data-text-size'] });
  draw();

  return {
    redraw(next) {
      current = next;
      draw();
    },
    destroy() {
      observer.disconnect();
      chart?.destroy();
      chart = null;
    },
  };
}
