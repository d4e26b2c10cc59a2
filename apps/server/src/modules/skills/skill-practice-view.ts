import type { FieldCipher } from '../../crypto/field-cipher.ts';
import { column } from '../../crypto/encrypted-columns.ts';
import type { EntryVisibility } from '../../db/schema.ts';
import { skillName, type SkillKey } from './skill-catalogue.ts';
import type { SkillPracticeRow } from './skills.repo.ts';

/** A skill practice as the API answers it, note opened. */
export interface SkillPracticeView {
  id: string;
  skill: SkillKey;
  skillName: string;
  practicedAt: string;
  recordedAt: string;
  sudsBefore: number;
  sudsAfter: number;
  note: string | null;
  visibility: EntryVisibility;
}

export function skillPracticeView(cipher: FieldCipher, row: SkillPracticeRow): SkillPracticeView {
  return {
    id: row.id,
    skill: row.skillKey as SkillKey,
    skillName: skillName(row.skillKey),
    practicedAt: row.practicedAt.toISOString(),
    recordedAt: row.recordedAt.toISOString(),
    sudsBefore: row.sudsBefore,
    sudsAfter: row.sudsAfter,
    note:
      row.note === null
        ? null
        : cipher.open(row.note, { column: column.skillPracticeNote, rowId: row.id }),
    visibility: row.visibility,
  };
}
