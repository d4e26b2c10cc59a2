import { useId, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../shared/api/api-context.ts';
import type { ApiAnswer } from '../../shared/api/api-paths.ts';
import { formatDateTime } from '../../shared/format/format-date.ts';
import { Button } from '../../shared/ui/Button.tsx';
import { LoadingState } from '../../shared/ui/LoadingState.tsx';
import { QueryError } from '../../shared/ui/QueryError.tsx';
import '../check-in/check-in.css';
import { CheckInSummary } from '../check-in/RecentCheckIns.tsx';
import { SkillPracticeTimelineItem } from '../skills/SkillPracticeTimelineItem.tsx';
import { HomeworkTimelineItem } from '../homework/HomeworkTimelineItem.tsx';
import { ActivityTimelineItem } from '../activation/ActivityTimelineItem.tsx';
import { ExposurePracticeTimelineItem } from '../exposure/ExposurePracticeTimelineItem.tsx';
import { WorksheetTimelineItem } from '../worksheets/WorksheetTimelineItem.tsx';
import { RecordSession } from './RecordSession.tsx';
import { summarySentence } from './timeline-summary.ts';

type Timeline = ApiAnswer<'get', '/api/clients/{id}/timeline'>;
type Item = Timeline['items'][number];

const planName = { 'safety-plan': 'Safety plan', 'coping-plan': 'Coping plan' } as const;

/** Long journal entries open on request, so the timeline stays scannable. */
const PREVIEW = 600;

function LongText({ text }: { text: string }) {
  const [open, setOpen] = useState(false);
  if (text.length <= PREVIEW) return <p className="entry-text">{text}</p>;
  return (
    <>
      <p className="entry-text">{open ? text : `${text.slice(0, PREVIEW)}…`}</p>
      <Button variant="quiet" onClick={() => setOpen(!open)} aria-expanded={open}>
        {open ? 'Show less' : 'Show all'}
      </Button>
    </>
  );
}

function TimelineItem({ item }: { item: Item }) {
  switch (item.type) {
    case 'check-in':
      return (
        <li className="entry-card">
          <h3 className="entry-card__title">Check-in, {formatDateTime(item.at)}</h3>
          <CheckInSummary checkIn={item.checkIn} />
        </li>
      );
    case 'journal':
      return (
        <li className="entry-card">
          <h3 className="entry-card__title">Journal entry, {formatDateTime(item.at)}</h3>
          <LongText text={item.entry.body} />
        </li>
      );
    case 'plan':
      return (
        <li className="entry-card">
          <h3 className="entry-card__title">
            {planName[item.kind]} saved (version {item.version}), {formatDateTime(item.at)}
          </h3>
          <p>By {item.editedBy.displayName}.</p>
        </li>
      );
    case 'insight':
      return (
        <li className="entry-card">
          <h3 className="entry-card__title">
            A pattern the client shared, {formatDateTime(item.at)}
          </h3>
          <p>{item.shared.insight.explanation}</p>
        </li>
      );
    case 'worksheet':
      return <WorksheetTimelineItem worksheet={item.worksheet} />;
    case 'skill-practice':
      return <SkillPracticeTimelineItem practice={item.practice} />;
    case 'homework':
      return <HomeworkTimelineItem homework={item.homework} at={item.at} />;
    case 'exposure-practice':
      return <ExposurePracticeTimelineItem item={item} />;
    case 'activity':
      return <ActivityTimelineItem activity={item.activity} at={item.at} />;
  }
}

/**
 * For the care team: what the client chose to share between sessions, newest
 * first, under a one-line summary of the last week. Private entries never
 * arrive here (the server leaves them out of every list and count).
 */
export function SharedTimeline({
  clientId,
  clientName,
  canRecordSessions,
}: {
  clientId: string;
  clientName: string;
  canRecordSessions: boolean;
}) {
  const api = useApi();
  const headingId = useId();
  const timeline = useQuery({
    queryKey: ['client-timeline', clientId],
    queryFn: () => api.GET('/api/clients/{id}/timeline', { path: { id: clientId } }),
  });
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>Shared by {clientName}</h2>
      {timeline.isPending && <LoadingState />}
      {timeline.isError && (
        <QueryError error={timeline.error} onRetry={() => void timeline.refetch()} />
      )}
      {timeline.data && (
        <>
          <p className="lead">{summarySentence(timeline.data.summary)}</p>
          {canRecordSessions && (
            <RecordSession clientId={clientId} clientToday={timeline.data.clientToday} />
          )}
          {timeline.data.items.length === 0 ? (
            <p className="empty-state">
              Only what {clientName} chooses to share appears here. Nothing has been shared in the
              last 90 days.
            </p>
          ) : (
            <ul className="entry-list">
              {timeline.data.items.map((item) => (
                <TimelineItem key={`${item.type}-${item.at}-${keyOf(item)}`} item={item} />
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

function keyOf(item: Item): string {
  switch (item.type) {
    case 'check-in':
      return item.checkIn.id;
    case 'journal':
      return item.entry.id;
    case 'plan':
      return `${item.kind}-${item.version}`;
    case 'insight':
      return item.shared.id;
    case 'worksheet':
      return item.worksheet.id;
    case 'skill-practice':
      return item.practice.id;
    case 'homework':
      return item.homework.id;
    case 'exposure-practice':
      return item.practice.id;
    case 'activity':
      return item.activity.id;
  }
}
