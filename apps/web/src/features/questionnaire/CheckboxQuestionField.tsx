import type { Ref } from 'react';
import type { FieldError } from './FieldError.tsx';
import { FieldErrorText } from './FieldError.tsx';
import type { AnswerOption } from './questionnaire-model.ts';

interface CheckboxQuestionFieldProps {
  text: string;
  options: readonly AnswerOption[];
  idBase: string;
  value: readonly number[];
  onChange: (value: readonly number[]) => void;
  readOnly?: boolean;
  describedBy?: string | undefined;
  error?: FieldError;
  ref?: Ref<HTMLFieldSetElement>;
}

/**
 * A question that takes any number of options (a repeating choice): native
 * checkboxes in a fieldset, each with its explanation read with it.
 */
export function CheckboxQuestionField({
  text,
  options,
  idBase,
  value,
  onChange,
  readOnly = false,
  describedBy,
  error,
  ref,
}: CheckboxQuestionFieldProps) {
  const errorId = `${idBase}-error`;
  const described = [describedBy, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  function toggle(option: number, checked: boolean) {
    const rest = value.filter((chosen) => chosen !== option);
    onChange(checked ? [...rest, option] : rest);
  }
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
        {options.map((option) => {
          const helpId = `${idBase}-help-${option.value}`;
          return (
            <label className="question__option question__option--check" key={option.value}>
              <input
                type="checkbox"
                name={idBase}
                value={String(option.value)}
                checked={value.includes(option.value)}
                onChange={(event) => toggle(option.value, event.target.checked)}
                aria-describedby={option.help ? helpId : undefined}
              />
              <span>
                <span className="question__option-label">{option.label}</span>
                {option.help && (
                  <span className="question__option-help" id={helpId}>
                    {option.help}
                  </span>
                )}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
