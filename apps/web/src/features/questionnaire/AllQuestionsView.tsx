import { Fragment, useEffect, useRef, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { Button } from '../../shared/ui/Button.tsx';
import { FormProgress } from './FormProgress.tsx';
import { FormText, formTextIds } from './FormText.tsx';
import { QuestionField } from './QuestionField.tsx';
import { missingRequired, progressOf, visibleQuestions } from './form-state.ts';
import { questionTree } from './question-tree.ts';
import type { QuestionNode } from './question-tree.ts';
import { problemText } from './view-props.ts';
import type { QuestionnaireViewProps } from './view-props.ts';
import { ratingNote } from './worksheet-marks.ts';

/**
 * Every shown question on one page, groups as fieldsets; a question that stops
 * the form (required and left out, or a number not accepted) is marked and
 * focused on Submit.
 */
export function AllQuestionsView({
  model,
  idBase,
  answers,
  onAnswer,
  onSubmit,
  sending,
  saveStatus,
}: QuestionnaireViewProps) {
  const [flagged, setFlagged] = useState<ReadonlySet<string>>(new Set());
  const fields = useRef(new Map<string, HTMLElement>());
  const focusAfterRender = useRef<string | null>(null);
  const progress = progressOf(model, answers);
  const introBase = `${idBase}-intro`;

  useEffect(() => {
    const linkId = focusAfterRender.current;
    if (linkId === null) return;
    focusAfterRender.current = null;
    fields.current.get(linkId)?.focus();
  }, [flagged]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const missing = missingRequired(model, answers);
    if (missing.length > 0) {
      focusAfterRender.current = missing[0]?.linkId ?? null;
      setFlagged(new Set(missing.map((question) => question.linkId)));
      return;
    }
    onSubmit();
  }

  function render(node: QuestionNode): ReactNode {
    if (node.kind === 'group') {
      const children = node.children.map(render);
      if (!node.group.text)
        return <Fragment key={`group-${node.group.linkId}`}>{children}</Fragment>;
      return (
        <fieldset className="question-group" key={`group-${node.group.linkId}`}>
          <legend className="question-group__title">{node.group.text}</legend>
          {children}
        </fieldset>
      );
    }
    const { question } = node;
    return (
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
          if (flagged.has(question.linkId)) {
            const rest = new Set(flagged);
            rest.delete(question.linkId);
            setFlagged(rest);
          }
          onAnswer(question.linkId, value);
        }}
        describedBy={formTextIds(model.intro, introBase)}
        error={flagged.has(question.linkId) ? problemText(question, answers) : undefined}
        note={ratingNote(model, question, answers)}
      />
    );
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
      {questionTree(visibleQuestions(model, answers)).map(render)}
      <FormText texts={model.outro} idBase={`${idBase}-outro`} />
      <div className="button-row questionnaire__nav">
        <Button type="submit" busy={sending} busyLabel="Sending…">
          Submit
        </Button>
      </div>
    </form>
  );
}
