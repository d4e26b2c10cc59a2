import {
  chartData,
  type ChartData,
  type ChartInput,
} from '../measures/chart/progress-chart-data.ts';

const day = 24 * 60 * 60;

/** The GAS T-score's chart scale: 50 is "as expected"; extremes widen it (no bands). */
export function gasChartInput(points: readonly { at: string; tScore: number }[]): ChartInput {
  const scores = points.map((point) => point.tScore);
  return {
    min: Math.floor(Math.min(20, ...scores) / 10) * 10,
    max: Math.ceil(Math.max(80, ...scores) / 10) * 10,
    betterDirection: 'higher',
    bands: [],
    points: points.map((point) => ({ at: point.at, total: point.tScore })),
  };
}

/**
 * Several charts on one time axis: each is shaped as usual (chartData), then
 * all share the earliest and latest moment of any of them, so a point in one
 * sits above the same date in the others.
 */
export function onOneTimeAxis(inputs: readonly ChartInput[]): ChartData[] {
  const charts = inputs.map((input) => chartData(input));
  const xs = charts.flatMap((chart) => chart.xs);
  if (xs.length === 0) return charts;
  const first = Math.min(...xs);
  const last = Math.max(...xs);
  const xRange: [number, number] =
    last - first < day ? [first - 3 * day, last + 3 * day] : [first, last];
  return charts.map((chart) => ({ ...chart, xRange }));
}
