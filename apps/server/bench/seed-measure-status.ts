import type pg from 'pg';
import { getInstrument } from '@tandem/instruments';
import { changeSince } from '../src/modules/measures/measure-series.ts';
import { standingOnTrack } from '../src/modules/measures/on-track.ts';
import { BENCH_TIME_ZONE } from './bench-ids.ts';
import type { InstrumentShape } from './measure-shapes.ts';

interface SeriesRow {
  practice_id: string;
  client_id: string;
  instrument_id: string;
  totals: number[];
  /** The client's calendar date of each response, in the practice's zone (localDate's answer). */
  dates: string[];
  first_at: Date;
  last_at: Date;
}

/**
 * Each seeded series' standing (measure_status), computed as
 * refreshMeasureStatus computes it after a submission: baseline and latest,
 * change since baseline (changeSince) and on track or not (standingOnTrack,
 * the practice's default rule), from the scored responses in time order
 * (every one is scored), read from bench_week in the seeding transaction;
 * the band is the latest total's, as scoring gives it. So the caseload reads
 * what the app itself would have kept (check-seeded.ts has the app recompute
 * a sample).
 */
export async function seedMeasureStatus(
  client: pg.Client,
  shapes: InstrumentShape[],
): Promise<void> {
  const series = await client.query<SeriesRow>(
    `select practice_id, client_id, instrument_id,
            array_agg(total order by submitted_at, response_id) as totals,
            array_agg(to_char(submitted_at at time zone $1, 'YYYY-MM-DD') order by submitted_at, response_id) as dates,
            min(submitted_at) as first_at, max(submitted_at) as last_at
       from bench_week
      where answered
      group by practice_id, client_id, instrument_id`,
    [BENCH_TIME_ZONE],
  );
  const definitions = new Map(shapes.map((shape) => [shape.id, getInstrument(shape.id)]));
  const bands = new Map(shapes.map((shape) => [shape.id, shape.bands]));
  const bandOf = (instrumentId: string, total: number) =>
    bands.get(instrumentId)?.find((band) => total >= band.min && total <= band.max)?.id ?? null;
  const rows = series.rows.flatMap((row) => {
    const definition = definitions.get(row.instrument_id);
    const first = row.totals[0];
    const last = row.totals.at(-1);
    if (!definition || first === undefined || last === undefined) return [];
    const change = row.totals.length > 1 ? changeSince(definition, first, last) : null;
    const onTrack = standingOnTrack(
      definition,
      row.totals.map((total, index) => ({ date: row.dates[index] ?? '', total })),
      null,
    );
    return [
      {
        ...row,
        first,
        last,
        lastBand: bandOf(row.instrument_id, last),
        change: change?.category ?? null,
        onTrack,
      },
    ];
  });
  await client.query(
    `insert into measure_status (practice_id, client_id, instrument_id, baseline_total, baseline_at,
                                 latest_total, latest_band, latest_at, change_category, not_on_track,
                                 not_on_track_reason, not_on_track_since, updated_at)
     select practice_id, client_id, instrument_id, baseline_total, baseline_at, latest_total, latest_band,
            latest_at, change_category, not_on_track, not_on_track_reason,
            -- A seeded episode has begun (and been noticed): the run's submissions start none.
            case when not_on_track = 'not-on-track' then latest_at end, latest_at
       from unnest($1::uuid[], $2::uuid[], $3::text[], $4::int[], $5::timestamptz[], $6::int[], $7::text[],
                   $8::timestamptz[], $9::text[], $10::text[], $11::text[])
         as s(practice_id, client_id, instrument_id, baseline_total, baseline_at, latest_total, latest_band,
              latest_at, change_category, not_on_track, not_on_track_reason)`,
    [
      rows.map((r) => r.practice_id),
      rows.map((r) => r.client_id),
      rows.map((r) => r.instrument_id),
      rows.map((r) => r.first),
      rows.map((r) => r.first_at),
      rows.map((r) => r.last),
      rows.map((r) => r.lastBand),
      rows.map((r) => r.last_at),
      rows.map((r) => r.change),
      rows.map((r) => r.onTrack?.status ?? null),
      rows.map((r) => r.onTrack?.reason ?? null),
    ],
  );
}
