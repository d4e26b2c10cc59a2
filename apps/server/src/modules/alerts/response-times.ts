import { localDate } from '@tandem/core';

/**
 * How fast alerts are acknowledged. The goal is a same-day response: a
 * published youth service took a median of 1.9 days from a critical answer
 * to a clinician's response (JMIR 2024;26:e60879), and a day is already long
 * for someone who said they think of hurting themselves.
 *
 * - Median hours from raised to acknowledged, over the alerts acknowledged so
 *   far (the alerts still waiting are counted apart, not guessed at).
 * - Share acknowledged the same day, by the calendar of the practice's time
 *   zone: of the alerts whose day is over or that were acknowledged, those
 *   acknowledged on the local date they were raised. An alert raised today
 *   and not yet acknowledged cannot be judged yet and is left out.
 *
 * Pure: the caller passes the alerts, "now" and the zone.
 */
export interface TimedAlert {
  createdAt: Date;
  acknowledgedAt: Date | null;
}

export interface ResponseTimeSummary {
  /** Alerts raised in the period. */
  count: number;
  acknowledged: number;
  /** Not acknowledged yet. */
  waiting: number;
  medianHoursToAcknowledge: number | null;
  /** 0..100, one decimal; null when no alert can be judged yet. */
  sameDayPercent: number | null;
}

export const SAME_DAY_GOAL_REFERENCE =
  'Goal: a same-day response. A published youth service took a median of 1.9 days (JMIR 2024;26:e60879).';

export function summariseResponseTimes(
  alerts: readonly TimedAlert[],
  now: Date,
  timeZone: string,
): ResponseTimeSummary {
  const hours = alerts.flatMap((a) =>
    a.acknowledgedAt ? [(a.acknowledgedAt.getTime() - a.createdAt.getTime()) / 3_600_000] : [],
  );
  const today = localDate(now, timeZone);
  let judged = 0;
  let sameDay = 0;
  for (const alert of alerts) {
    const raisedOn = localDate(alert.createdAt, timeZone);
    if (alert.acknowledgedAt) {
      judged += 1;
      if (localDate(alert.acknowledgedAt, timeZone) === raisedOn) sameDay += 1;
    } else if (raisedOn < today) {
      judged += 1;
    }
  }
  return {
    count: alerts.length,
    acknowledged: hours.length,
    waiting: alerts.length - hours.length,
    medianHoursToAcknowledge: median(hours),
    sameDayPercent: judged === 0 ? null : Math.round((sameDay / judged) * 1000) / 10,
  };
}

/** The middle value (the mean of the two middle ones for an even count), to two decimals. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value =
    sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return Math.round(value * 100) / 100;
}
