import { describe, expect, it } from 'vitest';
import { localDate } from '@tandem/core';
import { seriesDates } from './series-dates.ts';

/** Zones with DST on both hemispheres, half- and quarter-hour offsets, a 30-minute DST shift, and none. */
const ZONES = [
  'UTC',
  'America/New_York',
  'America/St_Johns',
  'Europe/London',
  'Europe/Berlin',
  'Australia/Sydney',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
  'Pacific/Chatham',
  'Pacific/Kiritimati',
];

/**
 * Every 37 minutes through 2025 (37 and 60 share no factor, so the steps fall
 * at every minute of the hour in turn): both sides of every midnight and of
 * every DST change of the year, whatever the zone's offset.
 */
const INSTANTS = Array.from(
  { length: Math.floor((365 * 24 * 60) / 37) },
  (_, k) => new Date(Date.UTC(2025, 0, 1) + k * 37 * 60_000),
);

describe('seriesDates', () => {
  it.each(ZONES)('gives the date localDate gives, in %s', (zone) => {
    const dates = seriesDates(INSTANTS, zone);
    const differing = INSTANTS.filter((instant, k) => dates[k] !== localDate(instant, zone));
    expect(differing).toEqual([]);
  });

  it('leaves instants outside four-digit years to localDate', () => {
    const far = [new Date(Date.UTC(999, 11, 31, 23)), new Date(Date.UTC(10000, 0, 1, 1))];
    expect(seriesDates(far, 'Europe/Berlin')).toEqual(
      far.map((d) => localDate(d, 'Europe/Berlin')),
    );
  });

  it('rejects an unknown zone, as localDate does', () => {
    expect(() => seriesDates([new Date()], 'Mars/Olympus_Mons')).toThrow(RangeError);
    expect(() => localDate(new Date(), 'Mars/Olympus_Mons')).toThrow(RangeError);
  });
});
