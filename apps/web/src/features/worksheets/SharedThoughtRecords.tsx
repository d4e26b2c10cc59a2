import { useId } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../shared/api/api-context.ts';
import { LoadingState } from '../../shared/ui/LoadingState.tsx';
import { QueryError } from '../../shared/ui/QueryError.tsx';
import { WorksheetTimelineItem } from './WorksheetTimelineItem.tsx';
import './worksheets.css';

/** For the care team: the worksheets of every kind the client shared, each with its title and answers. */
export function SharedThoughtRecords({ clientId }: { clientId: string }) {
  const api = useApi();
  const headingId = useId();
  const timeline = useQuery({
    queryKey: ['client-timeline', clientId],
    queryFn: () => api.GET('/api/clients/{id}/timeline', { path: { id: clientId } }),
  });
  const records = (timeline.data?.items ?? []).flatMap((item) =>
    item.type === 'worksheet' ? [item.worksheet] : [],
  );
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>Shared thought records and worksheets</h2>
      {timeline.isPending && <LoadingState />}
      {timeline.isError && (
        <QueryError error={timeline.error} onRetry={() => void timeline.refetch()} />
      )}
      {timeline.data &&
        (records.length === 0 ? (
          <p className="empty-state">
            No thought records or worksheets shared in the last 90 days.
          </p>
        ) : (
          <ul className="worksheet-list">
            {records.map((record) => (
              <WorksheetTimelineItem key={record.id} worksheet={record} />
            ))}
          </ul>
        ))}
    </section>
  );
}
