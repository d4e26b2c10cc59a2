import type { Ref } from 'react';
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
}: QuestionFieldProps) {
  const contextIds = question.context.map((_, index) => `${idBase}-context-${index}`);
  const described = [describedBy, ...contextIds].filter(Boolean).join(' ') || undefined;
  const shared = { idBase, describedBy: described, error };
  const focusRef = ref as Ref<never> | undefined;
  return (
    <>
      {question.context.map((words, index) => (
        <p className="question__context" id={contextIds[index]} key={contextIds[index]}>
          {words}
        </p>
      ))}
      {question.kind === 'choice' ? (
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
