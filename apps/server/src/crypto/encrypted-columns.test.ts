import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.ts';
import { encryptedColumns } from './encrypted-columns.ts';

/**
 * Rotation and `tandem keys status` walk the registry, so a sealed column
 * missing from it would keep its old key forever. Every bytea column of the
 * schema holds sealed text; the registry must list exactly those, each in a
 * table whose primary key is (practice_id, id).
 */
let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.drop();
});

describe('the registry of encrypted columns', () => {
  it('lists exactly the bytea columns of the schema', async () => {
    const result = await sql<{ table_name: string; column_name: string }>`
      select table_name, column_name from information_schema.columns
      where table_schema = 'public' and data_type = 'bytea'
      order by table_name, column_name`.execute(database.db);
    const inSchema = result.rows.map((row) => `${row.table_name}.${row.column_name}`);
    const registered = encryptedColumns.map((c) => `${c.table}.${c.column}`).sort();
    expect(inSchema).toEqual(registered);
  });

  it('names rows of each table by (practice_id, id)', async () => {
    for (const { table } of encryptedColumns) {
      const result = await sql<{ columns: string[] }>`
        select array_agg(a.attname::text order by k.ord) as columns
        from pg_index i
        cross join lateral unnest(i.indkey) with ordinality as k(attnum, ord)
        join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum
        where i.indrelid = ${table}::regclass and i.indisprimary`.execute(database.db);
      expect(result.rows[0]?.columns, table).toEqual(['practice_id', 'id']);
    }
  });
});
