import { AppError } from '@tandem/core';
import type { Kysely, Transaction } from 'kysely';
import type { DB, GroupMemberAnswerKind } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import {
  ownGroupMemberships,
  requireGroupMembership,
  type GroupMemberScope,
} from '../access/require-access.ts';
import { appendAuditEvent } from '../audit/audit.repo.ts';
import type { AuditAction } from '../audit/audit-actions.ts';
import { auditedBy } from '../audit/audited-by.ts';
import type { ServiceDeps } from '../homework/homework.service.ts';
import { claimSubmission, type IdempotentOperation } from '../idempotency/claim-submission.ts';
import {
  groupColumn,
  openAnswer,
  type OwnGoalContent,
  type SafetyCheckContent,
} from './group-view.ts';
import { groupKindOf } from './groups.repo.ts';
import {
  goalsSharedWithMember,
  insertOwnAnswer,
  ownAnswerById,
  ownLatestAnswers,
  ownSafetyCheckRequest,
  type AnswerRow,
} from './member-answers.repo.ts';
import type { MyGroups, OwnGoal, SafetyCheck } from './groups.schemas.ts';
import { safetyStatus } from './joint-work.ts';
import { needsPrivateConversation, safetyCheckQuestions } from './safety-check.ts';

type MyGroup = MyGroups['groups'][number];

/**
 * The member's own part of one group: their goal and whether a safety check
 * waits for them. Read through their own scope only, so nothing about the
 * other members (not even whether they answered) can be in it.
 */
async function ownPart(
  db: Kysely<DB>,
  deps: ServiceDeps,
  scope: GroupMemberScope,
): Promise<MyGroup> {
  const answers = await ownLatestAnswers(db, scope);
  const own = answers.find((a) => a.kind === 'own-goal');
  const check = answers.find((a) => a.kind === 'safety-check');
  const requestedAt = await ownSafetyCheckRequest(db, scope);
  const status = safetyStatus({
    requestedAt,
    latest: check ? { at: check.createdAt, needsPrivateConversation: false } : null,
    privateConversationAt: null,
  });
  return {
    id: scope.groupId,
    kind: await groupKindOf(db, scope),
    ownGoal: own
      ? {
          text: openAnswer<OwnGoalContent>(deps.cipher, own).text,
          at: own.createdAt.toISOString(),
          sharedWithGroup: own.sharedWithGroup,
        }
      : null,
    safetyCheck: {
      asked: requestedAt !== null,
      answeredAt: status === 'answered' && check ? check.createdAt.toISOString() : null,
    },
    sharedWithMe: (await goalsSharedWithMember(db, scope)).map((row) => ({
      displayName: row.displayName,
      text: openAnswer<OwnGoalContent>(deps.cipher, row).text,
      at: row.createdAt.toISOString(),
    })),
  };
}

async function audit(
  db: Transaction<DB>,
  actor: Actor,
  action: AuditAction,
  scope: GroupMemberScope,
  now: Date,
  detail?: Record<string, unknown>,
): Promise<void> {
  await appendAuditEvent(
    db,
    {
      ...auditedBy(actor),
      action,
      resourceType: 'client-group',
      resourceId: scope.groupId,
      clientId: scope.clientId,
      outcome: 'allowed',
      ...(detail ? { detail } : {}),
    },
    now,
  );
}

/** The signed-in client's couples and families: their own part of each, nothing of the others. */
export async function myGroups(deps: ServiceDeps, actor: Actor): Promise<MyGroups> {
  const scopes = await ownGroupMemberships(deps, actor);
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const groups: MyGroup[] = [];
    for (const scope of scopes) {
      groups.push(await ownPart(trx, deps, scope));
      await audit(trx, actor, 'group.own.read', scope, now);
    }
    return {
      groups,
      safetyQuestions: safetyCheckQuestions.map((q) => ({ key: q.key, text: q.text })),
    };
  });
}

/**
 * Claims the member's submission id: 'replay' answers the answer stored under
 * it (a retry stores nothing twice); the same id with another body is
 * SUBMISSION_ID_REUSED.
 */
async function claimOwn(
  trx: Kysely<DB>,
  scope: GroupMemberScope,
  operation: IdempotentOperation,
  request: { id: string } & Record<string, unknown>,
  now: Date,
): Promise<AnswerRow | 'new'> {
  const claim = await claimSubmission(
    trx,
    {
      practiceId: scope.practiceId,
      actorId: scope.actor.userId,
      operation,
      submissionId: request.id,
    },
    { ...request, groupId: scope.groupId },
    now,
  );
  if (claim === 'new') return 'new';
  const stored = await ownAnswerById(trx, scope, request.id);
  if (!stored) throw new AppError('SUBMISSION_ID_REUSED', { path: 'id' });
  return stored;
}

async function storeOwn(
  deps: ServiceDeps,
  trx: Kysely<DB>,
  scope: GroupMemberScope,
  answer: {
    id: string;
    kind: GroupMemberAnswerKind;
    content: string;
    needsPrivateConversation: boolean;
    sharedWithGroup: boolean;
  },
  now: Date,
): Promise<void> {
  const content = deps.cipher.seal(answer.content, {
    column: groupColumn.answer,
    rowId: answer.id,
  });
  const made = await insertOwnAnswer(trx, scope, { ...answer, content }, now);
  if (!made) throw new AppError('SUBMISSION_ID_REUSED', { path: 'id' });
}

/**
 * The member writes their own goal for the joint work: seen by them and the
 * care team, never by another member. Each save is kept; the latest shows.
 */
export async function saveOwnGoal(
  deps: ServiceDeps,
  actor: Actor,
  groupId: string,
  input: OwnGoal,
): Promise<MyGroups> {
  const scope = await requireGroupMembership(deps, actor, groupId);
  const now = deps.clock();
  await deps.db.transaction().execute(async (trx) => {
    if ((await claimOwn(trx, scope, 'group.own-goal.save', { ...input }, now)) !== 'new') return;
    await storeOwn(
      deps,
      trx,
      scope,
      {
        id: input.id,
        kind: 'own-goal',
        content: JSON.stringify({ text: input.text } satisfies OwnGoalContent),
        needsPrivateConversation: false,
        sharedWithGroup: input.shareWithGroup,
      },
      now,
    );
    await audit(trx, actor, 'group.own-goal.save', scope, now);
  });
  return myGroups(deps, actor);
}

/**
 * The member answers the safety check they were asked, alone. Any answer
 * other than "no" marks a private conversation as needed; the answer says so,
 * so the app shows crisis resources at once. Only a check that waits may be
 * answered (SAFETY_CHECK_NOT_OPEN otherwise); a retry answers the same.
 */
export async function answerSafetyCheck(
  deps: ServiceDeps,
  actor: Actor,
  groupId: string,
  input: SafetyCheck,
): Promise<{ needsPrivateConversation: boolean; answeredAt: string }> {
  const scope = await requireGroupMembership(deps, actor, groupId);
  const now = deps.clock();
  const concern = needsPrivateConversation(input.answers);
  return deps.db.transaction().execute(async (trx) => {
    const claimed = await claimOwn(trx, scope, 'group.safety-check.answer', { ...input }, now);
    if (claimed !== 'new') {
      return {
        needsPrivateConversation: claimed.needsPrivateConversation,
        answeredAt: claimed.createdAt.toISOString(),
      };
    }
    const requestedAt = await ownSafetyCheckRequest(trx, scope);
    const latest = (await ownLatestAnswers(trx, scope)).find((a) => a.kind === 'safety-check');
    const status = safetyStatus({
      requestedAt,
      latest: latest ? { at: latest.createdAt, needsPrivateConversation: false } : null,
      privateConversationAt: null,
    });
    if (status !== 'waiting') throw new AppError('SAFETY_CHECK_NOT_OPEN');
    const content: SafetyCheckContent = {
      answers: input.answers,
      note: input.note !== null && input.note.trim() !== '' ? input.note : null,
    };
    await storeOwn(
      deps,
      trx,
      scope,
      {
        id: input.id,
        kind: 'safety-check',
        content: JSON.stringify(content),
        needsPrivateConversation: concern,
        sharedWithGroup: false,
      },
      now,
    );
    // The answers are never in the audit log: only that the check was answered.
    await audit(trx, actor, 'group.safety-check.answer', scope, now);
    return { needsPrivateConversation: concern, answeredAt: now.toISOString() };
  });
}
