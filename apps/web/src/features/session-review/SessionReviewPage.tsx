import { useId, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { LoadingState } from '../../shared/ui/LoadingState.tsx';
import { PageTitle } from '../../shared/ui/PageTitle.tsx';
import { QueryError } from '../../shared/ui/QueryError.tsx';
import { SelectField } from '../../shared/ui/SelectField.tsx';
import { TableRegion } from '../../shared/ui/TableRegion.tsx';
import { useSignedInUser } from '../auth/use-signed-in-user.ts';
import { dayInWords, statusInWords } from '../homework/homework-wording.ts';
import { useClient } from '../measures/therapist-measures-api.ts';
import { DecisionSection } from './DecisionSection.tsx';
import { GoalLinks } from './GoalLinks.tsx';
import { DASHES, ReviewChart } from './ReviewChart.tsx';
import { reviewEvents, type AxisEvent } from './review-axis.ts';
import { useSessionReview, type SessionReview } from './session-review-api.ts';
import './session-review.css';

type Window = 'last-session' | '28' | '84';

const windowOptions: { value: Window; label: string }[] = [
  { value: 'last-session', label: 'Since the last session' },
  { value: '28', label: 'The last 4 weeks' },
  { value: '84', label: 'The last 12 weeks' },
];

function sinceFor(window: Window): string | undefined {
  if (window === 'last-session') return undefined;
  const days = Number(window);
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * /therapist/clients/:clientId/review and /supervisor/…: the closed loop on
 * one time axis (goal ratings, homework and how it went, measure scores),
 * each goal's links, and what was decided. Staff only: the client does not
 * see the review's decisions.
 */
export function SessionReviewPage() {
  const { clientId = '' } = useParams();
  const user = useSignedInUser();
  const readOnly = user.role !== 'therapist';
  const id = useId();
  const [window, setWindow] = useState<Window>('last-session');
  const since = useMemo(() => sinceFor(window), [window]);
  const client = useClient(clientId);
  const review = useSessionReview(clientId, since);
  const name = client.data?.client.displayName;
  const area = readOnly ? 'supervisor' : 'therapist';

  return (
    <>
      <p className="back-link">
        <Link to={`/${area}/clients/${clientId}`}>Back to {name ?? 'the client'}</Link>
      </p>
      <PageTitle>{name === undefined ? 'Session review' : `Session review: ${name}`}</PageTitle>
      <p className="lead">
        Goals, the homework set for them and the scores that should move, on one time axis. The
        decisions you record here are for the care team: the client does not see them.
      </p>
      <SelectField
        id={`${id}-window`}
        label="Show"
        value={window}
        options={windowOptions}
        onChange={setWindow}
      />
      {(review.isPending || client.isPending) && <LoadingState />}
      {review.isError && <QueryError error={review.error} onRetry={() => void review.refetch()} />}
      {review.data && <ReviewBody clientId={clientId} review={review.data} readOnly={readOnly} />}
    </>
  );
}

function ReviewBody({
  clientId,
  review,
  readOnly,
}: {
  clientId: string;
  review: SessionReview;
  readOnly: boolean;
}) {
  const loopId = useId();
  const tableId = useId();
  const homeworkId = useId();
  const events = useMemo(() => reviewEvents(review), [review]);
  const goalTitle = new Map(review.goals.map((g) => [g.id, g.title]));
  const windowWords =
    review.lastSessionOn !== null && review.since === review.lastSessionOn
      ? `since the last session, ${dayInWords(review.since)}`
      : `from ${dayInWords(review.since)}`;
  const label = chartLabel(review, events, windowWords);

  return (
    <>
      <section className="section" aria-labelledby={loopId}>
        <h2 id={loopId}>The loop, {windowWords}</h2>
        {events.length === 0 ? (
          <p className="empty-state">
            Nothing in this window yet: no ratings, homework or scores. Try a longer window.
          </p>
        ) : (
          <>
            <figure className="review-figure">
              <ReviewChart review={review} events={events} label={label} />
              <figcaption>
                <Legend review={review} />
              </figcaption>
            </figure>
            <h3 id={tableId}>The same, as a table</h3>
            <TableRegion labelledBy={tableId}>
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">Date</th>
                    <th scope="col">Kind</th>
                    <th scope="col">What</th>
                    <th scope="col">Result</th>
                  </tr>
                </thead>
                <tbody>
                  {events.map((event, index) => (
                    <tr key={index}>
                      <td>{dayInWords(event.date)}</td>
                      <td>{kindWords[event.lane]}</td>
                      <td>{event.what}</td>
                      <td>{resultWords(event)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableRegion>
          </>
        )}
      </section>

      <GoalLinks clientId={clientId} review={review} readOnly={readOnly} />

      <section className="section" aria-labelledby={homeworkId}>
        <h2 id={homeworkId}>Homework in this window</h2>
        {review.homework.length === 0 ? (
          <p className="empty-state">No homework in this window.</p>
        ) : (
          <ul className="todo-list">
            {review.homework.map((item) => (
              <li key={item.id} className="todo-list__item">
                <h3 className="todo-list__title">{item.name}</h3>
                <p className="todo-list__facts">
                  Due {dayInWords(item.dueOn)} ·{' '}
                  <strong>
                    {statusInWords({
                      ...item,
                      overdue: item.status === 'waiting' && item.dueOn < review.today,
                    })}
                  </strong>
                </p>
                {item.goalId !== null && <p>For the goal: {goalTitle.get(item.goalId)}</p>}
                {item.answerNote && (
                  <p>
                    {item.status === 'done' ? 'How it went' : 'What got in the way'}:{' '}
                    {item.answerNote}
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <DecisionSection clientId={clientId} review={review} readOnly={readOnly} />
    </>
  );
}

const kindWords: Record<AxisEvent['lane'], string> = {
  goal: 'Goal rating',
  homework: 'Homework',
  measure: 'Score',
};

function resultWords(event: AxisEvent): string {
  switch (event.lane) {
    case 'goal':
      return (
        `Level ${event.level > 0 ? `+${event.level}` : event.level} of −2 to +2` +
        (event.before ? ' (the last rating before this window)' : '')
      );
    case 'homework':
      return statusInWords({ ...event, overdue: false });
    case 'measure':
      return `Total ${event.total}`;
  }
}

function chartLabel(review: SessionReview, events: readonly AxisEvent[], windowWords: string) {
  const ratings = events.filter((e) => e.lane === 'goal').length;
  const done = review.homework.filter((h) => h.status === 'done').length;
  const scores = events.filter((e) => e.lane === 'measure').length;
  return (
    `Goal ratings, homework and scores ${windowWords}: ${ratings} goal ratings, ` +
    `${done} homework done of ${review.homework.filter((h) => h.status !== 'cancelled').length}, ` +
    `${scores} scores. The table below lists each.`
  );
}

function Legend({ review }: { review: SessionReview }) {
  return (
    <ul className="review-legend">
      {review.goals
        .filter((goal) => goal.ratings.length > 0)
        .map((goal) => (
          <li key={goal.id}>
            <LineSample dash={DASHES[review.goals.indexOf(goal) % DASHES.length]!} mark="circle" />
            Goal: {goal.title}
          </li>
        ))}
      <li>
        <span className="review-legend__homework" aria-hidden="true">
          4
        </span>
        Homework done, with how helpful it was (1–5); a cross: not done
      </li>
      {review.measures
        .filter((measure) => measure.scores.length > 0)
        .map((measure) => (
          <li key={measure.instrumentId}>
            <LineSample
              dash={DASHES[review.measures.indexOf(measure) % DASHES.length]!}
              mark="square"
            />
            {measure.name}
            {measure.goalIds.length > 0 ? ' (linked to a goal)' : ''}
          </li>
        ))}
    </ul>
  );
}

function LineSample({ dash, mark }: { dash: string; mark: 'circle' | 'square' }) {
  return (
    <svg className="review-legend__sample" viewBox="0 0 32 12" aria-hidden="true" focusable="false">
      <line x1={0} x2={32} y1={6} y2={6} strokeDasharray={dash} />
      {mark === 'circle' ? (
        <circle cx={16} cy={6} r={3.5} />
      ) : (
        <rect x={12.5} y={2.5} width={7} height={7} />
      )}
    </svg>
  );
}
