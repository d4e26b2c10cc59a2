import { describe, expect, it } from 'vitest';
import { nextDigestAt } from './digest-window.ts';

describe('the digest window', () => {
  it('is the next 3-hour slot of the UTC day, strictly after now', () => {
    expect(nextDigestAt(new Date('2026-03-10T00:00:00.000Z')).toISOString()).toBe(
      '2026-03-10T03:00:00.000Z',
    );
    expect(nextDigestAt(new Date('2026-03-10T02:59:59.999Z')).toISOString()).toBe(
      '2026-03-10T03:00:00.000Z',
    );
    expect(nextDigestAt(new Date('2026-03-10T22:30:00.000Z')).toISOString()).toBe(
      '2026-03-11T00:00:00.000Z',
    );
  });

  it('does not move when the clocks change (29 March 2026 in Europe)', () => {
    expect(nextDigestAt(new Date('2026-03-29T00:30:00.000Z')).toISOString()).toBe(
      '2026-03-29T03:00:00.000Z',
    );
  });
});
