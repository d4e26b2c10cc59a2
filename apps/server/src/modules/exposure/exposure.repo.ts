import type { Kysely } from 'kysely';
import type { DB, EntryVisibility } from '../../db/schema.ts';
import type { ClientScope } from '../access/require-access.ts';
import { visibleEntries } from '../access/visible-entries.ts';

type HierarchyReadScope = ClientScope<'client.exposure.read' | 'client.exposure.edit'>;
type HierarchyEditScope = ClientScope<'client.exposure.edit'>;
type EntryReadScope = ClientScope<'client.entries.read'>;
type EntryWriteScope = ClientScope<'client.entries.write'>;

export interface HierarchyRow {
  id: string;
  /** Sealed JSON { name, steps } (crypto/field-cipher.ts). */
  content: Buffer;
  version: number;
  retired: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export interface Reading {
  minute: number;
  suds: number;
}

export interface ExposurePracticeRow {
  id: string;
  hierarchyId: string;
  stepId: string;
  practicedAt: Date;
  recordedAt: Date;
  sudsBefore: number;
  sudsPeak: number;
  sudsAfter: number;
  readings: Reading[];
  minutes: number;
  outcomeCameTrue: number | null;
  /** Sealed JSON of the words; opened by the view. */
  words: Buffer | null;
  visibility: EntryVisibility;
}

const hierarchyColumns = [
  'id',
  'content',
  'version',
  'retired',
  'created_at',
  'updated_at',
] as const;

function hierarchyOf(row: {
  id: string;
  content: Buffer;
  version: number;
  retired: boolean;
  created_at: Date;
  updated_at: Date;
}): HierarchyRow {
  return {
    id: row.id,
    content: row.content,
    version: row.version,
    retired: row.retired,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The client's hierarchies, oldest first (the order they were made). */
export async function hierarchiesOf(
  db: Kysely<DB>,
  scope: HierarchyReadScope,
): Promise<HierarchyRow[]> {
  const rows = await db
    .selectFrom('exposure_hierarchies')
    .select(hierarchyColumns)
    .where('practice_id', '=', scope.practiceId)
    .where('client_id', '=', scope.clientId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(hierarchyOf);
}

/** One hierarchy of the client; `lock` holds it until the transaction ends (saves queue). */
export async function hierarchyById(
  db: Kysely<DB>,
  scope: HierarchyReadScope,
  id: string,
  lock = false,
): Promise<HierarchyRow | undefined> {
  let query = db
    .selectFrom('exposure_hierarchies')
    .select(hierarchyColumns)
    .where('practice_id', '=', scope.practiceId)
    .where('client_id', '=', scope.clientId)
    .where('id', '=', id);
  if (lock) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  return row ? hierarchyOf(row) : undefined;
}

/** False when the id is taken (by anyone's earlier hierarchy in the practice). */
export async function insertHierarchy(
  db: Kysely<DB>,
  scope: HierarchyEditScope,
  row: { id: string; content: Buffer; now: Date },
): Promise<boolean> {
  const inserted = await db
    .insertInto('exposure_hierarchies')
    .values({
      practice_id: scope.practiceId,
      id: row.id,
      client_id: scope.clientId,
      content: row.content,
      version: 1,
      retired: false,
      created_at: row.now,
      created_by: scope.actor.userId,
      updated_at: row.now,
      updated_by: scope.actor.userId,
    })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function updateHierarchy(
  db: Kysely<DB>,
  scope: HierarchyEditScope,
  id: string,
  change: { version: number; content: Buffer; retired: boolean; now: Date },
): Promise<void> {
  await db
    .updateTable('exposure_hierarchies')
    .set({
      version: change.version,
      content: change.content,
      retired: change.retired,
      updated_at: change.now,
      updated_by: scope.actor.userId,
    })
    .where('practice_id', '=', scope.practiceId)
    .where('client_id', '=', scope.clientId)
    .where('id', '=', id)
    .execute();
}

const practiceColumns = [
  'id',
  'hierarchy_id',
  'step_id',
  'practiced_at',
  'recorded_at',
  'suds_before',
  'suds_peak',
  'suds_after',
  'readings',
  'minutes',
  'outcome_came_true',
  'words',
  'visibility',
] as const;

function practiceOf(row: {
  id: string;
  hierarchy_id: string;
  step_id: string;
  practiced_at: Date;
  recorded_at: Date;
  suds_before: number;
  suds_peak: number;
  suds_after: number;
  readings: unknown;
  minutes: number;
  outcome_came_true: number | null;
  words: Buffer | null;
  visibility: EntryVisibility;
}): ExposurePracticeRow {
  return {
    id: row.id,
    hierarchyId: row.hierarchy_id,
    stepId: row.step_id,
    practicedAt: row.practiced_at,
    recordedAt: row.recorded_at,
    sudsBefore: row.suds_before,
    sudsPeak: row.suds_peak,
    sudsAfter: row.suds_after,
    readings: row.readings as Reading[],
    minutes: row.minutes,
    outcomeCameTrue: row.outcome_came_true,
    words: row.words,
    visibility: row.visibility,
  };
}

/** Stores a new practice; false when the id is taken. */
export async function insertExposurePractice(
  db: Kysely<DB>,
  scope: EntryWriteScope,
  practice: ExposurePracticeRow,
): Promise<boolean> {
  const inserted = await db
    .insertInto('exposure_practices')
    .values({
      practice_id: scope.practiceId,
      id: practice.id,
      client_id: scope.clientId,
      hierarchy_id: practice.hierarchyId,
      step_id: practice.stepId,
      practiced_at: practice.practicedAt,
      recorded_at: practice.recordedAt,
      suds_before: practice.sudsBefore,
      suds_peak: practice.sudsPeak,
      suds_after: practice.sudsAfter,
      readings: JSON.stringify(practice.readings),
      minutes: practice.minutes,
      outcome_came_true: practice.outcomeCameTrue,
      words: practice.words,
      visibility: practice.visibility,
      visibility_changed_at: practice.recordedAt,
    })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function exposurePracticeById(
  db: Kysely<DB>,
  scope: EntryReadScope,
  id: string,
): Promise<ExposurePracticeRow | undefined> {
  const row = await visibleEntries(db, 'exposure_practices', scope)
    .select(practiceColumns)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? practiceOf(row) : undefined;
}

/** Newest first by when practised; `since` bounds the window (the timeline). */
export async function exposurePracticesOf(
  db: Kysely<DB>,
  scope: EntryReadScope,
  options: { limit: number; since?: Date },
): Promise<ExposurePracticeRow[]> {
  let query = visibleEntries(db, 'exposure_practices', scope).select(practiceColumns);
  if (options.since) query = query.where('practiced_at', '>=', options.since);
  const rows = await query
    .orderBy('practiced_at', 'desc')
    .orderBy('id')
    .limit(options.limit)
    .execute();
  return rows.map(practiceOf);
}
