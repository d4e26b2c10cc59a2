import { newId } from '@tandem/core';
import { getInstrument } from '@tandem/instruments';
import type { Deps } from '../../deps.ts';
import { raiseCriticalItemAlerts } from './raise-alerts.ts';

/**
 * Tests only: a stored PHQ-9 response with item 9 answered `value`, and the
 * alert raised from it the way the submission does (in the same transaction).
 * The submission itself is the measures module's and has its own tests.
 */
export async function raiseTestAlert(
  deps: Pick<Deps, 'db'>,
  input: { practiceId: string; clientId: string; value?: number; at: Date },
): Promise<string> {
  const phq9 = getInstrument('phq-9');
  if (!phq9) throw new Error('PHQ-9 is missing from the library');
  const responseId = newId();
  const value = input.value ?? 2;
  const ids = await deps.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('measure_responses')
      .values({
        practice_id: input.practiceId,
        id: responseId,
        submission_id: newId(),
        client_id: input.clientId,
        occasion_id: null,
        instrument_id: phq9.id,
        instrument_version: phq9.version,
        questionnaire: `test|${phq9.version}`,
        response: JSON.stringify({ resourceType: 'QuestionnaireResponse' }),
        total: null,
        band: null,
        prorated: false,
        critical_items: ['9'],
        subscales: '{}',
        submitted_by: input.clientId,
        submitted_at: input.at,
      })
      .execute();
    return raiseCriticalItemAlerts(
      trx,
      {
        practiceId: input.practiceId,
        clientId: input.clientId,
        responseId,
        instrumentId: phq9.id,
        answers: [{ itemId: '9', value }],
      },
      input.at,
    );
  });
  const [id] = ids;
  if (id === undefined) throw new Error('no alert was raised');
  return id;
}
