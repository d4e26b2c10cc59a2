// Property tests over every built-in instrument: totals stay in range, a higher
// answer on a non-reverse item never lowers the total, reverse items mirror.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { InstrumentDefinition, ItemDefinition } from '../definition/types.ts';
import { listInstruments } from '../registry.ts';
import { scoreResponse } from './score-response.ts';
import { validateAnswers } from './validate-answers.ts';

const values = (item: ItemDefinition) => item.options.map((option) => option.value);

/** A complete response: one published option value per item. */
function completeAnswers(definition: InstrumentDefinition) {
  return fc.record(
    Object.fromEntries(
      definition.items.map((item) => [item.id, fc.constantFrom(...values(item))] as const),
    ),
  );
}

/** A response with some scored items left out (never more than all of them). */
function partialAnswers(definition: InstrumentDefinition) {
  return fc.record(
    Object.fromEntries(
      definition.items.map(
        (item) => [item.id, fc.option(fc.constantFrom(...values(item)), { nil: null })] as const,
      ),
    ),
  );
}

describe.each(listInstruments().map((definition) => [definition.id, definition] as const))(
  '%s properties',
  (_, definition) => {
    it('a complete response is valid and every score stays within its scale range', () => {
      fc.assert(
        fc.property(completeAnswers(definition), (answers) => {
          const result = scoreResponse(definition, answers);
          expect(result.valid).toBe(true);
          expect(result.total).toBeGreaterThanOrEqual(definition.total.min);
          expect(result.total).toBeLessThanOrEqual(definition.total.max);
          for (const scale of definition.subscales) {
            const value = result.subscales[scale.id]?.total;
            expect(value).toBeGreaterThanOrEqual(scale.min);
            expect(value).toBeLessThanOrEqual(scale.max);
          }
          if (definition.total.bands.length > 0) expect(result.band).not.toBeNull();
        }),
        { numRuns: 200 },
      );
    });

    it('a prorated or partial response never leaves the range, and is flagged', () => {
      fc.assert(
        fc.property(partialAnswers(definition), (answers) => {
          const result = scoreResponse(definition, answers);
          if (!result.valid) {
            expect(result.total).toBeNull();
            expect(result.reason).toMatch(/unanswered/);
            return;
          }
          expect(result.total).toBeGreaterThanOrEqual(definition.total.min);
          expect(result.total).toBeLessThanOrEqual(definition.total.max);
          expect(result.prorated).toBe(result.missing.length > 0);
        }),
        { numRuns: 200 },
      );
    });

    it('any input at all: never throws; valid only for well-formed answers; an invalid response says why', () => {
      const itemIds = definition.items.map((item) => item.id);
      const anyValue = fc.oneof(
        fc.constantFrom(...definition.items.flatMap(values)),
        fc.integer({ min: -3, max: 8 }),
        fc.double(),
        fc.constantFrom(null, undefined, '2', true, Number.NaN),
      );
      const junk = fc.dictionary(
        fc.oneof(fc.constantFrom(...itemIds), fc.string({ maxLength: 3 })),
        anyValue,
      );
      fc.assert(
        fc.property(junk, (answers) => {
          const result = scoreResponse(definition, answers as never);
          if (validateAnswers(definition, answers).length > 0) expect(result.valid).toBe(false);
          if (result.valid) {
            expect(result.reason).toBeNull();
            expect(typeof result.total).toBe('number');
          } else {
            expect(result.total).toBeNull();
            expect(result.reason?.length).toBeGreaterThan(0);
          }
        }),
        { numRuns: 300 },
      );
    });

    const scored = definition.items.filter((item) => item.scored);

    it('raising the answer on a non-reverse item never lowers the total', () => {
      const plain = scored.filter((item) => !item.reverse);
      expect(plain.length).toBeGreaterThan(0);
      fc.assert(
        fc.property(
          completeAnswers(definition),
          fc.constantFrom(...plain),
          fc.nat(),
          (answers, item, pick) => {
            const higher = values(item).filter((value) => value > (answers[item.id] ?? 0));
            fc.pre(higher.length > 0);
            const raised = { ...answers, [item.id]: higher[pick % higher.length] ?? 0 };
            const before = scoreResponse(definition, answers).total ?? NaN;
            const after = scoreResponse(definition, raised).total ?? NaN;
            expect(after).toBeGreaterThan(before);
          },
        ),
        { numRuns: 200 },
      );
    });

    it('reverse items: raising the answer lowers the total by the same amount', () => {
      const reverse = scored.filter((item) => item.reverse);
      if (reverse.length === 0) return;
      fc.assert(
        fc.property(completeAnswers(definition), fc.constantFrom(...reverse), (answers, item) => {
          const current = answers[item.id] ?? 0;
          fc.pre(current < Math.max(...values(item)));
          const raised = { ...answers, [item.id]: current + 1 };
          const before = scoreResponse(definition, answers).total ?? NaN;
          const after = scoreResponse(definition, raised).total ?? NaN;
          expect(before - after).toBe(definition.total.multiplier);
        }),
        { numRuns: 200 },
      );
    });

    it('reverse items mirror: the lowest answer scores what the highest answer would on a plain item', () => {
      for (const item of scored.filter((candidate) => candidate.reverse)) {
        const base = Object.fromEntries(
          definition.items.map((other) => [other.id, Math.min(...values(other))]),
        );
        const low = scoreResponse(definition, { ...base, [item.id]: Math.min(...values(item)) });
        const high = scoreResponse(definition, { ...base, [item.id]: Math.max(...values(item)) });
        const span = Math.max(...values(item)) - Math.min(...values(item));
        expect((low.total ?? NaN) - (high.total ?? NaN)).toBe(span * definition.total.multiplier);
      }
    });
  },
);
