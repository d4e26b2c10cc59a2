import type { Ref } from 'react';
import type { FieldError } from './FieldError.tsx';
import { FieldErrorText } from './FieldError.tsx';

interface RadioOption<Value> {
  value: Value;
  label: string;
}

interface RadioQuestionFieldProps<Value extends number | boolean> {
  text: string;
  options: readonly RadioOption<Value>[];
  /** Unique per form and question: the radios' name and the ids inside. */
  idBase: string;
  value: Value | null;
  onChange: (value: Value) => void;
  readOnly?: boolean;
  /** Ids of text shown before the question that belongs to it (the stem, its context). */
  describedBy?: string | undefined;
  error?: FieldError;
  ref?: Ref<HTMLFieldSetElement>;
}

/**
 * One question as a group of large native radio buttons (a choice, or Yes and
 * No): the legend is the question, arrow keys move between answers, and each
 * whole row can be tapped.
 */
export function ChoiceQuestionField<Value extends number | boolean>({
  text,
  options,
  idBase,
  value,
  onChange,
  readOnly = false,
  describedBy,
  error,
  ref,
}: RadioQuestionFieldProps<Value>) {
  const errorId = `${idBase}-error`;
  const described = [describedBy, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset
      ref={ref}
      className={error ? 'question question--invalid' : 'question'}
      aria-describedby={described}
      disabled={readOnly}
      tabIndex={-1}
    >
      <legend className="question__text">{text}</legend>
      <FieldErrorText id={errorId} error={error} />
      <div className="question__options">
        {options.map((option) => (
          <label className="question__option" key={String(option.value)}>
            <input
              type="radio"
              name={idBase}
              value={String(option.value)}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
