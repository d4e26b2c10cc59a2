import type { ApiAnswer } from '../../shared/api/api-paths.ts';
import { formatDateTime } from '../../shared/format/format-date.ts';
import { statusInWords } from './homework-wording.ts';

type Item = ApiAnswer<'get', '/api/clients/{id}/timeline'>['items'][number];
type AnsweredHomework = Extract<Item, { type: 'homework' }>['homework'];

/** Homework the client answered (a timeline item of type 'homework'): done and how helpful, or not. */
export function HomeworkTimelineItem({ homework, at }: { homework: AnsweredHomework; at: string }) {
  return (
    <li className="entry-card">
      <h3 className="entry-card__title">
        Homework: {homework.tool.name}, {formatDateTime(at)}
      </h3>
      <p>{statusInWords(homework)}</p>
      {homework.answerNote && (
        <p>
          {homework.status === 'done' ? 'How it went' : 'What got in the way'}:{' '}
          {homework.answerNote}
        </p>
      )}
    </li>
  );
}
