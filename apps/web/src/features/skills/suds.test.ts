import { describe, expect, it } from 'vitest';
import { readSuds } from './suds.ts';

describe('distress as typed', () => {
  it.each([
    ['0', { value: 0 }],
    ['100', { value: 100 }],
    [' 45 ', { value: 45 }],
  ])('accepts %j', (typed, expected) => expect(readSuds(typed)).toEqual(expected));
  it.each(['', '101', '-1', '4.5', 'ten'])('refuses %j in plain words', (typed) =>
    expect(readSuds(typed)).toHaveProperty('problem'),
  );
});
