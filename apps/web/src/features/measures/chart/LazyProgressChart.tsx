import { useEffect, useRef, useState } from 'react';
import { readChartTheme } from './chart-theme.ts';
import { drawWhenIdle } from './draw-when-idle.ts';
import type { PlottedChart } from './plot-progress-chart.ts';
import type { ChartData } from './progress-chart-data.ts';

export interface ProgressChartProps {
  data: ChartData;
  /** The accessible name: what the chart shows, in a sentence (the table has the numbers). */
  label: string;
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

/** The plot area's size as CSS lays it out (`.progress-chart__plot` reserves it). */
function plotSize(element: HTMLElement): { width: number; height: number } {
  return { width: Math.max(element.clientWidth, 200), height: element.clientHeight };
}

/**
 * A measure's scores over time. To assistive technology it is one image with a
 * sentence for a name; the table beside it carries every number. The frame
 * takes its final size from CSS at once; uPlot (its own chunk) is fetched and
 * the chart drawn after the page has painted, one chart per idle moment.
 */
export function LazyProgressChart({ data, label }: ProgressChartProps) {
  const host = useRef<HTMLDivElement>(null);
  const scheme = useColourScheme();

  useEffect(() => {
    const element = host.current;
    if (element === null) return;
    let plotted: PlottedChart | null = null;
    let observer: ResizeObserver | null = null;
    let stopped = false;
    const cancel = drawWhenIdle(() => {
      void import('./plot-progress-chart.ts').then(({ plotProgressChart }) => {
        if (stopped) return;
        let last = plotSize(element);
        plotted = plotProgressChart(element, data, readChartTheme(element), last);
        observer = new ResizeObserver(() => {
          const next = plotSize(element);
          if (Math.abs(next.width - last.width) < 1 && Math.abs(next.height - last.height) < 1)
            return;
          last = next;
          plotted?.resize(next);
        });
        observer.observe(element);
      });
    });
    return () => {
      stopped = true;
      cancel();
      observer?.disconnect();
      plotted?.destroy();
    };
  }, [data, scheme]);

  return (
    <div className="progress-chart">
      <div className="progress-chart__plot" role="img" aria-label={label} ref={host} />
    </div>
  );
}
