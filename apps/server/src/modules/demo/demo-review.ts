import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { FieldCipher } from '../../crypto/field-cipher.ts';
import type { DB } from '../../db/schema.ts';
import { decisionColumn } from '../session-review/session-review-read.ts';
import type { DemoPeople } from './demo-history.ts';

const DAY_MS = 86_400_000;

/** Days ago of the demo's latest recorded session (demo-entries.ts records one then). */
const LAST_SESSION_DAYS_AGO = 5;

/**
 * The closed loop for each demo client: their goal linked to the homework set
 * for it and to the measure it should move, and a decision recorded in the
 * review of the last session, so the session review shows a real loop. Runs
 * after the goals and homework are seeded.
 */
function loopOf(people: DemoPeople): [string, { measures: string[]; decision: string }][] {
  return [
    [
      people.improving,
      {
        measures: ['phq-9'],
        decision:
          'Rides and breathing are helping and the PHQ-9 keeps falling. Keep both; add one thought record on a work moment.',
      },
    ],
    [
      people.notOnTrack,
      {
        measures: ['gad-7', 'phq-9'],
        decision:
          'Not on track: scores flat, evening homework too much. Smaller steps: one short walk after lunch instead of writing at night.',
      },
    ],
    [
      people.atRisk,
      {
        measures: ['phq-9'],
        decision:
          'Scores rising: went through the safety plan together. Breathing at the first warning sign; check in twice this week.',
      },
    ],
  ];
}

export async function seedDemoReview(
  trx: Transaction<DB>,
  people: DemoPeople,
  now: Date,
  cipher: FieldCipher,
): Promise<void> {
  const sessionAt = new Date(now.getTime() - LAST_SESSION_DAYS_AGO * DAY_MS);
  for (const [clientId, loop] of loopOf(people)) {
    const goal = await trx
      .selectFrom('goals')
      .select('id')
      .where('practice_id', '=', people.practiceId)
      .where('client_id', '=', clientId)
      .orderBy('created_at')
      .executeTakeFirst();
    if (!goal) continue;
    // Every demo homework was set for the client's one goal, apart from plain check-ins.
    await trx
      .updateTable('homework')
      .set({ goal_id: goal.id })
      .where('practice_id', '=', people.practiceId)
      .where('client_id', '=', clientId)
      .where('tool_kind', '<>', 'check-in')
      .execute();
    await trx
      .insertInto('goal_measures')
      .values(
        loop.measures.map((instrumentId) => ({
          practice_id: people.practiceId,
          goal_id: goal.id,
          instrument_id: instrumentId,
          created_at: sessionAt,
          created_by: people.therapistId,
        })),
      )
      .execute();
    const id = randomUUID();
    await trx
      .insertInto('session_reviews')
      .values({
        practice_id: people.practiceId,
        id,
        client_id: clientId,
        held_on: sessionAt.toISOString().slice(0, 10),
        decision: cipher.seal(loop.decision, { column: decisionColumn, rowId: id }),
        created_by: people.therapistId,
        created_at: sessionAt,
      })
      .execute();
  }
}
