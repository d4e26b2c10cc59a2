import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { Button } from '../../shared/ui/Button.tsx';
import { ChoiceQuestionField } from './ChoiceQuestionField.tsx';
import { FormProgress } from './FormProgress.tsx';
import { FormText, formTextIds } from './FormText.tsx';
import { missingRequired, progressOf } from './form-state.ts';
import { answerToGoOn } from './view-props.ts';
import type { QuestionnaireViewProps } from './view-props.ts';

/** Every question on one page; a required question left out is marked and focused on Submit. */
export function AllQuestionsView({
  model,
  idBase,
  answers,
  onAnswer,
  onSubmit,
  sending,
  saveStatus,
}: QuestionnaireViewProps) {
  const [unanswered, setUnanswered] = useState<ReadonlySet<string>>(new Set());
  const fieldsets = useRef(new Map<string, HTMLFieldSetElement>());
  const focusAfterRender = useRef<string | null>(null);
  const progress = progressOf(model, answers);
  const introBase = `${idBase}-intro`;

  useEffect(() => {
    const linkId = focusAfterRender.current;
    if (linkId === null) return;
    focusAfterRender.current = null;
    fieldsets.current.get(linkId)?.focus();
  }, [unanswered]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const missing = missingRequired(model, answers);
    if (missing.length > 0) {
      focusAfterRender.current = missing[0]?.linkId ?? null;
      setUnanswered(new Set(missing.map((question) => question.linkId)));
      return;
    }
    onSubmit();
  }

  return (
    <form className="questionnaire__form" onSubmit={handleSubmit} noValidate>
      <div className="questionnaire__status">
        <FormProgress
          text={`${progress.answered} of ${progress.total} answered`}
          done={progress.answered}
          total={progress.total}
        />
        {saveStatus}
      </div>
      <FormText texts={model.intro} idBase={introBase} />
      {model.questions.map((question) => (
        <ChoiceQuestionField
          key={question.linkId}
          ref={(element) => {
            if (element) fieldsets.current.set(question.linkId, element);
            else fieldsets.current.delete(question.linkId);
          }}
          question={question}
          idBase={`${idBase}-q-${question.linkId}`}
          value={answers[question.linkId] ?? null}
          onChange={(value) => {
            if (unanswered.has(question.linkId)) {
              const rest = new Set(unanswered);
              rest.delete(question.linkId);
              setUnanswered(rest);
            }
            onAnswer(question.linkId, value);
          }}
          describedBy={formTextIds(model.intro, introBase)}
          error={unanswered.has(question.linkId) ? answerToGoOn : undefined}
        />
      ))}
      <FormText texts={model.outro} idBase={`${idBase}-outro`} />
      <div className="button-row questionnaire__nav">
        <Button type="submit" busy={sending} busyLabel="Sending…">
          Submit
        </Button>
      </div>
    </form>
  );
}
