import { sql, type Kysely } from 'kysely';
import type { DB, EntryVisibility } from '../../db/schema.ts';
import type { ClientScope } from '../access/require-access.ts';
import { visibleEntries } from '../access/visible-entries.ts';

export interface SkillPracticeRow {
  id: string;
  skillKey: string;
  practicedAt: Date;
  recordedAt: Date;
  sudsBefore: number;
  sudsAfter: number;
  /** Sealed (crypto/field-cipher.ts); opened by the view. */
  note: Buffer | null;
  visibility: EntryVisibility;
}

type ReadScope = ClientScope<'client.entries.read'>;
type WriteScope = ClientScope<'client.entries.write'>;

const columns = [
  'id',
  'skill_key',
  'practiced_at',
  'recorded_at',
  'suds_before',
  'suds_after',
  'note',
  'visibility',
] as const;

function rowOf(row: {
  id: string;
  skill_key: string;
  practiced_at: Date;
  recorded_at: Date;
  suds_before: number;
  suds_after: number;
  note: Buffer | null;
  visibility: EntryVisibility;
}): SkillPracticeRow {
  return {
    id: row.id,
    skillKey: row.skill_key,
    practicedAt: row.practiced_at,
    recordedAt: row.recorded_at,
    sudsBefore: row.suds_before,
    sudsAfter: row.suds_after,
    note: row.note,
    visibility: row.visibility,
  };
}

/** Stores a new practice; false when the id is taken (by anyone's earlier entry in the practice). */
export async function insertSkillPractice(
  db: Kysely<DB>,
  scope: WriteScope,
  practice: SkillPracticeRow,
): Promise<boolean> {
  const inserted = await db
    .insertInto('skill_practices')
    .values({
      practice_id: scope.practiceId,
      id: practice.id,
      client_id: scope.clientId,
      skill_key: practice.skillKey,
      practiced_at: practice.practicedAt,
      recorded_at: practice.recordedAt,
      suds_before: practice.sudsBefore,
      suds_after: practice.sudsAfter,
      note: practice.note,
      visibility: practice.visibility,
      visibility_changed_at: practice.recordedAt,
    })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function skillPracticeById(
  db: Kysely<DB>,
  scope: ReadScope,
  id: string,
): Promise<SkillPracticeRow | undefined> {
  const row = await visibleEntries(db, 'skill_practices', scope)
    .select(columns)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? rowOf(row) : undefined;
}

/** Newest first by when practised; `since` bounds the window (the timeline). */
export async function skillPracticesOf(
  db: Kysely<DB>,
  scope: ReadScope,
  options: { limit: number; since?: Date },
): Promise<SkillPracticeRow[]> {
  let query = visibleEntries(db, 'skill_practices', scope).select(columns);
  if (options.since) query = query.where('practiced_at', '>=', options.since);
  const rows = await query
    .orderBy('practiced_at', 'desc')
    .orderBy('id')
    .limit(options.limit)
    .execute();
  return rows.map(rowOf);
}

/** Per skill, of the practices the reader may see: how many, and the mean drop in distress. */
export async function sudsDropBySkill(
  db: Kysely<DB>,
  scope: ReadScope,
): Promise<{ skillKey: string; practices: number; meanDrop: number }[]> {
  const rows = await visibleEntries(db, 'skill_practices', scope)
    .select([
      'skill_key',
      sql<number>`count(*)::int`.as('practices'),
      sql<string>`round(avg(suds_before - suds_after), 1)::text`.as('mean_drop'),
    ])
    .groupBy('skill_key')
    .execute();
  return rows.map((row) => ({
    skillKey: row.skill_key,
    practices: row.practices,
    meanDrop: Number(row.mean_drop),
  }));
}
