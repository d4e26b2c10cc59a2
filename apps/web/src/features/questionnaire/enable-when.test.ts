import { describe, expect, it } from 'vitest';
import { conditionHolds, rulesHold } from './enable-when.ts';
import type { EnableCondition } from './enable-when.ts';

const when = (operator: EnableCondition['operator'], answer: EnableCondition['answer']) => ({
  question: 'a',
  operator,
  answer,
});

describe('conditionHolds', () => {
  it('exists: true or false against whether there is an answer', () => {
    expect(conditionHolds(when('exists', true), { a: 0 })).toBe(true);
    expect(conditionHolds(when('exists', true), { a: null })).toBe(false);
    expect(conditionHolds(when('exists', false), {})).toBe(true);
    expect(conditionHolds(when('exists', false), { a: false })).toBe(false);
  });

  it('= and != over numbers, yes/no and words', () => {
    expect(conditionHolds(when('=', 2), { a: 2 })).toBe(true);
    expect(conditionHolds(when('=', 2), { a: 3 })).toBe(false);
    expect(conditionHolds(when('=', true), { a: true })).toBe(true);
    expect(conditionHolds(when('=', 'x'), { a: 'x' })).toBe(true);
    expect(conditionHolds(when('!=', true), { a: false })).toBe(true);
    expect(conditionHolds(when('!=', 'x'), { a: 'x' })).toBe(false);
  });

  it('without an answer only != holds', () => {
    for (const operator of ['=', '>', '<', '>=', '<='] as const) {
      expect(conditionHolds(when(operator, 1), {})).toBe(false);
    }
    expect(conditionHolds(when('!=', 1), {})).toBe(true);
  });

  it('orders numbers from both sides of the boundary', () => {
    expect(conditionHolds(when('>', 3), { a: 3 })).toBe(false);
    expect(conditionHolds(when('>', 3), { a: 3.5 })).toBe(true);
    expect(conditionHolds(when('>=', 3), { a: 3 })).toBe(true);
    expect(conditionHolds(when('>=', 3), { a: 2 })).toBe(false);
    expect(conditionHolds(when('<', 3), { a: 3 })).toBe(false);
    expect(conditionHolds(when('<', 3), { a: 2 })).toBe(true);
    expect(conditionHolds(when('<=', 3), { a: 3 })).toBe(true);
    expect(conditionHolds(when('<=', 3), { a: 4 })).toBe(false);
  });

  it('orders words, never yes/no or mixed types', () => {
    expect(conditionHolds(when('>', 'b'), { a: 'c' })).toBe(true);
    expect(conditionHolds(when('>', false), { a: true })).toBe(false);
    expect(conditionHolds(when('>', 1), { a: '2' })).toBe(false);
  });
});

describe('rulesHold', () => {
  const one = { question: 'a', operator: '=' as const, answer: 1 };
  const two = { question: 'b', operator: '=' as const, answer: true };

  it('any: one condition is enough; all: every condition', () => {
    expect(rulesHold([{ behavior: 'any', when: [one, two] }], { a: 1 })).toBe(true);
    expect(rulesHold([{ behavior: 'all', when: [one, two] }], { a: 1 })).toBe(false);
    expect(rulesHold([{ behavior: 'all', when: [one, two] }], { a: 1, b: true })).toBe(true);
  });

  it('needs every rule (the item’s own and its groups’); none means shown', () => {
    const rules = [
      { behavior: 'any' as const, when: [one] },
      { behavior: 'any' as const, when: [two] },
    ];
    expect(rulesHold(rules, { a: 1 })).toBe(false);
    expect(rulesHold(rules, { a: 1, b: true })).toBe(true);
    expect(rulesHold([], {})).toBe(true);
  });
});
