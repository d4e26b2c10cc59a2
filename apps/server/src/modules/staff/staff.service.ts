import { AppError, type StaffRole } from '@tandem/core';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../http/actor.ts';
import { requirePracticeAccess } from '../access/require-access.ts';
import { appendAuditEvent } from '../audit/audit.repo.ts';
import { canonicalJson } from '../audit/canonical-json.ts';
import { sha256Hex } from '../auth/secrets.ts';
import { sendInvitation } from '../invitations/invitation-mail.ts';
import { deleteSessionsOfUser } from '../sessions/sessions.repo.ts';
import { createUserOnce } from '../users/create-user-once.ts';
import { findUserInPractice, setUserStatus } from '../users/users.repo.ts';
import { listStaff, replaceSupervisors, type StaffSummary } from './staff.repo.ts';

type ServiceDeps = Pick<Deps, 'db' | 'clock' | 'config'>;

export async function staffOfPractice(deps: ServiceDeps, actor: Actor): Promise<StaffSummary[]> {
  await requirePracticeAccess(deps, actor, 'staff.manage');
  return listStaff(deps.db, actor.practiceId);
}

export interface CreateStaffInput {
  id: string;
  email: string;
  displayName: string;
  role: StaffRole;
}

/** Creates a staff account and mails them a link to set their password; idempotent by the caller's id. */
export async function createStaff(
  deps: ServiceDeps,
  actor: Actor,
  input: CreateStaffInput,
): Promise<{ user: StaffSummary; created: boolean }> {
  await requirePracticeAccess(deps, actor, 'staff.manage');
  const requestHash = sha256Hex(canonicalJson({ by: actor.userId, ...input }));
  const now = deps.clock();
  const created = await deps.db.transaction().execute(async (trx) => {
    const isNew = await createUserOnce(trx, {
      id: input.id,
      practiceId: actor.practiceId,
      email: input.email,
      displayName: input.displayName,
      role: input.role,
      status: 'invited',
      requestHash,
      now,
    });
    if (!isNew) return false;
    await sendInvitation(deps, trx, {
      practiceId: actor.practiceId,
      userId: input.id,
      email: input.email,
      role: input.role,
    });
    await auditStaff(trx, deps, actor, 'staff.create', input.id, { role: input.role });
    return true;
  });
  return { user: await oneStaff(deps, actor.practiceId, input.id), created };
}

/** Deactivation ends every session of the person at once. Nobody deactivates themselves. */
export async function setStaffActive(
  deps: ServiceDeps,
  actor: Actor,
  userId: string,
  active: boolean,
): Promise<StaffSummary> {
  await requirePracticeAccess(deps, actor, 'staff.manage');
  const user = await findUserInPractice(deps.db, actor.practiceId, userId);
  if (!user || user.role === 'client') throw new AppError('NOT_FOUND');
  if (userId === actor.userId) {
    throw new AppError('VALIDATION_FAILED', {
      message: 'You cannot deactivate your own account.',
      path: 'id',
    });
  }
  await deps.db.transaction().execute(async (trx) => {
    // Back to where they were: active if they had ever accepted the invitation, else invited.
    const status = active ? (user.accepted_at ? 'active' : 'invited') : 'deactivated';
    await setUserStatus(trx, actor.practiceId, userId, status, deps.clock());
    if (!active) await deleteSessionsOfUser(trx, actor.practiceId, userId);
    await auditStaff(
      trx,
      deps,
      actor,
      active ? 'staff.reactivate' : 'staff.deactivate',
      userId,
      {},
    );
  });
  return oneStaff(deps, actor.practiceId, userId);
}

export async function setSupervisors(
  deps: ServiceDeps,
  actor: Actor,
  input: { therapistId: string; supervisorIds: string[] },
): Promise<void> {
  await requirePracticeAccess(deps, actor, 'staff.manage');
  const staff = await listStaff(deps.db, actor.practiceId);
  const therapist = staff.find((s) => s.id === input.therapistId && s.role === 'therapist');
  if (!therapist) throw new AppError('NOT_FOUND');
  const supervisorIds = [...new Set(input.supervisorIds)];
  supervisorIds.forEach((id, index) => {
    if (!staff.some((s) => s.id === id && s.role === 'supervisor')) {
      throw new AppError('VALIDATION_FAILED', {
        message: 'This person is not a supervisor in your practice.',
        path: `supervisorIds.${index}`,
      });
    }
  });
  await deps.db.transaction().execute(async (trx) => {
    await replaceSupervisors(trx, actor.practiceId, input.therapistId, supervisorIds, deps.clock());
    await auditStaff(trx, deps, actor, 'staff.supervision.set', input.therapistId, {
      supervisorIds,
    });
  });
}

async function oneStaff(
  deps: ServiceDeps,
  practiceId: string,
  userId: string,
): Promise<StaffSummary> {
  const [user] = await listStaff(deps.db, practiceId, userId);
  if (!user) throw new AppError('NOT_FOUND');
  return user;
}

async function auditStaff(
  trx: Parameters<typeof appendAuditEvent>[0],
  deps: Pick<Deps, 'clock'>,
  actor: Actor,
  action: string,
  userId: string,
  detail: Record<string, unknown>,
): Promise<void> {
  await appendAuditEvent(
    trx,
    {
      practiceId: actor.practiceId,
      actorId: actor.userId,
      actorRole: actor.role,
      action,
      resourceType: 'user',
      resourceId: userId,
      outcome: 'allowed',
      detail,
    },
    deps.clock(),
  );
}
