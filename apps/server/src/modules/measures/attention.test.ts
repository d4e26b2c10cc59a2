import { describe, expect, it } from 'vitest';
import { attentionOf, byAttention, type AttentionFacts } from './attention.ts';

const calm: AttentionFacts = { displayName: 'A', openAlerts: 0, overdue: 0, measures: [] };
const measure = (over: Partial<AttentionFacts['measures'][number]>) => ({
  shortTitle: 'PHQ-9',
  changeCategory: null,
  notOnTrack: null,
  notOnTrackReason: null,
  ...over,
});

describe('attentionOf', () => {
  it('ranks an open alert above everything, and gives every reason', () => {
    const result = attentionOf({
      ...calm,
      openAlerts: 2,
      overdue: 1,
      measures: [
        measure({
          changeCategory: 'deteriorated',
          notOnTrack: 'not-on-track',
          notOnTrackReason: 'No change after 6 weeks',
        }),
      ],
    });
    expect(result.rank).toBe(0);
    expect(result.reasons).toEqual([
      '2 open alerts',
      'Reliable deterioration on PHQ-9',
      'Not on track on PHQ-9: No change after 6 weeks',
      '1 measure overdue',
    ]);
  });

  it('orders deterioration, then not on track, then overdue, then none', () => {
    expect(
      attentionOf({ ...calm, measures: [measure({ changeCategory: 'deteriorated' })] }).rank,
    ).toBe(1);
    expect(attentionOf({ ...calm, measures: [measure({ notOnTrack: 'not-on-track' })] }).rank).toBe(
      2,
    );
    expect(attentionOf({ ...calm, overdue: 3 })).toEqual({
      rank: 3,
      reasons: ['3 measures overdue'],
    });
    expect(
      attentionOf({
        ...calm,
        measures: [measure({ changeCategory: 'improved', notOnTrack: 'on-track' })],
      }),
    ).toEqual({
      rank: 4,
      reasons: [],
    });
  });

  it('sorts by rank, then by name', () => {
    const rows = [
      { displayName: 'Zoe', attention: { rank: 4, reasons: [] } },
      { displayName: 'Bea', attention: { rank: 0, reasons: [] } },
      { displayName: 'Al', attention: { rank: 4, reasons: [] } },
      { displayName: 'Cy', attention: { rank: 2, reasons: [] } },
    ];
    expect(rows.sort(byAttention).map((r) => r.displayName)).toEqual(['Bea', 'Cy', 'Al', 'Zoe']);
  });
});
