import { describe, expect, it } from 'vitest';
import { basisOf, factorTitle } from './insight-wording.ts';

describe('insight wording', () => {
  it('names the factor in the client’s words', () => {
    expect(factorTitle({ factor: { kind: 'tag', tagKind: 'activity', label: 'Choir' } })).toBe(
      'Choir',
    );
    expect(factorTitle({ factor: { kind: 'sleep' } })).toBe('Sleep');
  });

  it('says what an insight rests on', () => {
    expect(
      basisOf({
        factor: { kind: 'tag', tagKind: 'people', label: 'Family' },
        daysWith: 6,
        daysWithout: 9,
      }),
    ).toBe('Based on 6 days with it and 9 without.');
    expect(basisOf({ factor: { kind: 'sleep' }, daysWith: 12, daysWithout: 0 })).toBe(
      'Based on 12 days with hours of sleep.',
    );
  });
});
