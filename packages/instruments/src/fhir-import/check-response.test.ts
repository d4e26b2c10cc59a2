import { describe, expect, it } from 'vitest';
import type { ImportIssue } from './import-issue.ts';
import {
  prepareQuestionnaire,
  scoreQuestionnaireResponse,
} from './score-questionnaire-response.ts';

const ORDINAL = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';
const CALCULATED =
  'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression';

const option = (code: string, ordinal: number) => ({
  extension: [{ url: ORDINAL, valueDecimal: ordinal }],
  valueCoding: { system: 'urn:test', code },
});
const calculatedItem = (linkId: string, expression: string, language = 'text/fhirpath') => ({
  linkId,
  type: 'decimal',
  extension: [{ url: CALCULATED, valueExpression: { language, expression } }],
});

function questionnaire(items: unknown[]): unknown {
  return { resourceType: 'Questionnaire', status: 'active', item: items };
}
function response(items: unknown[]): unknown {
  return { resourceType: 'QuestionnaireResponse', status: 'completed', item: items };
}

const base = questionnaire([
  {
    linkId: 'mood',
    type: 'choice',
    answerOption: [option('a', 0), option('b', 1), option('c', 2)],
  },
  {
    linkId: 'days',
    type: 'integer',
    extension: [
      { url: 'http://hl7.org/fhir/StructureDefinition/minValue', valueInteger: 0 },
      { url: 'http://hl7.org/fhir/StructureDefinition/maxValue', valueInteger: 7 },
    ],
  },
  { linkId: 'note', type: 'string', maxLength: 5 },
  { linkId: 'info', type: 'display', text: 'Read this' },
  { linkId: 'section', type: 'group', item: [{ linkId: 'inner', type: 'boolean' }] },
  { linkId: 'many', type: 'choice', repeats: true, answerOption: [option('x', 1), option('y', 2)] },
  {
    linkId: 'level',
    type: 'choice',
    answerOption: [
      { valueInteger: 1, extension: [{ url: ORDINAL, valueDecimal: 10 }] },
      { valueInteger: 2, extension: [{ url: ORDINAL, valueDecimal: 20 }] },
    ],
  },
  { linkId: 'other', type: 'open-choice', answerOption: [option('a', 0)] },
  calculatedItem('sum', '%resource.answers().value.ordinal().sum()'),
]);

function issuesFor(items: unknown[], resource: unknown = base): readonly ImportIssue[] {
  const prepared = prepareQuestionnaire(resource);
  if (!prepared.ok) return prepared.errors;
  const result = scoreQuestionnaireResponse(prepared.value, response(items));
  return result.ok ? [] : result.errors;
}
function totalFor(items: unknown[], resource: unknown = base): number | null {
  const prepared = prepareQuestionnaire(resource);
  if (!prepared.ok) throw new Error(JSON.stringify(prepared.errors));
  const result = scoreQuestionnaireResponse(prepared.value, response(items));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value.total;
}
const only = (items: unknown[]) => issuesFor(items).map(({ code, linkId }) => ({ code, linkId }));

describe('validation of an imported response, each problem naming its item', () => {
  it('accepts a well-formed response and scores ordinals from codings, integers and nested items', () => {
    expect(
      totalFor([
        { linkId: 'mood', answer: [{ valueCoding: { system: 'urn:test', code: 'c' } }] },
        { linkId: 'days', answer: [{ valueInteger: 7 }] },
        { linkId: 'section', item: [{ linkId: 'inner', answer: [{ valueBoolean: true }] }] },
        {
          linkId: 'many',
          answer: [{ valueCoding: { code: 'x' } }, { valueCoding: { code: 'y' } }],
        },
        { linkId: 'level', answer: [{ valueInteger: 2 }] },
        { linkId: 'other', answer: [{ valueString: 'free text' }] },
      ]),
    ).toBe(2 + 1 + 2 + 20);
  });

  it('rejects the wrong value[x] for the item type', () => {
    expect(only([{ linkId: 'mood', answer: [{ valueString: 'c' }] }])).toEqual([
      { code: 'WRONG_ANSWER_TYPE', linkId: 'mood' },
    ]);
    expect(only([{ linkId: 'days', answer: [{ valueInteger: 2.5 }] }])).toEqual([
      { code: 'WRONG_ANSWER_TYPE', linkId: 'days' },
    ]);
    expect(only([{ linkId: 'days', answer: [{ valueDecimal: 2 }] }])).toEqual([
      { code: 'WRONG_ANSWER_TYPE', linkId: 'days' },
    ]);
    expect(only([{ linkId: 'info', answer: [{ valueString: 'x' }] }])).toEqual([
      { code: 'WRONG_ANSWER_TYPE', linkId: 'info' },
    ]);
    expect(only([{ linkId: 'section', answer: [{ valueBoolean: true }] }])).toEqual([
      { code: 'WRONG_ANSWER_TYPE', linkId: 'section' },
    ]);
    expect(only([{ linkId: 'mood', answer: [{}] }])).toEqual([
      { code: 'WRONG_ANSWER_TYPE', linkId: 'mood' },
    ]);
  });

  it('rejects values out of range, on both sides of each limit', () => {
    expect(only([{ linkId: 'days', answer: [{ valueInteger: 8 }] }])).toEqual([
      { code: 'OUT_OF_RANGE', linkId: 'days' },
    ]);
    expect(only([{ linkId: 'days', answer: [{ valueInteger: -1 }] }])).toEqual([
      { code: 'OUT_OF_RANGE', linkId: 'days' },
    ]);
    expect(only([{ linkId: 'days', answer: [{ valueInteger: 0 }] }])).toEqual([]);
    expect(only([{ linkId: 'note', answer: [{ valueString: 'sixsix' }] }])).toEqual([
      { code: 'OUT_OF_RANGE', linkId: 'note' },
    ]);
    expect(only([{ linkId: 'note', answer: [{ valueString: 'five5' }] }])).toEqual([]);
    expect(
      only([{ linkId: 'mood', answer: [{ valueCoding: { system: 'urn:test', code: 'd' } }] }]),
    ).toEqual([{ code: 'OUT_OF_RANGE', linkId: 'mood' }]);
    expect(
      only([{ linkId: 'mood', answer: [{ valueCoding: { system: 'urn:other', code: 'a' } }] }]),
    ).toEqual([{ code: 'OUT_OF_RANGE', linkId: 'mood' }]);
    expect(only([{ linkId: 'level', answer: [{ valueInteger: 3 }] }])).toEqual([
      { code: 'OUT_OF_RANGE', linkId: 'level' },
    ]);
    expect(only([{ linkId: 'other', answer: [{ valueCoding: { code: 'zz' } }] }])).toEqual([
      { code: 'OUT_OF_RANGE', linkId: 'other' },
    ]);
  });

  it('rejects unknown, misplaced and over-answered items', () => {
    expect(only([{ linkId: 'nope', answer: [{ valueBoolean: true }] }])).toEqual([
      { code: 'UNKNOWN_LINK_ID', linkId: 'nope' },
    ]);
    expect(only([{ linkId: 'inner', answer: [{ valueBoolean: true }] }])).toEqual([
      { code: 'MISPLACED_ITEM', linkId: 'inner' },
    ]);
    expect(
      only([
        {
          linkId: 'mood',
          answer: [{ valueCoding: { code: 'a' } }, { valueCoding: { code: 'b' } }],
        },
      ]),
    ).toEqual([{ code: 'TOO_MANY_ANSWERS', linkId: 'mood' }]);
    expect(
      only([{ linkId: 'mood', answer: [{ valueCoding: { code: 'a' }, valueString: 'a' }] }]),
    ).toEqual([{ code: 'INVALID_RESPONSE', linkId: 'mood' }]);
    expect(only([{ answer: [] }])).toEqual([{ code: 'INVALID_RESPONSE', linkId: null }]);
  });

  it('rejects an item given twice in one list; a repeating group may be', () => {
    const mood = (code: string) => ({ linkId: 'mood', answer: [{ valueCoding: { code } }] });
    expect(only([mood('c'), mood('a')])).toEqual([{ code: 'DUPLICATE_LINK_ID', linkId: 'mood' }]);
    const inner = (value: boolean) => ({
      linkId: 'section',
      item: [{ linkId: 'inner', answer: [{ valueBoolean: value }] }],
    });
    expect(only([inner(true), inner(false)])).toEqual([
      { code: 'DUPLICATE_LINK_ID', linkId: 'section' },
    ]);
    const repeating = questionnaire([
      {
        linkId: 'section',
        type: 'group',
        repeats: true,
        item: [{ linkId: 'inner', type: 'boolean' }],
      },
    ]);
    expect(issuesFor([inner(true), inner(false)], repeating)).toEqual([]);
  });

  it('reports every problem at once', () => {
    expect(
      only([
        { linkId: 'nope' },
        { linkId: 'days', answer: [{ valueInteger: 99 }] },
        { linkId: 'mood', answer: [{ valueBoolean: false }] },
      ]),
    ).toEqual([
      { code: 'UNKNOWN_LINK_ID', linkId: 'nope' },
      { code: 'OUT_OF_RANGE', linkId: 'days' },
      { code: 'WRONG_ANSWER_TYPE', linkId: 'mood' },
    ]);
  });

  it('ignores a stated total and recomputes it', () => {
    expect(
      totalFor([
        { linkId: 'mood', answer: [{ valueCoding: { code: 'b' } }] },
        { linkId: 'sum', answer: [{ valueDecimal: 99 }] },
      ]),
    ).toBe(1);
  });

  it('rejects things that are not the resources they claim to be', () => {
    expect(issuesFor([], { resourceType: 'Patient' })).toEqual([
      expect.objectContaining({ code: 'INVALID_QUESTIONNAIRE' }),
    ]);
    const prepared = prepareQuestionnaire(base);
    if (!prepared.ok) throw new Error('base questionnaire');
    for (const bad of [null, 'text', { resourceType: 'Questionnaire' }]) {
      const result = scoreQuestionnaireResponse(prepared.value, bad);
      expect(result.ok || result.errors[0]?.code).toBe('INVALID_RESPONSE');
    }
  });
});

describe('problems in an imported Questionnaire', () => {
  it('duplicate linkIds, missing linkIds, unknown types and non-numeric ordinals', () => {
    const codes = (items: unknown[]) =>
      issuesFor([], questionnaire(items)).map((found) => found.code);
    expect(
      codes([
        { linkId: 'a', type: 'string' },
        { linkId: 'a', type: 'string' },
      ]),
    ).toEqual(['DUPLICATE_LINK_ID']);
    expect(codes([{ type: 'string' }])).toEqual(['INVALID_QUESTIONNAIRE']);
    expect(codes([{ linkId: 'a', type: 'question' }])).toEqual(['INVALID_QUESTIONNAIRE']);
    expect(
      codes([
        {
          linkId: 'a',
          type: 'choice',
          answerOption: [
            { valueCoding: { code: 'x' }, extension: [{ url: ORDINAL, valueDecimal: 'two' }] },
          ],
        },
      ]),
    ).toEqual(['INVALID_ORDINAL']);
  });
});

describe('SDC expressions', () => {
  const answered = [{ linkId: 'a', answer: [{ valueCoding: { code: 'x' } }] }];
  const scored = (extra: unknown) =>
    questionnaire([{ linkId: 'a', type: 'choice', answerOption: [option('x', 3)] }, extra]);

  it('a failing expression is an error naming it, not a throw', () => {
    const errors = issuesFor(answered, scored(calculatedItem('t', 'this is not fhirpath(')));
    expect(errors.map((found) => found.code)).toEqual(['EXPRESSION_FAILED']);
  });

  it('an expression in another language is refused', () => {
    const errors = issuesFor(answered, scored(calculatedItem('t', 'Sum(x)', 'text/cql')));
    expect(errors.map((found) => found.code)).toEqual(['UNSUPPORTED_EXPRESSION']);
  });

  it('an expression giving several values is refused', () => {
    const errors = issuesFor(answered, scored(calculatedItem('t', '1 | 2')));
    expect(errors).toEqual([expect.objectContaining({ code: 'EXPRESSION_FAILED', linkId: 't' })]);
  });

  it('one calculated item may use another', () => {
    const resource = questionnaire([
      { linkId: 'a', type: 'choice', answerOption: [option('x', 3)] },
      calculatedItem('double', "%resource.item.where(linkId = 'raw').answer.value * 2"),
      calculatedItem('raw', '%resource.answers().value.ordinal().sum()'),
    ]);
    const prepared = prepareQuestionnaire(resource);
    if (!prepared.ok) throw new Error('questionnaire');
    const result = scoreQuestionnaireResponse(
      prepared.value,
      response([...answered, { linkId: 'double' }, { linkId: 'raw' }]),
    );
    expect(
      result.ok && result.value.calculated.map((entry) => [entry.linkId, entry.value]),
    ).toEqual([
      ['double', 6],
      ['raw', 3],
    ]);
  });
});

describe('SDC expression context', () => {
  it('an item-level expression has its own response item as %context', () => {
    const resource = questionnaire([
      {
        linkId: 'g',
        type: 'group',
        item: [
          { linkId: 'a', type: 'choice', answerOption: [option('x', 3)] },
          calculatedItem('local', 'answers().value.ordinal().sum()'),
        ],
      },
      { linkId: 'b', type: 'choice', answerOption: [option('y', 4)] },
      calculatedItem('everything', '%resource.answers().value.ordinal().sum()'),
    ]);
    const prepared = prepareQuestionnaire(resource);
    if (!prepared.ok) throw new Error('questionnaire');
    const result = scoreQuestionnaireResponse(
      prepared.value,
      response([
        { linkId: 'g', item: [{ linkId: 'a', answer: [{ valueCoding: { code: 'x' } }] }] },
        { linkId: 'b', answer: [{ valueCoding: { code: 'y' } }] },
      ]),
    );
    // `local` is absent from the response, so its context falls back to the response root.
    expect(
      result.ok && result.value.calculated.map((entry) => [entry.linkId, entry.value]),
    ).toEqual([
      ['local', 7],
      ['everything', 7],
    ]);
  });
});

describe('answer options of other value types', () => {
  const resource = questionnaire([
    {
      linkId: 'who',
      type: 'choice',
      answerOption: [
        { valueReference: { reference: 'Practitioner/a' } },
        { valueReference: { reference: 'Practitioner/b' } },
      ],
    },
    {
      linkId: 'when',
      type: 'choice',
      answerOption: [{ valueDate: '2024-01-01' }, { valueDate: '2024-02-01' }],
    },
  ]);
  it('matches references by reference and dates by value', () => {
    const codes = (items: unknown[]) =>
      issuesFor(items, resource).map((found) => [found.code, found.linkId]);
    expect(
      codes([
        { linkId: 'who', answer: [{ valueReference: { reference: 'Practitioner/b' } }] },
        { linkId: 'when', answer: [{ valueDate: '2024-02-01' }] },
      ]),
    ).toEqual([]);
    expect(
      codes([{ linkId: 'who', answer: [{ valueReference: { reference: 'Practitioner/c' } }] }]),
    ).toEqual([['OUT_OF_RANGE', 'who']]);
    expect(codes([{ linkId: 'when', answer: [{ valueDate: '2024-03-01' }] }])).toEqual([
      ['OUT_OF_RANGE', 'when'],
    ]);
    expect(codes([{ linkId: 'when', answer: [{ valueCoding: { code: '2024-02-01' } }] }])).toEqual([
      ['WRONG_ANSWER_TYPE', 'when'],
    ]);
  });
});
