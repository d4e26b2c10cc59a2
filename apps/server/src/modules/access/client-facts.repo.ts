import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ClientFacts } from './policy.ts';

/** Facts for the policy, looked up only inside the actor's own practice. */
export async function loadClientFacts(
  db: Kysely<DB>,
  practiceId: string,
  clientId: string,
): Promise<ClientFacts | undefined> {
  const record = await db
    .selectFrom('client_records as cr')
    .innerJoin('practices as p', 'p.id', 'cr.practice_id')
    .select(['cr.client_id', 'p.alert_fallback_staff_id'])
    .where('cr.practice_id', '=', practiceId)
    .where('cr.client_id', '=', clientId)
    .executeTakeFirst();
  if (!record) return undefined;
  const team = await db
    .selectFrom('care_team as ct')
    .leftJoin('supervision as s', (join) =>
      join
        .onRef('s.practice_id', '=', 'ct.practice_id')
        .onRef('s.therapist_id', '=', 'ct.staff_id'),
    )
    .select(['ct.staff_id', 's.supervisor_id'])
    .where('ct.practice_id', '=', practiceId)
    .where('ct.client_id', '=', clientId)
    .execute();
  return {
    practiceId,
    clientId,
    careTeam: [...new Set(team.map((r) => r.staff_id))],
    supervisors: [...new Set(team.flatMap((r) => (r.supervisor_id ? [r.supervisor_id] : [])))],
    alertFallbackStaffId: record.alert_fallback_staff_id,
  };
}

/** The therapists a supervisor supervises: whose caseloads they may read. */
export async function loadSupervisedTherapists(
  db: Kysely<DB>,
  practiceId: string,
  supervisorId: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom('supervision')
    .select('therapist_id')
    .where('practice_id', '=', practiceId)
    .where('supervisor_id', '=', supervisorId)
    .execute();
  return rows.map((r) => r.therapist_id);
}
