import { describe, expect, it } from 'vitest';
import { chartData, markerKind } from './progress-chart-data.ts';

const phq9Bands = [
  { id: 'minimal', label: 'Minimal', min: 0, max: 4 },
  { id: 'mild', label: 'Mild', min: 5, max: 9 },
  { id: 'moderate', label: 'Moderate', min: 10, max: 14 },
  { id: 'moderately-severe', label: 'Moderately severe', min: 15, max: 19 },
  { id: 'severe', label: 'Severe', min: 20, max: 27 },
];

const scale = { min: 0, max: 27, betterDirection: 'lower' as const, bands: phq9Bands };

describe('chartData', () => {
  it('puts the scores in time order, in seconds, within the full range', () => {
    const data = chartData({
      ...scale,
      points: [
        { at: '2026-02-01T10:00:00Z', total: 12 },
        { at: '2026-01-01T10:00:00Z', total: 18 },
        { at: '2026-03-01T10:00:00Z', total: null },
      ],
    });
    expect(data.xs).toEqual([1767261600, 1769940000, 1772359200]);
    expect(data.ys).toEqual([18, 12, null]);
    expect(data.yRange).toEqual([0, 27]);
    expect(data.xRange).toEqual([1767261600, 1772359200]);
  });

  it('widens the time axis around a single day', () => {
    const data = chartData({ ...scale, points: [{ at: '2026-01-01T00:00:00Z', total: 3 }] });
    expect(data.xRange).toEqual([1767225600 - 3 * 86400, 1767225600 + 3 * 86400]);
  });

  it('shades the bands from the best (0) to the worst, up to the next band’s start', () => {
    const data = chartData({ ...scale, points: [] });
    expect(data.bands.map((b) => [b.label, b.from, b.to, b.severity])).toEqual([
      ['Minimal', 0, 5, 0],
      ['Mild', 5, 10, 1],
      ['Moderate', 10, 15, 2],
      ['Moderately severe', 15, 20, 3],
      ['Severe', 20, 27, 4],
    ]);
  });

  it('turns severity round when higher scores are better', () => {
    const data = chartData({
      min: 0,
      max: 25,
      betterDirection: 'higher',
      bands: [
        { id: 'low', label: 'Low', min: 0, max: 12 },
        { id: 'ok', label: 'OK', min: 13, max: 25 },
      ],
      points: [],
    });
    expect(data.bands.map((b) => [b.label, b.severity])).toEqual([
      ['Low', 1],
      ['OK', 0],
    ]);
  });

  it('draws the reliable-change band around the baseline, inside the range', () => {
    expect(
      chartData({ ...scale, points: [], baseline: { total: 20 }, reliableChange: 6 }),
    ).toMatchObject({ baseline: 20, reliableBand: [14, 26] });
    expect(
      chartData({ ...scale, points: [], baseline: { total: 3 }, reliableChange: 6 }).reliableBand,
    ).toEqual([0, 9]);
    expect(chartData({ ...scale, points: [], baseline: { total: 3 } }).reliableBand).toBeNull();
    expect(chartData({ ...scale, points: [] })).toMatchObject({
      baseline: null,
      reliableBand: null,
    });
  });

  it('marks reliable improvement, deterioration and recovery on scored points', () => {
    const change = (category: string) => ({ category, label: category });
    const data = chartData({
      ...scale,
      points: [
        { at: '2026-01-01T10:00:00Z', total: 20, change: null },
        { at: '2026-01-08T10:00:00Z', total: 13, change: change('improved') },
        { at: '2026-01-15T10:00:00Z', total: 15, change: change('unchanged') },
        { at: '2026-01-22T10:00:00Z', total: 26, change: change('deteriorated') },
        { at: '2026-01-29T10:00:00Z', total: 4, change: change('recovered') },
        { at: '2026-02-05T10:00:00Z', total: null, change: change('improved') },
      ],
    });
    expect(data.markers).toEqual([
      { index: 1, kind: 'improved' },
      { index: 3, kind: 'deteriorated' },
      { index: 4, kind: 'recovered' },
    ]);
  });
});

describe('markerKind', () => {
  it('marks only the three reliable-change categories', () => {
    expect(markerKind({ category: 'unchanged', label: 'No reliable change' })).toBeNull();
    expect(markerKind({ category: 'something-new', label: '?' })).toBeNull();
    expect(markerKind(null)).toBeNull();
  });
});
