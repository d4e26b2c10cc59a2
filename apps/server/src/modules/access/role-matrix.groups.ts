import { randomUUID } from 'node:crypto';
import type { TestContext } from '../../testing/test-app.ts';
import { TestAgent } from '../../testing/test-agent.ts';
import type { TestPractice } from '../../testing/builders.ts';

export interface GroupWorld {
  /** A couple of client A and a client invited by A's therapist, the safety check asked of A. */
  groupId: string;
  partnerId: string;
}

/** The couple the group cases act on, made through the API by A's therapist. */
export async function buildGroupWorld(
  ctx: TestContext,
  home: TestPractice,
  partnerId: string,
): Promise<GroupWorld> {
  const therapist = await new TestAgent(ctx.app).actAs(ctx.deps, home.therapists[0]!);
  const groupId = randomUUID();
  const made = await therapist.post('/api/client-groups', {
    id: groupId,
    kind: 'couple',
    name: 'A and partner',
    memberIds: [home.clients[0]!.id, partnerId],
  });
  if (made.statusCode !== 201) throw new Error(`world: group answered ${made.statusCode}`);
  const asked = await therapist.post(`/api/client-groups/${groupId}/safety-checks`, {
    memberIds: [home.clients[0]!.id],
  });
  if (asked.statusCode !== 200) throw new Error(`world: safety check answered ${asked.statusCode}`);
  return { groupId, partnerId };
}
