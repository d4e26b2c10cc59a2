import { describe, expect, it } from 'vitest';
import { differenceOfMeans, slope } from './estimates.ts';
import { tCdf, tQuantile } from './t-distribution.ts';

describe('Student t', () => {
  // Reference values of the 97.5% quantile from any statistical table.
  it.each([
    [1, 12.7062],
    [2, 4.3027],
    [3, 3.1824],
    [8, 2.306],
    [30, 2.0423],
    [1000, 1.9623],
  ])('t(0.975, %d) = %f', (df, expected) => {
    expect(tQuantile(0.975, df)).toBeCloseTo(expected, 3);
  });

  it('is symmetric and centred', () => {
    expect(tCdf(0, 5)).toBeCloseTo(0.5, 12);
    expect(tCdf(-2, 7) + tCdf(2, 7)).toBeCloseTo(1, 12);
    expect(tQuantile(0.025, 8)).toBeCloseTo(-2.306, 3);
  });
});

describe('difference of means (Welch)', () => {
  it('matches a worked example', () => {
    // Means 6.8 and 4.8, both variances 0.7, n = 5 each: se = √0.28, df = 8.
    const estimate = differenceOfMeans([6, 7, 8, 7, 6], [4, 5, 4, 6, 5]);
    expect(estimate.value).toBeCloseTo(2, 10);
    expect(estimate.low).toBeCloseTo(2 - 2.306004 * Math.sqrt(0.28), 4);
    expect(estimate.high).toBeCloseTo(2 + 2.306004 * Math.sqrt(0.28), 4);
  });

  it('gives an interval that spans zero when the groups do not differ', () => {
    const estimate = differenceOfMeans([3, 7, 5, 4, 6], [6, 4, 5, 7, 3]);
    expect(estimate.value).toBeCloseTo(0, 10);
    expect(estimate.low).toBeLessThan(0);
    expect(estimate.high).toBeGreaterThan(0);
  });

  it('needs two values a group', () => {
    expect(() => differenceOfMeans([1], [1, 2])).toThrow(RangeError);
  });
});

describe('slope', () => {
  it('matches a worked example', () => {
    // Sxx = 10, Sxy = 12, SSE = 0.8: b = 1.2, se = √(0.8 / 3 / 10), t(0.975, 3) = 3.182446.
    const estimate = slope([5, 6, 7, 8, 9].map((x, i) => ({ x, y: [3, 4, 6, 6, 8][i]! })));
    expect(estimate?.value).toBeCloseTo(1.2, 10);
    expect(estimate?.low).toBeCloseTo(1.2 - 3.182446 * Math.sqrt(0.8 / 30), 4);
    expect(estimate?.high).toBeCloseTo(1.2 + 3.182446 * Math.sqrt(0.8 / 30), 4);
  });

  it('is not defined without spread in x or with fewer than three points', () => {
    expect(
      slope([
        { x: 7, y: 1 },
        { x: 7, y: 2 },
        { x: 7, y: 3 },
      ]),
    ).toBeNull();
    expect(
      slope([
        { x: 1, y: 1 },
        { x: 2, y: 2 },
      ]),
    ).toBeNull();
  });
});
