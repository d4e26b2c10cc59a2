import type { Kysely } from 'kysely';
import type { StaffRole, UserStatus } from '@tandem/core';
import type { DB } from '../../db/schema.ts';

export interface StaffSummary {
  id: string;
  email: string;
  displayName: string;
  role: StaffRole;
  status: UserStatus;
  createdAt: Date;
  supervisorIds: string[];
}

export async function listStaff(
  db: Kysely<DB>,
  practiceId: string,
  onlyId?: string,
): Promise<StaffSummary[]> {
  let query = db
    .selectFrom('users as u')
    .innerJoin('accounts as a', 'a.id', 'u.account_id')
    .select(['u.id', 'a.email', 'u.display_name', 'u.role', 'u.status', 'u.created_at'])
    .where('u.practice_id', '=', practiceId)
    .where('u.role', '!=', 'client');
  if (onlyId !== undefined) query = query.where('u.id', '=', onlyId);
  const rows = await query.orderBy('u.display_name').execute();
  const supervision = await db
    .selectFrom('supervision')
    .select(['therapist_id', 'supervisor_id'])
    .where('practice_id', '=', practiceId)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    role: row.role as StaffRole,
    status: row.status,
    createdAt: row.created_at,
    supervisorIds: supervision.filter((s) => s.therapist_id === row.id).map((s) => s.supervisor_id),
  }));
}

export async function replaceSupervisors(
  db: Kysely<DB>,
  practiceId: string,
  therapistId: string,
  supervisorIds: string[],
  now: Date,
): Promise<void> {
  await db
    .deleteFrom('supervision')
    .where('practice_id', '=', practiceId)
    .where('therapist_id', '=', therapistId)
    .execute();
  if (supervisorIds.length === 0) return;
  await db
    .insertInto('supervision')
    .values(
      supervisorIds.map((supervisorId) => ({
        practice_id: practiceId,
        supervisor_id: supervisorId,
        therapist_id: therapistId,
        created_at: now,
      })),
    )
    .execute();
}
