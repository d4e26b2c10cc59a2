import { formatDateTime } from '../../shared/format/format-date.ts';
import type { ApiAnswer } from '../../shared/api/api-paths.ts';
import { RatingChanges } from './RatingChanges.tsx';
import { WorksheetAnswers } from './WorksheetAnswers.tsx';
import './worksheets.css';

type Item = ApiAnswer<'get', '/api/clients/{id}/timeline'>['items'][number];
export type SharedWorksheet = Extract<Item, { type: 'worksheet' }>['worksheet'];

/** One shared worksheet entry of any kind (a timeline item of type 'worksheet'), as a list item. */
export function WorksheetTimelineItem({ worksheet }: { worksheet: SharedWorksheet }) {
  const headingId = `worksheet-${worksheet.id}`;
  return (
    <li className="worksheet-card" aria-labelledby={headingId}>
      <h3 className="worksheet-card__title" id={headingId}>
        {worksheet.title}, {formatDateTime(worksheet.recordedAt)}
      </h3>
      <WorksheetAnswers worksheet={worksheet.worksheet} answers={worksheet.answers} />
      {worksheet.ratingChanges.length > 0 && (
        <>
          <p className="worksheet-card__meta">
            {worksheet.worksheet === 'thought-record'
              ? 'Intensity of each feeling, before and after:'
              : 'Ratings, before and after:'}
          </p>
          <RatingChanges changes={worksheet.ratingChanges} />
        </>
      )}
    </li>
  );
}
