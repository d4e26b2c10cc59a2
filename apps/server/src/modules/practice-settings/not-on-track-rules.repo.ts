import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { PracticeScope } from '../access/require-access.ts';

type RulesScope = PracticeScope<'practice.settings' | 'practice.notOnTrack.read'>;

/** The practice's stored rules by instrument id (unchecked JSON), `{}` for none. */
export async function storedNotOnTrackRules(
  db: Kysely<DB>,
  scope: RulesScope,
  options: { forUpdate?: boolean } = {},
): Promise<Record<string, unknown>> {
  let query = db
    .selectFrom('practices')
    .select('not_on_track_rule')
    .where('id', '=', scope.practiceId);
  // Two admins changing two measures at once must not lose one change.
  if (options.forUpdate) query = query.forUpdate();
  const row = await query.executeTakeFirstOrThrow();
  const rules: unknown = row.not_on_track_rule;
  return typeof rules === 'object' && rules !== null && !Array.isArray(rules)
    ? { ...(rules as Record<string, unknown>) }
    : {};
}

export async function writeNotOnTrackRules(
  db: Kysely<DB>,
  scope: PracticeScope<'practice.settings'>,
  rules: Record<string, unknown>,
): Promise<void> {
  await db
    .updateTable('practices')
    .set({
      not_on_track_rule: Object.keys(rules).length === 0 ? null : JSON.stringify(rules),
    })
    .where('id', '=', scope.practiceId)
    .execute();
}
