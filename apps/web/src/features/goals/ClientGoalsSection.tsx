import { useId, useMemo } from 'react';
import { formatDate } from '../../shared/format/format-date.ts';
import { LoadingState } from '../../shared/ui/LoadingState.tsx';
import { QueryError } from '../../shared/ui/QueryError.tsx';
import { StackedTable } from '../../shared/ui/StackedTable.tsx';
import { LazyProgressChart } from '../measures/chart/LazyProgressChart.tsx';
import type { ChartData } from '../measures/chart/progress-chart-data.ts';
import type { MeasureSeries } from '../measures/measure-types.ts';
import { ProgressTable } from '../measures/ProgressTable.tsx';
import { chartLabel } from '../measures/progress-wording.ts';
import { useClientMeasures } from '../measures/therapist-measures-api.ts';
import { levelWords, signedLevel } from './gas-levels.ts';
import { useClientGoals, type Goal, type GoalsAnswer } from './goals-api.ts';
import { goalHomeworkSummary } from './goal-homework.ts';
import { useClientHomework } from '../homework/homework-api.ts';
import { ProposeGoalForm } from './ProposeGoalForm.tsx';
import { gasChartInput, onOneTimeAxis } from './goals-chart.ts';
import './goals.css';

/** The measures charted beside the GAS T-score. */
const beside = ['phq-9', 'gad-7'] as const;

type TScore = GoalsAnswer['tScores'][number];

function gasLabel(points: readonly TScore[]): string {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return 'Goal attainment: no ratings yet.';
  return `Goal attainment T-score over time: ${points.length} ${
    points.length === 1 ? 'point' : 'points'
  }, from ${formatDate(first.at)} to ${formatDate(last.at)}. Latest ${last.tScore} (50 is as expected). The table below has the same numbers.`;
}

function latestOf(goal: Goal): string {
  const rating = goal.ratings.at(-1);
  if (!rating) return 'Not rated yet';
  const scale = goal.scales.find((candidate) => candidate.version === rating.scaleVersion);
  return `${signedLevel(rating.level)} (${levelWords(scale?.levels, rating.level)}), ${formatDate(rating.ratedAt)}`;
}

function Chart({ data, label }: { data: ChartData; label: string }) {
  return (
    <figure className="chart-figure">
      <LazyProgressChart data={data} label={label} />
    </figure>
  );
}

/**
 * On the therapist's client page: the client's goals and the GAS T-score,
 * charted on the same time axis as their PHQ-9 and GAD-7 totals, each with
 * its table. Goals are the shared work of therapy: the care team sees them.
 */
export function ClientGoalsSection({
  clientId,
  readOnly = false,
}: {
  clientId: string;
  /** A supervisor reads; only the care team's therapist suggests goals. */
  readOnly?: boolean;
}) {
  const headingId = useId();
  const gasTableId = useId();
  const goalsTableId = useId();
  const goals = useClientGoals(clientId);
  const measures = useClientMeasures(clientId);
  const homework = useClientHomework(clientId);

  const series = useMemo(
    () =>
      beside
        .map((id) => measures.data?.measures.find((m) => m.instrumentId === id))
        .filter((m): m is MeasureSeries => m !== undefined && m.points.length > 0),
    [measures.data],
  );
  const tScores = useMemo(() => goals.data?.tScores ?? [], [goals.data]);
  const charts = useMemo(
    () => onOneTimeAxis([gasChartInput(tScores), ...series]),
    [tScores, series],
  );
  const active = goals.data?.goals.filter((goal) => goal.status === 'active') ?? [];

  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>Goals</h2>
      <p className="hint">
        Goals are the shared work of therapy: the client and their therapist write and rate them,
        and the care team sees them.
      </p>
      {goals.isPending && <LoadingState />}
      {goals.isError && <QueryError error={goals.error} onRetry={() => void goals.refetch()} />}
      {goals.data &&
        (active.length === 0 ? (
          <p className="empty-state">No goals yet.</p>
        ) : (
          <>
            <h3 id={goalsTableId}>Current goals</h3>
            <StackedTable
              rows={active}
              rowKey={(goal) => goal.id}
              labelledBy={goalsTableId}
              rowHeader={{ header: 'Goal', cell: (goal) => goal.content.title }}
              columns={[
                { header: 'Weight', cell: (goal) => String(goal.weight) },
                {
                  header: 'Steps done',
                  cell: (goal) =>
                    `${goal.steps.filter((step) => step.done).length} of ${goal.steps.length}`,
                },
                { header: 'Latest rating', cell: latestOf },
                {
                  header: 'Homework for it',
                  cell: (goal) => goalHomeworkSummary(homework.data?.homework ?? [], goal.id),
                },
              ]}
            />
          </>
        ))}
      {tScores.length > 0 && charts[0] && (
        <>
          <h3>Goal attainment (GAS T-score)</h3>
          <p className="hint">
            50 means every goal went as expected; higher is better. Weighted, with ρ ={' '}
            {goals.data?.rho ?? 0.3} (Kiresuk &amp; Sherman 1968). Charted on the same dates as{' '}
            {series.length > 0 ? series.map((m) => m.shortTitle).join(' and ') : 'the measures'}.
          </p>
          <Chart data={charts[0]} label={gasLabel(tScores)} />
          <h4 id={gasTableId}>GAS T-scores</h4>
          <StackedTable
            rows={tScores}
            rowKey={(point) => point.at}
            labelledBy={gasTableId}
            rowHeader={{ header: 'Date', cell: (point) => formatDate(point.at) }}
            columns={[
              { header: 'T-score', cell: (point) => String(point.tScore) },
              { header: 'Goals rated', cell: (point) => String(point.goals) },
            ]}
          />
          {series.map((measure, index) => {
            const data = charts[index + 1];
            return data ? (
              <MeasureBeside key={measure.instrumentId} measure={measure} data={data} />
            ) : null;
          })}
        </>
      )}
      {!readOnly && <ProposeGoalForm clientId={clientId} />}
    </section>
  );
}

function MeasureBeside({ measure, data }: { measure: MeasureSeries; data: ChartData }) {
  const tableId = useId();
  return (
    <>
      <h3>{measure.shortTitle} on the same dates</h3>
      <Chart data={data} label={chartLabel(measure, 'scores on the goals’ dates')} />
      <h4 id={tableId}>{measure.shortTitle} scores beside the goals</h4>
      <ProgressTable series={measure} labelledBy={tableId} />
    </>
  );
}
