/**
 * What the renderer makes of a Questionnaire's items: the shapes the model
 * (questionnaire-model.ts) builds and the item reader (read-item.ts) fills,
 * kept apart so that neither imports the other.
 */
import type { EnableRule } from './enable-when.ts';

/** One answer option: the number written beside it on the published form, and its words. */
export interface AnswerOption {
  value: number;
  label: string;
}

/** A group around questions: shown as a fieldset (all on one page) or a title (one per screen). */
export interface QuestionGroup {
  linkId: string;
  text: string;
}

export interface QuestionBase {
  linkId: string;
  text: string;
  required: boolean;
  /** Shown but not answerable; never counted, never sent. */
  readOnly: boolean;
  /** Display items between the previous question and this one, shown with it. */
  context: string[];
  /** Enclosing groups, outermost first. */
  groups: QuestionGroup[];
  /** Its own enableWhen and its groups'; all must hold for it to be shown. */
  enable: EnableRule[];
}

export interface ChoiceQuestion extends QuestionBase {
  kind: 'choice';
  options: AnswerOption[];
}

export interface NumberQuestion extends QuestionBase {
  kind: 'integer' | 'decimal';
  min?: number | undefined;
  max?: number | undefined;
}

export interface BooleanQuestion extends QuestionBase {
  kind: 'boolean';
}

/** `string` is one line, `text` several. */
export interface TextQuestion extends QuestionBase {
  kind: 'string' | 'text';
  maxLength?: number | undefined;
}

export type Question = ChoiceQuestion | NumberQuestion | BooleanQuestion | TextQuestion;

export interface QuestionnaireModel {
  id: string;
  title: string;
  /** Display items before the first question (the stem): shown above every question. */
  intro: string[];
  questions: Question[];
  /** Display items after the last question. */
  outro: string[];
}

export class QuestionnaireShapeError extends Error {
  constructor(detail: string) {
    super(`This form cannot be shown: ${detail}`);
    this.name = 'QuestionnaireShapeError';
  }
}
