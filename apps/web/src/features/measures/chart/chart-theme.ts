/** The chart's colours and font, read from the stylesheet (measures.css) so both colour schemes apply. */
export interface ChartTheme {
  line: string;
  pointFill: string;
  axis: string;
  grid: string;
  /** Band shading from the best band (index 0) to the worst. */
  bands: string[];
  bandLabel: string;
  baseline: string;
  reliable: string;
  improved: string;
  deteriorated: string;
  /** CSS pixels of 1rem: text in the chart grows with the reader's text size. */
  rem: number;
  font: string;
}

const bandShades = 5;

export function readChartTheme(element: Element): ChartTheme {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const rootSize = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  return {
    line: read('--chart-line', '#1e5a5f'),
    pointFill: read('--chart-point-fill', '#ffffff'),
    axis: read('--chart-axis', '#46565c'),
    grid: read('--chart-grid', '#d5dcdc'),
    bands: Array.from({ length: bandShades }, (_, index) =>
      read(`--chart-band-${index}`, 'rgba(0, 0, 0, 0.05)'),
    ),
    bandLabel: read('--chart-band-label', '#46565c'),
    baseline: read('--chart-baseline', '#1d2a30'),
    reliable: read('--chart-reliable', 'rgba(29, 78, 216, 0.12)'),
    improved: read('--chart-improved', '#1e5a5f'),
    deteriorated: read('--chart-deteriorated', '#7a4a00'),
    rem: rootSize,
    font: style.fontFamily || 'system-ui, sans-serif',
  };
}

/** The shade of a band of `severity` when the measure has `count` bands. */
export function bandShade(theme: ChartTheme, severity: number, count: number): string {
  const last = theme.bands.length - 1;
  const index = count <= 1 ? 0 : Math.round((severity / (count - 1)) * last);
  return theme.bands[Math.min(Math.max(index, 0), last)] ?? 'transparent';
}
