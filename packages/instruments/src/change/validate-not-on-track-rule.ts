// A practice may change the "not on track" parameters, so a rule arrives as
// untrusted JSON. Every problem is reported with the field it concerns, and
// a field the rule does not have is refused rather than silently ignored (a
// misspelt "enabled" would otherwise leave a rule on that a practice meant off).
import type { InstrumentDefinition } from '../definition/types.ts';
import type { ChangeInputError, ChangeResult } from './change-result.ts';
import type { CutPoint, NotOnTrackRule } from './not-on-track-rule.ts';

/** Longest review week accepted: two years of weekly measures. */
const MAX_WEEK = 104;

type Reader = (value: unknown, field: string) => string | null;

/**
 * Checks a rule for an instrument: every field present with a sensible value
 * on the instrument's scale, no unknown fields, cut points in week order and
 * the early review before the late one. `prefix` is put before each field
 * name (`rule.` gives `rule.caseness`).
 *
 * @example
 * validateNotOnTrackRule(phq9, { ...defaultNotOnTrackRule('phq-9'), caseness: 40 })
 * // { ok: false, errors: [{ field: 'caseness', message: 'caseness must be above 0 and at most 27, got 40' }] }
 */
export function validateNotOnTrackRule(
  definition: InstrumentDefinition,
  input: unknown,
  prefix = '',
): ChangeResult<NotOnTrackRule> {
  const { min, max } = definition.total;
  const errors: ChangeInputError[] = [];
  const points: Reader = (value, field) =>
    isNumber(value) && value > 0 && value <= max - min
      ? null
      : `${field} must be a number of points above 0 and at most ${max - min}`;
  const score: Reader = (value, field) =>
    isNumber(value) && value > min && value <= max
      ? null
      : `${field} must be above ${min} and at most ${max}, got ${show(value)}`;
  const week: Reader = (value, field) =>
    Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_WEEK
      ? null
      : `${field} must be a whole number of weeks from 0 to ${MAX_WEEK}`;
  const onOff: Reader = (value, field) =>
    typeof value === 'boolean' ? null : `${field} must be true or false`;

  const nested =
    (readers: Readonly<Record<string, Reader>>): Reader =>
    (value, field) => {
      readObject(value, field, `${field}.`, readers, errors);
      return null;
    };
  readObject(
    input,
    prefix.replace(/\.$/, '') || 'rule',
    prefix,
    {
      reliableDeterioration: nested({ enabled: onOff, points }),
      caseness: score,
      minimumFollowUps: (value, field) =>
        Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_WEEK
          ? null
          : `${field} must be a whole number from 0 to ${MAX_WEEK}`,
      earlyNonResponse: nested({ enabled: onOff, fromWeek: week, minimumImprovement: points }),
      inadequateResponse: nested({
        enabled: onOff,
        fromWeek: week,
        minimumReductionPercent: (value, field) =>
          isNumber(value) && value > 0 && value <= 100
            ? null
            : `${field} must be a percentage above 0 and at most 100`,
      }),
      cutPoints: nested({
        enabled: onOff,
        points: (list, field) =>
          checkCutPoints(list, field, errors, nested({ fromWeek: week, atLeast: score })),
      }),
    },
    errors,
  );
  if (errors.length > 0) return { ok: false, errors };

  const valid = input as NotOnTrackRule;
  const { earlyNonResponse: early, inadequateResponse: late } = valid;
  if (early.enabled && late.enabled && early.fromWeek >= late.fromWeek) {
    errors.push({
      field: `${prefix}earlyNonResponse.fromWeek`,
      message: `${prefix}earlyNonResponse.fromWeek must come before ${prefix}inadequateResponse.fromWeek (${late.fromWeek})`,
    });
    return { ok: false, errors };
  }
  return { ok: true, value: valid };
}

/**
 * Reads an object with exactly these fields, each checked by its reader
 * (which returns a message, or null when the value is fine or when it
 * reported nested problems itself).
 */
function readObject(
  value: unknown,
  field: string,
  prefix: string,
  readers: Readonly<Record<string, Reader>>,
  errors: ChangeInputError[],
): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    errors.push({ field, message: `${field} must be an object` });
    return;
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!Object.hasOwn(readers, key)) {
      errors.push({ field: `${prefix}${key}`, message: `${prefix}${key} is not a rule parameter` });
    }
  }
  for (const [key, read] of Object.entries(readers)) {
    const name = `${prefix}${key}`;
    const message = Object.hasOwn(record, key) ? read(record[key], name) : `${name} is required`;
    if (message !== null) errors.push({ field: name, message });
  }
}

/** Cut points, each checked by `entry`, in strictly increasing week order. */
function checkCutPoints(
  list: unknown,
  field: string,
  errors: ChangeInputError[],
  entry: Reader,
): string | null {
  if (!Array.isArray(list)) return `${field} must be a list`;
  let previous = -1;
  list.forEach((item: unknown, position) => {
    const name = `${field}[${position}]`;
    entry(item, name);
    const fromWeek = (item as Partial<CutPoint> | null)?.fromWeek;
    if (typeof fromWeek !== 'number') return;
    if (fromWeek <= previous) {
      errors.push({
        field: `${name}.fromWeek`,
        message: `${name}.fromWeek must be later than the cut point before it`,
      });
    }
    previous = fromWeek;
  });
  return null;
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function show(value: unknown): string {
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : typeof value;
}
