import type { FieldCipher } from '../../crypto/field-cipher.ts';
import type { EncryptedColumn } from '../../crypto/encrypted-columns.ts';
import type {
  EntryVisibility,
  HomeworkEntryKind,
  HomeworkStatus,
  HomeworkToolKind,
} from '../../db/schema.ts';
import { toolName } from './homework-tools.ts';
import type { HomeworkRow } from './homework.repo.ts';

/** The sealed columns of homework (listed in crypto/encrypted-columns.ts). */
export const homeworkColumn = {
  note: { table: 'homework', column: 'note' },
  otherTask: { table: 'homework', column: 'other_task' },
  answerNote: { table: 'homework', column: 'answer_note' },
} as const satisfies Record<string, EncryptedColumn>;

export interface HomeworkView {
  id: string;
  tool: { kind: HomeworkToolKind; key: string | null; name: string };
  dueOn: string;
  note: string | null;
  status: HomeworkStatus;
  overdue: boolean;
  helpfulness: number | null;
  answerNote: string | null;
  entry: { kind: HomeworkEntryKind; id: string } | null;
  assignedAt: string;
  answeredAt: string | null;
  goalId: string | null;
  /** For the client only: their entries of this tool's kind made since it was set. */
  entriesMade: EntryMade[];
  /** For the client only: a measure's questionnaire open now. */
  occasionId: string | null;
}

export interface EntryMade {
  kind: HomeworkEntryKind;
  id: string;
  at: string;
  visibility: EntryVisibility;
}

/** What only some readers get: a measure's name, and the client's own entries and occasion. */
export interface HomeworkViewExtras {
  measureName?: string | undefined;
  entriesMade?: EntryMade[] | undefined;
  occasionId?: string | null | undefined;
}

/**
 * One homework as its reader sees it. `today` is the client's calendar date;
 * `visibleEntries` holds the linked entries (`kind:id`) this reader may see.
 */
export function homeworkView(
  cipher: FieldCipher,
  row: HomeworkRow,
  today: string,
  visibleEntries: ReadonlySet<string>,
  extras: HomeworkViewExtras = {},
): HomeworkView {
  const open = (value: Buffer | null, column: EncryptedColumn) =>
    value === null ? null : cipher.open(value, { column, rowId: row.id });
  const task = open(row.otherTask, homeworkColumn.otherTask);
  const linked =
    row.linkedEntryKind !== null &&
    row.linkedEntryId !== null &&
    visibleEntries.has(`${row.linkedEntryKind}:${row.linkedEntryId}`)
      ? { kind: row.linkedEntryKind, id: row.linkedEntryId }
      : null;
  return {
    id: row.id,
    tool: {
      kind: row.toolKind,
      key: row.toolKey,
      name: toolName(row.toolKind, row.toolKey, task, extras.measureName),
    },
    dueOn: row.dueOn,
    note: open(row.note, homeworkColumn.note),
    status: row.status,
    overdue: row.status === 'waiting' && row.dueOn < today,
    helpfulness: row.helpfulness,
    answerNote: open(row.answerNote, homeworkColumn.answerNote),
    entry: linked,
    assignedAt: row.createdAt.toISOString(),
    answeredAt: row.answeredAt?.toISOString() ?? null,
    goalId: row.goalId,
    entriesMade: extras.entriesMade ?? [],
    occasionId: extras.occasionId ?? null,
  };
}
