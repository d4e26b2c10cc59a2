import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ClientScope, PracticeScope } from '../access/require-access.ts';

type AnyPracticeScope = PracticeScope<'practice.settings'> | ClientScope;

/** The practice's own ρ, or null when it keeps the published default. */
export async function practiceGasRho(
  db: Kysely<DB>,
  scope: AnyPracticeScope,
): Promise<number | null> {
  const row = await db
    .selectFrom('practice_gas_settings')
    .select('rho')
    .where('practice_id', '=', scope.practiceId)
    .executeTakeFirst();
  return row ? Number(row.rho) : null;
}

export async function writePracticeGasRho(
  db: Kysely<DB>,
  scope: PracticeScope<'practice.settings'>,
  rho: number,
  now: Date,
): Promise<void> {
  await db
    .insertInto('practice_gas_settings')
    .values({
      practice_id: scope.practiceId,
      rho,
      updated_at: now,
      updated_by: scope.actor.userId,
    })
    .onConflict((oc) =>
      oc
        .column('practice_id')
        .doUpdateSet({ rho, updated_at: now, updated_by: scope.actor.userId }),
    )
    .execute();
}
