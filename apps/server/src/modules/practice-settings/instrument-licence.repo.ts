import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { PracticeScope } from '../access/require-access.ts';

/** Records the acceptance once (answers whether this call did); accepting again keeps the first. */
export async function recordLicenceAcceptance(
  db: Kysely<DB>,
  scope: PracticeScope<'instruments.licence'>,
  instrumentId: string,
  now: Date,
): Promise<boolean> {
  const inserted = await db
    .insertInto('instrument_licences')
    .values({
      practice_id: scope.practiceId,
      instrument_id: instrumentId,
      accepted_by: scope.actor.userId,
      accepted_at: now,
    })
    .onConflict((oc) => oc.columns(['practice_id', 'instrument_id']).doNothing())
    .returning('instrument_id')
    .executeTakeFirst();
  return inserted !== undefined;
}
