import { describe, expect, it } from 'vitest';
import { checkSchedule, initialScheduleDraft, isoWeekday } from './schedule-form.ts';

const base = initialScheduleDraft('2026-03-02');

describe('schedule form', () => {
  it('starts weekly on today’s weekday, open three days', () => {
    expect(isoWeekday('2026-03-02')).toBe(1);
    expect(isoWeekday('2026-03-08')).toBe(7);
    expect(base).toMatchObject({
      kind: 'weekly',
      weekday: '1',
      startsOn: '2026-03-02',
      windowDays: '3',
    });
  });

  it('builds each kind of schedule', () => {
    expect(checkSchedule(base, { withEnd: true }).value).toEqual({
      schedule: { kind: 'weekly', weekday: 1 },
      startsOn: '2026-03-02',
      endsOn: null,
      windowDays: 3,
    });
    expect(
      checkSchedule({ ...base, kind: 'every-n-days', days: '14' }, { withEnd: true }).value
        ?.schedule,
    ).toEqual({ kind: 'every-n-days', days: 14 });
    expect(
      checkSchedule({ ...base, kind: 'once', endsOn: '2026-04-01' }, { withEnd: true }).value,
    ).toMatchObject({ schedule: { kind: 'once' }, endsOn: '2026-04-01' });
    expect(
      checkSchedule({ ...base, endsOn: '2026-04-01' }, { withEnd: false }).value?.endsOn,
    ).toBeNull();
  });

  it('checks the limits at their edges', () => {
    const every = (days: string) =>
      checkSchedule({ ...base, kind: 'every-n-days', days }, { withEnd: true }).errors.days;
    expect(every('0')).toMatch(/1 to 365/);
    expect(every('1')).toBeUndefined();
    expect(every('365')).toBeUndefined();
    expect(every('366')).toMatch(/1 to 365/);
    expect(every('two')).toMatch(/1 to 365/);
    const window = (windowDays: string) =>
      checkSchedule({ ...base, windowDays }, { withEnd: true }).errors.windowDays;
    expect(window('0')).toBeDefined();
    expect(window('14')).toBeUndefined();
    expect(window('15')).toBeDefined();
  });

  it('checks the dates', () => {
    expect(
      checkSchedule({ ...base, startsOn: '2026-02-30' }, { withEnd: true }).errors.startsOn,
    ).toBeDefined();
    expect(
      checkSchedule({ ...base, endsOn: '2026-03-01' }, { withEnd: true }).errors.endsOn,
    ).toMatch(/before the first/);
    expect(checkSchedule({ ...base, endsOn: '2026-03-02' }, { withEnd: true }).errors).toEqual({});
  });
});
