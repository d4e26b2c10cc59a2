import { describe, expect, it } from 'vitest';
import {
  isIsoDate,
  isTimeZone,
  localDate,
  nextOccasionAfter,
  occasionsBetween,
  type ScheduleRule,
} from './schedule.ts';

// Daylight-saving dates are written out, not computed: Europe/Berlin moves to
// UTC+2 on 2026-03-29 and back to UTC+1 on 2026-10-25; America/New_York moves
// to UTC-4 on 2026-03-08 and back to UTC-5 on 2026-11-01.

function rule(overrides: Partial<ScheduleRule>): ScheduleRule {
  return {
    schedule: { kind: 'once' },
    startsOn: '2026-03-02',
    endsOn: null,
    windowDays: 3,
    timeZone: 'Europe/Berlin',
    ...overrides,
  };
}

const iso = (d: Date) => d.toISOString();

describe('occasionsBetween', () => {
  it('once: only the start date, whatever the range', () => {
    const r = rule({ schedule: { kind: 'once' }, startsOn: '2026-03-04' });
    expect(occasionsBetween(r, '2026-03-01', '2026-12-31').map((o) => o.dueOn)).toEqual([
      '2026-03-04',
    ]);
    expect(occasionsBetween(r, '2026-03-05', '2026-12-31')).toEqual([]);
  });

  it('weekly on Monday stays on Monday at local midnight across the spring change (Berlin)', () => {
    const r = rule({
      schedule: { kind: 'weekly', weekday: 1 },
      startsOn: '2026-03-18',
      windowDays: 2,
    });
    const found = occasionsBetween(r, '2026-03-18', '2026-04-06');
    expect(found.map((o) => o.dueOn)).toEqual(['2026-03-23', '2026-03-30', '2026-04-06']);
    // Before the change: midnight is 23:00 UTC the evening before.
    expect(iso(found[0]!.opensAt)).toBe('2026-03-22T23:00:00.000Z');
    expect(iso(found[0]!.closesAt)).toBe('2026-03-24T23:00:00.000Z');
    // After it: 22:00 UTC.
    expect(iso(found[1]!.opensAt)).toBe('2026-03-29T22:00:00.000Z');
  });

  it('a one-day window on the day the clocks go forward lasts 23 hours', () => {
    const r = rule({ startsOn: '2026-03-29', windowDays: 1 });
    const [only] = occasionsBetween(r, '2026-03-29', '2026-03-29');
    expect(iso(only!.opensAt)).toBe('2026-03-28T23:00:00.000Z');
    expect(iso(only!.closesAt)).toBe('2026-03-29T22:00:00.000Z');
  });

  it('a one-day window on the day the clocks go back lasts 25 hours (New York)', () => {
    const r = rule({ startsOn: '2026-11-01', windowDays: 1, timeZone: 'America/New_York' });
    const [only] = occasionsBetween(r, '2026-11-01', '2026-11-01');
    expect(iso(only!.opensAt)).toBe('2026-11-01T04:00:00.000Z');
    expect(iso(only!.closesAt)).toBe('2026-11-02T05:00:00.000Z');
  });

  it('every 3 days counts from the start date, whatever day the range begins', () => {
    const r = rule({ schedule: { kind: 'every-n-days', days: 3 }, startsOn: '2026-10-23' });
    expect(occasionsBetween(r, '2026-10-24', '2026-11-05').map((o) => o.dueOn)).toEqual([
      '2026-10-26',
      '2026-10-29',
      '2026-11-01',
      '2026-11-04',
    ]);
  });

  it('the end date is inclusive, and nothing is due before the start', () => {
    const r = rule({
      schedule: { kind: 'every-n-days', days: 7 },
      startsOn: '2026-01-05',
      endsOn: '2026-01-19',
    });
    expect(occasionsBetween(r, '2025-12-01', '2026-12-31').map((o) => o.dueOn)).toEqual([
      '2026-01-05',
      '2026-01-12',
      '2026-01-19',
    ]);
  });

  it('stops at the limit', () => {
    const r = rule({ schedule: { kind: 'every-n-days', days: 1 }, startsOn: '2026-01-01' });
    expect(occasionsBetween(r, '2026-01-01', '2026-12-31', 5)).toHaveLength(5);
  });
});

describe('nextOccasionAfter', () => {
  it('is the next due date after the given one, or null when the schedule has ended', () => {
    const weekly = rule({ schedule: { kind: 'weekly', weekday: 5 }, startsOn: '2026-03-02' });
    expect(nextOccasionAfter(weekly, '2026-03-06')?.dueOn).toBe('2026-03-13');
    expect(nextOccasionAfter(rule({ startsOn: '2026-03-02' }), '2026-03-02')).toBeNull();
    const ending = rule({ schedule: { kind: 'weekly', weekday: 5 }, endsOn: '2026-03-12' });
    expect(nextOccasionAfter(ending, '2026-03-06')).toBeNull();
  });
});

describe('checks and local dates', () => {
  it('knows real zones and dates', () => {
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isTimeZone('')).toBe(false);
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-2-28')).toBe(false);
  });

  it('gives the calendar date in the zone, not in UTC', () => {
    const lateEvening = new Date('2026-06-30T23:30:00Z');
    expect(localDate(lateEvening, 'Europe/Berlin')).toBe('2026-07-01');
    expect(localDate(lateEvening, 'America/New_York')).toBe('2026-06-30');
  });
});
