import type { Band, BandRef, Threshold } from '../definition/types.ts';

/**
 * The band a (possibly non-integer, prorated) total falls in. Published bands
 * have integer bounds; a total belongs to the last band whose lower bound it
 * has reached, so 14.625 stays in a 10–14 band until it reaches 15. This is
 * the same reading as a published cut-off "a score of 15 or above".
 */
export function bandFor(bands: readonly Band[], total: number): BandRef | null {
  let found: Band | null = null;
  for (const band of bands) {
    if (total >= band.min) found = band;
  }
  if (found === null || total > (bands[bands.length - 1]?.max ?? Infinity)) return null;
  return { id: found.id, label: found.label };
}

export function meetsThreshold(threshold: Threshold, value: number): boolean {
  switch (threshold.comparator) {
    case 'atLeast':
      return value >= threshold.value;
    case 'atMost':
      return value <= threshold.value;
    case 'below':
      return value < threshold.value;
  }
}
