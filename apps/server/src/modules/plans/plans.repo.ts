import type { Kysely } from 'kysely';
import type { DB, LivingDocumentKind } from '../../db/schema.ts';
import type { ClientScope } from '../access/require-access.ts';

type PlanScope = ClientScope<'client.plans.read' | 'client.plans.edit'>;
type EditScope = ClientScope<'client.plans.edit'>;

export interface Editor {
  displayName: string;
  role: string;
}

export interface DocumentRow {
  id: string;
  version: number;
  /** Sealed JSON of the sections. */
  content: Buffer;
  updatedAt: Date;
  updatedBy: Editor;
}

export interface VersionRow {
  id: string;
  version: number;
  content: Buffer;
  editedAt: Date;
  editedBy: Editor;
}

function editorOf(name: string | null, role: string | null): Editor {
  // A person removed from the practice still edited what they edited.
  return { displayName: name ?? 'Someone no longer here', role: role ?? 'unknown' };
}

/** The client's plan of this kind; `lock` holds it until the transaction ends (saves queue). */
export async function documentOf(
  db: Kysely<DB>,
  scope: PlanScope,
  kind: LivingDocumentKind,
  lock = false,
): Promise<DocumentRow | undefined> {
  let query = db
    .selectFrom('living_documents as d')
    .leftJoin('users as u', (join) =>
      join.onRef('u.practice_id', '=', 'd.practice_id').onRef('u.id', '=', 'd.updated_by'),
    )
    .select(['d.id', 'd.version', 'd.content', 'd.updated_at', 'u.display_name', 'u.role'])
    .where('d.practice_id', '=', scope.practiceId)
    .where('d.client_id', '=', scope.clientId)
    .where('d.kind', '=', kind);
  if (lock) query = query.forUpdate('d');
  const row = await query.executeTakeFirst();
  return row
    ? {
        id: row.id,
        version: row.version,
        content: row.content,
        updatedAt: row.updated_at,
        updatedBy: editorOf(row.display_name, row.role),
      }
    : undefined;
}

/** False when someone created the plan a moment ago (the caller answers 412 with theirs). */
export async function insertDocument(
  db: Kysely<DB>,
  scope: EditScope,
  row: { id: string; kind: LivingDocumentKind; content: Buffer; now: Date },
): Promise<boolean> {
  const inserted = await db
    .insertInto('living_documents')
    .values({
      practice_id: scope.practiceId,
      id: row.id,
      client_id: scope.clientId,
      kind: row.kind,
      version: 1,
      content: row.content,
      updated_at: row.now,
      updated_by: scope.actor.userId,
    })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function updateDocument(
  db: Kysely<DB>,
  scope: EditScope,
  documentId: string,
  row: { version: number; content: Buffer; now: Date },
): Promise<void> {
  await db
    .updateTable('living_documents')
    .set({
      version: row.version,
      content: row.content,
      updated_at: row.now,
      updated_by: scope.actor.userId,
    })
    .where('practice_id', '=', scope.practiceId)
    .where('client_id', '=', scope.clientId)
    .where('id', '=', documentId)
    .execute();
}

export async function insertVersion(
  db: Kysely<DB>,
  scope: EditScope,
  row: { id: string; documentId: string; version: number; content: Buffer; now: Date },
): Promise<void> {
  await db
    .insertInto('living_document_versions')
    .values({
      practice_id: scope.practiceId,
      id: row.id,
      document_id: row.documentId,
      version: row.version,
      content: row.content,
      edited_at: row.now,
      edited_by: scope.actor.userId,
    })
    .execute();
}

/** Every version of the client's plan of this kind, newest first. */
export async function versionsOf(
  db: Kysely<DB>,
  scope: PlanScope,
  kind: LivingDocumentKind,
): Promise<VersionRow[]> {
  const rows = await db
    .selectFrom('living_document_versions as v')
    .innerJoin('living_documents as d', (join) =>
      join.onRef('d.practice_id', '=', 'v.practice_id').onRef('d.id', '=', 'v.document_id'),
    )
    .leftJoin('users as u', (join) =>
      join.onRef('u.practice_id', '=', 'v.practice_id').onRef('u.id', '=', 'v.edited_by'),
    )
    .select(['v.id', 'v.version', 'v.content', 'v.edited_at', 'u.display_name', 'u.role'])
    .where('d.practice_id', '=', scope.practiceId)
    .where('d.client_id', '=', scope.clientId)
    .where('d.kind', '=', kind)
    .orderBy('v.version', 'desc')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    version: row.version,
    content: row.content,
    editedAt: row.edited_at,
    editedBy: editorOf(row.display_name, row.role),
  }));
}

/** Changes to the client's plans since a moment (the therapist's timeline), newest first. */
export async function planChangesSince(
  db: Kysely<DB>,
  scope: ClientScope<'client.plans.read'>,
  since: Date,
): Promise<{ kind: LivingDocumentKind; version: number; at: Date; editedBy: Editor }[]> {
  const rows = await db
    .selectFrom('living_document_versions as v')
    .innerJoin('living_documents as d', (join) =>
      join.onRef('d.practice_id', '=', 'v.practice_id').onRef('d.id', '=', 'v.document_id'),
    )
    .leftJoin('users as u', (join) =>
      join.onRef('u.practice_id', '=', 'v.practice_id').onRef('u.id', '=', 'v.edited_by'),
    )
    .select(['d.kind', 'v.version', 'v.edited_at', 'u.display_name', 'u.role'])
    .where('d.practice_id', '=', scope.practiceId)
    .where('d.client_id', '=', scope.clientId)
    .where('v.edited_at', '>=', since)
    .orderBy('v.edited_at', 'desc')
    .limit(200)
    .execute();
  return rows.map((row) => ({
    kind: row.kind,
    version: row.version,
    at: row.edited_at,
    editedBy: editorOf(row.display_name, row.role),
  }));
}

/** Whether the client has a safety plan (the crisis screen offers it). */
export async function hasPlan(
  db: Kysely<DB>,
  scope: ClientScope,
  kind: LivingDocumentKind,
): Promise<boolean> {
  const row = await db
    .selectFrom('living_documents')
    .select('id')
    .where('practice_id', '=', scope.practiceId)
    .where('client_id', '=', scope.clientId)
    .where('kind', '=', kind)
    .executeTakeFirst();
  return row !== undefined;
}
