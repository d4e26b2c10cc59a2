import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.ts';

/**
 * Ready for a sharded PostgreSQL (Citus, docs/scaling.md): a table that holds
 * a practice's data is distributed by `practice_id`, which Citus allows only
 * when every primary and unique key includes it; we require that it leads
 * them, so a lookup by key goes to one shard. Read from the catalogue, so a
 * table added by a later migration is checked too.
 */

/**
 * Installation-level tables that carry a practice id but are looked up without
 * one (by the hash of a secret): reference or local tables under Citus.
 */
const INSTALLATION_LEVEL = new Set(['sessions', 'one_time_tokens']);

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.drop());

describe('tenant tables', () => {
  it('start every primary and unique key with practice_id', async () => {
    const tenantTables = await sql<{ table_name: string }>`
      select table_name from information_schema.columns
      where table_schema = 'public' and column_name = 'practice_id'
      order by table_name`.execute(database.db);
    const names = tenantTables.rows
      .map((r) => r.table_name)
      .filter((t) => !INSTALLATION_LEVEL.has(t));
    expect(names).toEqual(
      expect.arrayContaining(['users', 'outbox', 'audit_events', 'client_records']),
    );

    const keys = await sql<{
      table_name: string;
      index_name: string;
      first_column: string;
      is_primary: boolean;
    }>`
      select t.relname as table_name, i.relname as index_name, a.attname as first_column,
             ix.indisprimary as is_primary
      from pg_index ix
      join pg_class t on t.oid = ix.indrelid
      join pg_class i on i.oid = ix.indexrelid
      join pg_namespace n on n.oid = t.relnamespace
      join pg_attribute a on a.attrelid = t.oid and a.attnum = ix.indkey[0]
      where n.nspname = 'public' and (ix.indisunique or ix.indisprimary)`.execute(database.db);
    const wrong = keys.rows
      .filter((k) => names.includes(k.table_name) && k.first_column !== 'practice_id')
      .map((k) => `${k.table_name}.${k.index_name} starts with ${k.first_column}`);
    expect(wrong).toEqual([]);
    const withPrimaryKey = new Set(keys.rows.filter((k) => k.is_primary).map((k) => k.table_name));
    expect(names.filter((t) => !withPrimaryKey.has(t))).toEqual([]);
  });
});
