import type { Kysely } from 'kysely';
import type { Role } from '@tandem/core';
import type { DB } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { activeMembershipsOf } from './users.repo.ts';

/** What the web app knows about the signed-in person. */
export interface UserView {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  practiceId: string;
  practiceName: string;
  consentRequired: boolean;
  demo: boolean;
  practices: { id: string; name: string; role: Role }[];
}

export async function userView(
  db: Kysely<DB>,
  actor: Pick<Actor, 'practiceId' | 'userId'>,
): Promise<UserView> {
  const row = await db
    .selectFrom('users as u')
    .innerJoin('practices as p', 'p.id', 'u.practice_id')
    .innerJoin('accounts as a', 'a.id', 'u.account_id')
    .select((eb) => [
      'u.id',
      'u.account_id',
      'a.email',
      'u.display_name',
      'u.role',
      'u.practice_id',
      'u.consent_version',
      'p.name as practice_name',
      'p.demo',
      eb
        .selectFrom('consent_versions as c')
        .whereRef('c.practice_id', '=', 'u.practice_id')
        .select((inner) => inner.fn.max('c.version').as('v'))
        .as('current_version'),
    ])
    .where('u.practice_id', '=', actor.practiceId)
    .where('u.id', '=', actor.userId)
    .executeTakeFirstOrThrow();
  const practices = await activeMembershipsOf(db, row.account_id);
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    practiceId: row.practice_id,
    practiceName: row.practice_name,
    consentRequired: row.role === 'client' && row.consent_version !== (row.current_version ?? null),
    demo: row.demo,
    practices: practices
      .map((m) => ({ id: m.practice_id, name: m.practice_name, role: m.role }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}
