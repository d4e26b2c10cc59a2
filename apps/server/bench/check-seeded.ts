import { isDeepStrictEqual } from 'node:util';
import type { Kysely } from 'kysely';
import type pg from 'pg';
import { getInstrument, scoreResponse } from '@tandem/instruments';
import type { DB } from '../src/db/schema.ts';
import { canonicalJson } from '../src/modules/audit/canonical-json.ts';
import { sha256Hex } from '../src/modules/auth/secrets.ts';
import { refreshMeasureStatus } from '../src/modules/measures/measure-status.repo.ts';
import {
  answersOf,
  toQuestionnaireResponse,
} from '../src/modules/measures/questionnaire-response.ts';
import { BENCH_TIME_ZONE } from './bench-ids.ts';

interface SampleRow {
  instrument_id: string;
  occasion_id: string;
  response: unknown;
  total: string | null;
  band: string | null;
  critical_items: string[];
  submitted_at: Date;
  request_hash: string;
}

/**
 * Samples seeded responses of practice `practice` and checks each against
 * the app's own code: the stored QuestionnaireResponse is what
 * toQuestionnaireResponse writes for its answers, the score columns are what
 * scoreResponse gives, and the idempotency key's hash is the one the app
 * computes for that request. SQL that drifted from the app fails the run here.
 */
export async function checkSeededResponses(
  client: pg.Client,
  practice: number,
  samples = 20,
): Promise<void> {
  // The sample first (by the practice's index), then each one's key: the statistics
  // predate this practice's rows, and a join planned on them can read whole tables.
  const result = await client.query<SampleRow>(
    `with picked as materialized (
       select practice_id, submitted_by, submission_id, instrument_id, occasion_id, response,
              total::text as total, band, critical_items, submitted_at
         from measure_responses
        where practice_id = pg_temp.bench_uuid('practice-' || $1::int)
        order by md5(id::text) limit $2)
     select p.*, (select k.request_hash from idempotency_keys k
                   where k.practice_id = p.practice_id and k.actor_id = p.submitted_by
                     and k.operation = 'measure.submit' and k.submission_id = p.submission_id) as request_hash
       from picked p`,
    [practice, samples],
  );
  if (result.rows.length < samples) throw new Error(`practice ${practice} has too few responses`);
  for (const row of result.rows) {
    const definition = getInstrument(row.instrument_id);
    if (!definition) throw new Error(`seeded an unknown instrument ${row.instrument_id}`);
    const answers = answersOf(row.response);
    const expected = toQuestionnaireResponse(definition, answers, row.submitted_at);
    const score = scoreResponse(definition, answers);
    const hash = sha256Hex(
      canonicalJson({ occasionId: row.occasion_id, instrumentId: row.instrument_id, answers }),
    );
    const problems = [
      isDeepStrictEqual(row.response, expected) ? null : 'its QuestionnaireResponse',
      score.valid && Number(row.total) === score.total ? null : `total ${row.total}`,
      row.band === (score.band?.id ?? null) ? null : `band ${row.band}`,
      isDeepStrictEqual(row.critical_items, score.critical) ? null : 'critical items',
      row.request_hash === hash ? null : 'the idempotency hash',
    ].filter((problem) => problem !== null);
    if (problems.length > 0) {
      throw new Error(
        `a seeded ${row.instrument_id} response differs from what the app writes: ${problems.join(', ')}\n` +
          `stored ${JSON.stringify(row.response)}\napp    ${JSON.stringify(expected)}`,
      );
    }
  }
}

interface StatusSample {
  practice_id: string;
  client_id: string;
  instrument_id: string;
}

const STATUS_COLUMNS = [
  'baseline_total',
  'baseline_at',
  'latest_total',
  'latest_band',
  'latest_at',
  'change_category',
  'not_on_track',
  'not_on_track_reason',
] as const;

/**
 * Samples seeded standings of practice `practice` and has the app recompute
 * each (refreshMeasureStatus, in a transaction rolled back): the seeded row
 * must be what the app would have kept.
 */
export async function checkSeededStatus(
  db: Kysely<DB>,
  client: pg.Client,
  practice: number,
  samples = 10,
): Promise<void> {
  const picked = await client.query<StatusSample>(
    `select practice_id, client_id, instrument_id from measure_status
      where practice_id = pg_temp.bench_uuid('practice-' || $1::int)
      order by md5(client_id::text || instrument_id) limit $2`,
    [practice, samples],
  );
  for (const key of picked.rows) {
    const read = (trx: Kysely<DB>) =>
      trx
        .selectFrom('measure_status')
        .select(STATUS_COLUMNS)
        .where('practice_id', '=', key.practice_id)
        .where('client_id', '=', key.client_id)
        .where('instrument_id', '=', key.instrument_id)
        .executeTakeFirstOrThrow();
    const seeded = await read(db);
    const recomputed = await db
      .transaction()
      .execute(async (trx) => {
        await refreshMeasureStatus(
          trx,
          { practiceId: key.practice_id, clientId: key.client_id, instrumentId: key.instrument_id },
          new Date(),
          { timeZone: BENCH_TIME_ZONE, notOnTrackRules: null },
        );
        throw new Recomputed(await read(trx));
      })
      .catch((thrown: unknown) => {
        if (thrown instanceof Recomputed) return thrown.row;
        throw thrown;
      });
    if (!isDeepStrictEqual(seeded, recomputed)) {
      throw new Error(
        `a seeded measure_status row differs from what the app computes:\nseeded ${JSON.stringify(seeded)}\napp    ${JSON.stringify(recomputed)}`,
      );
    }
  }
}

/** Carries the recomputed row out of the transaction it is rolled back with. */
class Recomputed extends Error {
  constructor(readonly row: unknown) {
    super('rolled back on purpose');
  }
}
