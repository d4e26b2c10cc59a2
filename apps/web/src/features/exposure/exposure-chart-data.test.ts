import { describe, expect, it } from 'vitest';
import { acrossRepetitions, withinPractice } from './exposure-chart-data.ts';

describe('exposure chart data', () => {
  it('puts before at minute 0, readings at their minutes, after at the end', () => {
    const { line, peak } = withinPractice({
      sudsBefore: 50,
      sudsPeak: 80,
      sudsAfter: 30,
      readings: [{ minute: 5, suds: 75 }],
      minutes: 20,
    });
    expect(line.points.map((p) => [p.x, p.suds])).toEqual([
      [0, 50],
      [5, 75],
      [20, 30],
    ]);
    expect(peak).toBe(80);
  });

  it('orders repetitions oldest first, numbered from 1', () => {
    const series = acrossRepetitions(
      [
        { practicedAt: '2026-03-02T10:00:00Z', sudsBefore: 40, sudsPeak: 60, sudsAfter: 20 },
        { practicedAt: '2026-03-01T10:00:00Z', sudsBefore: 60, sudsPeak: 90, sudsAfter: 50 },
      ],
      (iso) => iso.slice(0, 10),
    );
    expect(series.map((s) => s.key)).toEqual(['before', 'peak', 'after']);
    expect(series[1]!.points).toEqual([
      { x: 1, suds: 90, label: '2026-03-01' },
      { x: 2, suds: 60, label: '2026-03-02' },
    ]);
  });
});
