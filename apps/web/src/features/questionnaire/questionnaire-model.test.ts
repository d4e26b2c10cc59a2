import { describe, expect, it } from 'vitest';
import gad7 from '../../../../../packages/instruments/fhir/gad-7.json' with { type: 'json' };
import phq9 from '../../../../../packages/instruments/fhir/phq-9.json' with { type: 'json' };
import rses from '../../../../../packages/instruments/fhir/rses.json' with { type: 'json' };
import { parseQuestionnaire, QuestionnaireShapeError } from './questionnaire-model.ts';
import type { ChoiceQuestion, Question } from './questionnaire-model.ts';

const asChoice = (question: Question | undefined) => question as ChoiceQuestion;

describe('parseQuestionnaire on the library’s exported measures', () => {
  it('reads the PHQ-9: the stem as intro, ten questions, no score items', () => {
    const model = parseQuestionnaire(phq9);
    expect(model.id).toBe('phq-9');
    expect(model.intro).toEqual([
      'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
    ]);
    expect(model.questions.map((q) => q.linkId)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
    ]);
    const item9 = asChoice(model.questions[8]);
    expect(item9.text).toMatch(/better off dead/);
    expect(item9.options).toEqual([
      { value: 0, label: 'Not at all' },
      { value: 1, label: 'Several days' },
      { value: 2, label: 'More than half the days' },
      { value: 3, label: 'Nearly every day' },
    ]);
    expect(model.outro).toEqual([]);
  });

  it('sends the published number of an option, not its score, for reverse-scored items', () => {
    const model = parseQuestionnaire(rses);
    const reversed = rses.item.find((item) =>
      (item as { extension?: { url: string }[] }).extension?.some((e) =>
        e.url.endsWith('reverse-scored'),
      ),
    )!;
    const question = asChoice(model.questions.find((q) => q.linkId === reversed.linkId));
    const codes = (reversed as { answerOption: { valueCoding: { code: string } }[] }).answerOption;
    expect(question.options.map((o) => o.value)).toEqual(
      codes.map((o) => Number(o.valueCoding.code)),
    );
  });

  it('keeps "required" as the definition says', () => {
    expect(parseQuestionnaire(gad7).questions.every((q) => !q.required)).toBe(true);
    expect(parseQuestionnaire(rses).questions.every((q) => q.required)).toBe(true);
  });
});

describe('parseQuestionnaire on other shapes', () => {
  const option = (code: string, display: string) => ({ valueCoding: { code, display } });

  it('attaches display items to the question after them and opens up groups', () => {
    const model = parseQuestionnaire({
      resourceType: 'Questionnaire',
      id: 'w',
      title: 'Worksheet',
      item: [
        { linkId: 'a', type: 'display', text: 'Read this first.' },
        {
          linkId: 'q1',
          type: 'choice',
          text: 'One?',
          required: true,
          answerOption: [option('1', 'Yes')],
        },
        {
          linkId: 'g',
          type: 'group',
          text: 'Part two',
          item: [
            {
              linkId: 'q2',
              type: 'choice',
              text: 'Two?',
              answerOption: [{ valueInteger: 4, valueCoding: undefined }],
            },
          ],
        },
        { linkId: 'end', type: 'display', text: 'Thank you.' },
      ],
    });
    expect(model.intro).toEqual(['Read this first.']);
    expect(model.questions.map((q) => [q.linkId, q.context, q.groups])).toEqual([
      ['q1', [], []],
      ['q2', [], [{ linkId: 'g', text: 'Part two' }]],
    ]);
    expect(asChoice(model.questions[1]).options).toEqual([{ value: 4, label: '4' }]);
    expect(model.outro).toEqual(['Thank you.']);
  });

  it('refuses what it cannot show rather than dropping a question', () => {
    expect(() => parseQuestionnaire({ resourceType: 'Patient' })).toThrow(QuestionnaireShapeError);
    expect(() =>
      parseQuestionnaire({ resourceType: 'Questionnaire', item: [{ linkId: 'x', type: 'date' }] }),
    ).toThrow(/"x" is a date question/);
    expect(() =>
      parseQuestionnaire({
        resourceType: 'Questionnaire',
        item: [
          { linkId: 'a', type: 'attachment' },
          { linkId: 'g', type: 'group', item: [{ linkId: 'b', type: 'open-choice' }] },
        ],
      }),
    ).toThrow('"a" is an attachment question; "b" is an open-choice question');
    expect(() =>
      parseQuestionnaire({
        resourceType: 'Questionnaire',
        item: [{ linkId: 'x', type: 'choice' }],
      }),
    ).toThrow(/no answers/);
    expect(() => parseQuestionnaire({ resourceType: 'Questionnaire', item: [] })).toThrow(
      /no questions/,
    );
  });
});
