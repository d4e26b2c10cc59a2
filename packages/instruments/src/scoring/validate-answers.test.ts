import { describe, expect, it } from 'vitest';
import { getInstrument } from '../registry.ts';
import { scoreResponse } from './score-response.ts';
import { validateAnswers } from './validate-answers.ts';

function instrument(id: string) {
  const definition = getInstrument(id);
  if (definition === undefined) throw new Error(`missing ${id}`);
  return definition;
}

describe('validateAnswers', () => {
  const phq9 = instrument('phq-9');

  it('accepts published option values, and null or undefined as unanswered', () => {
    expect(validateAnswers(phq9, { '1': 0, '2': 3, '9': null, '10': undefined })).toEqual([]);
  });

  it('rejects an unknown item id and names it', () => {
    expect(validateAnswers(phq9, { '1': 0, q1: 2 })).toEqual([
      { code: 'UNKNOWN_ITEM', itemId: 'q1', message: 'Item "q1" is not part of PHQ-9' },
    ]);
  });

  it('rejects a value above or below the range, naming the item and the range', () => {
    const errors = validateAnswers(phq9, { '3': 4, '4': -1 });
    expect(errors.map((error) => [error.code, error.itemId])).toEqual([
      ['VALUE_OUT_OF_RANGE', '3'],
      ['VALUE_OUT_OF_RANGE', '4'],
    ]);
    expect(errors[0]?.message).toBe('Item "3" must be between 0 and 3, got 4');
  });

  it('rejects a non-integer value', () => {
    expect(validateAnswers(phq9, { '5': 1.5 })).toEqual([
      expect.objectContaining({ code: 'VALUE_NOT_INTEGER', itemId: '5' }),
    ]);
  });

  it('rejects values that are not numbers, including NaN and numeric strings', () => {
    const errors = validateAnswers(phq9, { '1': '2', '2': Number.NaN, '3': true });
    expect(errors.map((error) => [error.code, error.itemId])).toEqual([
      ['VALUE_NOT_A_NUMBER', '1'],
      ['VALUE_NOT_A_NUMBER', '2'],
      ['VALUE_NOT_A_NUMBER', '3'],
    ]);
  });

  it('rejects a value inside the range that is not a published option (AUDIT items 9 and 10)', () => {
    const audit = instrument('audit');
    expect(validateAnswers(audit, { '9': 2, '10': 4 })).toEqual([]);
    expect(validateAnswers(audit, { '9': 3 })).toEqual([
      {
        code: 'VALUE_NOT_AN_OPTION',
        itemId: '9',
        message: 'Item "9" must be one of 0, 2, 4, got 3',
      },
    ]);
  });

  it('uses the instrument’s own range: K10 items run from 1 to 5', () => {
    const k10 = instrument('k10');
    expect(validateAnswers(k10, { '1': 5 })).toEqual([]);
    expect(validateAnswers(k10, { '1': 0 })[0]?.code).toBe('VALUE_OUT_OF_RANGE');
  });

  it('reports every problem, not only the first', () => {
    expect(validateAnswers(phq9, { x: 1, '1': 9, '2': 0.5 })).toHaveLength(3);
  });
});

describe('scoreResponse and validateAnswers read the same answers', () => {
  it('ignores answers inherited from a prototype, as validateAnswers does', () => {
    const phq9 = instrument('phq-9');
    const inherited = Object.create({ '9': 3 }) as Record<string, number>;
    for (const id of ['1', '2', '3', '4', '5', '6', '7', '8']) inherited[id] = 1;
    expect(validateAnswers(phq9, inherited)).toEqual([]);
    const result = scoreResponse(phq9, inherited);
    expect(result.missing).toEqual(['9']);
    expect(result.critical).toEqual([]);
    expect(result.total).toBe(9);
    expect(result.prorated).toBe(true);
  });
});
