import { AppError } from '@tandem/core';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../http/actor.ts';
import { requireClientAccess, requirePracticeAccess } from '../access/require-access.ts';
import { appendAuditEvent } from '../audit/audit.repo.ts';
import { canonicalJson } from '../audit/canonical-json.ts';
import { sha256Hex } from '../auth/secrets.ts';
import { sendInvitation } from '../invitations/invitation-mail.ts';
import { createUserOnce } from '../users/create-user-once.ts';
import { findUserInPractice } from '../users/users.repo.ts';
import {
  careTeamOf,
  clientById,
  clientsOfStaff,
  insertClientRecord,
  setArchived,
  supervisedTherapists,
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
): Promise<ClientSummary[]> {
  await requirePracticeAccess(deps, actor, 'caseload.read');
  const staffIds =
    actor.role === 'supervisor'
      ? await supervisedTherapists(deps.db, actor.practiceId, actor.userId)
      : [actor.userId];
  return deps.db.transaction().execute(async (trx) => {
    const clients = await clientsOfStaff(trx, actor.practiceId, staffIds, status === 'archived');
    await appendAuditEvent(
      trx,
      {
        practiceId: actor.practiceId,
        actorId: actor.userId,
        actorRole: actor.role,
        action: 'caseload.read',
        resourceType: 'client-list',
        outcome: 'allowed',
        detail: { clientIds: clients.map((c) => c.id), status },
      },
      deps.clock(),
    );
    return clients;
  });
}

export async function getClient(
  deps: ServiceDeps,
  actor: Actor,
  clientId: string,
): Promise<ClientSummary> {
  await requireClientAccess(deps, actor, 'client.profile.read', clientId);
  return deps.db.transaction().execute(async (trx) => {
    const client = await clientById(trx, actor.practiceId, clientId);
    if (!client) throw new AppError('NOT_FOUND');
    await auditClient(trx, deps, actor, 'client.read', clientId);
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
 * therapist's care team and mails a one-time link. A retry with the same id
 * and body answers the stored client ({created: false}); the same id with
 * another body is SUBMISSION_ID_REUSED.
 */
export async function inviteClient(
  deps: ServiceDeps,
  actor: Actor,
  input: InviteClientInput,
): Promise<{ client: ClientSummary; created: boolean }> {
  await requirePracticeAccess(deps, actor, 'client.invite');
  const requestHash = sha256Hex(
    canonicalJson({ by: actor.userId, email: input.email, displayName: input.displayName }),
  );
  const now = deps.clock();
  const created = await deps.db.transaction().execute(async (trx) => {
    const isNew = await createUserOnce(trx, {
      id: input.id,
      practiceId: actor.practiceId,
      email: input.email,
      displayName: input.displayName,
      role: 'client',
      status: 'invited',
      requestHash,
      now,
    });
    if (!isNew) return false;
    await insertClientRecord(trx, {
      practiceId: actor.practiceId,
      clientId: input.id,
      therapistId: actor.userId,
      now,
    });
    await sendInvitation(deps, trx, {
      practiceId: actor.practiceId,
      userId: input.id,
      email: input.email,
      role: 'client',
    });
    await auditClient(trx, deps, actor, 'client.invite', input.id);
    return true;
  });
  if (!created) {
    // A replay answers the stored client: that is a read, and audited as one.
    return { client: await getClient(deps, actor, input.id), created };
  }
  const client = await clientById(deps.db, actor.practiceId, input.id);
  if (!client) throw new AppError('NOT_FOUND');
  return { client, created };
}

export async function setClientArchived(
  deps: ServiceDeps,
  actor: Actor,
  clientId: string,
  archived: boolean,
): Promise<ClientSummary> {
  await requireClientAccess(deps, actor, 'client.manage', clientId);
  await deps.db.transaction().execute(async (trx) => {
    await setArchived(trx, actor.practiceId, clientId, archived ? deps.clock() : null);
    await auditClient(trx, deps, actor, archived ? 'client.archive' : 'client.restore', clientId);
  });
  const client = await clientById(deps.db, actor.practiceId, clientId);
  if (!client) throw new AppError('NOT_FOUND');
  return client;
}

export async function resendClientInvitation(
  deps: ServiceDeps,
  actor: Actor,
  clientId: string,
): Promise<void> {
  await requireClientAccess(deps, actor, 'client.manage', clientId);
  await deps.db.transaction().execute(async (trx) => {
    const user = await findUserInPractice(trx, actor.practiceId, clientId);
    // Someone who has already set a password signs in or resets it; a new invitation would be a second way in.
    if (!user || user.status !== 'invited') throw new AppError('NOT_FOUND');
    await sendInvitation(deps, trx, {
      practiceId: actor.practiceId,
      userId: clientId,
      email: user.email,
      role: 'client',
    });
    await auditClient(trx, deps, actor, 'client.invitation.resend', clientId);
  });
}

export async function myCareTeam(
  deps: ServiceDeps,
  actor: Actor,
): Promise<{ id: string; displayName: string }[]> {
  await requirePracticeAccess(deps, actor, 'careTeam.readOwn');
  return deps.db.transaction().execute(async (trx) => {
    const team = await careTeamOf(trx, actor.practiceId, actor.userId);
    await appendAuditEvent(
      trx,
      {
        practiceId: actor.practiceId,
        actorId: actor.userId,
        actorRole: actor.role,
        action: 'careTeam.read',
        resourceType: 'care-team',
        resourceId: actor.userId,
        clientId: actor.userId,
        outcome: 'allowed',
        detail: { staffIds: team.map((s) => s.id) },
      },
      deps.clock(),
    );
    return team.map((s) => ({ id: s.id, displayName: s.display_name }));
  });
}

async function auditClient(
  trx: Parameters<typeof appendAuditEvent>[0],
  deps: Pick<Deps, 'clock'>,
  actor: Actor,
  action: string,
  clientId: string,
): Promise<void> {
  await appendAuditEvent(
    trx,
    {
      practiceId: actor.practiceId,
      actorId: actor.userId,
      actorRole: actor.role,
      action,
      resourceType: 'client',
      resourceId: clientId,
      clientId,
      outcome: 'allowed',
    },
    deps.clock(),
  );
}
