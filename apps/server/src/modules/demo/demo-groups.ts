import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { FieldCipher } from '../../crypto/field-cipher.ts';
import type { DB } from '../../db/schema.ts';
import { groupColumn, type OwnGoalContent, type SafetyCheckContent } from '../groups/group-view.ts';
import type { DemoPeople } from './demo-history.ts';

const DAY_MS = 86_400_000;

/**
 * Alex and Jordan also come as a couple: each wrote their own goal for the
 * joint work, and each answered the private safety check with no concern, so
 * the couple's page shows a group ready for joint sessions.
 */
export async function seedDemoGroups(
  trx: Transaction<DB>,
  people: DemoPeople,
  now: Date,
  cipher: FieldCipher,
): Promise<void> {
  const groupId = randomUUID();
  const daysAgo = (days: number) => new Date(now.getTime() - days * DAY_MS);
  await trx
    .insertInto('client_groups')
    .values({
      practice_id: people.practiceId,
      id: groupId,
      kind: 'couple',
      name: cipher.seal('Alex and Jordan', { column: groupColumn.name, rowId: groupId }),
      created_by: people.therapistId,
      created_at: daysAgo(21),
    })
    .execute();
  const members: [string, string][] = [
    [people.improving, 'To stop having the same argument about chores every week.'],
    [people.notOnTrack, 'To feel like we are on the same side again.'],
  ];
  for (const [position, [clientId, goal]] of members.entries()) {
    await trx
      .insertInto('client_group_members')
      .values({
        practice_id: people.practiceId,
        group_id: groupId,
        client_id: clientId,
        position,
        added_at: daysAgo(21),
        added_by: people.therapistId,
        safety_check_requested_at: daysAgo(21),
        safety_check_requested_by: people.therapistId,
      })
      .execute();
    const goalId = randomUUID();
    const checkId = randomUUID();
    const check: SafetyCheckContent = {
      answers: { hurt: 'no', afraid: 'no', controlled: 'no', 'unsafe-to-speak': 'no' },
      note: null,
    };
    await trx
      .insertInto('group_member_answers')
      .values([
        {
          practice_id: people.practiceId,
          id: goalId,
          group_id: groupId,
          client_id: clientId,
          kind: 'own-goal',
          content: cipher.seal(JSON.stringify({ text: goal } satisfies OwnGoalContent), {
            column: groupColumn.answer,
            rowId: goalId,
          }),
          needs_private_conversation: false,
          // Both chose to let the other see their goal.
          shared_with_group: true,
          created_at: daysAgo(20),
        },
        {
          practice_id: people.practiceId,
          id: checkId,
          group_id: groupId,
          client_id: clientId,
          kind: 'safety-check',
          content: cipher.seal(JSON.stringify(check), {
            column: groupColumn.answer,
            rowId: checkId,
          }),
          needs_private_conversation: false,
          shared_with_group: false,
          created_at: daysAgo(20),
        },
      ])
      .execute();
  }
}
