import { lazy, Suspense } from 'react';
import type { ProgressChartProps } from './ProgressChart.tsx';

// The chart library is fetched only by the pages that draw a chart.
const ProgressChart = lazy(async () => ({
  default: (await import('./ProgressChart.tsx')).ProgressChart,
}));

export function LazyProgressChart(props: ProgressChartProps) {
  return (
    <Suspense
      fallback={<p className="progress-chart progress-chart--loading">Loading the chart…</p>}
    >
      <ProgressChart {...props} />
    </Suspense>
  );
}
