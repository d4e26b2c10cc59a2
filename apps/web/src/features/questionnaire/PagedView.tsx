import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { Button } from '../../shared/ui/Button.tsx';
import { FormProgress } from './FormProgress.tsx';
import { FormText, formTextIds } from './FormText.tsx';
import { KeptInView } from './KeptInView.tsx';
import { QuestionField } from './QuestionField.tsx';
import { mayLeave, missingRequired, visibleQuestions } from './form-state.ts';
import { problemText } from './view-props.ts';
import type { QuestionnaireViewProps } from './view-props.ts';
import { keptInView, pagesOf, ratingNote } from './worksheet-marks.ts';

interface PagedViewProps extends QuestionnaireViewProps {
  /** Index into the steps shown for the current answers. */
  index: number;
  onIndexChange: (index: number) => void;
}

/**
 * A guided sequence: each page group (SDC itemControl `page`) is one step with
 * its own heading, Back and Next. Answers marked keep-in-view stay above every
 * later step; focus moves to the step's heading, so its words are read first.
 */
export function PagedView({
  model,
  idBase,
  answers,
  onAnswer,
  onSubmit,
  sending,
  saveStatus,
  index,
  onIndexChange,
}: PagedViewProps) {
  const [errors, setErrors] = useState<Readonly<Record<string, string>>>({});
  const heading = useRef<HTMLHeadingElement | null>(null);
  const fields = useRef(new Map<string, HTMLElement>());
  /** 'heading', or the linkId of the question to focus after the next render. */
  const focusAfterRender = useRef<string | null>(null);
  const pages = pagesOf(visibleQuestions(model, answers));
  const current = Math.min(Math.max(index, 0), pages.length - 1);
  const page = pages[current];
  const last = current === pages.length - 1;
  const introBase = `${idBase}-intro`;

  useEffect(() => {
    const target = focusAfterRender.current;
    if (target === null) return;
    focusAfterRender.current = null;
    if (target === 'heading') heading.current?.focus();
    else fields.current.get(target)?.focus();
  });

  if (page === undefined) return null;

  function go(to: number) {
    setErrors({});
    focusAfterRender.current = 'heading';
    onIndexChange(to);
  }

  function flag(problems: Record<string, string>, first: string) {
    setErrors(problems);
    focusAfterRender.current = first;
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (page === undefined) return;
    const stuck = page.questions.filter((question) => !mayLeave(question, answers));
    if (stuck.length > 0) {
      const problems = Object.fromEntries(
        stuck.map((question) => [question.linkId, problemText(question, answers)]),
      );
      flag(problems, stuck[0]!.linkId);
      return;
    }
    if (!last) {
      go(current + 1);
      return;
    }
    const missing = missingRequired(model, answers)[0];
    if (missing !== undefined) {
      const to = pages.findIndex((p) => p.questions.includes(missing));
      onIndexChange(to);
      flag({ [missing.linkId]: problemText(missing, answers) }, missing.linkId);
      return;
    }
    onSubmit();
  }

  const kept = keptInView(
    model,
    answers,
    page.questions.map((question) => question.linkId),
  );

  return (
    <form className="questionnaire__form" onSubmit={handleSubmit} noValidate>
      <div className="questionnaire__status">
        <FormProgress
          text={`Step ${current + 1} of ${pages.length}`}
          done={current + 1}
          total={pages.length}
        />
        {saveStatus}
      </div>
      <h2 className="question-group__title" ref={heading} tabIndex={-1}>
        {page.title}
      </h2>
      <FormText texts={model.intro} idBase={introBase} />
      <KeptInView kept={kept} />
      {page.questions.map((question) => (
        <QuestionField
          key={question.linkId}
          ref={(element) => {
            if (element) fields.current.set(question.linkId, element);
            else fields.current.delete(question.linkId);
          }}
          question={question}
          idBase={`${idBase}-q-${question.linkId}`}
          value={answers[question.linkId]}
          onChange={(value) => {
            if (errors[question.linkId]) {
              const rest = { ...errors };
              delete rest[question.linkId];
              setErrors(rest);
            }
            onAnswer(question.linkId, value);
          }}
          describedBy={formTextIds(model.intro, introBase)}
          error={errors[question.linkId]}
          note={ratingNote(model, question, answers)}
        />
      ))}
      {last && <FormText texts={model.outro} idBase={`${idBase}-outro`} />}
      <div className="button-row questionnaire__nav">
        {current > 0 && (
          <Button variant="secondary" onClick={() => go(current - 1)}>
            Back
          </Button>
        )}
        <Button type="submit" busy={sending} busyLabel="Sending…">
          {last ? 'Finish' : 'Next'}
        </Button>
      </div>
    </form>
  );
}
