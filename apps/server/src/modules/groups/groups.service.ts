import { AppError } from '@tandem/core';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import {
  groupScopesAmong,
  requireCaseloadAccess,
  requireClientAccess,
  requireGroupAccess,
  type ClientScope,
  type GroupScope,
} from '../access/require-access.ts';
import { groupIdsWithMembers } from '../access/group-facts.repo.ts';
import { appendAuditEvent } from '../audit/audit.repo.ts';
import type { AuditAction } from '../audit/audit-actions.ts';
import { auditedBy } from '../audit/audited-by.ts';
import { assignHomework, type ServiceDeps } from '../homework/homework.service.ts';
import { claimSubmission } from '../idempotency/claim-submission.ts';
import { groupHomework, memberHomeworkId } from './group-homework.ts';
import { combinedView, groupColumn, groupName, groupSummary } from './group-view.ts';
import {
  addMembers,
  caseloadClientIds,
  groupRow,
  insertGroup,
  recordPrivateConversation,
  removeMembers,
  requestSafetyChecks,
  updateGroup,
} from './groups.repo.ts';
import { linkGroupHomework } from './group-homework.repo.ts';
import {
  GROUP_SIZE,
  type GroupChange,
  type GroupHomework,
  type GroupKind,
  type GroupView,
  type NewGroup,
} from './groups.schemas.ts';

/** One audit event per member: "who touched this client's record" stays one query. */
async function auditEachMember(
  db: Transaction<DB>,
  actor: Actor,
  action: AuditAction,
  groupId: string,
  clientIds: readonly string[],
  now: Date,
  detail?: Record<string, unknown>,
): Promise<void> {
  for (const clientId of clientIds) {
    await appendAuditEvent(
      db,
      {
        ...auditedBy(actor),
        action,
        resourceType: 'client-group',
        resourceId: groupId,
        clientId,
        outcome: 'allowed',
        ...(detail ? { detail } : {}),
      },
      now,
    );
  }
}

function checkMemberCount(kind: GroupKind, memberIds: readonly string[]): void {
  if (new Set(memberIds).size !== memberIds.length) {
    throw new AppError('VALIDATION_FAILED', {
      path: 'memberIds',
      message: 'Each person can be chosen once.',
    });
  }
  const { min, max } = GROUP_SIZE[kind];
  if (memberIds.length < min || memberIds.length > max) {
    throw new AppError('VALIDATION_FAILED', {
      path: 'memberIds',
      message:
        kind === 'couple'
          ? 'A couple is two people: choose two.'
          : `A family here is ${min} to ${max} people.`,
    });
  }
}

/** Every member must be one of the therapist's own clients: anyone else is NOT_FOUND. */
async function manageScopes(
  deps: ServiceDeps,
  actor: Actor,
  memberIds: readonly string[],
): Promise<ClientScope<'client.groups.manage'>[]> {
  const scopes: ClientScope<'client.groups.manage'>[] = [];
  for (const id of memberIds) {
    scopes.push(await requireClientAccess(deps, actor, 'client.groups.manage', id));
  }
  return scopes;
}

async function viewOf(
  deps: ServiceDeps,
  db: Kysely<DB>,
  actor: Actor,
  scope: GroupScope<'client.groups.read'>,
): Promise<GroupView> {
  const group = await groupRow(db, scope);
  if (!group) throw new AppError('NOT_FOUND');
  const view = await combinedView(db, deps.cipher, scope, group);
  return { ...view, homework: await groupHomework(deps, db, actor, scope) };
}

/** Reads the group back after a change, as the care team sees it, audited as a read too. */
async function readBack(deps: ServiceDeps, actor: Actor, groupId: string): Promise<GroupView> {
  return readGroup(deps, actor, groupId);
}

/**
 * The couples and families whose every member the actor may see (a
 * therapist's own clients, a supervisor's supervisees' clients), with where
 * each stands on the safety check; nothing a member wrote.
 */
export async function listGroups(deps: ServiceDeps, actor: Actor) {
  const caseload = await requireCaseloadAccess(deps, actor);
  const clientIds = await caseloadClientIds(deps.db, caseload);
  const candidates = await groupIdsWithMembers(deps.db, caseload.practiceId, clientIds);
  const scopes = await groupScopesAmong(deps, actor, 'client.groups.read', candidates);
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const groups = [];
    for (const scope of scopes) {
      const group = await groupRow(trx, scope);
      if (!group) continue;
      groups.push({
        id: group.id,
        kind: group.kind,
        name: groupName(deps.cipher, group),
        createdAt: group.createdAt.toISOString(),
        ...(await groupSummary(trx, scope)),
      });
    }
    groups.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id));
    await appendAuditEvent(
      trx,
      {
        ...auditedBy(actor),
        action: 'groups.list',
        resourceType: 'client-group',
        outcome: 'allowed',
        detail: { groups: groups.map((g) => g.id) },
      },
      now,
    );
    return { groups };
  });
}

/** The combined view of one couple or family (staff). */
export async function readGroup(
  deps: ServiceDeps,
  actor: Actor,
  groupId: string,
): Promise<GroupView> {
  const scope = await requireGroupAccess(deps, actor, 'client.groups.read', groupId);
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const view = await viewOf(deps, trx, actor, scope);
    await auditEachMember(trx, actor, 'group.read', scope.groupId, scope.memberIds, now);
    return view;
  });
}

/**
 * A therapist links their own clients as a couple or a family. The id is
 * made on the therapist's device: a retry answers the stored group (200).
 */
export async function createGroup(
  deps: ServiceDeps,
  actor: Actor,
  input: NewGroup,
): Promise<{ created: boolean; group: GroupView }> {
  checkMemberCount(input.kind, input.memberIds);
  const members = await manageScopes(deps, actor, input.memberIds);
  const now = deps.clock();
  const created = await deps.db.transaction().execute(async (trx) => {
    const claim = await claimSubmission(
      trx,
      {
        practiceId: actor.practiceId,
        actorId: actor.userId,
        operation: 'group.create',
        submissionId: input.id,
      },
      { ...input },
      now,
    );
    if (claim === 'replay') return false;
    const name = deps.cipher.seal(input.name, { column: groupColumn.name, rowId: input.id });
    const made = await insertGroup(trx, members, { id: input.id, kind: input.kind, name }, now);
    if (!made) throw new AppError('SUBMISSION_ID_REUSED', { path: 'id' });
    await auditEachMember(trx, actor, 'group.create', input.id, input.memberIds, now, {
      kind: input.kind,
    });
    return true;
  });
  return { created, group: await readBack(deps, actor, input.id) };
}

/** Rename, change who is in it (the kind's size rule holds), or end it. */
export async function changeGroup(
  deps: ServiceDeps,
  actor: Actor,
  groupId: string,
  change: GroupChange,
): Promise<GroupView> {
  const scope = await requireGroupAccess(deps, actor, 'client.groups.manage', groupId);
  const added =
    change.memberIds === undefined
      ? []
      : await manageScopes(
          deps,
          actor,
          change.memberIds.filter((id) => !scope.memberIds.includes(id)),
        );
  const now = deps.clock();
  await deps.db.transaction().execute(async (trx) => {
    const group = await groupRow(trx, scope, { lock: true });
    if (!group || group.endedAt !== null) throw new AppError('NOT_FOUND');
    if (change.memberIds !== undefined) {
      checkMemberCount(group.kind, change.memberIds);
      const removed = scope.memberIds.filter((id) => !change.memberIds!.includes(id));
      await removeMembers(trx, scope, removed, now);
      await addMembers(trx, scope.groupId, added, now);
    }
    await updateGroup(trx, scope, {
      ...(change.name === undefined
        ? {}
        : {
            name: deps.cipher.seal(change.name, { column: groupColumn.name, rowId: scope.groupId }),
          }),
      ...(change.end ? { endedAt: now } : {}),
    });
    const everyone = [...new Set([...scope.memberIds, ...added.map((a) => a.clientId)])];
    await auditEachMember(trx, actor, 'group.change', scope.groupId, everyone, now, {
      renamed: change.name !== undefined,
      members: change.memberIds !== undefined,
      ended: change.end === true,
    });
  });
  return readBack(deps, actor, scope.groupId);
}

/** Asks members to answer the private safety check, each alone on their own device. */
export async function askSafetyCheck(
  deps: ServiceDeps,
  actor: Actor,
  groupId: string,
  memberIds: readonly string[],
): Promise<GroupView> {
  const scope = await requireGroupAccess(deps, actor, 'client.groups.manage', groupId);
  const unknown = memberIds.find((id) => !scope.memberIds.includes(id));
  if (unknown !== undefined) {
    throw new AppError('VALIDATION_FAILED', {
      path: 'memberIds',
      message: 'Choose members of this group.',
    });
  }
  const now = deps.clock();
  await deps.db.transaction().execute(async (trx) => {
    await requestSafetyChecks(trx, scope, memberIds, now);
    await auditEachMember(trx, actor, 'group.safety-check.request', scope.groupId, memberIds, now);
  });
  return readBack(deps, actor, scope.groupId);
}

/** The therapist records they spoke with a member alone about their safety check. */
export async function notePrivateConversation(
  deps: ServiceDeps,
  actor: Actor,
  groupId: string,
  clientId: string,
): Promise<GroupView> {
  const scope = await requireGroupAccess(deps, actor, 'client.groups.manage', groupId);
  if (!scope.memberIds.includes(clientId)) {
    throw new AppError('VALIDATION_FAILED', {
      path: 'clientId',
      message: 'Choose a member of this group.',
    });
  }
  const now = deps.clock();
  await deps.db.transaction().execute(async (trx) => {
    await recordPrivateConversation(trx, scope, clientId, now);
    await auditEachMember(
      trx,
      actor,
      'group.private-conversation.record',
      scope.groupId,
      [clientId],
      now,
    );
  });
  return readBack(deps, actor, scope.groupId);
}

/**
 * The same homework for every current member: each gets their own homework
 * (answered alone, private or shared as they choose), tied to the group.
 * Each member's id is derived from the batch id, so a retry sets nothing twice.
 */
export async function assignGroupHomework(
  deps: ServiceDeps,
  actor: Actor,
  groupId: string,
  input: GroupHomework,
): Promise<GroupView> {
  const scope = await requireGroupAccess(deps, actor, 'client.groups.manage', groupId);
  for (const clientId of scope.memberIds) {
    const homeworkId = memberHomeworkId(input.id, clientId);
    await assignHomework(deps, actor, clientId, {
      id: homeworkId,
      tool: input.tool,
      dueOn: input.dueOn,
      note: input.note,
    });
    const now = deps.clock();
    await deps.db.transaction().execute(async (trx) => {
      await linkGroupHomework(trx, scope, { batchId: input.id, clientId, homeworkId }, now);
      await auditEachMember(trx, actor, 'group.homework.assign', scope.groupId, [clientId], now, {
        homeworkId,
      });
    });
  }
  return readBack(deps, actor, scope.groupId);
}
