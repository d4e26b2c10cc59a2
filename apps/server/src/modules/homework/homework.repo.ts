import { sql, type Kysely } from 'kysely';
import type {
  DB,
  EntryVisibility,
  HomeworkEntryKind,
  HomeworkStatus,
  HomeworkToolKind,
} from '../../db/schema.ts';
import type { ClientScope } from '../access/require-access.ts';
import { visibleEntries, type EntryTable } from '../access/visible-entries.ts';

export interface HomeworkRow {
  id: string;
  toolKind: HomeworkToolKind;
  toolKey: string | null;
  /** Sealed fields (crypto/field-cipher.ts); opened by the view. */
  otherTask: Buffer | null;
  dueOn: string;
  note: Buffer | null;
  status: HomeworkStatus;
  helpfulness: number | null;
  answerNote: Buffer | null;
  linkedEntryKind: HomeworkEntryKind | null;
  linkedEntryId: string | null;
  createdAt: Date;
  answeredAt: Date | null;
  goalId: string | null;
}

type AnyHomeworkScope = ClientScope<
  'client.homework.read' | 'client.homework.assign' | 'client.homework.respond'
>;

const columns = [
  'id',
  'tool_kind',
  'tool_key',
  'other_task',
  'due_on',
  'note',
  'status',
  'helpfulness',
  'answer_note',
  'linked_entry_kind',
  'linked_entry_id',
  'created_at',
  'answered_at',
  'goal_id',
] as const;

function rowOf(row: {
  id: string;
  tool_kind: HomeworkToolKind;
  tool_key: string | null;
  other_task: Buffer | null;
  due_on: string;
  note: Buffer | null;
  status: HomeworkStatus;
  helpfulness: number | null;
  answer_note: Buffer | null;
  linked_entry_kind: HomeworkEntryKind | null;
  linked_entry_id: string | null;
  created_at: Date;
  answered_at: Date | null;
  goal_id: string | null;
}): HomeworkRow {
  return {
    id: row.id,
    toolKind: row.tool_kind,
    toolKey: row.tool_key,
    otherTask: row.other_task,
    dueOn: row.due_on,
    note: row.note,
    status: row.status,
    helpfulness: row.helpfulness,
    answerNote: row.answer_note,
    linkedEntryKind: row.linked_entry_kind,
    linkedEntryId: row.linked_entry_id,
    createdAt: row.created_at,
    answeredAt: row.answered_at,
    goalId: row.goal_id,
  };
}

/** Stores new homework; false when the id is taken (by anything already in the practice). */
export async function insertHomework(
  db: Kysely<DB>,
  scope: ClientScope<'client.homework.assign'>,
  row: {
    id: string;
    toolKind: HomeworkToolKind;
    toolKey: string | null;
    otherTask: Buffer | null;
    dueOn: string;
    note: Buffer | null;
    goalId?: string | null;
  },
  now: Date,
): Promise<boolean> {
  const inserted = await db
    .insertInto('homework')
    .values({
      practice_id: scope.practiceId,
      id: row.id,
      client_id: scope.clientId,
      assigned_by: scope.actor.userId,
      tool_kind: row.toolKind,
      tool_key: row.toolKey,
      other_task: row.otherTask,
      due_on: row.dueOn,
      note: row.note,
      status: 'waiting',
      goal_id: row.goalId ?? null,
      created_at: now,
      updated_at: now,
    })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function homeworkById(
  db: Kysely<DB>,
  scope: AnyHomeworkScope,
  id: string,
): Promise<HomeworkRow | undefined> {
  const row = await db
    .selectFrom('homework')
    .select(columns)
    .where('practice_id', '=', scope.practiceId)
    .where('client_id', '=', scope.clientId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? rowOf(row) : undefined;
}

/** Newest due date first; `answeredSince` keeps only homework answered since then (the timeline). */
export async function homeworkOf(
  db: Kysely<DB>,
  scope: ClientScope<'client.homework.read'>,
  options: { limit: number; answeredSince?: Date },
): Promise<HomeworkRow[]> {
  let query = db
    .selectFrom('homework')
    .select(columns)
    .where('practice_id', '=', scope.practiceId)
    .where('client_id', '=', scope.clientId);
  if (options.answeredSince) query = query.where('answered_at', '>=', options.answeredSince);
  const rows = await query
    .orderBy('due_on', 'desc')
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(options.limit)
    .execute();
  return rows.map(rowOf);
}

export async function updateHomework(
  db: Kysely<DB>,
  scope: AnyHomeworkScope,
  id: string,
  change: {
    dueOn?: string;
    note?: Buffer | null;
    status?: HomeworkStatus;
    helpfulness?: number | null;
    answerNote?: Buffer | null;
    linkedEntryKind?: HomeworkEntryKind | null;
    linkedEntryId?: string | null;
    answeredAt?: Date | null;
  },
  now: Date,
): Promise<void> {
  await db
    .updateTable('homework')
    .set({
      due_on: change.dueOn,
      note: change.note,
      status: change.status,
      helpfulness: change.helpfulness,
      answer_note: change.answerNote,
      linked_entry_kind: change.linkedEntryKind,
      linked_entry_id: change.linkedEntryId,
      answered_at: change.answeredAt,
      updated_at: now,
    })
    .where('practice_id', '=', scope.practiceId)
    .where('client_id', '=', scope.clientId)
    .where('id', '=', id)
    .execute();
}

export const entryTableOf: Record<HomeworkEntryKind, EntryTable> = {
  'check-in': 'check_ins',
  journal: 'journal_entries',
  worksheet: 'worksheet_entries',
  'skill-practice': 'skill_practices',
  'exposure-practice': 'exposure_practices',
  activity: 'activities',
};

/** When each kind of entry was made (the column to compare with when the homework was set). */
const madeAtColumn: Record<HomeworkEntryKind, string> = {
  'check-in': 'recorded_at',
  journal: 'created_at',
  worksheet: 'recorded_at',
  'skill-practice': 'recorded_at',
  'exposure-practice': 'recorded_at',
  activity: 'created_at',
};

/** The column naming which worksheet or skill an entry is of, for keyed tools. */
const keyColumn: Partial<Record<HomeworkEntryKind, string>> = {
  worksheet: 'worksheet_key',
  'skill-practice': 'skill_key',
};

/**
 * The reader's entries of one kind made since `since` (of the worksheet or
 * skill `key`, where the kind has one), newest first: what a client may link
 * when they say their homework is done. Read through the visibility filter.
 */
export async function entriesMadeSince(
  db: Kysely<DB>,
  scope: ClientScope<'client.entries.read'>,
  kind: HomeworkEntryKind,
  options: { since: Date; key: string | null; limit: number },
): Promise<{ id: string; at: Date; visibility: EntryVisibility }[]> {
  const at = sql.ref(madeAtColumn[kind]);
  let query = visibleEntries(db, entryTableOf[kind], scope)
    .select(['id', 'visibility', sql<Date>`${at}`.as('at')])
    .where(at, '>=', options.since);
  const keyed = keyColumn[kind];
  if (keyed !== undefined && options.key !== null) {
    query = query.where(sql.ref(keyed), '=', options.key);
  }
  const rows = await query.orderBy(at, 'desc').orderBy('id').limit(options.limit).execute();
  return rows.map((row) => ({ id: row.id, at: row.at, visibility: row.visibility }));
}

/** Of these linked entries, the ids the reader may see (the client's own, or what they shared). */
export async function visibleLinkedEntries(
  db: Kysely<DB>,
  scope: ClientScope<'client.entries.read'>,
  links: readonly { kind: HomeworkEntryKind; id: string }[],
): Promise<Set<string>> {
  const seen = new Set<string>();
  for (const kind of Object.keys(entryTableOf) as HomeworkEntryKind[]) {
    const ids = links.filter((link) => link.kind === kind).map((link) => link.id);
    if (ids.length === 0) continue;
    const rows = await visibleEntries(db, entryTableOf[kind], scope)
      .select('id')
      .where('id', 'in', ids)
      .execute();
    for (const row of rows) seen.add(`${kind}:${row.id}`);
  }
  return seen;
}
