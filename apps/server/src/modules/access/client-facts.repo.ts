import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ClientFacts } from './policy.ts';

/**
 * Facts for the policy, looked up only inside the actor's own practice, in one
 * statement: every client-scoped request starts here, and each round trip to
 * PostgreSQL costs the app and the database more than the lookups themselves
 * (docs/benchmarks.md).
 */
export async function loadClientFacts(
  db: Kysely<DB>,
  practiceId: string,
  clientId: string,
): Promise<ClientFacts | undefined> {
  const result = await sql<{
    alert_fallback_staff_id: string | null;
    care_team: string[];
    supervisors: string[];
  }>`
    select p.alert_fallback_staff_id,
           array(select ct.staff_id from care_team ct
                 where ct.practice_id = cr.practice_id and ct.client_id = cr.client_id
                 order by ct.staff_id) as care_team,
           array(select distinct s.supervisor_id from care_team ct
                 join supervision s on s.practice_id = ct.practice_id and s.therapist_id = ct.staff_id
                 where ct.practice_id = cr.practice_id and ct.client_id = cr.client_id
                 order by s.supervisor_id) as supervisors
    from client_records cr
    join practices p on p.id = cr.practice_id
    where cr.practice_id = ${practiceId} and cr.client_id = ${clientId}`.execute(db);
  const record = result.rows[0];
  if (!record) return undefined;
  return {
    practiceId,
    clientId,
    careTeam: record.care_team,
    supervisors: record.supervisors,
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
