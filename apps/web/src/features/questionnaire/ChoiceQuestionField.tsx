import type { Ref } from 'react';
import type { ChoiceQuestion } from './questionnaire-model.ts';

interface ChoiceQuestionFieldProps {
  question: ChoiceQuestion;
  /** Unique per form and question: the radios' name and the ids inside. */
  idBase: string;
  value: number | null;
  onChange: (value: number) => void;
  /** Ids of text shown before the question that belongs to it (the stem). */
  describedBy?: string | undefined;
  error?: string | undefined;
  ref?: Ref<HTMLFieldSetElement>;
}

/**
 * One choice question as a group of large native radio buttons: the legend is
 * the question, arrow keys move between answers, and each whole row can be tapped.
 */
export function ChoiceQuestionField({
  question,
  idBase,
  value,
  onChange,
  describedBy,
  error,
  ref,
}: ChoiceQuestionFieldProps) {
  const errorId = `${idBase}-error`;
  const contextIds = question.context.map((_, index) => `${idBase}-context-${index}`);
  const described =
    [describedBy, ...contextIds, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <>
      {question.context.map((words, index) => (
        <p className="question__context" id={contextIds[index]} key={contextIds[index]}>
          {words}
        </p>
      ))}
      <fieldset
        ref={ref}
        className={error ? 'question question--invalid' : 'question'}
        aria-describedby={described}
        tabIndex={-1}
      >
        <legend className="question__text">{question.text}</legend>
        {error && (
          <p className="field__error" id={errorId}>
            <span className="visually-hidden">Error: </span>
            {error}
          </p>
        )}
        <div className="question__options">
          {question.options.map((option) => (
            <label className="question__option" key={option.value}>
              <input
                type="radio"
                name={idBase}
                value={option.value}
                checked={value === option.value}
                onChange={() => onChange(option.value)}
              />
              <span>{option.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </>
  );
}
