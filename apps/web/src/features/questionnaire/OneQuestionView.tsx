import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { Button } from '../../shared/ui/Button.tsx';
import { FormProgress } from './FormProgress.tsx';
import { FormText, formTextIds } from './FormText.tsx';
import { QuestionField } from './QuestionField.tsx';
import {
  clampIndex,
  isLastQuestion,
  mayLeave,
  missingRequired,
  visibleQuestions,
} from './form-state.ts';
import { problemText } from './view-props.ts';
import type { QuestionnaireViewProps } from './view-props.ts';
import { ratingNote } from './worksheet-marks.ts';

interface OneQuestionViewProps extends QuestionnaireViewProps {
  /** Index into the questions shown for the current answers. */
  index: number;
  onIndexChange: (index: number) => void;
}

/** One question per screen, with Back and Next; focus moves to each new question. */
export function OneQuestionView({
  model,
  idBase,
  answers,
  onAnswer,
  onSubmit,
  sending,
  saveStatus,
  index,
  onIndexChange,
}: OneQuestionViewProps) {
  const [error, setError] = useState<string | undefined>();
  const field = useRef<HTMLElement | null>(null);
  const focusAfterRender = useRef(false);
  const shown = visibleQuestions(model, answers);
  const current = clampIndex(model, index, answers);
  const question = shown[current];
  const last = isLastQuestion(model, current, answers);
  const introBase = `${idBase}-intro`;
  const groupTitle = question?.groups
    .map((group) => group.text)
    .filter(Boolean)
    .join(' – ');

  useEffect(() => {
    if (!focusAfterRender.current) return;
    focusAfterRender.current = false;
    field.current?.focus();
  });

  if (question === undefined) return null;

  function go(to: number, message?: string) {
    setError(message);
    focusAfterRender.current = true;
    onIndexChange(clampIndex(model, to, answers));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (question === undefined) return;
    if (!mayLeave(question, answers)) {
      go(current, problemText(question, answers));
      return;
    }
    if (!last) {
      go(current + 1);
      return;
    }
    const missing = missingRequired(model, answers)[0];
    if (missing !== undefined) {
      go(shown.indexOf(missing), problemText(missing, answers));
      return;
    }
    onSubmit();
  }

  return (
    <form className="questionnaire__form" onSubmit={handleSubmit} noValidate>
      <div className="questionnaire__status">
        <FormProgress
          text={`Question ${current + 1} of ${shown.length}`}
          done={current + 1}
          total={shown.length}
        />
        {saveStatus}
      </div>
      <FormText texts={model.intro} idBase={introBase} />
      {groupTitle && <h2 className="question-group__title">{groupTitle}</h2>}
      <QuestionField
        key={question.linkId}
        ref={(element) => {
          field.current = element;
        }}
        question={question}
        idBase={`${idBase}-q-${question.linkId}`}
        value={answers[question.linkId]}
        onChange={(value) => {
          setError(undefined);
          onAnswer(question.linkId, value);
        }}
        describedBy={formTextIds(model.intro, introBase)}
        error={error}
        note={ratingNote(model, question, answers)}
      />
      {last && <FormText texts={model.outro} idBase={`${idBase}-outro`} />}
      <div className="button-row questionnaire__nav">
        {current > 0 && (
          <Button variant="secondary" onClick={() => go(current - 1)}>
            Back
          </Button>
        )}
        <Button type="submit" busy={sending} busyLabel="Sending…">
          {last ? 'Submit' : 'Next'}
        </Button>
      </div>
    </form>
  );
}
