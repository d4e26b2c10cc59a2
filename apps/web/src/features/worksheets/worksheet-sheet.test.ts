import { describe, expect, it } from 'vitest';
import { readWorksheetSheet } from './worksheet-sheet.ts';

const page = {
  url: 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl',
  valueCodeableConcept: {
    coding: [{ system: 'http://hl7.org/fhir/questionnaire-item-control', code: 'page' }],
  },
};

const sheet = (extension: unknown[], laterStep: unknown[]) => ({
  resourceType: 'Questionnaire',
  id: 'example',
  title: 'Example',
  extension,
  item: [
    {
      linkId: 'step-1',
      type: 'group',
      text: 'First',
      extension: [page],
      item: [{ linkId: 'first', type: 'text', text: 'First answer', required: true }],
    },
    {
      linkId: 'step-2',
      type: 'group',
      text: 'Later',
      extension: [page, ...laterStep],
      item: [
        { linkId: 'later-help', type: 'display', text: 'Come back to this.' },
        { linkId: 'later-a', type: 'text', text: 'What happened' },
        { linkId: 'later-b', type: 'text', text: 'What I learned' },
      ],
    },
  ],
});

const traumaMark = {
  url: 'http://tandem.health/fhir/StructureDefinition/trauma-informed',
  valueBoolean: true,
};
const laterMark = {
  url: 'http://tandem.health/fhir/StructureDefinition/answer-later',
  valueBoolean: true,
};

describe('readWorksheetSheet', () => {
  it('reads the trauma-informed mark and the questions to answer later', () => {
    const read = readWorksheetSheet(sheet([traumaMark], [laterMark]));
    expect(read.traumaInformed).toBe(true);
    expect(read.later).toEqual(['later-a', 'later-b']);
    expect(read.model.questions.map((q) => q.linkId)).toEqual(['first', 'later-a', 'later-b']);
  });

  it('finds neither when the worksheet has no marks (or a false one)', () => {
    const read = readWorksheetSheet(sheet([{ ...traumaMark, valueBoolean: false }], []));
    expect(read.traumaInformed).toBe(false);
    expect(read.later).toEqual([]);
  });
});
