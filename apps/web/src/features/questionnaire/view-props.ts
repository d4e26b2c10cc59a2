import type { ReactNode } from 'react';
import type { Answers } from './form-state.ts';
import type { QuestionnaireModel } from './questionnaire-model.ts';

/** What both layouts of the form receive. */
export interface QuestionnaireViewProps {
  model: QuestionnaireModel;
  idBase: string;
  answers: Answers;
  onAnswer: (linkId: string, value: number) => void;
  onSubmit: () => void;
  sending: boolean;
  saveStatus?: ReactNode;
}

export const answerToGoOn = 'Choose an answer to go on.';
