import { column } from '../../crypto/encrypted-columns.ts';
import type { FieldCipher } from '../../crypto/field-cipher.ts';
import type { EntryVisibility } from '../../db/schema.ts';
import type { WorksheetQuestionnaire } from './definitions/extensions.ts';
import {
  checkWorksheetAnswers,
  type AnswerInput,
  type CheckedAnswers,
} from './worksheet-answers.ts';
import type { SealedResponse } from './worksheet-view.ts';
import type { WorksheetEntryRow } from './worksheets.repo.ts';

/**
 * A new worksheet entry as it is stored: the answers checked against the
 * definition and sealed as one QuestionnaireResponse, with the rating pairs
 * kept beside it for summaries. The client's create and the demo practice both
 * make entries this way, so a stored entry always reads back the same.
 */
export function sealedWorksheetEntry(
  cipher: FieldCipher,
  definition: WorksheetQuestionnaire,
  entry: {
    id: string;
    answers: Readonly<Record<string, AnswerInput>>;
    recordedAt: Date;
    visibility: EntryVisibility;
  },
): { row: WorksheetEntryRow; checked: CheckedAnswers } {
  const checked = checkWorksheetAnswers(definition, entry.answers);
  const sealed: SealedResponse = {
    resourceType: 'QuestionnaireResponse',
    questionnaire: `${definition.url}|${definition.version}`,
    status: 'completed',
    authored: entry.recordedAt.toISOString(),
    item: checked.items,
  };
  return {
    checked,
    row: {
      id: entry.id,
      worksheetKey: definition.id,
      worksheetVersion: definition.version,
      recordedAt: entry.recordedAt,
      answers: cipher.seal(JSON.stringify(sealed), {
        column: column.worksheetAnswers,
        rowId: entry.id,
      }),
      ratings: checked.ratings,
      visibility: entry.visibility,
    },
  };
}
