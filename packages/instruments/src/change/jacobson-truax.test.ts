// Golden cases: cases/jacobson-truax.cases.json (sources cited in the file).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyJacobsonTruax } from './classify-change.ts';
import { jacobsonTruaxCutoffs } from './clinical-cutoffs.ts';
import {
  reliableChangeIndex,
  reliableChangeThreshold,
  reliableDirection,
  standardErrorOfDifference,
  standardErrorOfMeasurement,
} from './reliable-change.ts';

interface Sample {
  mean: number;
  sd: number;
}
interface ParameterSet {
  sd: number;
  reliability: number;
  clinical: Sample;
  functional: Sample;
  betterDirection: 'lower' | 'higher';
}
interface GoldenFile {
  source: string;
  parameterSets: Record<string, ParameterSet>;
  derived: {
    set: string;
    se?: number;
    sDiff?: number;
    thresholdPoints?: number;
    a: number;
    b: number;
    c: number;
  }[];
  cases: {
    set: string;
    before: number;
    after: number;
    rci?: number;
    category: string;
    why: string;
  }[];
  criticalValueBoundary: {
    rci: number;
    betterDirection: 'lower' | 'higher';
    direction: string;
    why: string;
  }[];
}

const golden = JSON.parse(
  readFileSync(new URL('./cases/jacobson-truax.cases.json', import.meta.url), 'utf8'),
) as GoldenFile;

function parameters(name: string): ParameterSet {
  const set = golden.parameterSets[name];
  if (!set) throw new Error(`unknown parameter set ${name}`);
  return set;
}

/** Published values are given to the precision printed in the source. */
function expectClose(actual: number, expected: number): void {
  const decimals = (String(expected).split('.')[1] ?? '').length;
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-12);
}

describe('Jacobson–Truax derived constants', () => {
  it('cites its source', () => expect(golden.source).toMatch(/clinicalsignificance/));

  for (const row of golden.derived) {
    it(`${row.set}: S_E, S_diff, threshold and cut-offs a/b/c`, () => {
      const set = parameters(row.set);
      if (row.se !== undefined)
        expectClose(standardErrorOfMeasurement(set.sd, set.reliability), row.se);
      if (row.sDiff !== undefined) {
        expectClose(standardErrorOfDifference(set.sd, set.reliability), row.sDiff);
      }
      if (row.thresholdPoints !== undefined) {
        expectClose(reliableChangeThreshold(set.sd, set.reliability), row.thresholdPoints);
      }
      const cutoffs = jacobsonTruaxCutoffs(set.clinical, set.functional, set.betterDirection);
      expectClose(cutoffs.a, row.a);
      expectClose(cutoffs.b, row.b);
      expectClose(cutoffs.c, row.c);
    });
  }
});

describe('Jacobson–Truax classification', () => {
  for (const row of golden.cases) {
    it(`${row.set} ${row.before} → ${row.after}: ${row.category} (${row.why})`, () => {
      const set = parameters(row.set);
      const cutoff = jacobsonTruaxCutoffs(set.clinical, set.functional, set.betterDirection).c;
      const result = classifyJacobsonTruax({
        ...set,
        before: row.before,
        after: row.after,
        cutoff,
      });
      expect(result.category).toBe(row.category);
      expect(result.change).toBe(row.after - row.before);
      if (row.rci !== undefined) {
        expectClose(reliableChangeIndex(row.before, row.after, set.sd, set.reliability), row.rci);
      }
    });
  }

  it('without a cut-off nobody is "recovered"', () => {
    const set = parameters('phq9');
    const result = classifyJacobsonTruax({ ...set, before: 18, after: 8 });
    expect(result.category).toBe('improved');
    expect(result.dysfunctionalBefore).toBeNull();
  });

  for (const row of golden.criticalValueBoundary) {
    it(`RC ${row.rci} on a ${row.betterDirection}-is-better scale is ${row.direction}`, () => {
      expect(reliableDirection(row.rci, row.betterDirection)).toBe(row.direction);
    });
  }

  it('rejects constants that cannot describe a spread', () => {
    expect(() => standardErrorOfMeasurement(0, 0.8)).toThrow(RangeError);
    expect(() => standardErrorOfMeasurement(4, 1)).toThrow(RangeError);
    expect(() => jacobsonTruaxCutoffs({ mean: 1, sd: 0 }, { mean: 1, sd: 1 }, 'lower')).toThrow(
      RangeError,
    );
  });
});
