import pg from 'pg';

const { builtins } = pg.types;

/**
 * bigint (int8, what `count(*)` returns) as a JS number, never a string; a
 * value past 2^53 is an error rather than a silently rounded number.
 */
export function parseInt8(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(
      `bigint ${text} does not fit a JavaScript number; cast it to text in the query`,
    );
  }
  return value;
}

/**
 * numeric as a JS number: Tandem keeps scores and ratings in numeric columns,
 * never money, so a double is exact enough. Cast to text in the query where it is not.
 */
export function parseNumeric(text: string): number {
  return Number(text);
}

/** `timestamp without time zone` read as UTC, not as the Node process's local time. */
export function parseTimestampAsUtc(text: string): Date | number {
  if (text === 'infinity') return Infinity;
  if (text === '-infinity') return -Infinity;
  const parseTimestamptz = pg.types.getTypeParser(builtins.TIMESTAMPTZ, 'text') as (
    value: string,
  ) => Date;
  return parseTimestamptz(`${text}+00`);
}

const textParsers = new Map<number, (text: string) => unknown>([
  [builtins.INT8, parseInt8],
  [builtins.NUMERIC, parseNumeric],
  [builtins.DATE, (text) => text],
  [builtins.TIMESTAMP, parseTimestampAsUtc],
]);

/**
 * Parsers for the pool (not set process-wide on `pg.types`). `date` stays the
 * 'YYYY-MM-DD' string: as a JS Date it would be local midnight and shift a day
 * in some time zones. `timestamptz` keeps pg's default: a JS Date.
 */
export const tandemTypeParsers: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format: 'text' | 'binary' = 'text') => {
    const own = format === 'text' ? textParsers.get(oid) : undefined;
    return own ?? (pg.types.getTypeParser(oid, format) as (value: string | Buffer) => unknown);
  }) as pg.CustomTypesConfig['getTypeParser'],
};
