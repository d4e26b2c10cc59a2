import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

/** The practice's IANA zone: its calendar for reports and for defaults a therapist picks. */
export async function practiceTimeZone(db: Kysely<DB>, practiceId: string): Promise<string> {
  const row = await db
    .selectFrom('practices')
    .select('time_zone')
    .where('id', '=', practiceId)
    .executeTakeFirstOrThrow();
  return row.time_zone;
}
