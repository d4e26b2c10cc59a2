import { formatDate } from '../../shared/format/format-date.ts';
import { LoadingState } from '../../shared/ui/LoadingState.tsx';
import { QueryError } from '../../shared/ui/QueryError.tsx';
import { StackedTable } from '../../shared/ui/StackedTable.tsx';
import type { TherapistResponseTimes } from './alert-types.ts';
import { durationText } from './alert-wording.ts';
import { useResponseTimes } from './alerts-api.ts';

const headingId = 'response-times-heading';

function percent(value: number | null): string {
  return value === null ? '—' : `${value}%`;
}

/** Supervisors: how fast alerts were acknowledged, against the same-day goal. */
export function ResponseTimesSection() {
  const times = useResponseTimes();
  return (
    // No aria-labelledby: the table region inside already carries this name.
    <section className="section">
      <h2 id={headingId}>Response times</h2>
      {times.isPending && <LoadingState />}
      {times.isError && <QueryError error={times.error} onRetry={() => void times.refetch()} />}
      {times.data && (
        <>
          <p>
            Since {formatDate(times.data.since)}: {times.data.summary.count} alerts, median time to
            acknowledge {durationText(times.data.summary.medianHoursToAcknowledge)},{' '}
            {percent(times.data.summary.sameDayPercent)} acknowledged the same day,{' '}
            {times.data.summary.waiting} waiting.
          </p>
          <p className="muted">{times.data.goal}</p>
          {times.data.byTherapist.length > 0 && (
            <StackedTable<TherapistResponseTimes>
              rows={times.data.byTherapist}
              rowKey={(row) => row.therapistId}
              labelledBy={headingId}
              rowHeader={{ header: 'Therapist', cell: (row) => row.displayName }}
              columns={[
                { header: 'Alerts', cell: (row) => String(row.count) },
                {
                  header: 'Median to acknowledge',
                  cell: (row) => durationText(row.medianHoursToAcknowledge),
                },
                { header: 'Same day', cell: (row) => percent(row.sameDayPercent) },
                { header: 'Waiting', cell: (row) => String(row.waiting) },
              ]}
            />
          )}
        </>
      )}
    </section>
  );
}
