import { AppError, type StaffRole } from '@tandem/core';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../http/actor.ts';
import { requirePracticeAccess } from '../access/require-access.ts';
import type { AuditAction } from '../audit/audit-actions.ts';
import { appendAuditEvent } from '../audit/audit.repo.ts';
import { auditedBy } from '../audit/audited-by.ts';
import { clientsOfTherapist, handOverClients, leaveCareTeams } from '../clients/clients.repo.ts';
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
  const now = deps.clock();
  const created = await deps.db.transaction().execute(async (trx) => {
    const done = await createUserOnce(
      trx,
      {
        id: input.id,
        practiceId: actor.practiceId,
        email: input.email,
        displayName: input.displayName,
        role: input.role,
        status: 'invited',
        now,
      },
      {
        actorId: actor.userId,
        operation: 'staff.create',
        request: { email: input.email, displayName: input.displayName, role: input.role },
      },
    );
    if (done === 'replay') return false;
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

/**
 * Deactivation ends every session of the person at once. A therapist's
 * clients go to the therapist the admin names in `handOverTo`: no client is
 * ever left with a care team of nobody. Nobody deactivates themselves.
 */
export async function deactivateStaff(
  deps: ServiceDeps,
  actor: Actor,
  userId: string,
  handOverTo: string | undefined,
): Promise<StaffSummary> {
  const scope = await requirePracticeAccess(deps, actor, 'staff.manage');
  const user = await findUserInPractice(deps.db, scope.practiceId, userId);
  if (!user || user.role === 'client') throw new AppError('NOT_FOUND');
  if (userId === actor.userId) {
    throw new AppError('VALIDATION_FAILED', {
      message: 'You cannot deactivate your own account.',
      path: 'id',
    });
  }
  const now = deps.clock();
  await deps.db.transaction().execute(async (trx) => {
    const clients = await clientsOfTherapist(trx, scope, userId);
    let handedOver: string[] = [];
    if (clients.length > 0) {
      const successor = await checkSuccessor(deps, scope.practiceId, userId, handOverTo, clients);
      // With nobody named, every client has another therapist: the leaving one just leaves.
      handedOver =
        successor === null
          ? await leaveCareTeams(trx, scope, userId)
          : await handOverClients(trx, scope, userId, successor, now);
    }
    await setUserStatus(trx, scope.practiceId, userId, 'deactivated', now);
    await deleteSessionsOfUser(trx, scope.practiceId, userId);
    await auditStaff(trx, deps, actor, 'staff.deactivate', userId, {
      ...(handedOver.length > 0 ? { handedOverTo: handOverTo ?? null, clientIds: handedOver } : {}),
    });
  });
  return oneStaff(deps, scope.practiceId, userId);
}

/**
 * Whom the leaving therapist's clients go to. Required when any of them would
 * otherwise have no active therapist; null when every client has another one
 * and the admin named nobody.
 */
async function checkSuccessor(
  deps: ServiceDeps,
  practiceId: string,
  leavingId: string,
  handOverTo: string | undefined,
  clients: { clientId: string; othersOnTeam: number }[],
): Promise<string | null> {
  const alone = clients.filter((c) => c.othersOnTeam === 0).length;
  if (handOverTo === undefined) {
    if (alone === 0) return null;
    throw new AppError('CLIENTS_NEED_THERAPIST', {
      message: `${alone === 1 ? '1 client has' : `${alone} clients have`} no other therapist. Choose who takes over.`,
      path: 'handOverTo',
    });
  }
  const staff = await listStaff(deps.db, practiceId);
  const successor = staff.find(
    (s) => s.id === handOverTo && s.role === 'therapist' && s.status === 'active',
  );
  if (!successor || successor.id === leavingId) {
    throw new AppError('VALIDATION_FAILED', {
      message: 'Choose another active therapist of this practice.',
      path: 'handOverTo',
    });
  }
  return successor.id;
}

/** Back to where they were: active if they had ever accepted the invitation, else invited. */
export async function reactivateStaff(
  deps: ServiceDeps,
  actor: Actor,
  userId: string,
): Promise<StaffSummary> {
  const scope = await requirePracticeAccess(deps, actor, 'staff.manage');
  const user = await findUserInPractice(deps.db, scope.practiceId, userId);
  if (!user || user.role === 'client') throw new AppError('NOT_FOUND');
  await deps.db.transaction().execute(async (trx) => {
    const status = user.accepted_at ? 'active' : 'invited';
    await setUserStatus(trx, scope.practiceId, userId, status, deps.clock());
    await auditStaff(trx, deps, actor, 'staff.reactivate', userId, {});
  });
  return oneStaff(deps, scope.practiceId, userId);
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
  action: AuditAction,
  userId: string,
  detail: Record<string, unknown>,
): Promise<void> {
  await appendAuditEvent(
    trx,
    {
      ...auditedBy(actor),
      action,
      resourceType: 'user',
      resourceId: userId,
      outcome: 'allowed',
      detail,
    },
    deps.clock(),
  );
}
