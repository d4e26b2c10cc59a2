import { AppError, isUuid } from '@tandem/core';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../http/actor.ts';
import type { AuditAction } from '../audit/audit-actions.ts';
import { appendAuditEventNow } from '../audit/audit.repo.ts';
import { auditedBy } from '../audit/audited-by.ts';
import { loadClientFacts, loadSupervisedTherapists } from './client-facts.repo.ts';
import { groupIdsWithMembers, loadGroupFacts } from './group-facts.repo.ts';
import {
  entryVisibilityFor,
  mayDoInPractice,
  mayDoToClient,
  type ClientAction,
  type EntryVisibility,
  type PracticeAction,
} from './policy.ts';

/*
 * Scopes: what a use case gets back from the policy, and what every
 * repository that reads client data requires. Only this file can make one
 * (the classes are exported as types only, and a private field makes them
 * impossible to imitate structurally), so a use case that forgets its access
 * check does not compile: it has no scope to hand to the repository.
 */

/** The actor may do `action` in their practice. */
class PracticeScope<A extends PracticeAction = PracticeAction> {
  readonly #minted = true;
  constructor(
    readonly actor: Actor,
    readonly action: A,
  ) {}
  get practiceId(): string {
    return this.actor.practiceId;
  }
  /** Is this a scope (for the rare check at run time). */
  get minted(): boolean {
    return this.#minted;
  }
}

/** The actor may do `action` to this one client, who exists in the actor's practice. */
class ClientScope<A extends ClientAction = ClientAction> {
  readonly #minted = true;
  constructor(
    readonly actor: Actor,
    readonly action: A,
    readonly clientId: string,
    /** Which of the client's entries this reader sees (policy.ts, entryVisibilityFor). */
    readonly entryVisibility: EntryVisibility,
  ) {}
  get practiceId(): string {
    return this.actor.practiceId;
  }
  get minted(): boolean {
    return this.#minted;
  }
}

/**
 * The clients the actor may list: those on the care team of one of
 * `staffIds` (the therapist's own; for a supervisor, the therapists they
 * supervise).
 */
class CaseloadScope {
  readonly #minted = true;
  constructor(
    readonly actor: Actor,
    readonly staffIds: readonly string[],
  ) {}
  get practiceId(): string {
    return this.actor.practiceId;
  }
  get minted(): boolean {
    return this.#minted;
  }
}

/**
 * The actor may do `action` to this couple or family: to every one of its
 * current members (a scope for each), so no member's part is reached without
 * the policy's say for that member.
 */
class GroupScope<A extends ClientAction = ClientAction> {
  readonly #minted = true;
  constructor(
    readonly actor: Actor,
    readonly action: A,
    readonly groupId: string,
    readonly ended: boolean,
    readonly members: readonly ClientScope<A>[],
  ) {}
  get practiceId(): string {
    return this.actor.practiceId;
  }
  get memberIds(): string[] {
    return this.members.map((member) => member.clientId);
  }
  get minted(): boolean {
    return this.#minted;
  }
}

/** A client's own part of a couple's or family's work: their own answers, never the others'. */
class GroupMemberScope {
  readonly #minted = true;
  constructor(
    readonly actor: Actor,
    readonly groupId: string,
    readonly clientId: string,
  ) {}
  get practiceId(): string {
    return this.actor.practiceId;
  }
  get minted(): boolean {
    return this.#minted;
  }
}

export type { CaseloadScope, ClientScope, GroupMemberScope, GroupScope, PracticeScope };

type AccessDeps = Pick<Deps, 'db' | 'clock'>;

/**
 * The first line of every use case. A denial is audited (in a transaction of
 * its own, since the use case stops here) and answers FORBIDDEN for a
 * practice-level action or NOT_FOUND for an id the actor may not see, so that
 * out-of-scope ids cannot be told apart from ids that do not exist.
 */
export async function requirePracticeAccess<A extends PracticeAction>(
  deps: AccessDeps,
  actor: Actor,
  action: A,
): Promise<PracticeScope<A>> {
  if (mayDoInPractice(actor, action)) return new PracticeScope(actor, action);
  await auditDenial(deps, actor, action, 'practice', actor.practiceId, null);
  throw new AppError('FORBIDDEN');
}

export async function requireClientAccess<A extends ClientAction>(
  deps: AccessDeps,
  actor: Actor,
  action: A,
  clientId: string,
): Promise<ClientScope<A>> {
  const id = clientId.toLowerCase();
  const facts = isUuid(id) ? await loadClientFacts(deps.db, actor.practiceId, id) : undefined;
  if (facts && mayDoToClient(actor, action, facts)) {
    return new ClientScope(actor, action, id, entryVisibilityFor(actor, facts));
  }
  await auditDenial(deps, actor, action, 'client', id, facts ? id : null);
  throw new AppError('NOT_FOUND');
}

/**
 * The signed-in client's own entries: writing them and reading them back, from
 * one load of the facts (a create answers the stored entry, so it needs both).
 */
export async function requireOwnEntries(
  deps: AccessDeps,
  actor: Actor,
): Promise<{
  write: ClientScope<'client.entries.write'>;
  read: ClientScope<'client.entries.read'>;
}> {
  const id = actor.userId.toLowerCase();
  const facts = isUuid(id) ? await loadClientFacts(deps.db, actor.practiceId, id) : undefined;
  if (
    facts &&
    mayDoToClient(actor, 'client.entries.write', facts) &&
    mayDoToClient(actor, 'client.entries.read', facts)
  ) {
    const visibility = entryVisibilityFor(actor, facts);
    return {
      write: new ClientScope(actor, 'client.entries.write', id, visibility),
      read: new ClientScope(actor, 'client.entries.read', id, visibility),
    };
  }
  await auditDenial(deps, actor, 'client.entries.write', 'client', id, facts ? id : null);
  throw new AppError('NOT_FOUND');
}

/**
 * A couple or family, for an action the actor may do to every current member.
 * An ended group may only be read. Anything else is NOT_FOUND, like a client
 * out of scope.
 */
export async function requireGroupAccess<A extends ClientAction>(
  deps: AccessDeps,
  actor: Actor,
  action: A,
  groupId: string,
): Promise<GroupScope<A>> {
  const id = groupId.toLowerCase();
  const scope = isUuid(id) ? await groupScopeOf(deps, actor, action, id) : undefined;
  if (scope && (!scope.ended || action === 'client.groups.read')) return scope;
  await auditDenial(deps, actor, action, 'client-group', id, null);
  throw new AppError('NOT_FOUND');
}

/**
 * The groups among `groupIds` the actor may do `action` to (every member
 * allowed); the others are left out of a list without a word, as clients
 * out of one's caseload are.
 */
export async function groupScopesAmong<A extends ClientAction>(
  deps: AccessDeps,
  actor: Actor,
  action: A,
  groupIds: readonly string[],
): Promise<GroupScope<A>[]> {
  const scopes: GroupScope<A>[] = [];
  for (const id of groupIds) {
    const scope = await groupScopeOf(deps, actor, action, id);
    if (scope && !scope.ended) scopes.push(scope);
  }
  return scopes;
}

async function groupScopeOf<A extends ClientAction>(
  deps: AccessDeps,
  actor: Actor,
  action: A,
  groupId: string,
): Promise<GroupScope<A> | undefined> {
  const group = await loadGroupFacts(deps.db, actor.practiceId, groupId);
  if (!group) return undefined;
  const members: ClientScope<A>[] = [];
  for (const clientId of group.memberIds) {
    const facts = await loadClientFacts(deps.db, actor.practiceId, clientId);
    if (!facts || !mayDoToClient(actor, action, facts)) return undefined;
    members.push(new ClientScope(actor, action, clientId, entryVisibilityFor(actor, facts)));
  }
  return new GroupScope(actor, action, group.groupId, group.ended, members);
}

/**
 * The signed-in client's own part of a group they are a current member of
 * (the group not ended). Anything else is NOT_FOUND.
 */
export async function requireGroupMembership(
  deps: AccessDeps,
  actor: Actor,
  groupId: string,
): Promise<GroupMemberScope> {
  const id = groupId.toLowerCase();
  const own = await requireClientAccess(deps, actor, 'client.groups.respond', actor.userId);
  const group = isUuid(id) ? await loadGroupFacts(deps.db, actor.practiceId, id) : undefined;
  if (group && !group.ended && group.memberIds.includes(own.clientId)) {
    return new GroupMemberScope(actor, group.groupId, own.clientId);
  }
  await auditDenial(deps, actor, 'client.groups.respond', 'client-group', id, null);
  throw new AppError('NOT_FOUND');
}

/** The groups the signed-in client is a current member of (each their own part only). */
export async function ownGroupMemberships(
  deps: AccessDeps,
  actor: Actor,
): Promise<GroupMemberScope[]> {
  const own = await requireClientAccess(deps, actor, 'client.groups.respond', actor.userId);
  const ids = await groupIdsWithMembers(deps.db, actor.practiceId, [own.clientId]);
  return ids.map((id) => new GroupMemberScope(actor, id, own.clientId));
}

/** A therapist's caseload, or for a supervisor the caseloads of the therapists they supervise. */
export async function requireCaseloadAccess(
  deps: AccessDeps,
  actor: Actor,
): Promise<CaseloadScope> {
  await requirePracticeAccess(deps, actor, 'caseload.read');
  const staffIds =
    actor.role === 'supervisor'
      ? await loadSupervisedTherapists(deps.db, actor.practiceId, actor.userId)
      : [actor.userId];
  return new CaseloadScope(actor, staffIds);
}

async function auditDenial(
  deps: AccessDeps,
  actor: Actor,
  action: AuditAction,
  resourceType: string,
  resourceId: string,
  clientId: string | null,
): Promise<void> {
  await appendAuditEventNow(
    deps.db,
    {
      ...auditedBy(actor),
      action,
      resourceType,
      // An id from outside the practice is recorded only as "not found here": it is no one's record here.
      resourceId: isUuid(resourceId) ? resourceId : null,
      clientId,
      outcome: 'denied',
    },
    deps.clock(),
  );
}
