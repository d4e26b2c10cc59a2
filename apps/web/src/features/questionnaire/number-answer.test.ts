import { describe, expect, it } from 'vitest';
import { readNumber } from './number-answer.ts';

describe('readNumber', () => {
  it('reads whole numbers, with spaces and signs', () => {
    expect(readNumber(' 7 ', { kind: 'integer' })).toEqual({ kind: 'number', value: 7 });
    expect(readNumber('-2', { kind: 'integer' })).toEqual({ kind: 'number', value: -2 });
    expect(readNumber(3, { kind: 'integer' })).toEqual({ kind: 'number', value: 3 });
    expect(readNumber('', { kind: 'integer' })).toEqual({ kind: 'empty' });
  });

  it('says what is wrong with something that is not a whole number', () => {
    for (const typed of ['2.5', 'two', '1e3', '--1']) {
      expect(readNumber(typed, { kind: 'integer' })).toEqual({
        kind: 'problem',
        message: 'Enter a whole number, like 4.',
      });
    }
  });

  it('reads decimals with a point or a comma', () => {
    expect(readNumber('2.5', { kind: 'decimal' })).toEqual({ kind: 'number', value: 2.5 });
    expect(readNumber('2,5', { kind: 'decimal' })).toEqual({ kind: 'number', value: 2.5 });
    expect(readNumber('.5', { kind: 'decimal' })).toEqual({ kind: 'number', value: 0.5 });
    expect(readNumber('abc', { kind: 'decimal' })).toEqual({
      kind: 'problem',
      message: 'Enter a number, like 2.5.',
    });
  });

  it('keeps to the range, both ends included', () => {
    const limits = { kind: 'integer' as const, min: 0, max: 7 };
    expect(readNumber('0', limits)).toEqual({ kind: 'number', value: 0 });
    expect(readNumber('7', limits)).toEqual({ kind: 'number', value: 7 });
    expect(readNumber('8', limits)).toEqual({
      kind: 'problem',
      message: 'Enter a number from 0 to 7.',
    });
    expect(readNumber('-1', limits)).toMatchObject({ kind: 'problem' });
    expect(readNumber('-1', { kind: 'decimal', min: 0 })).toEqual({
      kind: 'problem',
      message: 'Enter a number of 0 or more.',
    });
    expect(readNumber('11', { kind: 'decimal', max: 10 })).toEqual({
      kind: 'problem',
      message: 'Enter a number of 10 or less.',
    });
  });
});
