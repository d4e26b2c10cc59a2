import { CheckboxField } from './CheckboxField.tsx';

export interface CheckboxOption {
  id: string;
  label: string;
}

interface CheckboxGroupProps {
  /** Prefix of each box's id: `${idPrefix}-${option.id}`. */
  idPrefix: string;
  legend: string;
  options: readonly CheckboxOption[];
  checked: ReadonlySet<string>;
  onToggle: (id: string, checked: boolean) => void;
  hint?: string | undefined;
  /** One error for the whole group ("Choose at least one"). */
  error?: string | undefined;
}

/** The DOM id of one box, e.g. to move the focus to the first one when the group has an error. */
export function checkboxId(idPrefix: string, optionId: string): string {
  return `${idPrefix}-${optionId}`;
}

/** Several independent choices under one question, with a hint and an error for the group. */
export function CheckboxGroup({
  idPrefix,
  legend,
  options,
  checked,
  onToggle,
  hint,
  error,
}: CheckboxGroupProps) {
  const hintId = `${idPrefix}-hint`;
  const errorId = `${idPrefix}-error`;
  const describedBy =
    [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset
      className={error ? 'choice-group choice-group--invalid' : 'choice-group'}
      aria-describedby={describedBy}
    >
      <legend className="choice-group__legend">{legend}</legend>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={errorId}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      <div className="checkbox-list">
        {options.map((option) => (
          <CheckboxField
            key={option.id}
            id={checkboxId(idPrefix, option.id)}
            label={option.label}
            checked={checked.has(option.id)}
            onChange={(isChecked) => onToggle(option.id, isChecked)}
          />
        ))}
      </div>
    </fieldset>
  );
}
