import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { Button } from '../../shared/ui/Button.tsx';
import { ChoiceQuestionField } from './ChoiceQuestionField.tsx';
import { FormProgress } from './FormProgress.tsx';
import { FormText, formTextIds } from './FormText.tsx';
import { clampIndex, isLastQuestion, mayLeave, missingRequired } from './form-state.ts';
import { answerToGoOn } from './view-props.ts';
import type { QuestionnaireViewProps } from './view-props.ts';

interface OneQuestionViewProps extends QuestionnaireViewProps {
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
  const fieldset = useRef<HTMLFieldSetElement>(null);
  const focusAfterRender = useRef(false);
  const current = clampIndex(model, index);
  const question = model.questions[current];
  const last = isLastQuestion(model, current);
  const introBase = `${idBase}-intro`;

  useEffect(() => {
    if (!focusAfterRender.current) return;
    focusAfterRender.current = false;
    fieldset.current?.focus();
  });

  if (question === undefined) return null;

  function go(to: number, message?: string) {
    setError(message);
    focusAfterRender.current = true;
    onIndexChange(clampIndex(model, to));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (question === undefined) return;
    if (!mayLeave(question, answers)) {
      go(current, answerToGoOn);
      return;
    }
    if (!last) {
      go(current + 1);
      return;
    }
    const missing = missingRequired(model, answers)[0];
    if (missing !== undefined) {
      go(model.questions.indexOf(missing), answerToGoOn);
      return;
    }
    onSubmit();
  }

  return (
    <form className="questionnaire__form" onSubmit={handleSubmit} noValidate>
      <div className="questionnaire__status">
        <FormProgress
          text={`Question ${current + 1} of ${model.questions.length}`}
          done={current + 1}
          total={model.questions.length}
        />
        {saveStatus}
      </div>
      <FormText texts={model.intro} idBase={introBase} />
      <ChoiceQuestionField
        key={question.linkId}
        ref={fieldset}
        question={question}
        idBase={`${idBase}-q-${question.linkId}`}
        value={answers[question.linkId] ?? null}
        onChange={(value) => {
          setError(undefined);
          onAnswer(question.linkId, value);
        }}
        describedBy={formTextIds(model.intro, introBase)}
        error={error}
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
