import type { InstrumentDefinition } from '../definition/types.ts';
import { checkScore, type ChangeInputError, type ChangeResult } from './change-result.ts';

/** One completed measure: its calendar date and its total (null when it could not be scored). */
export interface DatedScore {
  /**
   * The date it was completed, `YYYY-MM-DD`, in the client's time zone: a
   * calendar date keeps "8 weeks" the same across DST changes.
   */
  readonly date: string;
  readonly total: number | null;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/**
 * Checks a series of dated scores (oldest first) for an instrument: real
 * calendar dates in order, totals within the instrument's range or null.
 * Each problem names its field, e.g. `scores[2].date`.
 */
export function checkDatedScores(
  definition: InstrumentDefinition,
  scores: unknown,
): ChangeResult<readonly DatedScore[]> {
  if (!Array.isArray(scores)) {
    return { ok: false, errors: [{ field: 'scores', message: 'scores must be a list' }] };
  }
  const errors: ChangeInputError[] = [];
  let previous: number | null = null;
  scores.forEach((entry: unknown, position) => {
    const field = `scores[${position}]`;
    if (typeof entry !== 'object' || entry === null) {
      errors.push({ field, message: `${field} must be an object with a date and a total` });
      return;
    }
    const { date, total } = entry as { date?: unknown; total?: unknown };
    const day = typeof date === 'string' ? dayNumber(date) : null;
    if (day === null) {
      errors.push({ field: `${field}.date`, message: `${field}.date must be a date YYYY-MM-DD` });
    } else {
      if (previous !== null && day < previous) {
        errors.push({
          field: `${field}.date`,
          message: `${field}.date is before the score above it; give the scores oldest first`,
        });
      }
      previous = day;
    }
    if (total !== null) {
      const problem = checkScore(
        `${field}.total`,
        total,
        definition.total.min,
        definition.total.max,
      );
      if (problem) errors.push(problem);
    }
  });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: scores as readonly DatedScore[] };
}

/** Whole days from one `YYYY-MM-DD` date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return (dayNumber(to) ?? Number.NaN) - (dayNumber(from) ?? Number.NaN);
}

/** Days since 1970-01-01 for a real calendar date, else null (2024-02-30 is not one). */
function dayNumber(date: string): number | null {
  const match = DATE.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const back = new Date(time);
  if (
    back.getUTCFullYear() !== year ||
    back.getUTCMonth() !== month - 1 ||
    back.getUTCDate() !== day
  ) {
    return null;
  }
  return time / DAY_MS;
}
