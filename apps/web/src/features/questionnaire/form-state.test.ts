import { describe, expect, it } from 'vitest';
import {
  answersFromDraft,
  answersToSave,
  answersToSend,
  clampIndex,
  isLastQuestion,
  mayLeave,
  missingRequired,
  progressOf,
  resumeIndex,
  withAnswer,
} from './form-state.ts';
import type { QuestionnaireModel } from './questionnaire-model.ts';

const options = [
  { value: 0, label: 'No' },
  { value: 1, label: 'Yes' },
];
const model: QuestionnaireModel = {
  id: 'x',
  title: 'X',
  intro: [],
  outro: [],
  questions: ['a', 'b', 'c'].map((linkId) => ({
    kind: 'choice' as const,
    linkId,
    text: linkId,
    required: linkId !== 'c',
    options,
    context: [],
    readOnly: false,
    groups: [],
    enable: [],
  })),
};

describe('answers', () => {
  it('keeps only draft answers that fit the form', () => {
    expect(answersFromDraft(model, { a: 1, b: 7, c: null, gone: 1 })).toEqual({ a: 1 });
    expect(answersFromDraft(model, null)).toEqual({});
  });

  it('counts answered questions for the progress line', () => {
    let answers = withAnswer({}, 'a', 0);
    expect(progressOf(model, answers)).toEqual({ answered: 1, total: 3 });
    answers = withAnswer(answers, 'c', 1);
    expect(progressOf(model, answers)).toEqual({ answered: 2, total: 3 });
    answers = withAnswer(answers, 'c', null);
    expect(progressOf(model, answers)).toEqual({ answered: 1, total: 3 });
  });

  it('lists required questions without an answer, in order', () => {
    expect(missingRequired(model, {}).map((q) => q.linkId)).toEqual(['a', 'b']);
    expect(missingRequired(model, { a: 0, b: 0 })).toEqual([]);
  });

  it('sends every question, null where left out, and saves only what is answered', () => {
    expect(answersToSend(model, { a: 1 })).toEqual({ a: 1, b: null, c: null });
    expect(answersToSave(model, { a: 1, b: null })).toEqual({ a: 1 });
  });
});

describe('which question is next', () => {
  it('resumes at the first question without an answer', () => {
    expect(resumeIndex(model, {})).toBe(0);
    expect(resumeIndex(model, { a: 0 })).toBe(1);
    expect(resumeIndex(model, { a: 0, c: 1 })).toBe(1);
    expect(resumeIndex(model, { a: 0, b: 1, c: 1 })).toBe(2);
  });

  it('lets the person move on from an optional question without answering', () => {
    expect(mayLeave(model.questions[0]!, {})).toBe(false);
    expect(mayLeave(model.questions[0]!, { a: 0 })).toBe(true);
    expect(mayLeave(model.questions[2]!, {})).toBe(true);
  });

  it('knows the last question and keeps the index inside the form', () => {
    expect(isLastQuestion(model, 1)).toBe(false);
    expect(isLastQuestion(model, 2)).toBe(true);
    expect(clampIndex(model, -1)).toBe(0);
    expect(clampIndex(model, 5)).toBe(2);
  });
});
