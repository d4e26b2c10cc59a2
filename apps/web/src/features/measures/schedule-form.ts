import type { FieldErrors } from '../../shared/forms/validation.ts';
import type { Schedule } from './measure-types.ts';

/** The schedule fields as typed, before they are checked. */
export interface ScheduleDraft {
  kind: Schedule['kind'];
  days: string;
  /** ISO weekday as text: "1" = Monday. */
  weekday: string;
  startsOn: string;
  endsOn: string;
  windowDays: string;
}

export type ScheduleField = 'days' | 'startsOn' | 'endsOn' | 'windowDays';

export interface CheckedSchedule {
  schedule: Schedule;
  startsOn: string;
  endsOn: string | null;
  windowDays: number;
}

/** ISO weekday (1 = Monday) of a `YYYY-MM-DD` date. */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** A weekly schedule on today's weekday, starting today, open three days: the common case. */
export function initialScheduleDraft(today: string): ScheduleDraft {
  return {
    kind: 'weekly',
    days: '14',
    weekday: String(isoWeekday(today)),
    startsOn: today,
    endsOn: '',
    windowDays: '3',
  };
}

function wholeNumber(text: string, min: number, max: number): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const value = Number(text.trim());
  return value >= min && value <= max ? value : null;
}

const datePattern = /^\d{4}-\d{2}-\d{2}$/;

function isDate(text: string): boolean {
  if (!datePattern.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/** Checks the schedule fields (mirroring the server's limits) and builds what is sent. */
export function checkSchedule(
  draft: ScheduleDraft,
  { withEnd }: { withEnd: boolean },
): { errors: FieldErrors<ScheduleField>; value: CheckedSchedule | null } {
  const errors: FieldErrors<ScheduleField> = {};
  const days = wholeNumber(draft.days, 1, 365);
  if (draft.kind === 'every-n-days' && days === null) {
    errors.days = 'Enter a number of days from 1 to 365.';
  }
  if (!isDate(draft.startsOn)) errors.startsOn = 'Enter the first date, like 2026-03-02.';
  const endsOn = withEnd && draft.endsOn.trim() !== '' ? draft.endsOn.trim() : null;
  if (endsOn !== null && !isDate(endsOn)) errors.endsOn = 'Enter the last date, like 2026-06-30.';
  else if (endsOn !== null && isDate(draft.startsOn) && endsOn < draft.startsOn) {
    errors.endsOn = 'The last date cannot be before the first.';
  }
  const windowDays = wholeNumber(draft.windowDays, 1, 14);
  if (windowDays === null) errors.windowDays = 'Enter a number of days from 1 to 14.';
  if (Object.keys(errors).length > 0 || windowDays === null) return { errors, value: null };

  const schedule: Schedule =
    draft.kind === 'once'
      ? { kind: 'once' }
      : draft.kind === 'every-n-days'
        ? { kind: 'every-n-days', days: days ?? 1 }
        : { kind: 'weekly', weekday: wholeNumber(draft.weekday, 1, 7) ?? 1 };
  return { errors, value: { schedule, startsOn: draft.startsOn, endsOn, windowDays } };
}

/** API error paths of the schedule fields ("schedule.days") mapped to the form's fields. */
export const scheduleApiPaths: Readonly<Record<string, ScheduleField>> = {
  'schedule.days': 'days',
  startsOn: 'startsOn',
  endsOn: 'endsOn',
  windowDays: 'windowDays',
};
