import { Link } from 'react-router';
import { formatDateTime } from '../../shared/format/format-date.ts';
import { whoCanSee } from '../../shared/format/who-can-see.ts';
import { PendingOutbox } from '../../shared/offline/PendingOutbox.tsx';
import { Button } from '../../shared/ui/Button.tsx';
import { LoadingState } from '../../shared/ui/LoadingState.tsx';
import { PageTitle } from '../../shared/ui/PageTitle.tsx';
import { QueryError } from '../../shared/ui/QueryError.tsx';
import { StatusMessage } from '../../shared/ui/StatusMessage.tsx';
import { RatingChanges } from './RatingChanges.tsx';
import { WorksheetAnswers } from './WorksheetAnswers.tsx';
import { worksheetKinds } from './worksheet-catalogue.ts';
import { useMyWorksheets, useSetWorksheetVisibility, useWorksheetSheet } from './worksheets-api.ts';
import type { WorksheetEntry } from './worksheets-api.ts';
import './worksheets.css';

/** /client/worksheets: the worksheets to start, and every saved entry with who can see it. */
export function WorksheetsPage() {
  const entries = useMyWorksheets();
  const visibility = useSetWorksheetVisibility();
  const changed = visibility.data?.entry;

  return (
    <div className="narrow-text">
      <p className="back-link">
        <Link to="/client">Back to home</Link>
      </p>
      <PageTitle>Your worksheets</PageTitle>
      <section className="section" aria-labelledby="worksheets-start">
        <h2 id="worksheets-start">Start a worksheet</h2>
        <ul className="worksheet-kinds">
          {worksheetKinds.map((kind) => (
            <li key={kind.key}>
              <Link to={kind.to}>{kind.title}</Link>
              <span className="worksheet-kinds__about">{kind.about}</span>
            </li>
          ))}
        </ul>
      </section>
      <PendingOutbox />
      <StatusMessage>
        {changed &&
          (changed.visibility === 'shared'
            ? 'Shared with your care team.'
            : 'Now only you can see it.')}
      </StatusMessage>
      <section className="section" aria-labelledby="worksheets-saved">
        <h2 id="worksheets-saved">Saved worksheets</h2>
        {entries.isPending && <LoadingState />}
        {entries.isError && (
          <QueryError error={entries.error} onRetry={() => void entries.refetch()} />
        )}
        {entries.data &&
          (entries.data.entries.length === 0 ? (
            <p className="empty-state">Nothing saved yet.</p>
          ) : (
            <ul className="worksheet-list">
              {entries.data.entries.map((entry) => (
                <WorksheetCard
                  key={entry.id}
                  entry={entry}
                  busy={visibility.isPending && visibility.variables.id === entry.id}
                  onChange={(next) => visibility.mutate({ id: entry.id, visibility: next })}
                />
              ))}
            </ul>
          ))}
      </section>
    </div>
  );
}

function WorksheetCard({
  entry,
  busy,
  onChange,
}: {
  entry: WorksheetEntry;
  busy: boolean;
  onChange: (visibility: WorksheetEntry['visibility']) => void;
}) {
  const shared = entry.visibility === 'shared';
  const headingId = `worksheet-entry-${entry.id}`;
  const later = useWorksheetSheet(entry.worksheet).data?.later ?? [];
  const laterAnswered = later.some((linkId) => Object.hasOwn(entry.answers, linkId));
  return (
    <li className="worksheet-card" aria-labelledby={headingId}>
      <h3 className="worksheet-card__title" id={headingId}>
        {entry.title}, {formatDateTime(entry.recordedAt)}
      </h3>
      <details className="worksheet-card__details">
        <summary>Your answers</summary>
        <WorksheetAnswers worksheet={entry.worksheet} answers={entry.answers} />
      </details>
      <RatingChanges changes={entry.ratingChanges} />
      <p className="worksheet-card__meta">Who can see it: {whoCanSee(entry.visibility)}</p>
      {later.length > 0 && (
        <p>
          <Link to={`/client/worksheets/later/${entry.id}`} aria-describedby={headingId}>
            {laterAnswered ? 'Change what happened next' : 'Come back to it: add what happened'}
          </Link>
        </p>
      )}
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
