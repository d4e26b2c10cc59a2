import { useId, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { PendingOutbox } from '../../shared/offline/PendingOutbox.tsx';
import { LoadingState } from '../../shared/ui/LoadingState.tsx';
import { PageTitle } from '../../shared/ui/PageTitle.tsx';
import { QueryError } from '../../shared/ui/QueryError.tsx';
import { StatusMessage } from '../../shared/ui/StatusMessage.tsx';
import '../check-in/check-in.css';
import { useMyActivities, type Activity } from './activation-api.ts';
import { ActivityCard } from './ActivityCard.tsx';
import { ActivityMoodView } from './ActivityMoodView.tsx';
import { PlanActivityForm } from './PlanActivityForm.tsx';
import './activation.css';

const byWhen = (a: Activity, b: Activity) =>
  a.plannedOn.localeCompare(b.plannedOn) ||
  (a.plannedTime ?? '').localeCompare(b.plannedTime ?? '');

/**
 * /client/activities: behavioural activation. Plan small activities on days of
 * the client's calendar with a guess of achievement and enjoyment, say how
 * they went, and see how they compare with the guess and with mood. Private
 * unless the client shares an activity.
 */
export function ActivitiesPage() {
  const activities = useMyActivities();
  const plannedId = useId();
  const answeredId = useId();
  const [status, setStatus] = useState('');
  // Opened from homework: an activity planned for it starts out shared (the client may change it).
  const fromHomework =
    (useLocation().state as { fromHomework?: boolean } | null)?.fromHomework === true;
  const today = activities.data?.today;
  const planned = (activities.data?.activities ?? [])
    .filter((a) => a.status === 'planned')
    .sort(byWhen);
  const answered = (activities.data?.activities ?? [])
    .filter((a) => a.status !== 'planned')
    .sort((a, b) => byWhen(b, a));

  return (
    <div className="narrow-text">
      <p className="back-link">
        <Link to="/client">Back to home</Link>
      </p>
      <PageTitle>Plan activities</PageTitle>
      <p className="lead">
        When energy or interest is low, small planned things can help. Plan one, guess how it will
        feel, and afterwards note how it really was. Only you see your activities unless you share
        one.
      </p>
      <PendingOutbox />
      {activities.isPending && <LoadingState />}
      {activities.isError && (
        <QueryError error={activities.error} onRetry={() => void activities.refetch()} />
      )}
      {today !== undefined && (
        <>
          <PlanActivityForm today={today} startShared={fromHomework} />
          <StatusMessage>{status}</StatusMessage>
          <section className="section" aria-labelledby={plannedId}>
            <h2 id={plannedId} tabIndex={-1}>
              Planned
            </h2>
            {planned.length === 0 ? (
              <p className="empty-state">Nothing planned right now.</p>
            ) : (
              <ul className="entry-list">
                {planned.map((activity) => (
                  <ActivityCard
                    key={activity.id}
                    activity={activity}
                    today={today}
                    onSaved={(message) => {
                      setStatus(message);
                      requestAnimationFrame(() => document.getElementById(plannedId)?.focus());
                    }}
                  />
                ))}
              </ul>
            )}
          </section>
          <ActivityMoodView />
          <section className="section" aria-labelledby={answeredId}>
            <h2 id={answeredId}>Done and not done</h2>
            {answered.length === 0 ? (
              <p className="empty-state">Activities you say how went will be kept here.</p>
            ) : (
              <ul className="entry-list">
                {answered.map((activity) => (
                  <ActivityCard
                    key={activity.id}
                    activity={activity}
                    today={today}
                    onSaved={setStatus}
                  />
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </div>
  );
}
