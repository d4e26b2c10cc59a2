import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { encryptedColumns, type EncryptedColumn } from './encrypted-columns.ts';
import { KEY_ID_BYTES } from './field-cipher.ts';

/** How many sealed values of one column name one key id (ids only, never key material). */
export interface KeyUsage {
  column: EncryptedColumn;
  keyId: string;
  rows: number;
}

/**
 * The key id of a sealed value, in SQL: the bytes after the format byte
 * (field-cipher.ts). PostgreSQL counts bytea positions from 1.
 */
export function sealedKeyIdSql(column: string) {
  return sql`substring(${sql.ref(column)} from 2 for ${sql.lit(KEY_ID_BYTES)})`;
}

/**
 * Rows per key id per registered column (a full scan of each table: for
 * `tandem keys status`, `tandem doctor` and rotation, never for requests).
 */
export async function sealedValuesByKey(db: Kysely<DB>): Promise<KeyUsage[]> {
  const usage: KeyUsage[] = [];
  for (const column of encryptedColumns) {
    const result = await sql<{ key_id: Buffer; rows: number }>`
      select ${sealedKeyIdSql(column.column)} as key_id, count(*)::int as rows
      from ${sql.table(column.table)}
      where ${sql.ref(column.column)} is not null
      group by 1 order by 1`.execute(db);
    for (const row of result.rows) {
      usage.push({ column, keyId: row.key_id.toString('hex'), rows: row.rows });
    }
  }
  return usage;
}

/** Rows sealed under `keyId`, over every registered column. */
export function rowsUnder(usage: readonly KeyUsage[], keyId: string): number {
  return usage.filter((u) => u.keyId === keyId).reduce((sum, u) => sum + u.rows, 0);
}

export function columnName(column: EncryptedColumn): string {
  return `${column.table}.${column.column}`;
}
