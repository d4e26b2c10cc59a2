import { localDate } from '@tandem/core';

/** One formatter per zone, kept: making one costs more than many dates. Zones are a finite set. */
const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formats.set(timeZone, format);
  }
  return format;
}

/** From 1000-01-01 to 9999-12-31 UTC: four-digit years, which the formatter writes as localDate does. */
const FIRST_MS = Date.UTC(1000, 0, 2);
const LAST_MS = Date.UTC(9999, 11, 30);

/**
 * The calendar date (YYYY-MM-DD) of each instant in `timeZone`: what core's
 * localDate answers, for a whole series. refreshMeasureStatus dates every
 * response of a client's series on each submission, and localDate (the
 * Temporal polyfill) took 7% of a submission's app CPU in the benchmark's
 * profile (docs/benchmarks.md). A kept Intl.DateTimeFormat reads the same ICU
 * zone data about four times faster. Instants outside the years 1000–9999
 * are left to localDate.
 *
 * @example seriesDates([new Date('2025-03-09T04:30:00Z')], 'America/New_York') // ['2025-03-08']
 */
export function seriesDates(instants: readonly Date[], timeZone: string): string[] {
  const format = formatFor(timeZone);
  return instants.map((instant) => {
    const ms = instant.getTime();
    if (!(ms >= FIRST_MS && ms <= LAST_MS)) return localDate(instant, timeZone);
    let year = '';
    let month = '';
    let day = '';
    for (const part of format.formatToParts(instant)) {
      if (part.type === 'year') year = part.value;
      else if (part.type === 'month') month = part.value;
      else if (part.type === 'day') day = part.value;
    }
    return `${year}-${month}-${day}`;
  });
}
