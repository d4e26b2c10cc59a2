import { changeInWords } from '../questionnaire/worksheet-marks.ts';

interface RatingChange {
  label: string;
  before: number;
  after: number | null;
  change: number | null;
}

/** How much each feeling's intensity changed, as a list in words (no colour needed). */
export function RatingChanges({ changes }: { changes: readonly RatingChange[] }) {
  if (changes.length === 0) return null;
  return (
    <ul className="rating-changes">
      {changes.map((change, index) => (
        <li className="rating-changes__item" key={`${index}-${change.label}`}>
          <span className="rating-changes__label">{change.label}</span>{' '}
          <span>
            {change.before}
            {change.after !== null && <> → {change.after}</>} ({changeInWords(change.change)})
          </span>
        </li>
      ))}
    </ul>
  );
}
