import uPlot from 'uplot';
import { chartHooks } from './chart-drawing.ts';
import type { ChartTheme } from './chart-theme.ts';
import type { ChartData } from './progress-chart-data.ts';

function chartOptions(
  data: ChartData,
  theme: ChartTheme,
  size: { width: number; height: number },
): uPlot.Options {
  const font = `${Math.round(theme.rem * 0.8)}px ${theme.font}`;
  const axis: uPlot.Axis = {
    stroke: theme.axis,
    font,
    grid: { stroke: theme.grid, width: 1 },
    ticks: { stroke: theme.grid, width: 1 },
  };
  return {
    ...size,
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

export interface PlottedChart {
  resize(size: { width: number; height: number }): void;
  destroy(): void;
}

/**
 * Draws a measure's scores into `element` (uPlot on a canvas). The element's
 * size is set by CSS before anything is drawn, so drawing never moves the page.
 */
export function plotProgressChart(
  element: HTMLElement,
  data: ChartData,
  theme: ChartTheme,
  size: { width: number; height: number },
): PlottedChart {
  const plot = new uPlot(chartOptions(data, theme, size), [data.xs, data.ys], element);
  return {
    resize: (next) => plot.setSize(next),
    destroy: () => plot.destroy(),
  };
}
