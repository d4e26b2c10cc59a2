import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { clientById, clientsOfStaff } from '../clients/clients.repo.ts';
import { requireClientAccess, type ClientScope } from './require-access.ts';

/*
 * A test the type checker runs (`npm run typecheck`; nothing imports this
 * file): a use case that forgets its access check does not compile, because a
 * repository that reads client data wants a scope, and only require-access.ts
 * can make one. Each `@ts-expect-error` below fails the type check the day
 * the line it marks compiles.
 */
export async function forgettingTheCheckDoesNotCompile(db: Kysely<DB>, actor: Actor) {
  const imitation = {
    actor,
    action: 'client.profile.read' as const,
    clientId: actor.userId,
    practiceId: actor.practiceId,
  };
  // @ts-expect-error: an object that looks like a scope is not one.
  await clientById(db, imitation);
  const handMade = { actor, staffIds: [actor.userId], practiceId: actor.practiceId };
  // @ts-expect-error: nor is a caseload scope made by hand.
  await clientsOfStaff(db, handMade, false);
  // @ts-expect-error: the class is exported as a type only, so it cannot be made outside the policy.
  new ClientScope(actor, 'client.profile.read', actor.userId);

  // The one way in: ask the policy first.
  const scope = await requireClientAccess(
    { db, clock: () => new Date() },
    actor,
    'client.profile.read',
    actor.userId,
  );
  return clientById(db, scope);
}
