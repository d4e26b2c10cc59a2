import { GAS_DEFAULT_RHO, goalAttainmentTScore } from '@tandem/instruments';

/**
 * The default ρ for the client's GAS T-score: Kiresuk & Sherman's (1968)
 * assumed inter-correlation of goal scores, 0.3, as in taylordunn/gasr
 * calc_tscore() (INSTRUMENT-FACTS.md §18.4). A practice may set its own
 * (gas-settings.service.ts); it is passed to the pure scorer explicitly.
 */
export const GAS_RHO = GAS_DEFAULT_RHO;

export interface SeriesGoal {
  weight: number;
  /**
   * Ratings in any order; `at` is when the rating says it applies and `date`
   * its calendar date (YYYY-MM-DD) in the client's time zone.
   */
  ratings: readonly { level: number; at: Date; date: string }[];
}

export interface TScorePoint {
  /** The calendar date the score is for, in the client's time zone. */
  date: string;
  /** The last rating moment of that date (where the point sits on a time axis). */
  at: string;
  tScore: number;
  /** How many goals the score is over (those rated by the end of that date). */
  goals: number;
}

/**
 * The GAS T-score over time for the given (active) goals: on each date a
 * rating was given, each goal's latest rating up to the end of that date,
 * weighted. Goals not yet rated by a date are left out of that date's score.
 * Rounded to one decimal for display; the scorer's exact value is not kept.
 */
export function gasSeries(goals: readonly SeriesGoal[], rho: number = GAS_RHO): TScorePoint[] {
  const lastMomentOf = new Map<string, number>();
  for (const goal of goals) {
    for (const rating of goal.ratings) {
      const time = rating.at.getTime();
      lastMomentOf.set(rating.date, Math.max(time, lastMomentOf.get(rating.date) ?? time));
    }
  }
  const dates = [...lastMomentOf.keys()].sort();
  const points: TScorePoint[] = [];
  for (const date of dates) {
    const attained = [];
    for (const goal of goals) {
      let latest: { level: number; at: Date; date: string } | undefined;
      for (const rating of goal.ratings) {
        if (rating.date > date) continue;
        if (
          !latest ||
          rating.date > latest.date ||
          (rating.date === latest.date && rating.at.getTime() >= latest.at.getTime())
        ) {
          latest = rating;
        }
      }
      if (latest) attained.push({ score: latest.level, weight: goal.weight });
    }
    const result = goalAttainmentTScore(attained, rho);
    if (result.ok) {
      points.push({
        date,
        at: new Date(lastMomentOf.get(date)!).toISOString(),
        tScore: Math.round(result.value * 10) / 10,
        goals: attained.length,
      });
    }
  }
  return points;
}
