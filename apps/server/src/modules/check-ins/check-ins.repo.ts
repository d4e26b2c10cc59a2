import { sql, type Kysely } from 'kysely';
import type { DB, EntryVisibility } from '../../db/schema.ts';
import type { ClientScope } from '../access/require-access.ts';
import { visibleEntries } from '../access/visible-entries.ts';

export interface CheckInRow {
  id: string;
  occurredAt: Date;
  recordedAt: Date;
  mood: number;
  emotions: { key: string; intensity: number }[];
  sleepHours: number | null;
  tags: { kind: string; label: string }[];
  /** Sealed (crypto/field-cipher.ts); opened by the service. */
  note: Buffer | null;
  visibility: EntryVisibility;
}

export interface CheckInInsert extends Omit<CheckInRow, 'note'> {
  note: Buffer | null;
}

type ReadScope = ClientScope<'client.entries.read'>;
type WriteScope = ClientScope<'client.entries.write'>;

const columns = [
  'id',
  'occurred_at',
  'recorded_at',
  'mood',
  'emotions',
  'tags',
  'sleep_hours',
  'note',
  'visibility',
] as const;

function rowOf(row: {
  id: string;
  occurred_at: Date;
  recorded_at: Date;
  mood: number;
  emotions: unknown;
  tags: unknown;
  sleep_hours: string | null;
  note: Buffer | null;
  visibility: EntryVisibility;
}): CheckInRow {
  return {
    id: row.id,
    occurredAt: row.occurred_at,
    recordedAt: row.recorded_at,
    mood: row.mood,
    emotions: row.emotions as CheckInRow['emotions'],
    tags: row.tags as CheckInRow['tags'],
    sleepHours: row.sleep_hours === null ? null : Number(row.sleep_hours),
    note: row.note,
    visibility: row.visibility,
  };
}

/** Stores a new check-in; false when the id is taken (by an earlier check-in of anyone in the practice). */
export async function insertCheckIn(
  db: Kysely<DB>,
  scope: WriteScope,
  checkIn: CheckInInsert,
): Promise<boolean> {
  const inserted = await db
    .insertInto('check_ins')
    .values({
      practice_id: scope.practiceId,
      id: checkIn.id,
      client_id: scope.clientId,
      occurred_at: checkIn.occurredAt,
      recorded_at: checkIn.recordedAt,
      mood: checkIn.mood,
      sleep_hours: checkIn.sleepHours,
      emotions: JSON.stringify(checkIn.emotions),
      tags: JSON.stringify(checkIn.tags),
      note: checkIn.note,
      visibility: checkIn.visibility,
      visibility_changed_at: checkIn.recordedAt,
    })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function checkInById(
  db: Kysely<DB>,
  scope: ReadScope,
  id: string,
): Promise<CheckInRow | undefined> {
  const row = await visibleEntries(db, 'check_ins', scope)
    .select(columns)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? rowOf(row) : undefined;
}

/** Newest first by when they were felt; `since` bounds the window (the timeline). */
export async function checkInsOf(
  db: Kysely<DB>,
  scope: ReadScope,
  options: { limit: number; since?: Date },
): Promise<CheckInRow[]> {
  let query = visibleEntries(db, 'check_ins', scope).select(columns);
  if (options.since) query = query.where('occurred_at', '>=', options.since);
  const rows = await query
    .orderBy('occurred_at', 'desc')
    .orderBy('id')
    .limit(options.limit)
    .execute();
  return rows.map(rowOf);
}

/** The client's own tags, most used first (suggestions in the check-in form). */
export async function tagsUsedBy(
  db: Kysely<DB>,
  scope: ReadScope,
  limit: number,
): Promise<{ kind: string; label: string }[]> {
  const recent = visibleEntries(db, 'check_ins', scope)
    .select('tags')
    .orderBy('occurred_at', 'desc')
    .limit(500)
    .as('recent');
  const rows = await db
    .selectFrom([recent, sql`jsonb_array_elements(recent.tags)`.as('tag')])
    .select([
      sql<string>`tag.value->>'kind'`.as('kind'),
      sql<string>`tag.value->>'label'`.as('label'),
      sql<number>`count(*)::int`.as('uses'),
    ])
    .groupBy(['kind', 'label'])
    .orderBy('uses', 'desc')
    .orderBy('label')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ kind: row.kind, label: row.label }));
}

/** How many check-ins the reader may see in [from, to), and their mean mood. */
export async function moodSummary(
  db: Kysely<DB>,
  scope: ReadScope,
  from: Date,
  to: Date,
): Promise<{ count: number; moodAverage: number | null }> {
  const row = await visibleEntries(db, 'check_ins', scope)
    .select([
      sql<number>`count(*)::int`.as('count'),
      sql<string | null>`round(avg(mood), 1)::text`.as('average'),
    ])
    .where('occurred_at', '>=', from)
    .where('occurred_at', '<', to)
    .executeTakeFirstOrThrow();
  return { count: row.count, moodAverage: row.average === null ? null : Number(row.average) };
}
