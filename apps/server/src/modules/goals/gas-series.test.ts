import { describe, expect, it } from 'vitest';
import { gasSeries, GAS_RHO } from './gas-series.ts';

const day = (n: number, hour = 12) => new Date(Date.UTC(2026, 0, n, hour));
const rating = (level: number, n: number, hour = 12) => ({
  level,
  at: day(n, hour),
  date: `2026-01-${String(n).padStart(2, '0')}`,
});

describe('the GAS T-score series', () => {
  it('uses rho = 0.3 by default', () => expect(GAS_RHO).toBe(0.3));

  it('is empty with no ratings', () => {
    expect(gasSeries([{ weight: 1, ratings: [] }])).toEqual([]);
  });

  it('takes each goal’s latest rating up to each rating date', () => {
    const series = gasSeries([
      { weight: 1, ratings: [rating(1, 10), rating(-1, 1)] },
      { weight: 1, ratings: [rating(0, 5)] },
    ]);
    expect(series.map((p) => p.date)).toEqual(['2026-01-01', '2026-01-05', '2026-01-10']);
    // Day 1: one goal at −1 → 50 − 10 = 40.
    expect(series[0]).toMatchObject({ tScore: 40, goals: 1 });
    // Day 5: −1 and 0 → 50 − 10/√(0.7·2 + 0.3·4) = 43.8.
    expect(series[1]).toMatchObject({ tScore: 43.8, goals: 2 });
    // Day 10: +1 and 0 → 56.2.
    expect(series[2]).toMatchObject({ tScore: 56.2, goals: 2 });
  });

  it('gives one point per date, from the day’s last rating of each goal', () => {
    const series = gasSeries([{ weight: 1, ratings: [rating(2, 3, 18), rating(-2, 3, 9)] }]);
    expect(series).toEqual([
      { date: '2026-01-03', at: day(3, 18).toISOString(), tScore: 70, goals: 1 },
    ]);
  });

  it('goes by the client’s calendar date, not the instant', () => {
    // 23:30 UTC on the 4th is already the 5th where the client lives.
    const late = { level: 1, at: new Date(Date.UTC(2026, 0, 4, 23, 30)), date: '2026-01-05' };
    const series = gasSeries([
      { weight: 1, ratings: [late] },
      { weight: 1, ratings: [rating(-1, 5, 8)] },
    ]);
    expect(series).toEqual([
      { date: '2026-01-05', at: day(5, 8).toISOString(), tScore: 50, goals: 2 },
    ]);
  });

  it('weights goals', () => {
    const series = gasSeries([
      { weight: 3, ratings: [rating(2, 1)] },
      { weight: 1, ratings: [rating(-2, 1)] },
    ]);
    // 50 + 10·(6 − 2)/√(0.7·10 + 0.3·16) = 61.6
    expect(series).toEqual([
      { date: '2026-01-01', at: day(1).toISOString(), tScore: 61.6, goals: 2 },
    ]);
  });

  it('uses the practice’s rho when given', () => {
    // ρ = 0: 50 + 10·2/√2 = 64.1
    const series = gasSeries(
      [
        { weight: 1, ratings: [rating(1, 1)] },
        { weight: 1, ratings: [rating(1, 1)] },
      ],
      0,
    );
    expect(series[0]).toMatchObject({ tScore: 64.1 });
  });
});
