import type { ApiAnswer } from '../../shared/api/api-paths.ts';
import { formatDateTime } from '../../shared/format/format-date.ts';
import { dayInWords } from './activation-wording.ts';

type Item = ApiAnswer<'get', '/api/clients/{id}/timeline'>['items'][number];
export type SharedActivity = Extract<Item, { type: 'activity' }>['activity'];

/**
 * One shared activity of the client's schedule (a timeline item of type
 * 'activity'): planned, done with the guess beside how it was, or not done.
 */
export function ActivityTimelineItem({ activity, at }: { activity: SharedActivity; at: string }) {
  const heading =
    activity.status === 'done'
      ? 'Activity done'
      : activity.status === 'not-done'
        ? 'Activity not done this time'
        : 'Activity planned';
  return (
    <li className="entry-card">
      <h3 className="entry-card__title">
        {heading}, {formatDateTime(at)}
      </h3>
      <p>
        <strong>{activity.title}</strong>, planned for {dayInWords(activity.plannedOn)}
        {activity.plannedTime ? ` at ${activity.plannedTime}` : ''}.
      </p>
      <p>
        Achievement: guessed {activity.predictedMastery}
        {activity.status === 'done' ? `, was ${activity.actualMastery}` : ''}. Enjoyment: guessed{' '}
        {activity.predictedPleasure}
        {activity.status === 'done' ? `, was ${activity.actualPleasure}` : ''} (out of 10).
      </p>
      {activity.afterNote && <p className="entry-text">{activity.afterNote}</p>}
    </li>
  );
}
