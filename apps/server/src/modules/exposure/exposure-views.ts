import type { FieldCipher } from '../../crypto/field-cipher.ts';
import type { EncryptedColumn } from '../../crypto/encrypted-columns.ts';
import type { EntryVisibility } from '../../db/schema.ts';
import type { ExposurePracticeRow, HierarchyRow, Reading } from './exposure.repo.ts';
import type { HierarchyStep } from './exposure.schemas.ts';

export const hierarchyContentColumn: EncryptedColumn = {
  table: 'exposure_hierarchies',
  column: 'content',
};
export const practiceWordsColumn: EncryptedColumn = {
  table: 'exposure_practices',
  column: 'words',
};

/** What a hierarchy's sealed content holds. */
export interface HierarchyContent {
  name: string;
  /** In the order they are to be climbed. */
  steps: HierarchyStep[];
}

export interface HierarchyView extends HierarchyContent {
  id: string;
  retired: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export function sealHierarchy(cipher: FieldCipher, id: string, content: HierarchyContent): Buffer {
  return cipher.seal(JSON.stringify(content), { column: hierarchyContentColumn, rowId: id });
}

export function hierarchyView(cipher: FieldCipher, row: HierarchyRow): HierarchyView {
  const content = JSON.parse(
    cipher.open(row.content, { column: hierarchyContentColumn, rowId: row.id }),
  ) as HierarchyContent;
  return {
    id: row.id,
    name: content.name,
    steps: content.steps,
    retired: row.retired,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The words of a practice, sealed together. */
export interface PracticeWords {
  safetyBehaviours: string | null;
  predicted: string | null;
  happened: string | null;
}

export interface ExposurePracticeView extends PracticeWords {
  id: string;
  hierarchyId: string;
  stepId: string;
  practicedAt: string;
  recordedAt: string;
  sudsBefore: number;
  sudsPeak: number;
  sudsAfter: number;
  readings: Reading[];
  minutes: number;
  outcomeCameTrue: number | null;
  visibility: EntryVisibility;
}

const noWords: PracticeWords = { safetyBehaviours: null, predicted: null, happened: null };

export function sealPracticeWords(
  cipher: FieldCipher,
  id: string,
  words: PracticeWords,
): Buffer | null {
  if (words.safetyBehaviours === null && words.predicted === null && words.happened === null) {
    return null;
  }
  return cipher.seal(JSON.stringify(words), { column: practiceWordsColumn, rowId: id });
}

export function exposurePracticeView(
  cipher: FieldCipher,
  row: ExposurePracticeRow,
): ExposurePracticeView {
  const words =
    row.words === null
      ? noWords
      : (JSON.parse(
          cipher.open(row.words, { column: practiceWordsColumn, rowId: row.id }),
        ) as PracticeWords);
  return {
    id: row.id,
    hierarchyId: row.hierarchyId,
    stepId: row.stepId,
    practicedAt: row.practicedAt.toISOString(),
    recordedAt: row.recordedAt.toISOString(),
    sudsBefore: row.sudsBefore,
    sudsPeak: row.sudsPeak,
    sudsAfter: row.sudsAfter,
    readings: row.readings,
    minutes: row.minutes,
    outcomeCameTrue: row.outcomeCameTrue,
    ...words,
    visibility: row.visibility,
  };
}
