import type { FieldCipher } from '../../crypto/field-cipher.ts';
import type { EncryptedColumn } from '../../crypto/encrypted-columns.ts';
import type { ActivityStatus, EntryVisibility } from '../../db/schema.ts';
import type { ActivityRow } from './activation.repo.ts';

/** The sealed columns of activities (listed in crypto/encrypted-columns.ts). */
export const activityColumn = {
  title: { table: 'activities', column: 'title' },
  afterNote: { table: 'activities', column: 'after_note' },
} as const satisfies Record<string, EncryptedColumn>;

/** An activity as the API answers it, words opened. */
export interface ActivityView {
  id: string;
  title: string;
  plannedOn: string;
  plannedTime: string | null;
  predictedMastery: number;
  predictedPleasure: number;
  status: ActivityStatus;
  doneOn: string | null;
  actualMastery: number | null;
  actualPleasure: number | null;
  afterNote: string | null;
  createdAt: string;
  ratedAt: string | null;
  visibility: EntryVisibility;
}

export function activityView(cipher: FieldCipher, row: ActivityRow): ActivityView {
  return {
    id: row.id,
    title: cipher.open(row.title, { column: activityColumn.title, rowId: row.id }),
    plannedOn: row.plannedOn,
    plannedTime: row.plannedTime,
    predictedMastery: row.predictedMastery,
    predictedPleasure: row.predictedPleasure,
    status: row.status,
    doneOn: row.doneOn,
    actualMastery: row.actualMastery,
    actualPleasure: row.actualPleasure,
    afterNote:
      row.afterNote === null
        ? null
        : cipher.open(row.afterNote, { column: activityColumn.afterNote, rowId: row.id }),
    createdAt: row.createdAt.toISOString(),
    ratedAt: row.ratedAt === null ? null : row.ratedAt.toISOString(),
    visibility: row.visibility,
  };
}
