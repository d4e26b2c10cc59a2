import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { FieldCipher } from '../../crypto/field-cipher.ts';
import type { DB } from '../../db/schema.ts';
import type { DemoPeople } from './demo-history.ts';

const DAY_MS = 86_400_000;

interface DemoGoal {
  title: string;
  smart: {
    specific: string;
    measurable: string;
    achievable: string;
    relevant: string;
    timeBound: string;
  };
  steps: { text: string; done: boolean }[];
  levels: { muchLess: string; less: string; expected: string; more: string; muchMore: string };
  /** Ratings as [days ago, level], oldest first; the client and therapist take turns. */
  ratings: [number, number][];
}

/**
 * One goal with an attainment scale and a few ratings over the last weeks for
 * each demo client, so the therapist's page charts the GAS T-score beside the
 * PHQ-9 and GAD-7: Alex's goal is going better than expected, Jordan's has
 * stalled, Riley's is just starting to move.
 */
function goalsOf(people: DemoPeople): [string, DemoGoal][] {
  return [
    [
      people.improving,
      {
        title: 'Cycle to work again',
        smart: {
          specific: 'Ride my bike to the office instead of taking the bus.',
          measurable: 'How many days a week I ride.',
          achievable: 'The bike is fixed and the route is flat.',
          relevant: 'I used to feel clear-headed after riding.',
          timeBound: 'Three days a week by the end of next month.',
        },
        steps: [
          { text: 'Pump the tyres', done: true },
          { text: 'Ride the route on a Sunday', done: true },
          { text: 'Ride to work once', done: false },
        ],
        levels: {
          muchLess: 'I do not ride at all',
          less: 'I ride once a week',
          expected: 'I ride twice a week',
          more: 'I ride three days a week',
          muchMore: 'I ride most working days',
        },
        ratings: [
          [49, -2],
          [35, -1],
          [21, 0],
          [10, 1],
          [3, 1],
        ],
      },
    ],
    [
      people.notOnTrack,
      {
        title: 'Keep in touch with friends',
        smart: {
          specific: 'Call or message a friend to arrange something.',
          measurable: 'Count the times I reach out.',
          achievable: 'A short message is enough to start.',
          relevant: 'I feel more alone when I stop answering.',
          timeBound: 'Every week for the next two months.',
        },
        steps: [
          { text: 'Write down three people to contact', done: true },
          { text: 'Send one message', done: false },
        ],
        levels: {
          muchLess: 'I do not reply to anyone',
          less: 'I reply but do not reach out',
          expected: 'I reach out once a week',
          more: 'I reach out and we meet up',
          muchMore: 'I meet friends most weeks',
        },
        ratings: [
          [42, -1],
          [28, -1],
          [14, -2],
          [4, -1],
        ],
      },
    ],
    [
      people.atRisk,
      {
        title: 'Get up at a regular time',
        smart: {
          specific: 'Be up and dressed by nine on weekdays.',
          measurable: 'Tick the days I manage it.',
          achievable: 'An alarm across the room helps.',
          relevant: 'Mornings in bed make the whole day heavier.',
          timeBound: 'Four weekdays out of five within six weeks.',
        },
        steps: [{ text: 'Put the alarm across the room', done: true }],
        levels: {
          muchLess: 'I stay in bed past noon',
          less: 'I get up by nine once or twice a week',
          expected: 'I get up by nine three days a week',
          more: 'I get up by nine four days a week',
          muchMore: 'I get up by nine every weekday',
        },
        ratings: [
          [30, -2],
          [16, -1],
          [5, -1],
        ],
      },
    ],
  ];
}

export async function seedDemoGoals(
  trx: Transaction<DB>,
  people: DemoPeople,
  now: Date,
  cipher: FieldCipher,
): Promise<void> {
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY_MS);
  for (const [clientId, goal] of goalsOf(people)) {
    const goalId = randomUUID();
    const made = at(56);
    const content = {
      content: { title: goal.title, ...goal.smart },
      steps: goal.steps.map((step) => ({
        id: randomUUID(),
        text: step.text,
        dueOn: null,
        done: step.done,
      })),
    };
    await trx
      .insertInto('goals')
      .values({
        practice_id: people.practiceId,
        id: goalId,
        client_id: clientId,
        created_by: people.therapistId,
        content: cipher.seal(JSON.stringify(content), {
          column: { table: 'goals', column: 'content' },
          rowId: goalId,
        }),
        weight: 1,
        status: 'active',
        created_at: made,
        updated_at: made,
        updated_by: people.therapistId,
      })
      .execute();
    const scaleId = randomUUID();
    await trx
      .insertInto('goal_scales')
      .values({
        practice_id: people.practiceId,
        id: scaleId,
        goal_id: goalId,
        version: 1,
        levels: cipher.seal(JSON.stringify(goal.levels), {
          column: { table: 'goal_scales', column: 'levels' },
          rowId: scaleId,
        }),
        created_at: made,
        created_by: clientId,
      })
      .execute();
    for (const [index, [daysAgo, level]] of goal.ratings.entries()) {
      await trx
        .insertInto('goal_ratings')
        .values({
          practice_id: people.practiceId,
          id: randomUUID(),
          goal_id: goalId,
          scale_id: scaleId,
          level,
          rated_at: at(daysAgo),
          rated_by: index % 2 === 0 ? clientId : people.therapistId,
          created_at: at(daysAgo),
        })
        .execute();
    }
  }
}
