import type { FieldCipher } from '../../crypto/field-cipher.ts';
import { column } from '../../crypto/encrypted-columns.ts';
import type { EntryVisibility } from '../../db/schema.ts';
import { emotionLabel } from './check-in-vocabulary.ts';
import type { CheckInRow } from './check-ins.repo.ts';

/** A check-in as the API answers it, note opened. */
export interface CheckInView {
  id: string;
  occurredAt: string;
  recordedAt: string;
  mood: number;
  emotions: { key: string; label: string; intensity: number }[];
  sleepHours: number | null;
  tags: { kind: string; label: string }[];
  note: string | null;
  visibility: EntryVisibility;
}

export function checkInView(cipher: FieldCipher, row: CheckInRow): CheckInView {
  return {
    id: row.id,
    occurredAt: row.occurredAt.toISOString(),
    recordedAt: row.recordedAt.toISOString(),
    mood: row.mood,
    emotions: row.emotions.map((e) => ({
      key: e.key,
      label: emotionLabel(e.key),
      intensity: e.intensity,
    })),
    sleepHours: row.sleepHours,
    tags: row.tags,
    note:
      row.note === null
        ? null
        : cipher.open(row.note, { column: column.checkInNote, rowId: row.id }),
    visibility: row.visibility,
  };
}
