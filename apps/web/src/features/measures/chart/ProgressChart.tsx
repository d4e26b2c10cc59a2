import { useEffect, useRef, useState } from 'react';
import uPlot from 'uplot';
import { chartHooks } from './chart-drawing.ts';
import { readChartTheme } from './chart-theme.ts';
import type { ChartTheme } from './chart-theme.ts';
import type { ChartData } from './progress-chart-data.ts';

export interface ProgressChartProps {
  data: ChartData;
  /** The accessible name: what the chart shows, in a sentence (the table has the numbers). */
  label: string;
}

function chartOptions(data: ChartData, theme: ChartTheme, width: number): uPlot.Options {
  const font = `${Math.round(theme.rem * 0.8)}px ${theme.font}`;
  const axis: uPlot.Axis = {
    stroke: theme.axis,
    font,
    grid: { stroke: theme.grid, width: 1 },
    ticks: { stroke: theme.grid, width: 1 },
  };
  return {
    width,
    height: Math.round(Math.max(12 * theme.rem, Math.min(width * 0.55, 20 * theme.rem))),
    legend: { show: false },
    cursor: { show: false },
    select: { show: false, left: 0, top: 0, width: 0, height: 0 },
    scales: {
      x: { time: true, range: () => data.xRange },
      y: { range: () => data.yRange },
    },
    axes: [
      { ...axis, space: theme.rem * 5 },
      { ...axis, size: theme.rem * 3, space: theme.rem * 2 },
    ],
    series: [
      {},
      {
        stroke: theme.line,
        width: 2,
        spanGaps: true,
        points: { show: true, size: theme.rem * 0.55, fill: theme.pointFill, stroke: theme.line },
      },
    ],
    hooks: chartHooks(data, theme, uPlot.pxRatio),
  };
}

function useColourScheme(): string {
  const [scheme, setScheme] = useState(() =>
    matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light',
  );
  useEffect(() => {
    const query = matchMedia('(prefers-color-scheme: dark)');
    const update = () => setScheme(query.matches ? 'dark' : 'light');
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);
  return scheme;
}

/**
 * A measure's scores over time (uPlot on a canvas, loaded only on pages that
 * chart). To assistive technology it is one image with a sentence for a name;
 * the table beside it carries every number.
 */
export function ProgressChart({ data, label }: ProgressChartProps) {
  const host = useRef<HTMLDivElement>(null);
  const scheme = useColourScheme();

  useEffect(() => {
    const element = host.current;
    if (element === null) return;
    const theme = readChartTheme(element);
    const plot = new uPlot(
      chartOptions(data, theme, Math.max(element.clientWidth, 200)),
      [data.xs, data.ys],
      element,
    );
    let lastWidth = element.clientWidth;
    const observer = new ResizeObserver(() => {
      const width = Math.max(element.clientWidth, 200);
      if (Math.abs(width - lastWidth) < 1) return;
      lastWidth = width;
      const options = chartOptions(data, theme, width);
      plot.setSize({ width, height: options.height });
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      plot.destroy();
    };
  }, [data, scheme]);

  return <div className="progress-chart" role="img" aria-label={label} ref={host} />;
}
