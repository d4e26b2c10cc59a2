import { describe, expect, it } from 'vitest';
import { countText, measureLine } from './caseload-wording.ts';

describe('caseload wording', () => {
  it('gives the latest score, its band and the change since baseline', () => {
    expect(
      measureLine({
        shortTitle: 'PHQ-9',
        latest: {
          total: 14,
          band: { id: 'moderate', label: 'Moderate' },
          at: '2026-01-01T00:00:00Z',
        },
        change: { category: 'improved', label: 'Reliable improvement' },
      }),
    ).toBe('PHQ-9 14, Moderate; Reliable improvement');
    expect(
      measureLine({
        shortTitle: 'GAD-7',
        latest: { total: 10.5, band: null, at: '2026-01-01T00:00:00Z' },
        change: null,
      }),
    ).toBe('GAD-7 10.5');
  });

  it('counts alerts and overdue measures', () => {
    expect(countText(0, 'open')).toBe('None');
    expect(countText(2, 'open')).toBe('2 open');
  });
});
