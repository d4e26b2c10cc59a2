import { differenceOfMeans, slope, type Estimate } from './estimates.ts';

/**
 * How mood goes together with tags and sleep, for the client (docs/insights.md
 * gives the method). Pure. A day is the unit: several check-ins on one day
 * count once (their mean mood), so a busy day does not weigh more. An insight
 * is shown only with enough data on both sides, and every one says how sure
 * it is and that it shows what goes together, not what causes what.
 */

/** A factor needs this many days with it and this many without. */
export const MIN_DAYS_EACH_SIDE = 5;
/** Sleep needs this many days with hours of sleep recorded. */
export const MIN_SLEEP_DAYS = 10;

export interface CheckInFacts {
  occurredAt: Date;
  mood: number;
  sleepHours: number | null;
  tags: readonly { kind: string; label: string }[];
}

/** A skill practised on a day (the practice log), as a factor like a tag. */
export interface PracticeFacts {
  practicedAt: Date;
  skillKey: string;
  skillName: string;
}

export type InsightFactor =
  | { kind: 'tag'; tagKind: string; label: string }
  | { kind: 'skill'; skillKey: string; label: string }
  | { kind: 'sleep' };

export interface Insight {
  /** Stable name of the factor (what a share refers to). */
  id: string;
  factor: InsightFactor;
  /** Tags: mood points with − without. Sleep: mood points per extra hour. */
  estimate: Estimate;
  /** 'unclear' when the interval includes no difference. */
  direction: 'higher' | 'lower' | 'unclear';
  daysWith: number;
  daysWithout: number;
  explanation: string;
}

interface Day {
  mood: number;
  sleep: number | null;
  tags: Set<string>;
}

const tagId = (kind: string, label: string) => `tag:${kind}:${label.toLowerCase()}`;
const skillId = (key: string) => `skill:${key}`;

/**
 * Groups check-ins into the client's local days; a skill practised on a day
 * with a check-in marks that day like a tag (a day without a check-in has no
 * mood to compare).
 */
export function daysOf(
  checkIns: readonly CheckInFacts[],
  timeZone: string,
  practices: readonly PracticeFacts[] = [],
): Day[] {
  const dateOf = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const byDate = new Map<string, { moods: number[]; sleep: number[]; tags: Set<string> }>();
  for (const checkIn of checkIns) {
    const date = dateOf.format(checkIn.occurredAt);
    const day = byDate.get(date) ?? { moods: [], sleep: [], tags: new Set<string>() };
    day.moods.push(checkIn.mood);
    if (checkIn.sleepHours !== null) day.sleep.push(checkIn.sleepHours);
    for (const tag of checkIn.tags) day.tags.add(tagId(tag.kind, tag.label));
    byDate.set(date, day);
  }
  for (const practice of practices) {
    byDate.get(dateOf.format(practice.practicedAt))?.tags.add(skillId(practice.skillKey));
  }
  return [...byDate.values()].map((day) => ({
    mood: day.moods.reduce((a, b) => a + b, 0) / day.moods.length,
    sleep: day.sleep.length === 0 ? null : day.sleep.reduce((a, b) => a + b, 0) / day.sleep.length,
    tags: day.tags,
  }));
}

const oneDecimal = (value: number) => Math.abs(value).toFixed(1);

function directionOf(estimate: Estimate): Insight['direction'] {
  if (estimate.low > 0) return 'higher';
  if (estimate.high < 0) return 'lower';
  return 'unclear';
}

function range(estimate: Estimate): string {
  const side = (v: number) => (v < 0 ? `${oneDecimal(v)} lower` : `${oneDecimal(v)} higher`);
  return `${side(estimate.low)} to ${side(estimate.high)}`;
}

export function tagExplanation(
  label: string,
  estimate: Estimate,
  direction: Insight['direction'],
  lead = `On days with “${label}”`,
): string {
  if (direction === 'unclear') {
    return `${lead}, your mood was about the same as on other days: the difference could be anywhere from ${range(estimate)}.`;
  }
  return `${lead}, your mood was ${oneDecimal(estimate.value)} points ${direction} on average (likely between ${oneDecimal(estimate.low)} and ${oneDecimal(estimate.high)} ${direction}, as far as your check-ins can tell).`;
}

export function sleepExplanation(estimate: Estimate, direction: Insight['direction']): string {
  if (direction === 'unclear') {
    return `Your mood did not clearly go up or down with how much you slept: for each extra hour, anywhere from ${range(estimate)}.`;
  }
  return `On days when you slept more, your mood tended to be ${direction}: about ${oneDecimal(estimate.value)} points for each extra hour of sleep (likely between ${oneDecimal(estimate.low)} and ${oneDecimal(estimate.high)}).`;
}

export interface InsightsAnswer {
  insights: Insight[];
  daysWithCheckIns: number;
}

export function moodInsights(
  checkIns: readonly CheckInFacts[],
  timeZone: string,
  practices: readonly PracticeFacts[] = [],
): InsightsAnswer {
  const days = daysOf(checkIns, timeZone, practices);
  const factors = new Map<string, { factor: InsightFactor; lead: string }>();
  for (const checkIn of checkIns) {
    for (const tag of checkIn.tags) {
      const id = tagId(tag.kind, tag.label);
      if (!factors.has(id)) {
        factors.set(id, {
          factor: { kind: 'tag', tagKind: tag.kind, label: tag.label },
          lead: `On days with “${tag.label}”`,
        });
      }
    }
  }
  for (const practice of practices) {
    const id = skillId(practice.skillKey);
    if (!factors.has(id)) {
      factors.set(id, {
        factor: { kind: 'skill', skillKey: practice.skillKey, label: practice.skillName },
        lead: `On days you practised “${practice.skillName}”`,
      });
    }
  }
  const insights: Insight[] = [];
  for (const [id, { factor, lead }] of factors) {
    const withFactor = days.filter((d) => d.tags.has(id)).map((d) => d.mood);
    const without = days.filter((d) => !d.tags.has(id)).map((d) => d.mood);
    if (withFactor.length < MIN_DAYS_EACH_SIDE || without.length < MIN_DAYS_EACH_SIDE) continue;
    const estimate = differenceOfMeans(withFactor, without);
    const direction = directionOf(estimate);
    insights.push({
      id,
      factor,
      estimate,
      direction,
      daysWith: withFactor.length,
      daysWithout: without.length,
      explanation: tagExplanation(
        factor.kind === 'sleep' ? '' : factor.label,
        estimate,
        direction,
        lead,
      ),
    });
  }
  const sleepDays = days.filter((d) => d.sleep !== null);
  if (sleepDays.length >= MIN_SLEEP_DAYS) {
    const estimate = slope(sleepDays.map((d) => ({ x: d.sleep ?? 0, y: d.mood })));
    if (estimate) {
      const direction = directionOf(estimate);
      insights.push({
        id: 'sleep',
        factor: { kind: 'sleep' },
        estimate,
        direction,
        daysWith: sleepDays.length,
        daysWithout: days.length - sleepDays.length,
        explanation: sleepExplanation(estimate, direction),
      });
    }
  }
  // Clear ones first, the largest differences first; then the unclear ones.
  insights.sort((a, b) => {
    const clear = Number(b.direction !== 'unclear') - Number(a.direction !== 'unclear');
    return clear !== 0 ? clear : Math.abs(b.estimate.value) - Math.abs(a.estimate.value);
  });
  return { insights, daysWithCheckIns: days.length };
}
