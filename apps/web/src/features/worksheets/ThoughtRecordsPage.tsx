import { Link } from 'react-router';
import { formatDateTime } from '../../shared/format/format-date.ts';
import { PendingOutbox } from '../../shared/offline/PendingOutbox.tsx';
import { Button } from '../../shared/ui/Button.tsx';
import { LoadingState } from '../../shared/ui/LoadingState.tsx';
import { PageTitle } from '../../shared/ui/PageTitle.tsx';
import { QueryError } from '../../shared/ui/QueryError.tsx';
import { StatusMessage } from '../../shared/ui/StatusMessage.tsx';
import { RatingChanges } from './RatingChanges.tsx';
import { whoCanSee } from '../../shared/format/who-can-see.ts';
import { useMyWorksheets, useSetWorksheetVisibility } from './worksheets-api.ts';
import type { WorksheetEntry } from './worksheets-api.ts';
import './worksheets.css';

/** /client/thought-records: each one with how the feelings changed and who can see it. */
export function ThoughtRecordsPage() {
  const entries = useMyWorksheets();
  const visibility = useSetWorksheetVisibility();
  const changed = visibility.data?.entry;
  const thoughtRecords = (entries.data?.entries ?? []).filter(
    (entry) => entry.worksheet === 'thought-record',
  );

  return (
    <div className="narrow-text">
      <p className="back-link">
        <Link to="/client">Back to home</Link>
      </p>
      <PageTitle>Your thought records</PageTitle>
      <p className="button-row">
        <Link className="button button--primary" to="/client/thought-record">
          Start a thought record
        </Link>
        <Link className="button button--secondary" to="/client/worksheets">
          All your worksheets
        </Link>
      </p>
      <PendingOutbox />
      <StatusMessage>
        {changed &&
          (changed.visibility === 'shared'
            ? 'Shared with your care team.'
            : 'Now only you can see it.')}
      </StatusMessage>
      {entries.isPending && <LoadingState />}
      {entries.isError && (
        <QueryError error={entries.error} onRetry={() => void entries.refetch()} />
      )}
      {entries.data &&
        (thoughtRecords.length === 0 ? (
          <p className="empty-state">No thought records yet.</p>
        ) : (
          <ul className="worksheet-list">
            {thoughtRecords.map((entry) => (
              <ThoughtRecordCard
                key={entry.id}
                entry={entry}
                busy={visibility.isPending && visibility.variables.id === entry.id}
                onChange={(next) => visibility.mutate({ id: entry.id, visibility: next })}
              />
            ))}
          </ul>
        ))}
    </div>
  );
}

function ThoughtRecordCard({
  entry,
  busy,
  onChange,
}: {
  entry: WorksheetEntry;
  busy: boolean;
  onChange: (visibility: WorksheetEntry['visibility']) => void;
}) {
  const thought = entry.answers.thought;
  const shared = entry.visibility === 'shared';
  const headingId = `thought-record-${entry.id}`;
  return (
    <li className="worksheet-card" aria-labelledby={headingId}>
      <h2 className="worksheet-card__title" id={headingId}>
        {formatDateTime(entry.recordedAt)}
      </h2>
      {typeof thought === 'string' && <p className="worksheet-card__thought">{thought}</p>}
      <RatingChanges changes={entry.ratingChanges} />
      <p className="worksheet-card__meta">Who can see it: {whoCanSee(entry.visibility)}</p>
      <Button
        variant="secondary"
        busy={busy}
        busyLabel="Saving…"
        onClick={() => onChange(shared ? 'private' : 'shared')}
      >
        {shared ? 'Keep it to myself' : 'Share with my care team'}
      </Button>
    </li>
  );
}
