import { whoCanSee } from '../../shared/format/who-can-see.ts';
import { useId } from 'react';
import { formatDateTime } from '../../shared/format/format-date.ts';
import { Button } from '../../shared/ui/Button.tsx';
import { LoadingState } from '../../shared/ui/LoadingState.tsx';
import { QueryError } from '../../shared/ui/QueryError.tsx';
import { moodWords } from './check-in-form.ts';
import { useMyCheckIns, useSetCheckInVisibility, type CheckIn } from './check-in-api.ts';

/** The client's recent check-ins, each saying who can see it, with a way to change that. */
export function RecentCheckIns() {
  const headingId = useId();
  const checkIns = useMyCheckIns();
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>Recent check-ins</h2>
      {checkIns.isPending && <LoadingState />}
      {checkIns.isError && (
        <QueryError error={checkIns.error} onRetry={() => void checkIns.refetch()} />
      )}
      {checkIns.data &&
        (checkIns.data.checkIns.length === 0 ? (
          <p className="empty-state">Your check-ins will appear here.</p>
        ) : (
          <ul className="entry-list">
            {checkIns.data.checkIns.slice(0, 30).map((checkIn) => (
              <CheckInItem key={checkIn.id} checkIn={checkIn} />
            ))}
          </ul>
        ))}
    </section>
  );
}

export function CheckInSummary({ checkIn }: { checkIn: CheckIn }) {
  return (
    <>
      <p>
        Mood {checkIn.mood} of 10 ({moodWords(checkIn.mood)})
        {checkIn.sleepHours !== null && <>, {checkIn.sleepHours} hours of sleep</>}
      </p>
      {checkIn.emotions.length > 0 && (
        <p>Feelings: {checkIn.emotions.map((e) => `${e.label} ${e.intensity}/10`).join(', ')}</p>
      )}
      {checkIn.tags.length > 0 && <p>Tags: {checkIn.tags.map((t) => t.label).join(', ')}</p>}
      {checkIn.note !== null && <p className="entry-text">{checkIn.note}</p>}
    </>
  );
}

function CheckInItem({ checkIn }: { checkIn: CheckIn }) {
  const change = useSetCheckInVisibility();
  const next = checkIn.visibility === 'shared' ? 'private' : 'shared';
  const when = formatDateTime(checkIn.occurredAt);
  return (
    <li className="entry-card">
      <h3 className="entry-card__title">{when}</h3>
      <CheckInSummary checkIn={checkIn} />
      <p className="entry-card__who">Who can see this: {whoCanSee(checkIn.visibility)}</p>
      <Button
        variant="quiet"
        busy={change.isPending}
        busyLabel="Changing…"
        onClick={() => change.mutate({ id: checkIn.id, visibility: next })}
      >
        {next === 'shared' ? 'Share with my therapist' : 'Make private'}
        <span className="visually-hidden">: check-in of {when}</span>
      </Button>
    </li>
  );
}
