import pg from 'pg';
import { benchUuidSql, BENCH_TIME_ZONE } from './bench-ids.ts';
import { inserts, weeksSql } from './measure-seed-sql.ts';
import type { InstrumentShape } from './measure-shapes.ts';
import { seedMeasureStatus } from './seed-measure-status.ts';

/** The instruments' shapes (measure-shapes.ts) as a temporary table of this connection, for the SQL to join. */
async function createInstrumentTable(client: pg.Client, shapes: InstrumentShape[]): Promise<void> {
  await client.query(`drop table if exists pg_temp.bench_instruments`);
  await client.query(`create temp table bench_instruments (
    instrument_id text primary key, version text, canonical text, base jsonb, n_items int, top int,
    fragments text[], item_ids text[], spread_n int, spread_rank int[], crit_pos int, crit_item text,
    crit_at_least int, unscored int[], canonical_order int[], band_ids text[], band_mins int[],
    band_maxs int[])`);
  for (const s of shapes) {
    await client.query(
      `insert into bench_instruments values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13,
                                            $14, $15, $16, $17, $18)`,
      [
        s.id,
        s.version,
        s.canonical,
        s.base,
        s.itemIds.length,
        s.stride - 1,
        s.fragments,
        s.itemIds,
        s.spread.length,
        s.spreadRank,
        s.critical?.pos ?? null,
        s.critical?.itemId ?? null,
        s.critical?.atLeast ?? null,
        s.unscored,
        s.canonicalOrder,
        s.bands.map((b) => b.id),
        s.bands.map((b) => b.min),
        s.bands.map((b) => b.max),
      ],
    );
  }
}

async function seedOnePractice(
  client: pg.Client,
  p: number,
  shapes: InstrumentShape[],
  now: Date,
): Promise<void> {
  const maxItems = Math.max(...shapes.map((shape) => shape.itemIds.length));
  const maxBands = Math.max(...shapes.map((shape) => shape.bands.length));
  await client.query('begin');
  try {
    await client.query(weeksSql(maxItems), [p, now, BENCH_TIME_ZONE]);
    for (const statement of inserts(maxItems, maxBands)) {
      await client.query(statement.sql, statement.withNow ? [now] : []);
    }
    await seedMeasureStatus(client, shapes);
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw error;
  }
}

/**
 * A year of weekly PHQ-9 and GAD-7 for every client of practices `from`..`to`
 * (already seeded by seedPractices): assignments, occasions, responses with
 * their idempotency keys, alerts with who was told, and each client's
 * standing per measure (measure_status, computed by the app's own rules).
 * The practices get a time zone and their supervisor as the alert fallback
 * contact. One transaction per practice, on `connections` connections of
 * their own at once (the work is PostgreSQL's CPU: one connection leaves a
 * core idle); `onPractice` reports each practice done.
 */
export async function seedMeasures(
  ownerUrl: string,
  range: { from: number; to: number },
  options: { shapes: InstrumentShape[]; now: Date; connections: number },
  onPractice?: (p: number) => void,
): Promise<void> {
  const { shapes, now } = options;
  const count = Math.max(1, Math.min(options.connections, range.to - range.from + 1));
  const clients: pg.Client[] = [];
  try {
    for (let k = 0; k < count; k++) {
      const client = new pg.Client({
        connectionString: ownerUrl,
        application_name: 'tandem-bench-seed',
      });
      clients.push(client);
      await client.connect();
      await client.query(benchUuidSql);
      await createInstrumentTable(client, shapes);
    }
    // Before any practice's alerts name it as the fallback contact.
    await clients[0]?.query(
      `update practices p set time_zone = $1, alert_fallback_staff_id = pg_temp.bench_uuid('supervisor-' || n)
         from generate_series($2::int, $3::int) n where p.id = pg_temp.bench_uuid('practice-' || n)`,
      [BENCH_TIME_ZONE, range.from, range.to],
    );
    let next = range.from;
    await Promise.all(
      clients.map(async (client) => {
        while (next <= range.to) {
          const p = next++;
          await seedOnePractice(client, p, shapes, now);
          onPractice?.(p);
        }
      }),
    );
  } finally {
    await Promise.all(clients.map((client) => client.end().catch(() => undefined)));
  }
}
