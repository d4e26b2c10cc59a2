import { useId, useMemo } from 'react';
import { formatDate } from '../../shared/format/format-date.ts';
import { StackedTable } from '../../shared/ui/StackedTable.tsx';
import { ChartKey } from './chart/ChartKey.tsx';
import { LazyProgressChart } from './chart/LazyProgressChart.tsx';
import { chartData } from './chart/progress-chart-data.ts';
import type { MyMeasure } from './measure-types.ts';
import { chartLabel, formatScore } from './progress-wording.ts';

type Point = MyMeasure['points'][number];

/** One of the client's measures: what the latest score means, a chart and the same numbers as a table. */
export function MyMeasureProgress({ measure }: { measure: MyMeasure }) {
  const headingId = useId();
  const tableId = useId();
  const data = useMemo(() => chartData(measure), [measure]);
  return (
    <section className="section measure-progress" aria-labelledby={headingId}>
      <h2 id={headingId}>{measure.title}</h2>
      {measure.meaning && <p>{measure.meaning}</p>}
      {measure.points.length > 0 && (
        <>
          <figure className="chart-figure">
            <LazyProgressChart data={data} label={chartLabel(measure)} />
            <figcaption>
              <ChartKey data={data} />
            </figcaption>
          </figure>
          <h3 id={tableId}>Your {measure.shortTitle} scores</h3>
          <StackedTable<Point>
            rows={measure.points}
            rowKey={(p) => p.at}
            labelledBy={tableId}
            rowHeader={{ header: 'Date', cell: (p) => formatDate(p.at) }}
            columns={[
              { header: 'Score', cell: (p) => `${formatScore(p.total)} of ${measure.max}` },
              { header: 'Range', cell: (p) => p.band?.label ?? '—' },
            ]}
          />
        </>
      )}
    </section>
  );
}
