import type { FieldCipher } from '../../crypto/field-cipher.ts';
import { column } from '../../crypto/encrypted-columns.ts';
import type { EntryVisibility } from '../../db/schema.ts';
import { worksheetDefinition } from './definitions/index.ts';
import { ratingPairs, type ResponseItem, type StoredAnswer } from './worksheet-answers.ts';
import type { WorksheetEntryRow } from './worksheets.repo.ts';

/** A worksheet entry as the API answers it, answers opened. */
export interface WorksheetEntryView {
  id: string;
  worksheet: string;
  title: string;
  recordedAt: string;
  answers: Record<string, StoredAnswer>;
  ratingChanges: { label: string; before: number; after: number | null; change: number | null }[];
  visibility: EntryVisibility;
}

/** What is sealed: a QuestionnaireResponse naming the definition it answers. */
export interface SealedResponse {
  resourceType: 'QuestionnaireResponse';
  questionnaire: string;
  status: 'completed';
  authored: string;
  item: ResponseItem[];
}

function flatten(items: readonly ResponseItem[], repeating: Set<string>) {
  const answers: Record<string, StoredAnswer> = {};
  const visit = (list: readonly ResponseItem[]) => {
    for (const item of list) {
      if (item.item) visit(item.item);
      if (!item.answer || item.answer.length === 0) continue;
      const values = item.answer.map((a) =>
        'valueCoding' in a
          ? Number(a.valueCoding.code)
          : 'valueInteger' in a
            ? a.valueInteger
            : a.valueString,
      );
      answers[item.linkId] = repeating.has(item.linkId)
        ? (values as number[])
        : (values[0] as StoredAnswer);
    }
  };
  visit(items);
  return answers;
}

function repeatingItems(key: string): Set<string> {
  const found = new Set<string>();
  const visit = (items: readonly { linkId: string; repeats?: boolean; item?: unknown[] }[]) => {
    for (const item of items) {
      if (item.repeats) found.add(item.linkId);
      if (item.item) visit(item.item as typeof items);
    }
  };
  visit(worksheetDefinition(key)?.item ?? []);
  return found;
}

export function worksheetEntryView(
  cipher: FieldCipher,
  row: WorksheetEntryRow,
): WorksheetEntryView {
  const sealed = JSON.parse(
    cipher.open(row.answers, { column: column.worksheetAnswers, rowId: row.id }),
  ) as SealedResponse;
  const answers = flatten(sealed.item, repeatingItems(row.worksheetKey));
  const definition = worksheetDefinition(row.worksheetKey);
  // Ratings were stored for the pairs whose first rating was given, in the definition's order.
  const labels = (definition ? ratingPairs(definition) : [])
    .filter((pair) => typeof answers[pair.before] === 'number')
    .map((pair) => answers[pair.name]);
  return {
    id: row.id,
    worksheet: row.worksheetKey,
    title: definition?.title ?? row.worksheetKey,
    recordedAt: row.recordedAt.toISOString(),
    answers,
    ratingChanges: row.ratings.map((rating, index) => ({
      label: typeof labels[index] === 'string' ? labels[index] : `Rating ${index + 1}`,
      before: rating.before,
      after: rating.after,
      change: rating.after === null ? null : rating.after - rating.before,
    })),
    visibility: row.visibility,
  };
}
