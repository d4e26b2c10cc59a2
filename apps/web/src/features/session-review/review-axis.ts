/**
 * The session review's one time axis: where each goal rating, homework and
 * measure score sits, in days from the window's first day. Pure, so the chart
 * and the table read the same events.
 */

export interface AxisReview {
  since: string;
  today: string;
  goals: readonly {
    id: string;
    title: string;
    ratings: readonly { date: string; level: number }[];
  }[];
  homework: readonly {
    id: string;
    goalId: string | null;
    name: string;
    dueOn: string;
    status: 'waiting' | 'done' | 'not-done' | 'cancelled';
    helpfulness: number | null;
    assignedOn: string;
    answeredOn: string | null;
  }[];
  measures: readonly {
    instrumentId: string;
    name: string;
    scores: readonly { date: string; total: number }[];
  }[];
}

export type AxisEvent =
  | {
      lane: 'goal';
      date: string;
      goalId: string;
      what: string;
      level: number;
      /** The last rating before the window, drawn on its first day as the line's start. */
      before: boolean;
    }
  | {
      lane: 'homework';
      date: string;
      homeworkId: string;
      what: string;
      status: 'waiting' | 'done' | 'not-done';
      helpfulness: number | null;
    }
  | { lane: 'measure'; date: string; instrumentId: string; what: string; total: number };

const DAY_MS = 86_400_000;

/** Whole days from `from` to `to` (calendar dates, YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * Every event of the review in date order. A rating from before the window
 * (the line's starting point) is pinned to its first day; homework is placed
 * where it was answered, or on its due date while it waits; cancelled homework
 * is left out.
 *
 * @example reviewEvents({ since: '2026-03-01', today: '2026-03-08', goals: [], homework: [], measures: [] }) // []
 */
export function reviewEvents(review: AxisReview): AxisEvent[] {
  const clamp = (date: string) => (date < review.since ? review.since : date);
  const events: AxisEvent[] = [];
  for (const goal of review.goals) {
    for (const rating of goal.ratings) {
      events.push({
        lane: 'goal',
        date: clamp(rating.date),
        goalId: goal.id,
        what: goal.title,
        level: rating.level,
        before: rating.date < review.since,
      });
    }
  }
  for (const item of review.homework) {
    if (item.status === 'cancelled') continue;
    events.push({
      lane: 'homework',
      date: clamp(item.answeredOn ?? item.dueOn),
      homeworkId: item.id,
      what: item.name,
      status: item.status,
      helpfulness: item.helpfulness,
    });
  }
  for (const measure of review.measures) {
    for (const score of measure.scores) {
      events.push({
        lane: 'measure',
        date: clamp(score.date),
        instrumentId: measure.instrumentId,
        what: measure.name,
        total: score.total,
      });
    }
  }
  const laneOrder = { goal: 0, homework: 1, measure: 2 } as const;
  return events.sort((a, b) =>
    a.date === b.date ? laneOrder[a.lane] - laneOrder[b.lane] : a.date < b.date ? -1 : 1,
  );
}

/** The axis's span in days: at least a week, and wide enough for homework due ahead. */
export function axisDays(review: AxisReview, events: readonly AxisEvent[]): number {
  const last = events.reduce((latest, e) => (e.date > latest ? e.date : latest), review.today);
  return Math.max(7, daysBetween(review.since, last));
}

/** The top of the scores' scale: the highest score, rounded up to a multiple of 5 (at least 10). */
export function scoreMax(events: readonly AxisEvent[]): number {
  const totals = events.flatMap((e) => (e.lane === 'measure' ? [e.total] : []));
  return Math.max(10, Math.ceil(Math.max(0, ...totals) / 5) * 5);
}
