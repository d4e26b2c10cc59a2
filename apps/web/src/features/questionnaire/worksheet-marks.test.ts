import { describe, expect, it } from 'vitest';
import { answersToSend, valueOf, visibleQuestions } from './form-state.ts';
import { parseQuestionnaire } from './questionnaire-model.ts';
import {
  changeInWords,
  keptInView,
  pagesOf,
  ratingChanges,
  ratingNote,
} from './worksheet-marks.ts';

const page = {
  url: 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl',
  valueCodeableConcept: {
    coding: [{ system: 'http://hl7.org/fhir/questionnaire-item-control', code: 'page' }],
  },
};
const range = [
  { url: 'http://hl7.org/fhir/StructureDefinition/minValue', valueInteger: 0 },
  { url: 'http://hl7.org/fhir/StructureDefinition/maxValue', valueInteger: 100 },
];

/** A small worksheet of three steps using every Tandem mark. */
const worksheet = {
  resourceType: 'Questionnaire',
  id: 'mini',
  title: 'Mini',
  item: [
    {
      linkId: 'one',
      type: 'group',
      text: 'Feeling',
      extension: [page],
      item: [
        { linkId: 'one-help', type: 'display', text: 'Only on step one.' },
        { linkId: 'feeling', type: 'string', text: 'A feeling', required: true },
        { linkId: 'before', type: 'integer', text: 'How strong?', extension: range },
      ],
    },
    {
      linkId: 'two',
      type: 'group',
      text: 'Thought',
      extension: [page],
      item: [
        {
          linkId: 'thought',
          type: 'text',
          text: 'The thought',
          extension: [
            {
              url: 'http://tandem.health/fhir/StructureDefinition/keep-in-view',
              valueBoolean: true,
            },
          ],
        },
        {
          linkId: 'traps',
          type: 'choice',
          text: 'Traps',
          repeats: true,
          answerOption: [1, 2, 3].map((n) => ({
            valueCoding: { code: String(n), display: `Trap ${n}` },
            extension: [
              {
                url: 'http://tandem.health/fhir/StructureDefinition/option-help',
                valueString: `About trap ${n}`,
              },
            ],
          })),
        },
      ],
    },
    {
      linkId: 'three',
      type: 'group',
      text: 'Again',
      extension: [page],
      item: [
        {
          linkId: 'after',
          type: 'integer',
          text: 'How strong now?',
          enableWhen: [{ question: 'traps', operator: '=', answerCoding: { code: '2' } }],
          extension: [
            ...range,
            {
              url: 'http://tandem.health/fhir/StructureDefinition/rating-change',
              extension: [
                { url: 'before', valueString: 'before' },
                { url: 'name', valueString: 'feeling' },
              ],
            },
          ],
        },
      ],
    },
  ],
};

describe('worksheet marks in the renderer', () => {
  const model = parseQuestionnaire(worksheet);

  it('reads page groups as steps, and words inside a step as that step only', () => {
    expect(model.paged).toBe(true);
    expect(model.intro).toEqual([]);
    expect(model.questions[0]?.context).toEqual(['Only on step one.']);
    const answers = { traps: [2] };
    expect(pagesOf(visibleQuestions(model, answers)).map((p) => p.title)).toEqual([
      'Feeling',
      'Thought',
      'Again',
    ]);
  });

  it('holds a repeating choice as the options chosen, in the form order, with their help', () => {
    const traps = model.questions.find((q) => q.linkId === 'traps')!;
    expect(traps).toMatchObject({ kind: 'choice', repeats: true });
    expect(traps.kind === 'choice' && traps.options[0]?.help).toBe('About trap 1');
    expect(valueOf(traps, [3, 1])).toEqual([1, 3]);
    expect(valueOf(traps, [])).toBeNull();
    expect(valueOf(traps, [9])).toBeNull();
  });

  it('lets a condition match any option of a repeating choice', () => {
    const ids = (answers: Record<string, number[]>) =>
      visibleQuestions(model, answers).map((q) => q.linkId);
    expect(ids({ traps: [1, 2] })).toContain('after');
    expect(ids({ traps: [1, 3] })).not.toContain('after');
  });

  it('keeps the thought in view on later steps, and says what a rating asked again was', () => {
    const answers = { feeling: 'Anxious', before: '80', thought: 'I will fail', traps: [2] };
    expect(keptInView(model, answers, ['after'])).toEqual([
      { linkId: 'thought', label: 'The thought', words: 'I will fail' },
    ]);
    expect(keptInView(model, answers, ['thought', 'traps'])).toEqual([]);
    const after = model.questions.find((q) => q.linkId === 'after')!;
    expect(ratingNote(model, after, answers)).toBe('Anxious: 80 before.');
  });

  it('gives the change of each rating, and sends lists as they are', () => {
    const answers = { feeling: 'Anxious', before: '80', traps: [2], after: '45' };
    expect(ratingChanges(model, answers)).toEqual([
      { label: 'Anxious', before: 80, after: 45, change: -35 },
    ]);
    expect(changeInWords(-35)).toBe('down 35');
    expect(changeInWords(0)).toBe('no change');
    expect(changeInWords(5)).toBe('up 5');
    expect(answersToSend(model, answers)).toMatchObject({ traps: [2], after: 45, before: 80 });
  });
});
