import { useId, useState } from 'react';
import type { ReactNode } from 'react';
import { AllQuestionsView } from './AllQuestionsView.tsx';
import { FormLayoutChoice } from './FormLayoutChoice.tsx';
import { OneQuestionView } from './OneQuestionView.tsx';
import { PagedView } from './PagedView.tsx';
import { SubmitProblem } from './SubmitProblem.tsx';
import { resumeIndex, withAnswer } from './form-state.ts';
import type { AnswerValue, Answers } from './form-state.ts';
import { readFormLayout, saveFormLayout } from './layout-preference.ts';
import type { FormLayout } from './layout-preference.ts';
import type { QuestionnaireModel } from './questionnaire-model.ts';
import type { SubmitPhase } from './submit-outcome.ts';
import { pagesOf } from './worksheet-marks.ts';
import { visibleQuestions } from './form-state.ts';

export interface QuestionnaireFormProps {
  model: QuestionnaireModel;
  initialAnswers: Answers;
  /** Every change of an answer, e.g. to save a draft. */
  onAnswersChange?: (answers: Answers) => void;
  onSubmit: (answers: Answers) => void;
  phase: SubmitPhase;
  /** Counts submit attempts, so the same problem after a retry is announced again. */
  attempt: number;
  /** Shown beside the progress, e.g. "Saved". */
  saveStatus?: ReactNode;
}

/**
 * The one form renderer for measures and worksheets, driven by the
 * Questionnaire model. The person chooses one question per screen or all on
 * one page (remembered on this device); their answers stay the same either way.
 */
export function QuestionnaireForm({
  model,
  initialAnswers,
  onAnswersChange,
  onSubmit,
  phase,
  attempt,
  saveStatus,
}: QuestionnaireFormProps) {
  const idBase = useId();
  const [layout, setLayout] = useState<FormLayout>(() => readFormLayout());
  const [answers, setAnswers] = useState<Answers>(initialAnswers);
  const [index, setIndex] = useState(() => resumeIndex(model, initialAnswers));
  const [page, setPage] = useState(() => {
    // A draft opens at the step of the first question still to answer.
    const resume = visibleQuestions(model, initialAnswers)[resumeIndex(model, initialAnswers)];
    const pages = pagesOf(visibleQuestions(model, initialAnswers));
    return Math.max(
      pages.findIndex((p) => resume !== undefined && p.questions.includes(resume)),
      0,
    );
  });

  function answer(linkId: string, value: AnswerValue) {
    const next = withAnswer(answers, linkId, value);
    setAnswers(next);
    onAnswersChange?.(next);
  }

  function chooseLayout(next: FormLayout) {
    saveFormLayout(next);
    setLayout(next);
    setIndex(resumeIndex(model, answers));
  }

  const shared = {
    model,
    idBase,
    answers,
    onAnswer: answer,
    onSubmit: () => onSubmit(answers),
    sending: phase.kind === 'sending',
    saveStatus,
  };

  if (model.paged) {
    // A guided sequence (a worksheet): the steps are the form's own, not a layout to choose.
    return (
      <div className="questionnaire">
        <PagedView {...shared} index={page} onIndexChange={setPage} />
        <SubmitProblem phase={phase} attempt={attempt} />
      </div>
    );
  }

  return (
    <div className="questionnaire">
      <FormLayoutChoice name={`${idBase}-layout`} value={layout} onChange={chooseLayout} />
      {layout === 'one-per-screen' ? (
        <OneQuestionView {...shared} index={index} onIndexChange={setIndex} />
      ) : (
        <AllQuestionsView {...shared} />
      )}
      <SubmitProblem phase={phase} attempt={attempt} />
    </div>
  );
}
