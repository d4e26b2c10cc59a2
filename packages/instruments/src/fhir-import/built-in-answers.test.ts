import { describe, expect, it } from 'vitest';
import { optionValueSystem } from '../fhir-export/constants.ts';
import { getInstrument } from '../registry.ts';
import { answersFromResponse } from './built-in-answers.ts';

const phq9 = getInstrument('phq-9');
const coding = (code: string, system = optionValueSystem) => ({ valueCoding: { system, code } });

describe('answersFromResponse', () => {
  it('reads option values back by item id, with or without the code system', () => {
    if (!phq9) throw new Error('PHQ-9 missing');
    const result = answersFromResponse(phq9, {
      resourceType: 'QuestionnaireResponse',
      status: 'completed',
      item: [
        { linkId: '1', answer: [coding('3')] },
        { linkId: '9', answer: [{ valueCoding: { code: '0' } }] },
      ],
    });
    expect(result).toEqual({ ok: true, value: { '1': 3, '9': 0 } });
  });

  it('rejects unknown items and foreign codes, naming the item', () => {
    if (!phq9) throw new Error('PHQ-9 missing');
    const unknown = answersFromResponse(phq9, {
      resourceType: 'QuestionnaireResponse',
      item: [{ linkId: '11', answer: [coding('1')] }],
    });
    expect(unknown.ok || unknown.errors.map((found) => [found.code, found.linkId])).toEqual([
      ['UNKNOWN_LINK_ID', '11'],
    ]);
    const foreign = answersFromResponse(phq9, {
      resourceType: 'QuestionnaireResponse',
      item: [{ linkId: '2', answer: [coding('4')] }],
    });
    expect(foreign.ok || foreign.errors.map((found) => [found.code, found.linkId])).toEqual([
      ['OUT_OF_RANGE', '2'],
    ]);
  });
});
