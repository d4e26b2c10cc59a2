import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { requireClientAccess, type GroupScope } from '../access/require-access.ts';
import { homeworkById, type HomeworkRow } from '../homework/homework.repo.ts';
import { clientToday, viewsFor, type ServiceDeps } from '../homework/homework.service.ts';
import { groupHomeworkLinks } from './group-homework.repo.ts';
import type { GroupView } from './groups.schemas.ts';

/** How many member homework rows the combined view reads (newest first). */
const HOMEWORK_LIMIT = 200;

/**
 * Each member's homework id for one homework set for the whole group: made
 * from the batch id the therapist's device chose and the member, so a retry
 * names the same rows (homework creates are idempotent by id) and nothing is
 * set twice. A version-8 UUID (RFC 9562: custom), from SHA-256.
 */
export function memberHomeworkId(batchId: string, clientId: string): string {
  const bytes = createHash('sha256').update(`group-homework:${batchId}:${clientId}`).digest();
  bytes[6] = (bytes[6]! & 0x0f) | 0x80;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Homework set for the whole group, one entry per batch, with how each
 * current member's went, read through that member's own homework scope: the
 * linked entry appears only when the member shared it.
 */
export async function groupHomework(
  deps: ServiceDeps,
  db: Kysely<DB>,
  actor: Actor,
  scope: GroupScope<'client.groups.read'>,
): Promise<GroupView['homework']> {
  const links = await groupHomeworkLinks(db, scope, HOMEWORK_LIMIT);
  const views = new Map<string, Awaited<ReturnType<typeof viewsFor>>[number]>();
  for (const clientId of scope.memberIds) {
    const ids = links.filter((l) => l.clientId === clientId).map((l) => l.homeworkId);
    if (ids.length === 0) continue;
    const read = await requireClientAccess(deps, actor, 'client.homework.read', clientId);
    const rows: HomeworkRow[] = [];
    for (const id of ids) {
      const row = await homeworkById(db, read, id);
      if (row) rows.push(row);
    }
    const today = await clientToday(db, read, deps.clock());
    for (const view of await viewsFor(deps, db, actor, clientId, rows, today)) {
      views.set(view.id, view);
    }
  }
  const batches: GroupView['homework'] = [];
  for (const link of links) {
    const view = views.get(link.homeworkId);
    if (!view) continue;
    let batch = batches.find((b) => b.id === link.batchId);
    if (!batch) {
      batch = {
        id: link.batchId,
        tool: view.tool,
        dueOn: view.dueOn,
        note: view.note,
        assignedAt: view.assignedAt,
        members: [],
      };
      batches.push(batch);
    }
    batch.members.push({
      clientId: link.clientId,
      homeworkId: view.id,
      status: view.status,
      helpfulness: view.helpfulness,
      entry: view.entry,
    });
  }
  const order = new Map(scope.memberIds.map((id, index) => [id, index]));
  for (const batch of batches) {
    batch.members.sort((a, b) => order.get(a.clientId)! - order.get(b.clientId)!);
  }
  return batches;
}
