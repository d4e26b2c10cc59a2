import type { Deps } from '../../deps.ts';
import type { MaybeActor } from '../../http/actor.ts';
import { crisisResourcesFor, type CrisisResources } from './crisis-lines.ts';

/**
 * Crisis lines for whoever asks, signed in or not: help must show even when a
 * session has expired. A signed-in person sees their practice's country, anyone
 * else the installation's default. Public data, so no access check is needed.
 */
export async function crisisResourcesForActor(
  deps: Pick<Deps, 'db' | 'config'>,
  actor: MaybeActor,
): Promise<CrisisResources> {
  if (!actor) return crisisResourcesFor(deps.config.defaultCountry);
  const practice = await deps.db
    .selectFrom('practices')
    .select('country')
    .where('id', '=', actor.practiceId)
    .executeTakeFirst();
  return crisisResourcesFor(practice?.country ?? deps.config.defaultCountry);
}
