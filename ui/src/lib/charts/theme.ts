// The charts' colours and fonts, read from the theme's CSS custom properties
// when a chart is drawn (styles/themes.css owns every colour), so light, dark
// and high contrast all come from one place. Series also differ by dash and
// marker shape, because in high contrast most colours are white.
export interface ChartTheme {
  text: string;
  muted: string;
  grid: string;
  border: string;
  surface: string;
  accent: string;
  accentSoft: string;
  /** A second and third series colour, calm ones (amber, green). */
  second: string;
  third: string;
  font: string;
  /** Tick and legend size in px: the root size, so the text-size setting applies. */
  fontSize: number;
  /** 1 at 100 % text, 2 at 200 %: line widths and markers grow with the text. */
  scale: number;
}

export function readChartTheme(root: HTMLElement = document.documentElement): ChartTheme {
  const style = getComputedStyle(root);
  const token = (name: string) => style.getPropertyValue(name).trim();
  const rootPx = Number.parseFloat(style.fontSize) || 18;
  return {
    text: token('--color-text'),
    muted: token('--color-text-muted'),
    grid: token('--color-border-soft'),
    border: token('--color-border'),
    surface: token('--color-surface'),
    accent: token('--color-accent'),
    accentSoft: token('--color-accent-soft'),
    second: token('--color-notice-border'),
    third: token('--color-ok-border'),
    font: token('--font-body') || 'sans-serif',
    fontSize: Math.round(rootPx * 0.85),
    scale: rootPx / 18,
  };
}

/** Series styles in order: colour, dash and marker differ, so none relies on colour alone. */
export function seriesStyles(theme: ChartTheme) {
  return [
    { colour: theme.accent, dash: [] as number[], point: 'circle' as const },
    { colour: theme.second, dash: [10, 5], point: 'rect' as const },
    { colour: theme.third, dash: [3, 4], point: 'triangle' as const },
    { colour: theme.text, dash: [12, 4, 3, 4], point: 'rectRot' as const },
    { colour: theme.muted, dash: [6, 6], point: 'star' as const },
  ];
}
