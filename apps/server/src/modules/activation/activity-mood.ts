import { localDate } from '@tandem/core';
import { differenceOfMeans, type Estimate } from '../insights/estimates.ts';
import { MIN_DAYS_EACH_SIDE, tagExplanation } from '../insights/mood-insights.ts';

/**
 * "How activities go together with mood", for the client (docs/insights.md
 * gives the method, which this reuses unchanged). Pure. A day is the unit: a
 * day's mood is the mean of its check-ins, grouped by the client's local
 * calendar day. A day is "with an activity" when the client did at least one
 * activity they had planned on it; a day without a check-in has no mood and is
 * left out. The comparison (days with − days without, 95% interval by Welch's
 * t) is shown only with MIN_DAYS_EACH_SIDE days on each side, the insights'
 * own minimum, and its words say what goes together, never what causes what.
 */

export interface MoodFacts {
  occurredAt: Date;
  mood: number;
}

export interface DoneActivityFacts {
  doneOn: string;
  predictedMastery: number;
  actualMastery: number;
  predictedPleasure: number;
  actualPleasure: number;
}

export interface ActivityMood {
  daysWithActivity: number;
  daysWithout: number;
  minimumDaysEachSide: number;
  estimate: Estimate | null;
  direction: 'higher' | 'lower' | 'unclear' | null;
  explanation: string | null;
}

export const ACTIVITY_LEAD = 'On days you did something you had planned';

function directionOf(estimate: Estimate): 'higher' | 'lower' | 'unclear' {
  if (estimate.low > 0) return 'higher';
  if (estimate.high < 0) return 'lower';
  return 'unclear';
}

export function activityMood(
  checkIns: readonly MoodFacts[],
  doneOn: readonly string[],
  timeZone: string,
): ActivityMood {
  const moods = new Map<string, number[]>();
  for (const checkIn of checkIns) {
    const date = localDate(checkIn.occurredAt, timeZone);
    moods.set(date, [...(moods.get(date) ?? []), checkIn.mood]);
  }
  const activeDays = new Set(doneOn);
  const withActivity: number[] = [];
  const without: number[] = [];
  for (const [date, dayMoods] of moods) {
    const mean = dayMoods.reduce((a, b) => a + b, 0) / dayMoods.length;
    (activeDays.has(date) ? withActivity : without).push(mean);
  }
  const base = {
    daysWithActivity: withActivity.length,
    daysWithout: without.length,
    minimumDaysEachSide: MIN_DAYS_EACH_SIDE,
  };
  if (withActivity.length < MIN_DAYS_EACH_SIDE || without.length < MIN_DAYS_EACH_SIDE) {
    return { ...base, estimate: null, direction: null, explanation: null };
  }
  const estimate = differenceOfMeans(withActivity, without);
  const direction = directionOf(estimate);
  return {
    ...base,
    estimate,
    direction,
    explanation: tagExplanation('', estimate, direction, ACTIVITY_LEAD),
  };
}

const oneDecimal = (value: number) => Math.round(value * 10) / 10;
const meanOf = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/** What was expected and what it gave, on average over the activities done (one decimal). */
export function predictionAverages(done: readonly DoneActivityFacts[]) {
  if (done.length === 0) return null;
  return {
    predictedMastery: oneDecimal(meanOf(done.map((d) => d.predictedMastery))),
    actualMastery: oneDecimal(meanOf(done.map((d) => d.actualMastery))),
    predictedPleasure: oneDecimal(meanOf(done.map((d) => d.predictedPleasure))),
    actualPleasure: oneDecimal(meanOf(done.map((d) => d.actualPleasure))),
  };
}
