import { describe, expect, it } from 'vitest';
import { gasChartInput, onOneTimeAxis } from './goals-chart.ts';

describe('goal charts', () => {
  it('scales the T-score from 20 to 80 unless a score lies outside', () => {
    expect(gasChartInput([{ at: '2026-01-01T00:00:00Z', tScore: 55 }])).toMatchObject({
      min: 20,
      max: 80,
      betterDirection: 'higher',
    });
    const wide = gasChartInput([{ at: '2026-01-01T00:00:00Z', tScore: 82.9 }]);
    expect(wide.max).toBe(90);
  });

  it('puts every chart on the same time axis', () => {
    const [gas, phq] = onOneTimeAxis([
      gasChartInput([{ at: '2026-01-10T00:00:00Z', tScore: 50 }]),
      {
        min: 0,
        max: 27,
        betterDirection: 'lower',
        bands: [],
        points: [
          { at: '2026-01-01T00:00:00Z', total: 12 },
          { at: '2026-01-20T00:00:00Z', total: 8 },
        ],
      },
    ]);
    const jan1 = Date.parse('2026-01-01T00:00:00Z') / 1000;
    const jan20 = Date.parse('2026-01-20T00:00:00Z') / 1000;
    expect(gas!.xRange).toEqual([jan1, jan20]);
    expect(phq!.xRange).toEqual([jan1, jan20]);
  });
});
