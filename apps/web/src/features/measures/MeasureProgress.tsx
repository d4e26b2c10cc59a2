import { useId, useMemo } from 'react';
import { ChartKey } from './chart/ChartKey.tsx';
import { LazyProgressChart } from './chart/LazyProgressChart.tsx';
import { chartData } from './chart/progress-chart-data.ts';
import { ItemView } from './ItemView.tsx';
import { MeasureSummary } from './MeasureSummary.tsx';
import type { MeasureSeries } from './measure-types.ts';
import { ProgressTable } from './ProgressTable.tsx';
import { chartLabel } from './progress-wording.ts';

/** One measure on the therapist's client page: summary, chart with key, its table, and the items. */
export function MeasureProgress({ series }: { series: MeasureSeries }) {
  const headingId = useId();
  const tableId = useId();
  const data = useMemo(() => chartData(series), [series]);
  return (
    <section className="measure-progress" aria-labelledby={headingId}>
      <h3 id={headingId}>{series.title}</h3>
      <MeasureSummary series={series} />
      {series.thresholds === 'none' && (
        <p className="hint">
          No published thresholds: this practice questionnaire shows totals only, with no bands,
          change categories or &ldquo;not on track&rdquo;.
        </p>
      )}
      {series.points.length > 0 && (
        <>
          <figure className="chart-figure">
            <LazyProgressChart data={data} label={chartLabel(series)} />
            <figcaption>
              <ChartKey data={data} reliableChange={series.reliableChange} />
            </figcaption>
          </figure>
          <h4 id={tableId}>{series.shortTitle} scores</h4>
          <ProgressTable series={series} labelledBy={tableId} />
          <ItemView items={series.items} shortTitle={series.shortTitle} />
        </>
      )}
    </section>
  );
}
