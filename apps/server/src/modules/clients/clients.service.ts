import { AppError, localDate } from '@tandem/core';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../http/actor.ts';
import {
  requireCaseloadAccess,
  requireClientAccess,
  requirePracticeAccess,
  type ClientScope,
} from '../access/require-access.ts';
import type { AuditAction } from '../audit/audit-actions.ts';
import { appendAuditEvent } from '../audit/audit.repo.ts';
import { auditedBy } from '../audit/audited-by.ts';
import { sendInvitation } from '../invitations/invitation-mail.ts';
import { practiceTimeZone } from '../practices/practice-time-zone.repo.ts';
import { deleteSessionsOfUser } from '../sessions/sessions.repo.ts';
import { listStaff } from '../staff/staff.repo.ts';
import { createUserOnce } from '../users/create-user-once.ts';
import { findUserInPractice } from '../users/users.repo.ts';
import {
  careTeamOf,
  clientById,
  clientDirectory,
  clientsOfStaff,
  insertClientRecord,
  replaceCareTeam,
  setArchived,
  type ClientSummary,
} from './clients.repo.ts';

type ServiceDeps = Pick<Deps, 'db' | 'clock' | 'config'>;

/**
 * A therapist's (or a supervisor's, read-only) caseload. The read is one
 * audit event naming every client id it returned.
 */
export async function caseload(
  deps: ServiceDeps,
  actor: Actor,
  status: 'active' | 'archived',
): Promise<{ clients: ClientSummary[]; today: string }> {
  const scope = await requireCaseloadAccess(deps, actor);
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const clients = await clientsOfStaff(trx, scope, status === 'archived');
    // Forms that start something for several clients at once (the starter set) start on
    // the practice's today, never on the date of the therapist's device.
    const today = localDate(now, await practiceTimeZone(trx, scope.practiceId));
    await appendAuditEvent(
      trx,
      {
        ...auditedBy(actor),
        action: 'caseload.read',
        resourceType: 'client-list',
        outcome: 'allowed',
        detail: { clientIds: clients.map((c) => c.id), status },
      },
      now,
    );
    return { clients, today };
  });
}

export async function getClient(
  deps: ServiceDeps,
  actor: Actor,
  clientId: string,
): Promise<ClientSummary> {
  const scope = await requireClientAccess(deps, actor, 'client.profile.read', clientId);
  return deps.db.transaction().execute(async (trx) => {
    const client = await clientById(trx, scope);
    if (!client) throw new AppError('NOT_FOUND');
    await auditClient(trx, deps, scope, 'client.read');
    return client;
  });
}

export interface InviteClientInput {
  id: string;
  email: string;
  displayName: string;
}

/**
 * Creates the client with the id the caller chose, puts them on the
 * therapist's care team and mails a one-time link. A retry of the same
 * request answers the stored client ({created: false}); the same id with
 * another body is SUBMISSION_ID_REUSED (claim-submission.ts).
 */
export async function inviteClient(
  deps: ServiceDeps,
  actor: Actor,
  input: InviteClientInput,
): Promise<{ client: ClientSummary; created: boolean }> {
  const practice = await requirePracticeAccess(deps, actor, 'client.invite');
  const now = deps.clock();
  const outcome = await deps.db.transaction().execute(async (trx) => {
    const done = await createUserOnce(
      trx,
      {
        id: input.id,
        practiceId: practice.practiceId,
        email: input.email,
        displayName: input.displayName,
        role: 'client',
        status: 'invited',
        now,
      },
      {
        actorId: actor.userId,
        operation: 'client.invite',
        request: { email: input.email, displayName: input.displayName },
      },
    );
    if (done === 'replay') return done;
    await insertClientRecord(trx, {
      practiceId: practice.practiceId,
      clientId: input.id,
      therapistId: actor.userId,
      now,
    });
    await sendInvitation(deps, trx, {
      practiceId: practice.practiceId,
      userId: input.id,
      email: input.email,
      role: 'client',
    });
    await appendAuditEvent(
      trx,
      {
        ...auditedBy(actor),
        action: 'client.invite',
        resourceType: 'client',
        resourceId: input.id,
        clientId: input.id,
        outcome: 'allowed',
      },
      now,
    );
    return done;
  });
  // A replay answers the stored client: that is a read, and audited as one.
  if (outcome === 'replay')
    return { client: await getClient(deps, actor, input.id), created: false };
  const scope = await requireClientAccess(deps, actor, 'client.profile.read', input.id);
  const client = await clientById(deps.db, scope);
  if (!client) throw new AppError('NOT_FOUND');
  return { client, created: true };
}

/**
 * Archiving ends the client's access to this practice at once (their sessions
 * here end and they cannot sign in here) and takes them off the caseload; the
 * record is kept. Restoring gives both back.
 */
export async function setClientArchived(
  deps: ServiceDeps,
  actor: Actor,
  clientId: string,
  archived: boolean,
): Promise<ClientSummary> {
  const scope = await requireClientAccess(deps, actor, 'client.manage', clientId);
  return deps.db.transaction().execute(async (trx) => {
    await setArchived(trx, scope, archived ? deps.clock() : null);
    if (archived) await deleteSessionsOfUser(trx, scope.practiceId, scope.clientId);
    await auditClient(trx, deps, scope, archived ? 'client.archive' : 'client.restore');
    const client = await clientById(trx, scope);
    if (!client) throw new AppError('NOT_FOUND');
    return client;
  });
}

export async function resendClientInvitation(
  deps: ServiceDeps,
  actor: Actor,
  clientId: string,
): Promise<void> {
  const scope = await requireClientAccess(deps, actor, 'client.manage', clientId);
  await deps.db.transaction().execute(async (trx) => {
    const user = await findUserInPractice(trx, scope.practiceId, scope.clientId);
    // Someone who has already set a password signs in or resets it; a new invitation would be a second way in.
    if (!user || user.status !== 'invited') throw new AppError('NOT_FOUND');
    await sendInvitation(deps, trx, {
      practiceId: scope.practiceId,
      userId: scope.clientId,
      email: user.email,
      role: 'client',
    });
    await auditClient(trx, deps, scope, 'client.invitation.resend');
  });
}

/** The signed-in client's own care team (names only). */
export async function myCareTeam(
  deps: ServiceDeps,
  actor: Actor,
): Promise<{ id: string; displayName: string }[]> {
  const scope = await requireClientAccess(deps, actor, 'client.careTeam.read', actor.userId);
  return deps.db.transaction().execute(async (trx) => {
    const team = await careTeamOf(trx, scope);
    await auditClient(trx, deps, scope, 'careTeam.read', { staffIds: team.map((s) => s.id) });
    return team.map((s) => ({ id: s.id, displayName: s.display_name }));
  });
}

/** The admin's list of clients: who they are, their status and their therapists; nothing clinical. */
export async function clientsForAdmin(deps: ServiceDeps, actor: Actor): Promise<ClientSummary[]> {
  const scope = await requirePracticeAccess(deps, actor, 'clients.directory');
  return deps.db.transaction().execute(async (trx) => {
    const clients = await clientDirectory(trx, scope);
    await appendAuditEvent(
      trx,
      {
        ...auditedBy(actor),
        action: 'clients.directory.read',
        resourceType: 'client-list',
        outcome: 'allowed',
        detail: { clientIds: clients.map((c) => c.id) },
      },
      deps.clock(),
    );
    return clients;
  });
}

/**
 * The admin sets who is on a client's care team: one or more active
 * therapists of the practice. A client is never left with nobody.
 */
export async function setCareTeam(
  deps: ServiceDeps,
  actor: Actor,
  clientId: string,
  therapistIds: string[],
): Promise<ClientSummary> {
  const scope = await requireClientAccess(deps, actor, 'client.careTeam.assign', clientId);
  const wanted = [...new Set(therapistIds)];
  const staff = await listStaff(deps.db, scope.practiceId);
  wanted.forEach((id, index) => {
    if (!staff.some((s) => s.id === id && s.role === 'therapist' && s.status === 'active')) {
      throw new AppError('VALIDATION_FAILED', {
        message: 'Choose an active therapist of this practice.',
        path: `therapistIds.${index}`,
      });
    }
  });
  return deps.db.transaction().execute(async (trx) => {
    await replaceCareTeam(trx, scope, wanted, deps.clock());
    await auditClient(trx, deps, scope, 'client.careTeam.set', { therapistIds: wanted });
    const client = await clientById(trx, scope);
    if (!client) throw new AppError('NOT_FOUND');
    return client;
  });
}

async function auditClient(
  trx: Parameters<typeof appendAuditEvent>[0],
  deps: Pick<Deps, 'clock'>,
  scope: ClientScope,
  action: AuditAction,
  detail: Record<string, unknown> = {},
): Promise<void> {
  await appendAuditEvent(
    trx,
    {
      ...auditedBy(scope.actor),
      action,
      resourceType: 'client',
      resourceId: scope.clientId,
      clientId: scope.clientId,
      outcome: 'allowed',
      detail,
    },
    deps.clock(),
  );
}
