import { column } from '../../crypto/encrypted-columns.ts';
import type { FieldCipher } from '../../crypto/field-cipher.ts';
import type { EntryVisibility } from '../../db/schema.ts';
import type { JournalRow } from './journal.repo.ts';

export interface JournalEntryView {
  id: string;
  createdAt: string;
  updatedAt: string;
  body: string;
  visibility: EntryVisibility;
}

export function journalEntryView(cipher: FieldCipher, row: JournalRow): JournalEntryView {
  return {
    id: row.id,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    body: cipher.open(row.body, { column: column.journalBody, rowId: row.id }),
    visibility: row.visibility,
  };
}
