import type { ReactNode } from 'react';
import { problemOf } from './form-state.ts';
import type { AnswerValue, Answers } from './form-state.ts';
import type { Question, QuestionnaireModel } from './questionnaire-model.ts';

/** What both layouts of the form receive. */
export interface QuestionnaireViewProps {
  model: QuestionnaireModel;
  idBase: string;
  answers: Answers;
  onAnswer: (linkId: string, value: AnswerValue) => void;
  onSubmit: () => void;
  sending: boolean;
  saveStatus?: ReactNode;
}

export const answerToGoOn = 'Choose an answer to go on.';

/** What stops the person going on from this question, in plain words. */
export function problemText(question: Question, answers: Answers): string {
  const problem = problemOf(question, answers[question.linkId]);
  if (problem) return problem;
  return question.kind === 'choice' || question.kind === 'boolean'
    ? answerToGoOn
    : 'Write an answer to go on.';
}
