import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { FieldCipher } from '../../crypto/field-cipher.ts';
import type { DB } from '../../db/schema.ts';
import { sealHierarchy, sealPracticeWords } from '../exposure/exposure-views.ts';
import type { DemoPeople } from './demo-history.ts';

const DAY_MS = 86_400_000;

/** One demo practice of a step: days ago, SUDS before/peak/after, minutes, came true. */
type DemoPractice = [number, number, number, number, number, number, string, string];

/**
 * Alex's exposure work: a hierarchy for a fear of lifts, made with the
 * therapist, and a few practices of the first two steps, shared, with distress
 * and the feared outcome both easing over the repetitions; one practice is
 * private, so the demo shows that the care team never sees it.
 */
export async function seedDemoExposure(
  trx: Transaction<DB>,
  people: DemoPeople,
  now: Date,
  cipher: FieldCipher,
): Promise<void> {
  const clientId = people.improving;
  const hierarchyId = randomUUID();
  const steps = [
    'Stand by a lift and watch the doors open and close',
    'Ride one floor with someone I trust',
    'Ride one floor on my own',
    'Ride to the top floor at a busy time',
  ].map((situation, index) => ({
    id: randomUUID(),
    situation,
    predictedSuds: [30, 50, 70, 90][index] ?? 50,
    retired: false,
  }));
  const made = new Date(now.getTime() - 24 * DAY_MS);
  await trx
    .insertInto('exposure_hierarchies')
    .values({
      practice_id: people.practiceId,
      id: hierarchyId,
      client_id: clientId,
      content: sealHierarchy(cipher, hierarchyId, { name: 'Lifts', steps }),
      version: 1,
      retired: false,
      created_at: made,
      created_by: people.therapistId,
      updated_at: made,
      updated_by: people.therapistId,
    })
    .execute();
  const practices: [number, DemoPractice, 'shared' | 'private'][] = [
    [
      0,
      [
        20,
        45,
        60,
        30,
        15,
        40,
        'The doors would close on me.',
        'They opened and closed. Nothing else.',
      ],
      'shared',
    ],
    [
      0,
      [16, 40, 50, 20, 15, 10, 'I would panic and have to run.', 'I felt shaky but stayed.'],
      'shared',
    ],
    [0, [12, 30, 40, 15, 15, 0, 'I would panic.', 'Calmer than I expected.'], 'private'],
    [
      1,
      [
        8,
        55,
        70,
        35,
        10,
        30,
        'It would get stuck between floors.',
        'It went up one floor and opened.',
      ],
      'shared',
    ],
    [1, [4, 45, 55, 25, 10, 5, 'It would get stuck.', 'It did not. I rode it twice.'], 'shared'],
  ];
  for (const [stepIndex, numbers, visibility] of practices) {
    const [daysAgo, before, peak, after, minutes, cameTrue, predicted, happened] = numbers;
    const id = randomUUID();
    const at = new Date(now.getTime() - daysAgo * DAY_MS);
    await trx
      .insertInto('exposure_practices')
      .values({
        practice_id: people.practiceId,
        id,
        client_id: clientId,
        hierarchy_id: hierarchyId,
        step_id: steps[stepIndex]!.id,
        practiced_at: at,
        recorded_at: at,
        suds_before: before,
        suds_peak: peak,
        suds_after: after,
        readings: JSON.stringify([
          { minute: Math.round(minutes / 2), suds: Math.round((peak + after) / 2) },
        ]),
        minutes,
        outcome_came_true: cameTrue,
        words: sealPracticeWords(cipher, id, { safetyBehaviours: null, predicted, happened }),
        visibility,
        visibility_changed_at: at,
      })
      .execute();
  }
}
