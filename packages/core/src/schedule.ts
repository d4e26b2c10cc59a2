import { Temporal } from 'temporal-polyfill';

/**
 * When a measure is due: once, every N days, or weekly on a weekday. Dates
 * are calendar dates in the client's time zone, so "every Monday" stays
 * Monday across daylight-saving changes; the instants a window opens and
 * closes are computed from those dates in that zone (a 23- or 25-hour day is
 * still one day). Pure: the caller passes the zone and the instant "now".
 */
export type Schedule =
  | { kind: 'once' }
  | { kind: 'every-n-days'; days: number }
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  | { kind: 'weekly'; weekday: number };

export interface ScheduleRule {
  schedule: Schedule;
  /** First possible due date, `YYYY-MM-DD` in the client's zone. */
  startsOn: string;
  /** Last possible due date (inclusive), or null for no end. */
  endsOn: string | null;
  /** How many days each occasion stays open, counting its due date. */
  windowDays: number;
  timeZone: string;
}

export interface Occasion {
  /** The due date in the client's zone. */
  dueOn: string;
  /** Local midnight at the start of the due date. */
  opensAt: Date;
  /** Local midnight after the last day of the window. */
  closesAt: Date;
}

/** Is this an IANA time-zone name that the runtime knows (e.g. `Europe/Berlin`)? */
export function isTimeZone(name: string): boolean {
  if (name.length === 0 || name.length > 64) return false;
  try {
    return Temporal.Now.zonedDateTimeISO(name).timeZoneId.length > 0;
  } catch {
    return false;
  }
}

/** Is this a real calendar date written `YYYY-MM-DD`? */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  try {
    return Temporal.PlainDate.from(text, { overflow: 'reject' }).toString() === text;
  } catch {
    return false;
  }
}

/** The calendar date of `instant` in `timeZone`. */
export function localDate(instant: Date, timeZone: string): string {
  return Temporal.Instant.fromEpochMilliseconds(instant.getTime())
    .toZonedDateTimeISO(timeZone)
    .toPlainDate()
    .toString();
}

function startOfDay(date: Temporal.PlainDate, timeZone: string): Date {
  return new Date(date.toZonedDateTime({ timeZone }).epochMilliseconds);
}

/** The instant a calendar date (`YYYY-MM-DD`) begins in `timeZone` (DST-correct). */
export function startOfLocalDay(date: string, timeZone: string): Date {
  return startOfDay(Temporal.PlainDate.from(date), timeZone);
}

function occasionOn(date: Temporal.PlainDate, rule: ScheduleRule): Occasion {
  return {
    dueOn: date.toString(),
    opensAt: startOfDay(date, rule.timeZone),
    closesAt: startOfDay(date.add({ days: rule.windowDays }), rule.timeZone),
  };
}

/** The first due date on or after `from` that the schedule allows (ignoring the end date). */
function firstDueOnOrAfter(
  rule: ScheduleRule,
  from: Temporal.PlainDate,
): Temporal.PlainDate | null {
  const start = Temporal.PlainDate.from(rule.startsOn);
  const earliest = Temporal.PlainDate.compare(from, start) < 0 ? start : from;
  const { schedule } = rule;
  switch (schedule.kind) {
    case 'once':
      return Temporal.PlainDate.compare(earliest, start) === 0 ? start : null;
    case 'every-n-days': {
      const since = start.until(earliest, { largestUnit: 'days' }).days;
      const steps = Math.ceil(since / schedule.days);
      return start.add({ days: steps * schedule.days });
    }
    case 'weekly': {
      const ahead = (schedule.weekday - earliest.dayOfWeek + 7) % 7;
      return earliest.add({ days: ahead });
    }
  }
}

function withinEnd(rule: ScheduleRule, date: Temporal.PlainDate): boolean {
  return (
    rule.endsOn === null ||
    Temporal.PlainDate.compare(date, Temporal.PlainDate.from(rule.endsOn)) <= 0
  );
}

/**
 * Every occasion whose due date lies from `fromDate` to `toDate` (inclusive,
 * `YYYY-MM-DD` in the client's zone), in order. At most `limit`, so a wide
 * range cannot run away.
 */
export function occasionsBetween(
  rule: ScheduleRule,
  fromDate: string,
  toDate: string,
  limit = 400,
): Occasion[] {
  const to = Temporal.PlainDate.from(toDate);
  const found: Occasion[] = [];
  let next = firstDueOnOrAfter(rule, Temporal.PlainDate.from(fromDate));
  while (
    next !== null &&
    found.length < limit &&
    Temporal.PlainDate.compare(next, to) <= 0 &&
    withinEnd(rule, next)
  ) {
    found.push(occasionOn(next, rule));
    next = rule.schedule.kind === 'once' ? null : firstDueOnOrAfter(rule, next.add({ days: 1 }));
  }
  return found;
}

/** The first occasion due after `afterDate` (exclusive), or null when the schedule has ended. */
export function nextOccasionAfter(rule: ScheduleRule, afterDate: string): Occasion | null {
  const next = firstDueOnOrAfter(rule, Temporal.PlainDate.from(afterDate).add({ days: 1 }));
  return next !== null && withinEnd(rule, next) ? occasionOn(next, rule) : null;
}
