import { describe, expect, it } from 'vitest';
import { median, summariseResponseTimes } from './response-times.ts';

const at = (iso: string) => new Date(iso);

describe('median', () => {
  it('is the middle value, or the mean of the two middle ones', () => {
    expect(median([])).toBeNull();
    expect(median([5])).toBe(5);
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([1 / 3])).toBe(0.33);
  });
});

describe('response times', () => {
  it('counts hours to acknowledge and the same local day, leaving today’s waiting alerts unjudged', () => {
    const now = at('2026-03-10T12:00:00Z');
    const summary = summariseResponseTimes(
      [
        // 2 hours, same day in London.
        { createdAt: at('2026-03-09T09:00:00Z'), acknowledgedAt: at('2026-03-09T11:00:00Z') },
        // 4 hours, but past midnight: the next day.
        { createdAt: at('2026-03-08T22:00:00Z'), acknowledgedAt: at('2026-03-09T02:00:00Z') },
        // Never acknowledged, raised yesterday: judged, not the same day.
        { createdAt: at('2026-03-09T10:00:00Z'), acknowledgedAt: null },
        // Raised today, still waiting: not judged yet.
        { createdAt: at('2026-03-10T08:00:00Z'), acknowledgedAt: null },
      ],
      now,
      'Europe/London',
    );
    expect(summary).toEqual({
      count: 4,
      acknowledged: 2,
      waiting: 2,
      medianHoursToAcknowledge: 3,
      sameDayPercent: 33.3,
    });
  });

  it('goes by the practice’s calendar, not UTC', () => {
    // 23:00 and 01:00 UTC are 18:00 and 20:00 the same day in New York (UTC-5 in January).
    const alert = {
      createdAt: at('2026-01-15T23:00:00Z'),
      acknowledgedAt: at('2026-01-16T01:00:00Z'),
    };
    const now = at('2026-01-20T00:00:00Z');
    expect(summariseResponseTimes([alert], now, 'America/New_York').sameDayPercent).toBe(100);
    expect(summariseResponseTimes([alert], now, 'UTC').sameDayPercent).toBe(0);
  });

  it('has nothing to say without alerts', () => {
    expect(summariseResponseTimes([], at('2026-01-01T00:00:00Z'), 'UTC')).toEqual({
      count: 0,
      acknowledged: 0,
      waiting: 0,
      medianHoursToAcknowledge: null,
      sameDayPercent: null,
    });
  });
});
