import { formatDate } from '../../shared/format/format-date.ts';
import { StackedTable } from '../../shared/ui/StackedTable.tsx';
import type { StackedColumn } from '../../shared/ui/StackedTable.tsx';
import type { MeasureSeries, SeriesPoint } from './measure-types.ts';
import { formatScore } from './progress-wording.ts';

function notes(point: SeriesPoint): string {
  const parts: string[] = [];
  if (point.prorated) parts.push('Some questions left out; score adjusted');
  if (point.critical.length > 0) {
    parts.push(`Risk question answered: ${point.critical.map((id) => `item ${id}`).join(', ')}`);
  }
  return parts.join('. ') || '—';
}

/** The chart's numbers as a table: one row per response, oldest first like the chart. */
export function ProgressTable({
  series,
  labelledBy,
}: {
  series: MeasureSeries;
  labelledBy: string;
}) {
  const columns: StackedColumn<SeriesPoint>[] = [
    { header: 'Score', cell: (p) => `${formatScore(p.total)} of ${series.max}` },
    { header: 'Severity', cell: (p) => p.band?.label ?? '—' },
    { header: 'Change since baseline', cell: (p) => p.change?.label ?? '—' },
    { header: 'Notes', cell: notes },
  ];
  return (
    <StackedTable
      rows={series.points}
      rowKey={(p) => p.responseId}
      labelledBy={labelledBy}
      rowHeader={{ header: 'Date', cell: (p) => formatDate(p.at) }}
      columns={columns}
    />
  );
}
