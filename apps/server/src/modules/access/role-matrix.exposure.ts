import { randomUUID } from 'node:crypto';
import type { TestContext } from '../../testing/test-app.ts';
import { TestAgent } from '../../testing/test-agent.ts';
import type { TestUser } from '../../testing/builders.ts';

// The world of exposure work (modules/exposure) for the role matrix, and the
// valid requests the exposure tests share (exposure/exposure.http.test.ts).

export interface ExposureWorld {
  hierarchyId: string;
  stepId: string;
  sharedPracticeId: string;
  privatePracticeId: string;
}

export const newHierarchy = () => ({
  id: randomUUID(),
  name: 'Lifts',
  steps: [
    {
      id: randomUUID(),
      situation: 'Stand by a lift and watch it open',
      predictedSuds: 30,
      retired: false,
    },
    {
      id: randomUUID(),
      situation: 'Ride one floor with someone',
      predictedSuds: 60,
      retired: false,
    },
  ],
});

export const newExposurePractice = (
  hierarchyId: string,
  stepId: string,
  visibility: 'private' | 'shared' = 'private',
) => ({
  id: randomUUID(),
  hierarchyId,
  stepId,
  practicedAt: new Date(Date.now() - 3_600_000).toISOString(),
  sudsBefore: 50,
  sudsPeak: 70,
  sudsAfter: 30,
  readings: [
    { minute: 2, suds: 65 },
    { minute: 10, suds: 45 },
  ],
  minutes: 15,
  safetyBehaviours: 'Held the rail.',
  predicted: 'The doors would stay shut.',
  happened: 'They opened as usual.',
  outcomeCameTrue: 0,
  visibility,
});

/** Client A's hierarchy and two practices of its first step, one shared and one private. */
export async function buildExposureWorld(
  ctx: TestContext,
  clientA: TestUser,
): Promise<ExposureWorld> {
  const client = await new TestAgent(ctx.app).actAs(ctx.deps, clientA);
  const hierarchy = newHierarchy();
  const made = await client.post('/api/me/exposure/hierarchies', hierarchy);
  if (made.statusCode !== 201) throw new Error(`world: hierarchy ${made.statusCode}`);
  const stepId = hierarchy.steps[0]!.id;
  const ids: string[] = [];
  for (const visibility of ['shared', 'private'] as const) {
    const practice = newExposurePractice(hierarchy.id, stepId, visibility);
    const done = await client.post('/api/me/exposure/practices', practice);
    if (done.statusCode !== 201) throw new Error(`world: exposure practice ${done.statusCode}`);
    ids.push(practice.id);
  }
  return {
    hierarchyId: hierarchy.id,
    stepId,
    sharedPracticeId: ids[0]!,
    privatePracticeId: ids[1]!,
  };
}
