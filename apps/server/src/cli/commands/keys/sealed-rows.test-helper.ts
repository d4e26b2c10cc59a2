import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { expect } from 'vitest';
import {
  column,
  encryptedColumns,
  type EncryptedColumn,
} from '../../../crypto/encrypted-columns.ts';
import type { FieldCipher } from '../../../crypto/field-cipher.ts';
import type { TestDatabase } from '../../../testing/test-database.ts';
import type { TestPractice } from '../../../testing/builders.ts';

/**
 * Sealed rows in every encrypted table for the `tandem keys` tests, and what
 * each should open to: `sealedRows(database, practice)`, then `seed(cipherA)`,
 * and after a rotation `expectAllUnder(keyB, cipherB)`.
 */
export function sealedRows(database: TestDatabase, practice: TestPractice) {
  /** What each sealed value should open to, by column and row id. */
  const expected = new Map<string, string>();

  const where = (c: EncryptedColumn, id: string) => `${c.table}.${c.column}:${id}`;

  async function insertJournal(cipher: FieldCipher, text: string): Promise<string> {
    const id = randomUUID();
    const now = new Date();
    await database.db
      .insertInto('journal_entries')
      .values({
        practice_id: practice.practiceId,
        id,
        client_id: practice.clients[0]!.id,
        created_at: now,
        updated_at: now,
        body: cipher.seal(text, { column: column.journalBody, rowId: id }),
        visibility: 'private',
        visibility_changed_at: now,
      })
      .execute();
    expected.set(where(column.journalBody, id), text);
    return id;
  }

  async function seedRows(cipher: FieldCipher): Promise<void> {
    const now = new Date();
    const client = practice.clients[1]!;
    for (let i = 0; i < 230; i += 1) await insertJournal(cipher, `journal entry ${i}: slept badly`);
    for (let i = 0; i < 40; i += 1) {
      const id = randomUUID();
      const note = i % 8 === 0 ? null : `check-in note ${i}`;
      await database.db
        .insertInto('check_ins')
        .values({
          practice_id: practice.practiceId,
          id,
          client_id: client.id,
          occurred_at: now,
          recorded_at: now,
          mood: 5,
          sleep_hours: 7,
          emotions: '[]',
          tags: '[]',
          note: note === null ? null : cipher.seal(note, { column: column.checkInNote, rowId: id }),
          visibility: 'shared',
          visibility_changed_at: now,
        })
        .execute();
      if (note !== null) expected.set(where(column.checkInNote, id), note);
    }
    for (const kind of ['safety-plan', 'coping-plan'] as const) {
      const documentId = randomUUID();
      const content = JSON.stringify({ warningSigns: [`${kind}: can't sleep`] });
      await database.db
        .insertInto('living_documents')
        .values({
          practice_id: practice.practiceId,
          id: documentId,
          client_id: client.id,
          kind,
          version: 3,
          content: cipher.seal(content, { column: column.livingDocument, rowId: documentId }),
          updated_at: now,
          updated_by: client.id,
        })
        .execute();
      expected.set(where(column.livingDocument, documentId), content);
      for (let version = 1; version <= 3; version += 1) {
        const id = randomUUID();
        const text = `${content} v${version}`;
        await database.db
          .insertInto('living_document_versions')
          .values({
            practice_id: practice.practiceId,
            id,
            document_id: documentId,
            version,
            content: cipher.seal(text, { column: column.livingDocumentVersion, rowId: id }),
            edited_at: now,
            edited_by: client.id,
          })
          .execute();
        expected.set(where(column.livingDocumentVersion, id), text);
      }
    }
  }

  /** Every sealed value: the key it names, and that it opens to what was written. */
  async function expectAllUnder(keyId: string, cipher: FieldCipher): Promise<void> {
    let seen = 0;
    for (const c of encryptedColumns) {
      const rows = await sql<{ id: string; value: Buffer }>`
        select id, ${sql.ref(c.column)} as value from ${sql.table(c.table)}
        where ${sql.ref(c.column)} is not null`.execute(database.db);
      for (const row of rows.rows) {
        expect(cipher.keyIdOf(row.value), where(c, row.id)).toBe(keyId);
        expect(cipher.open(row.value, { column: c, rowId: row.id })).toBe(
          expected.get(where(c, row.id)),
        );
        seen += 1;
      }
    }
    expect(seen).toBe(expected.size);
  }

  return { expected, where, insertJournal, seed: seedRows, expectAllUnder };
}
