import { useId, useMemo } from 'react';
import { formatDate } from '../../shared/format/format-date.ts';
import { StackedTable } from '../../shared/ui/StackedTable.tsx';
import { useMyMeasures } from '../measures/client-measures-api.ts';
import { LazyProgressChart } from '../measures/chart/LazyProgressChart.tsx';
import type { ChartData } from '../measures/chart/progress-chart-data.ts';
import type { MyMeasure } from '../measures/measure-types.ts';
import { chartLabel, formatScore } from '../measures/progress-wording.ts';
import type { GoalsAnswer } from './goals-api.ts';
import { gasChartInput, onOneTimeAxis } from './goals-chart.ts';

/** The measures shown beside the goals, when the client has answered them and may see them. */
const beside = ['phq-9', 'gad-7'] as const;

type TScore = GoalsAnswer['tScores'][number];

function gasLabel(points: readonly TScore[]): string {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return 'How your goals are going: no ratings yet.';
  const when =
    points.length === 1
      ? `on ${formatDate(first.at)}`
      : `from ${formatDate(first.at)} to ${formatDate(last.at)}`;
  return `How your goals are going, as one score over time: ${points.length} ${
    points.length === 1 ? 'point' : 'points'
  }, ${when}. Latest ${last.tScore}; 50 means as expected. The table below has the same numbers.`;
}

function ChartFigure({ data, label }: { data: ChartData; label: string }) {
  return (
    <figure className="chart-figure">
      <LazyProgressChart data={data} label={label} />
    </figure>
  );
}

/**
 * On the client's goals page: one score for all their goals over time (the
 * Goal Attainment Scaling T-score), with their PHQ-9 and GAD-7 on the same
 * dates, each chart with a table of its numbers.
 */
export function MyGoalsProgress({ goals }: { goals: GoalsAnswer }) {
  const headingId = useId();
  const gasTableId = useId();
  const measures = useMyMeasures();
  const series = useMemo(
    () =>
      beside
        .map((id) => measures.data?.measures.find((m) => m.instrumentId === id))
        .filter((m): m is MyMeasure => m !== undefined && m.points.length > 0),
    [measures.data],
  );
  const charts = useMemo(
    () => onOneTimeAxis([gasChartInput(goals.tScores), ...series]),
    [goals.tScores, series],
  );
  if (goals.tScores.length === 0 || !charts[0]) return null;
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>How your goals are going</h2>
      <p>
        Your ratings of all your goals, as one score. 50 means your goals are going as you expected;
        above 50 is better than expected.
        {series.length > 0 &&
          ` Your ${series.map((m) => m.shortTitle).join(' and ')} scores are shown below on the same dates.`}
      </p>
      <ChartFigure data={charts[0]} label={gasLabel(goals.tScores)} />
      <h3 id={gasTableId}>Your goal scores</h3>
      <StackedTable
        rows={goals.tScores}
        rowKey={(point) => point.date}
        labelledBy={gasTableId}
        rowHeader={{ header: 'Date', cell: (point) => formatDate(point.at) }}
        columns={[
          { header: 'Score', cell: (point) => String(point.tScore) },
          { header: 'Goals rated', cell: (point) => String(point.goals) },
        ]}
      />
      {series.map((measure, index) => {
        const data = charts[index + 1];
        return data ? (
          <MeasureOnSameDates key={measure.instrumentId} measure={measure} data={data} />
        ) : null;
      })}
    </section>
  );
}

function MeasureOnSameDates({ measure, data }: { measure: MyMeasure; data: ChartData }) {
  const tableId = useId();
  return (
    <>
      <h3>{measure.shortTitle} on the same dates</h3>
      <ChartFigure data={data} label={chartLabel(measure, 'scores on the goals’ dates')} />
      <h4 id={tableId}>Your {measure.shortTitle} scores</h4>
      <StackedTable
        rows={measure.points}
        rowKey={(point) => point.at}
        labelledBy={tableId}
        rowHeader={{ header: 'Date', cell: (point) => formatDate(point.at) }}
        columns={[
          { header: 'Score', cell: (point) => `${formatScore(point.total)} of ${measure.max}` },
          { header: 'Range', cell: (point) => point.band?.label ?? '—' },
        ]}
      />
    </>
  );
}
