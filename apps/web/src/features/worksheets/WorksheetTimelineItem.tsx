import { formatDateTime } from '../../shared/format/format-date.ts';
import type { ApiAnswer } from '../../shared/api/api-paths.ts';
import { RatingChanges } from './RatingChanges.tsx';
import './worksheets.css';

type Item = ApiAnswer<'get', '/api/clients/{id}/timeline'>['items'][number];
export type SharedWorksheet = Extract<Item, { type: 'worksheet' }>['worksheet'];

const shown: [string, string][] = [
  ['situation', 'Situation'],
  ['thought', 'Automatic thought'],
  ['evidence-for', 'What supports it'],
  ['evidence-against', 'What does not fit'],
  ['balanced-thought', 'Balanced thought'],
];

/** One shared thought record (a timeline item of type 'worksheet'), as a list item. */
export function WorksheetTimelineItem({ worksheet }: { worksheet: SharedWorksheet }) {
  const headingId = `worksheet-${worksheet.id}`;
  return (
    <li className="worksheet-card" aria-labelledby={headingId}>
      <h3 className="worksheet-card__title" id={headingId}>
        {worksheet.title}, {formatDateTime(worksheet.recordedAt)}
      </h3>
      <dl className="worksheet-card__answers">
        {shown.map(([linkId, label]) => {
          const value = worksheet.answers[linkId];
          return typeof value === 'string' ? (
            <div key={linkId}>
              <dt>{label}</dt>
              <dd className="worksheet-card__thought">{value}</dd>
            </div>
          ) : null;
        })}
      </dl>
      <p className="worksheet-card__meta">Intensity of each feeling, before and after:</p>
      <RatingChanges changes={worksheet.ratingChanges} />
    </li>
  );
}
