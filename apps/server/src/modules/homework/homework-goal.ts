import { AppError } from '@tandem/core';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ClientScope } from '../access/require-access.ts';

/**
 * Homework set for a goal names one of the same client's goals (the closed
 * loop, modules/session-review). Another client's goal, or none, is a
 * mistake in the request, reported on `goalId`.
 */
export async function checkGoalOfClient(
  db: Kysely<DB>,
  scope: ClientScope<'client.homework.assign'>,
  goalId: string,
): Promise<void> {
  const goal = await db
    .selectFrom('goals')
    .select('id')
    .where('practice_id', '=', scope.practiceId)
    .where('client_id', '=', scope.clientId)
    .where('id', '=', goalId)
    .executeTakeFirst();
  if (!goal) {
    throw new AppError('VALIDATION_FAILED', {
      path: 'goalId',
      message: "Choose one of this client's goals.",
    });
  }
}
