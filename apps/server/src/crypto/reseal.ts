import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { encryptedColumns, type EncryptedColumn } from './encrypted-columns.ts';
import { sealedKeyIdSql } from './key-usage.ts';
import type { FieldCipher } from './field-cipher.ts';

export interface ResealOptions {
  /** Rows re-sealed per transaction. */
  batchSize?: number;
  /** Passes over the tables before giving up on rows that keep arriving under an older key. */
  maxPasses?: number;
  /** Called after each batch (progress for the terminal). */
  onBatch?: (column: EncryptedColumn, resealed: number) => void;
}

export interface ColumnReport {
  column: EncryptedColumn;
  resealed: number;
  /** Values that do not open (changed, moved, or under a key the keyring lacks): left as they are. */
  unopenable: number;
}

export interface ResealReport {
  columns: ColumnReport[];
  /** Rows still under an older key after the last pass (0 when the rotation is complete). */
  remaining: number;
  passes: number;
}

interface Row {
  practice_id: string;
  id: string;
  value: Buffer;
}

/**
 * Re-seals every registered column under the cipher's active key, in batches
 * of one transaction each, while Tandem keeps serving. Each row is updated only
 * if it still holds the value that was read (`… and col = $old`), so an edit
 * made meanwhile is never overwritten; it is sealed under whichever key its
 * writer held, and the next pass takes it if that was an older one. Passes
 * repeat until no row names an older key (or `maxPasses`).
 */
export async function resealAll(
  db: Kysely<DB>,
  cipher: FieldCipher,
  options: ResealOptions = {},
): Promise<ResealReport> {
  const batchSize = options.batchSize ?? 500;
  const maxPasses = options.maxPasses ?? 10;
  const reports = new Map<EncryptedColumn, ColumnReport>(
    encryptedColumns.map((column) => [column, { column, resealed: 0, unopenable: 0 }]),
  );
  // Rows that do not open are reported once and skipped in later passes.
  const broken = new Set<string>();
  let passes = 0;
  let remaining = 0;
  while (passes < maxPasses) {
    passes += 1;
    let moved = 0;
    for (const column of encryptedColumns) {
      const report = reports.get(column)!;
      const pass = await resealColumn(db, cipher, column, batchSize, broken, options.onBatch);
      report.resealed += pass.resealed;
      report.unopenable += pass.unopenable;
      moved += pass.resealed;
    }
    remaining = await countUnderOlderKeys(db, cipher, broken);
    // Done, or no progress (every row left was changed meanwhile, each time): say what is left.
    if (remaining === 0 || moved === 0) break;
  }
  return { columns: [...reports.values()], remaining, passes };
}

async function resealColumn(
  db: Kysely<DB>,
  cipher: FieldCipher,
  column: EncryptedColumn,
  batchSize: number,
  broken: Set<string>,
  onBatch: ResealOptions['onBatch'],
): Promise<{ resealed: number; unopenable: number }> {
  const active = Buffer.from(cipher.activeKeyId(), 'hex');
  const totals = { resealed: 0, unopenable: 0 };
  let after: { practiceId: string; id: string } | null = null;
  for (;;) {
    // Keyset pagination over the primary key: each row is looked at once per pass.
    const rows: Row[] = (
      await sql<Row>`
        select practice_id, id, ${sql.ref(column.column)} as value
        from ${sql.table(column.table)}
        where ${sql.ref(column.column)} is not null
          and ${sealedKeyIdSql(column.column)} <> ${active}
          ${after === null ? sql`` : sql`and (practice_id, id) > (${after.practiceId}::uuid, ${after.id}::uuid)`}
        order by practice_id, id
        limit ${batchSize}`.execute(db)
    ).rows;
    if (rows.length === 0) return totals;
    const last = rows[rows.length - 1]!;
    after = { practiceId: last.practice_id, id: last.id };
    const updates: { row: Row; sealed: Buffer }[] = [];
    for (const row of rows) {
      const where = `${column.table}.${column.column}:${row.practice_id}:${row.id}`;
      if (broken.has(where)) continue;
      const place = { column, rowId: row.id };
      try {
        updates.push({ row, sealed: cipher.seal(cipher.open(row.value, place), place) });
      } catch {
        broken.add(where);
        totals.unopenable += 1;
      }
    }
    if (updates.length === 0) continue;
    const updated = await db.transaction().execute(async (trx) => {
      const result = await sql`
        update ${sql.table(column.table)} as t
        set ${sql.ref(column.column)} = v.sealed
        from unnest(${updates.map((u) => u.row.practice_id)}::uuid[],
                    ${updates.map((u) => u.row.id)}::uuid[],
                    ${updates.map((u) => u.row.value)}::bytea[],
                    ${updates.map((u) => u.sealed)}::bytea[])
             as v(practice_id, id, old, sealed)
        where t.practice_id = v.practice_id and t.id = v.id
          and ${sql.ref(`t.${column.column}`)} = v.old`.execute(trx);
      return Number(result.numAffectedRows ?? 0n);
    });
    // A row not updated was edited meanwhile; the next pass takes it if it is still under an older key.
    totals.resealed += updated;
    onBatch?.(column, updated);
  }
}

/** Rows under an older key, not counting those known not to open. */
async function countUnderOlderKeys(
  db: Kysely<DB>,
  cipher: FieldCipher,
  broken: Set<string>,
): Promise<number> {
  const active = Buffer.from(cipher.activeKeyId(), 'hex');
  let count = 0;
  for (const column of encryptedColumns) {
    const result = await sql<{ practice_id: string; id: string }>`
      select practice_id, id from ${sql.table(column.table)}
      where ${sql.ref(column.column)} is not null
        and ${sealedKeyIdSql(column.column)} <> ${active}`.execute(db);
    count += result.rows.filter(
      (row) => !broken.has(`${column.table}.${column.column}:${row.practice_id}:${row.id}`),
    ).length;
  }
  return count;
}
