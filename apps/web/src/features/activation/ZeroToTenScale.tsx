import '../check-in/check-in.css';
import { ratingWords } from './activation-wording.ts';

const points = Array.from({ length: 11 }, (_, point) => point);

/**
 * A 0–10 rating as eleven native radio buttons (arrow keys move between them),
 * drawn like the check-in's mood scale. `id` names the fieldset, so a form can
 * move focus to it when it needs an answer.
 */
export function ZeroToTenScale({
  id,
  legend,
  value,
  onChange,
  error,
}: {
  id: string;
  legend: string;
  value: number | null;
  onChange: (value: number) => void;
  error?: string | undefined;
}) {
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      className={error ? 'mood-scale field--invalid' : 'mood-scale'}
      aria-describedby={error ? `${id}-error` : `${id}-hint`}
    >
      <legend>{legend}</legend>
      <p className="field__hint" id={`${id}-hint`}>
        {ratingWords.hint}
      </p>
      {error && (
        <p className="field__error" id={`${id}-error`}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      <div className="mood-scale__options">
        {points.map((point) => (
          <label key={point} className="mood-scale__option">
            <input
              type="radio"
              name={id}
              value={point}
              checked={value === point}
              onChange={() => onChange(point)}
            />
            <span aria-hidden="true">{point}</span>
            <span className="visually-hidden">{point} out of 10</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
