import type { ExposurePractice } from './exposure-api.ts';

/** One point of a SUDS chart: where along the x axis, the rating, and how the table names it. */
export interface SudsPoint {
  x: number;
  suds: number;
  label: string;
}

export interface SudsSeries {
  key: 'before' | 'peak' | 'after' | 'within';
  name: string;
  points: SudsPoint[];
}

type PracticeNumbers = Pick<
  ExposurePractice,
  'sudsBefore' | 'sudsPeak' | 'sudsAfter' | 'readings' | 'minutes'
>;

/**
 * Distress within one practice, over its minutes: before at minute 0, each
 * reading during, after at the end. The peak has no time of its own, so it is
 * drawn as a level, not a point.
 *
 * @example withinPractice({ sudsBefore: 50, sudsPeak: 70, sudsAfter: 30, readings: [], minutes: 10 }).line.points.length // 2
 */
export function withinPractice(practice: PracticeNumbers): { line: SudsSeries; peak: number } {
  const during = practice.readings.map((reading) => ({
    x: reading.minute,
    suds: reading.suds,
    label: `During, minute ${reading.minute}`,
  }));
  return {
    line: {
      key: 'within',
      name: 'Distress',
      points: [
        { x: 0, suds: practice.sudsBefore, label: 'Before' },
        ...during,
        {
          x: practice.minutes,
          suds: practice.sudsAfter,
          label: `After, minute ${practice.minutes}`,
        },
      ],
    },
    peak: practice.sudsPeak,
  };
}

/**
 * Distress across the repetitions of one step, oldest first: before, at the
 * peak and after, one point each per practice (x is the repetition's number).
 */
type Repetition = Pick<ExposurePractice, 'practicedAt' | 'sudsBefore' | 'sudsPeak' | 'sudsAfter'>;

export function acrossRepetitions(
  practices: readonly Repetition[],
  dateLabel: (iso: string) => string,
): SudsSeries[] {
  const ordered = [...practices].sort((a, b) => a.practicedAt.localeCompare(b.practicedAt));
  const series = (
    key: 'before' | 'peak' | 'after',
    name: string,
    pick: (p: Repetition) => number,
  ) => ({
    key,
    name,
    points: ordered.map((practice, index) => ({
      x: index + 1,
      suds: pick(practice),
      label: dateLabel(practice.practicedAt),
    })),
  });
  return [
    series('before', 'Before', (p) => p.sudsBefore),
    series('peak', 'Peak', (p) => p.sudsPeak),
    series('after', 'After', (p) => p.sudsAfter),
  ];
}
