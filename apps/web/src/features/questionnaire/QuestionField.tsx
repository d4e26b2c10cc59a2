import type { Ref } from 'react';
import { CheckboxQuestionField } from './CheckboxQuestionField.tsx';
import { ChoiceQuestionField } from './ChoiceQuestionField.tsx';
import type { FieldError } from './FieldError.tsx';
import { TypedQuestionField } from './TypedQuestionField.tsx';
import type { AnswerValue } from './form-state.ts';
import type { Question } from './questionnaire-model.ts';

interface QuestionFieldProps {
  question: Question;
  idBase: string;
  value: AnswerValue | undefined;
  onChange: (value: AnswerValue) => void;
  /** Ids of text shown before the question that belongs to it (the stem). */
  describedBy?: string | undefined;
  error?: FieldError;
  /** The element that takes focus when the question is moved to or has a problem. */
  ref?: (element: HTMLElement | null) => void;
  /** Words about this question from earlier answers (a rating asked again: its first value). */
  note?: string | undefined;
}

const yesNo = [
  { value: true, label: 'Yes' },
  { value: false, label: 'No' },
] as const;

/** One question of any supported type, with the display text just before it. */
export function QuestionField({
  question,
  idBase,
  value,
  onChange,
  describedBy,
  error,
  ref,
  note,
}: QuestionFieldProps) {
  const contextIds = question.context.map((_, index) => `${idBase}-context-${index}`);
  const noteId = `${idBase}-note`;
  const described =
    [describedBy, ...contextIds, note ? noteId : null].filter(Boolean).join(' ') || undefined;
  const shared = { idBase, describedBy: described, error };
  const focusRef = ref as Ref<never> | undefined;
  return (
    <>
      {question.context.map((words, index) => (
        <p className="question__context" id={contextIds[index]} key={contextIds[index]}>
          {words}
        </p>
      ))}
      {note && (
        <p className="question__note" id={noteId}>
          {note}
        </p>
      )}
      {question.kind === 'choice' && question.repeats ? (
        <CheckboxQuestionField
          {...shared}
          ref={focusRef}
          text={question.text}
          options={question.options}
          value={Array.isArray(value) ? (value as readonly number[]) : []}
          onChange={onChange}
          readOnly={question.readOnly}
        />
      ) : question.kind === 'choice' ? (
        <ChoiceQuestionField
          {...shared}
          ref={focusRef}
          text={question.text}
          options={question.options}
          value={typeof value === 'number' ? value : null}
          onChange={onChange}
          readOnly={question.readOnly}
        />
      ) : question.kind === 'boolean' ? (
        <ChoiceQuestionField
          {...shared}
          ref={focusRef}
          text={question.text}
          options={yesNo}
          value={typeof value === 'boolean' ? value : null}
          onChange={onChange}
          readOnly={question.readOnly}
        />
      ) : (
        <TypedQuestionField
          {...shared}
          ref={focusRef}
          question={question}
          value={typeof value === 'string' || typeof value === 'number' ? String(value) : ''}
          onChange={onChange}
        />
      )}
    </>
  );
}
