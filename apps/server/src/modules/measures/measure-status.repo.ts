import type { Kysely } from 'kysely';
import { localDate } from '@tandem/core';
import { getInstrument } from '@tandem/instruments';
import type { DB } from '../../db/schema.ts';
import type { ClientScope } from '../access/require-access.ts';
import { changeSince } from './measure-series.ts';
import { standingOnTrack } from './on-track.ts';

/**
 * Recomputes a client's standing on one measure from their scored
 * responses: baseline, latest, change since baseline, and whether they are
 * on track. Called in the transaction that stores a response, so the
 * caseload always agrees with the answers.
 */
export async function refreshMeasureStatus(
  trx: Kysely<DB>,
  key: { practiceId: string; clientId: string; instrumentId: string },
  now: Date,
  context: { timeZone: string; notOnTrackRules: unknown },
): Promise<void> {
  const definition = getInstrument(key.instrumentId);
  if (!definition) return;
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
  if (!first || !last || first.total === null || last.total === null) return;
  const change = scored.length > 1 ? changeSince(definition, first.total, last.total) : null;
  const onTrack = standingOnTrack(
    definition,
    scored.flatMap((row) =>
      row.total === null
        ? []
        : [{ date: localDate(row.submitted_at, context.timeZone), total: row.total }],
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
  await trx
    .insertInto('measure_status')
    .values({
      practice_id: key.practiceId,
      client_id: key.clientId,
      instrument_id: key.instrumentId,
      ...values,
    })
    .onConflict((oc) =>
      oc.columns(['practice_id', 'client_id', 'instrument_id']).doUpdateSet(values),
    )
    .execute();
}

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
