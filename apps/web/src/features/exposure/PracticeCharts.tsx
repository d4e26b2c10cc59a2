import { useId } from 'react';
import { formatDate } from '../../shared/format/format-date.ts';
import { StackedTable } from '../../shared/ui/StackedTable.tsx';
import type { ExposurePractice } from './exposure-api.ts';
import { acrossRepetitions, withinPractice } from './exposure-chart-data.ts';
import { SudsChart } from './SudsChart.tsx';

type PracticeNumbers = Pick<
  ExposurePractice,
  'sudsBefore' | 'sudsPeak' | 'sudsAfter' | 'readings' | 'minutes'
>;

/** Distress within one practice, as a chart and as a table of the same numbers. */
export function WithinPracticeChart({ practice }: { practice: PracticeNumbers }) {
  const headingId = useId();
  const { line, peak } = withinPractice(practice);
  const rows = [
    ...line.points.slice(0, -1),
    { x: -1, suds: peak, label: 'Peak' },
    ...line.points.slice(-1),
  ];
  return (
    <div className="section">
      <h3 id={headingId}>Your distress during this practice</h3>
      <SudsChart
        title={`Distress over ${practice.minutes} minutes: ${practice.sudsBefore} before, peak ${peak}, ${practice.sudsAfter} after`}
        series={[line]}
        level={{ value: peak, name: `Peak (${peak})` }}
        xLabel="Minutes"
        xTicks={[0, practice.minutes]}
        xTick={(minute) => String(minute)}
      />
      <StackedTable
        rows={rows}
        rowKey={(row) => row.label}
        labelledBy={headingId}
        rowHeader={{ header: 'When', cell: (row) => row.label }}
        columns={[{ header: 'Distress (0–100)', cell: (row) => String(row.suds) }]}
      />
    </div>
  );
}

/**
 * Distress before, at the peak and after, across the practices of one step,
 * oldest first: a chart and a table of the same numbers.
 */
export function AcrossRepetitionsChart({
  practices,
  title,
  level = 3,
}: {
  practices: readonly ExposurePractice[];
  title: string;
  /** The heading's level where it sits on the page. */
  level?: 2 | 3;
}) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const headingId = useId();
  const series = acrossRepetitions(practices, formatDate);
  const ordered = [...practices].sort((a, b) => a.practicedAt.localeCompare(b.practicedAt));
  const count = ordered.length;
  return (
    <div className="section">
      <Heading id={headingId}>{title}</Heading>
      {count >= 2 && (
        <SudsChart
          title={`Distress before, at the peak and after, over ${count} practices`}
          series={series}
          xLabel="Practice"
          xTicks={count <= 8 ? ordered.map((_, index) => index + 1) : [1, count]}
          xTick={(n) => String(n)}
        />
      )}
      <StackedTable
        rows={ordered}
        rowKey={(practice) => practice.id}
        labelledBy={headingId}
        rowHeader={{
          header: 'Practice',
          cell: (practice) =>
            `${ordered.indexOf(practice) + 1}, ${formatDate(practice.practicedAt)}`,
        }}
        columns={[
          { header: 'Before', cell: (practice) => String(practice.sudsBefore) },
          { header: 'Peak', cell: (practice) => String(practice.sudsPeak) },
          { header: 'After', cell: (practice) => String(practice.sudsAfter) },
          {
            header: 'Feared outcome came true (0–100)',
            cell: (practice) =>
              practice.outcomeCameTrue === null ? 'Not rated' : String(practice.outcomeCameTrue),
          },
        ]}
      />
    </div>
  );
}
