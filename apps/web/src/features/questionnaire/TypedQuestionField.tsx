import type { Ref } from 'react';
import type { FieldError } from './FieldError.tsx';
import { FieldErrorText } from './FieldError.tsx';
import type { NumberQuestion, TextQuestion } from './questionnaire-model.ts';

interface TypedQuestionFieldProps {
  question: NumberQuestion | TextQuestion;
  idBase: string;
  value: string;
  onChange: (value: string) => void;
  describedBy?: string | undefined;
  error?: FieldError;
  ref?: Ref<HTMLInputElement & HTMLTextAreaElement>;
}

function rangeHint({ min, max }: NumberQuestion): string | undefined {
  if (min !== undefined && max !== undefined) return `A number from ${min} to ${max}.`;
  if (min !== undefined) return `A number of ${min} or more.`;
  if (max !== undefined) return `A number of ${max} or less.`;
  return undefined;
}

/**
 * A question answered by typing: a number (with the keypad that fits), one
 * line, or several lines. The label is the question; a number's range is said
 * before it is typed, and a problem is said in words, not only in colour.
 */
export function TypedQuestionField({
  question,
  idBase,
  value,
  onChange,
  describedBy,
  error,
  ref,
}: TypedQuestionFieldProps) {
  const inputId = `${idBase}-input`;
  const hintId = `${idBase}-hint`;
  const errorId = `${idBase}-error`;
  const isNumber = question.kind === 'integer' || question.kind === 'decimal';
  const hint = isNumber ? rangeHint(question) : undefined;
  const described =
    [describedBy, hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') ||
    undefined;
  const common = {
    id: inputId,
    name: idBase,
    className: question.kind === 'text' ? 'field__input field__input--multiline' : 'field__input',
    value,
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
    readOnly: question.readOnly,
    required: question.required,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': described,
    ref,
  };
  return (
    <div className={error ? 'question field field--invalid' : 'question field'}>
      <label className="question__text field__label" htmlFor={inputId}>
        {question.text}
      </label>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      <FieldErrorText id={errorId} error={error} />
      {question.kind === 'text' ? (
        <textarea {...common} rows={5} maxLength={question.maxLength} />
      ) : (
        <input
          {...common}
          type="text"
          inputMode={isNumber ? (question.kind === 'integer' ? 'numeric' : 'decimal') : undefined}
          maxLength={question.kind === 'string' ? question.maxLength : undefined}
          autoComplete="off"
        />
      )}
    </div>
  );
}
