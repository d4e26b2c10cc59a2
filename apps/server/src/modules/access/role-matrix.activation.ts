import { randomUUID } from 'node:crypto';
import type { TestContext } from '../../testing/test-app.ts';
import { TestAgent } from '../../testing/test-agent.ts';
import type { TestUser } from '../../testing/builders.ts';

// The world of behavioural activation (modules/activation) for the role
// matrix, and the valid requests its tests share (activation/*.http.test.ts).

export interface ActivationWorld {
  sharedActivityId: string;
  privateActivityId: string;
}

/** A calendar date `days` from now (UTC); two days back is the past in every zone. */
export const dateFromNow = (days: number): string =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

export const newActivity = (visibility: 'private' | 'shared' = 'private') => ({
  id: randomUUID(),
  title: 'Walk to the park with the dog',
  plannedOn: dateFromNow(2),
  plannedTime: '10:30',
  predictedMastery: 3,
  predictedPleasure: 2,
  visibility,
});

export const doneOutcome = () => ({
  outcome: 'done',
  doneOn: dateFromNow(-2),
  mastery: 6,
  pleasure: 5,
  note: 'Better than I thought.',
});

/** Client A's activities: one shared, one kept private. */
export async function buildActivationWorld(
  ctx: TestContext,
  clientA: TestUser,
): Promise<ActivationWorld> {
  const client = await new TestAgent(ctx.app).actAs(ctx.deps, clientA);
  const ids: string[] = [];
  for (const visibility of ['shared', 'private'] as const) {
    const activity = newActivity(visibility);
    const made = await client.post('/api/me/activities', activity);
    if (made.statusCode !== 201) throw new Error(`world: activity ${made.statusCode}`);
    ids.push(activity.id);
  }
  return { sharedActivityId: ids[0]!, privateActivityId: ids[1]! };
}
