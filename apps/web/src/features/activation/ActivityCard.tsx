import { useState } from 'react';
import { whoCanSee } from '../../shared/format/who-can-see.ts';
import { Button } from '../../shared/ui/Button.tsx';
import { useSetActivityVisibility, type Activity } from './activation-api.ts';
import { dayInWords, plannedInWords } from './activation-wording.ts';
import { RateActivityForm } from './RateActivityForm.tsx';

/** What was guessed before and, once answered, how it was. */
export function ActivityRatings({ activity }: { activity: Activity }) {
  return (
    <>
      <p>
        Guessed before: achievement {activity.predictedMastery}, enjoyment{' '}
        {activity.predictedPleasure} (out of 10).
      </p>
      {activity.status === 'done' && (
        <p>
          How it was{activity.doneOn ? `, ${dayInWords(activity.doneOn)}` : ''}: achievement{' '}
          {activity.actualMastery}, enjoyment {activity.actualPleasure}.
        </p>
      )}
      {activity.status === 'not-done' && <p>Not this time.</p>}
      {activity.afterNote && <p className="entry-text">{activity.afterNote}</p>}
    </>
  );
}

/**
 * One activity of the schedule: when, the guess and how it was, who can see it
 * (with the switch), and "Say how it went".
 */
export function ActivityCard({
  activity,
  today,
  onSaved,
}: {
  activity: Activity;
  today: string;
  onSaved: (message: string) => void;
}) {
  const [rating, setRating] = useState(false);
  const visibility = useSetActivityVisibility();
  const headingId = `activity-${activity.id}`;
  const shared = activity.visibility === 'shared';
  const busy = visibility.isPending;
  const rateLabel = activity.status === 'planned' ? 'Say how it went' : 'Change how it went';
  const shareLabel = shared ? 'Keep it to myself' : 'Share with my care team';
  return (
    <li className="entry-card activity-card" aria-labelledby={headingId}>
      <h3 className="entry-card__title" id={headingId}>
        {activity.title}
      </h3>
      <p>{plannedInWords(activity.plannedOn, activity.plannedTime, today)}</p>
      <ActivityRatings activity={activity} />
      <p className="entry-card__who">Who can see it: {whoCanSee(activity.visibility)}</p>
      {rating ? (
        <RateActivityForm
          activity={activity}
          today={today}
          onDone={(message) => {
            setRating(false);
            onSaved(message);
          }}
          onCancel={() => setRating(false)}
        />
      ) : (
        <div className="button-row">
          <Button
            variant="secondary"
            aria-label={`${rateLabel}: ${activity.title}`}
            onClick={() => setRating(true)}
          >
            {rateLabel}
          </Button>
          <Button
            variant="quiet"
            aria-label={`${shareLabel}: ${activity.title}`}
            busy={busy}
            onClick={() =>
              visibility.mutate(
                { id: activity.id, visibility: shared ? 'private' : 'shared' },
                {
                  onSuccess: () =>
                    onSaved(shared ? 'Now only you can see it.' : 'Shared with your care team.'),
                },
              )
            }
          >
            {shareLabel}
          </Button>
        </div>
      )}
    </li>
  );
}
