import { describe, expect, it } from 'vitest';
import { isPracticeInstrument, toResponseItems } from './practice-response.ts';

const ordinal = (n: number) => [
  { url: 'http://hl7.org/fhir/StructureDefinition/ordinalValue', valueDecimal: n },
];

const questionnaire = {
  resourceType: 'Questionnaire',
  item: [
    { linkId: 'intro', type: 'display', text: 'About last week.' },
    {
      linkId: 'mood',
      type: 'choice',
      answerOption: [
        { valueCoding: { system: 'http://loinc.org', code: 'LA6568-5' }, extension: ordinal(0) },
        { valueCoding: { system: 'http://loinc.org', code: 'LA6569-3' }, extension: ordinal(1) },
      ],
    },
    {
      linkId: 'nights',
      type: 'group',
      item: [
        { linkId: 'bad', type: 'integer' },
        { linkId: 'hours', type: 'decimal' },
        { linkId: 'rested', type: 'boolean' },
        { linkId: 'note', type: 'text' },
      ],
    },
    { linkId: 'empty', type: 'group', item: [{ linkId: 'skipped', type: 'string' }] },
  ],
};

describe('practice instrument answers', () => {
  it('knows a practice key', () => {
    expect(isPracticeInstrument('practice:6f1c1b7e-0000-4000-8000-000000000000')).toBe(true);
    expect(isPracticeInstrument('phq-9')).toBe(false);
  });

  it('nests answers as the groups are, by type, leaving out what was not answered', () => {
    expect(
      toResponseItems(questionnaire, {
        mood: 1,
        bad: 3,
        hours: 6.5,
        rested: false,
        note: 'Late coffee.',
        skipped: '',
      }),
    ).toEqual([
      {
        linkId: 'mood',
        answer: [{ valueCoding: { system: 'http://loinc.org', code: 'LA6569-3' } }],
      },
      {
        linkId: 'nights',
        item: [
          { linkId: 'bad', answer: [{ valueInteger: 3 }] },
          { linkId: 'hours', answer: [{ valueDecimal: 6.5 }] },
          { linkId: 'rested', answer: [{ valueBoolean: false }] },
          { linkId: 'note', answer: [{ valueString: 'Late coffee.' }] },
        ],
      },
    ]);
  });

  it('sends nothing for a choice number no option has, or a value of the wrong type', () => {
    expect(toResponseItems(questionnaire, { mood: 7, bad: 'three', rested: 1 })).toEqual([]);
  });
});
