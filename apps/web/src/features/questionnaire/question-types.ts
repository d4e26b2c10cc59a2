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
  /** A plain explanation shown under the label (Tandem's option-help extension). */
  help?: string | undefined;
}

/** A group around questions: shown as a fieldset (all on one page) or a title (one per screen). */
export interface QuestionGroup {
  linkId: string;
  text: string;
  /** A top-level group marked with the SDC itemControl `page`: one step of a guided sequence. */
  page?: boolean;
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
  /** Once answered, shown above every later step (Tandem's keep-in-view extension). */
  keepInView?: boolean;
  /**
   * A rating asked again (Tandem's rating-change extension): the linkIds of the
   * first rating and of the words saying what was rated.
   */
  ratingOf?: { before: string; name: string } | undefined;
}

export interface ChoiceQuestion extends QuestionBase {
  kind: 'choice';
  options: AnswerOption[];
  /** `repeats`: any number of options (checkboxes), held as their numbers. */
  repeats?: boolean;
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
  /** Every top-level group is a page: shown as a guided sequence of steps (PagedView). */
  paged?: boolean;
}

export class QuestionnaireShapeError extends Error {
  constructor(detail: string) {
    super(`This form cannot be shown: ${detail}`);
    this.name = 'QuestionnaireShapeError';
  }
}
