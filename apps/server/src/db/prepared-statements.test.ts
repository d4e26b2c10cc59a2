import type pg from 'pg';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.ts';
import { createDatabasePool } from './pool.ts';

const log = pino({ level: 'silent' });

/** The bound ADR 0013 states, written here rather than imported, so a changed bound is noticed. */
const PREPARED_PER_CONNECTION = 400;

/** What this connection holds prepared, as the server sees it. */
async function preparedOn(client: pg.PoolClient): Promise<string[]> {
  const result = await client.query<{ statement: string }>(
    'select statement from pg_prepared_statements order by statement',
  );
  return result.rows.map((row) => row.statement);
}

describe('named prepared statements on the app pool', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it('prepares a parameterised statement once per connection and reuses it', async () => {
    const pool = createDatabasePool(database.url, log, { poolSize: 1, preparedStatements: true });
    const client = await pool.connect();
    try {
      for (const value of [1, 2, 3]) {
        const result = await client.query<{ doubled: number }>('select $1::int * 2 as doubled', [
          value,
        ]);
        expect(result.rows[0]?.doubled).toBe(value * 2);
      }
      await client.query('select 1');
      expect(await preparedOn(client)).toEqual(['select $1::int * 2 as doubled']);
    } finally {
      client.release();
      await pool.end();
    }
  });

  it('keeps the simple protocol without the option (the migrating pool)', async () => {
    const pool = createDatabasePool(database.url, log, { poolSize: 1 });
    const client = await pool.connect();
    try {
      await client.query('select $1::int as one', [1]);
      expect(await preparedOn(client)).toEqual([]);
    } finally {
      client.release();
      await pool.end();
    }
  });

  it('stops naming past the per-connection bound, and the rest still run', async () => {
    const pool = createDatabasePool(database.url, log, { poolSize: 1, preparedStatements: true });
    const client = await pool.connect();
    try {
      const extra = 5;
      for (let n = 0; n < PREPARED_PER_CONNECTION + extra; n += 1) {
        const result = await client.query<{ n: number }>(`select $1::int + ${n} as n`, [0]);
        expect(result.rows[0]?.n).toBe(n);
      }
      expect(await preparedOn(client)).toHaveLength(PREPARED_PER_CONNECTION);
    } finally {
      client.release();
      await pool.end();
    }
  });

  it('answers a failing statement with its error and prepares it on a later success', async () => {
    const pool = createDatabasePool(database.url, log, { poolSize: 1, preparedStatements: true });
    const client = await pool.connect();
    try {
      await expect(client.query('select 1 / $1::int as q', [0])).rejects.toThrow(
        /division by zero/,
      );
      const result = await client.query<{ q: number }>('select 1 / $1::int as q', [1]);
      expect(result.rows[0]?.q).toBe(1);
    } finally {
      client.release();
      await pool.end();
    }
  });
});
