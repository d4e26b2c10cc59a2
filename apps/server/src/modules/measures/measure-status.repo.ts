import { sql, type Kysely } from 'kysely';
import { getInstrument, type InstrumentDefinition } from '@tandem/instruments';
import type { DB } from '../../db/schema.ts';
import type { ClientScope } from '../access/require-access.ts';
import { practiceInstrumentIdOf } from '../practice-instruments/practice-instrument-key.ts';
import { practiceMeasure } from '../practice-instruments/practice-measure.ts';
import { changeSince } from './measure-series.ts';
import { standingOnTrack } from './on-track.ts';
import { seriesDates } from './series-dates.ts';

/**
 * Recomputes a client's standing on one measure from their scored
 * responses: baseline, latest, change since baseline, and whether they are
 * on track. Called in the transaction that stores a response, so the
 * caseload always agrees with the answers.
 *
 * Answers whether this call began a not-on-track episode (the standing
 * became not-on-track and was not before): `not_on_track_since` is set in
 * the upsert itself, against the row as committed, so a later writer in the
 * same episode finds it begun (two writers in the same millisecond share the
 * episode's start, which keys its one notice). The caller tells the care team.
 */
export async function refreshMeasureStatus(
  trx: Kysely<DB>,
  key: { practiceId: string; clientId: string; instrumentId: string },
  now: Date,
  context: { timeZone: string; notOnTrackRules: unknown },
): Promise<StandingChange> {
  const definition = await standingDefinition(trx, key);
  if (definition === undefined) return NO_CHANGE;
  const scored = await trx
    .selectFrom('measure_responses')
    .select(['total', 'band', 'submitted_at'])
    .where('practice_id', '=', key.practiceId)
    .where('client_id', '=', key.clientId)
    .where('instrument_id', '=', key.instrumentId)
    .where('total', 'is not', null)
    .orderBy('submitted_at')
    .orderBy('id')
    .execute();
  const first = scored[0];
  const last = scored.at(-1);
  if (!first || !last || first.total === null || last.total === null) return NO_CHANGE;
  const change =
    definition !== null && scored.length > 1
      ? changeSince(definition, first.total, last.total)
      : null;
  const dates = seriesDates(
    scored.map((row) => row.submitted_at),
    context.timeZone,
  );
  const onTrack =
    definition === null
      ? null
      : standingOnTrack(
          definition,
          scored.flatMap((row, index) =>
            row.total === null ? [] : [{ date: dates[index] ?? '', total: row.total }],
          ),
          context.notOnTrackRules,
        );
  const values = {
    baseline_total: first.total,
    baseline_at: first.submitted_at,
    latest_total: last.total,
    latest_band: last.band,
    latest_at: last.submitted_at,
    change_category: change?.category ?? null,
    not_on_track: onTrack?.status ?? null,
    not_on_track_reason: onTrack?.reason ?? null,
    updated_at: now,
  };
  const notOnTrack = onTrack?.status === 'not-on-track';
  const row = await trx
    .insertInto('measure_status')
    .values({
      practice_id: key.practiceId,
      client_id: key.clientId,
      instrument_id: key.instrumentId,
      ...values,
      not_on_track_since: notOnTrack ? now : null,
    })
    .onConflict((oc) =>
      oc.columns(['practice_id', 'client_id', 'instrument_id']).doUpdateSet({
        ...values,
        // An episode that goes on keeps its start; one that ends clears it.
        not_on_track_since: notOnTrack
          ? sql<Date>`coalesce(measure_status.not_on_track_since, ${now})`
          : null,
      }),
    )
    .returning('not_on_track_since')
    .executeTakeFirstOrThrow();
  const since = row.not_on_track_since;
  return {
    notOnTrackSince: since,
    newlyNotOnTrack: since !== null && since.getTime() === now.getTime(),
    reason: onTrack?.reason ?? null,
  };
}

/**
 * What a standing is judged by: a built-in instrument, the one a practice
 * instrument is recognised as (its bands, change thresholds and rule), null
 * for a practice instrument scored by its own rules (totals only: no
 * published threshold to call a change reliable or a client off track), or
 * undefined for a measure this practice does not have.
 */
async function standingDefinition(
  trx: Kysely<DB>,
  key: { practiceId: string; instrumentId: string },
): Promise<InstrumentDefinition | null | undefined> {
  if (practiceInstrumentIdOf(key.instrumentId) === null) return getInstrument(key.instrumentId);
  const measure = await practiceMeasure(trx, key.practiceId, key.instrumentId);
  return measure === null ? undefined : measure.recognised;
}

export interface StandingChange {
  /** The start of the not-on-track episode the client is in on this measure, if any. */
  notOnTrackSince: Date | null;
  /** This write began that episode. */
  newlyNotOnTrack: boolean;
  reason: string | null;
}

const NO_CHANGE: StandingChange = { notOnTrackSince: null, newlyNotOnTrack: false, reason: null };

/** Whether the client is on track on each measure, by instrument id. */
export async function onTrackOfClient(
  db: Kysely<DB>,
  scope: ClientScope<'client.measures.read'>,
): Promise<
  Map<string, { status: 'on-track' | 'not-on-track' | 'not-enough-data'; reason: string }>
> {
  const rows = await db
    .selectFrom('measure_status')
    .select(['instrument_id', 'not_on_track', 'not_on_track_reason'])
    .where('practice_id', '=', scope.practiceId)
    .where('client_id', '=', scope.clientId)
    .execute();
  return new Map(
    rows.flatMap((row) =>
      row.not_on_track === null
        ? []
        : [
            [
              row.instrument_id,
              { status: row.not_on_track, reason: row.not_on_track_reason ?? '' },
            ],
          ],
    ),
  );
}
