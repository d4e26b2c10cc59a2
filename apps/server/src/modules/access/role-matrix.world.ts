import { randomUUID } from 'node:crypto';
import type { TestContext } from '../../testing/test-app.ts';
import { TestAgent } from '../../testing/test-agent.ts';
import { createTestPractice, TEST_PASSWORD, type TestUser } from '../../testing/builders.ts';
import { raiseTestAlert } from '../alerts/test-alerts.ts';
import { insertUserIfNew } from '../users/users.repo.ts';
import type { World } from './role-matrix.roles.ts';
import { buildMeasuresWorld } from './role-matrix.measures.ts';
import { buildWorksheetWorld } from './role-matrix.worksheets.ts';
import { buildGoalWorld } from './role-matrix.goals-cases.ts';
import { buildExposureWorld } from './role-matrix.exposure.ts';
import { buildActivationWorld } from './role-matrix.activation.ts';
import { buildGroupWorld } from './role-matrix.groups.ts';

/**
 * The people and records the role matrix (and the "no input gives a 500"
 * property, which starts from the matrix's valid requests) act on: a home
 * practice with three therapists, two clients, a supervisor of the first
 * therapist and one of no one, and another practice.
 */
export async function buildWorld(ctx: TestContext): Promise<World> {
  const home = await createTestPractice(ctx.deps, { therapists: 3, clients: 2 });
  const other = await createTestPractice(ctx.deps, { therapists: 1, clients: 1 });
  const invitedClientId = randomUUID();
  const therapist = await new TestAgent(ctx.app).actAs(ctx.deps, home.therapists[0]!);
  const invited = await therapist.post('/api/clients/invite', {
    id: invitedClientId,
    email: `invited-${invitedClientId}@example.test`,
    displayName: 'Invited',
  });
  if (invited.statusCode !== 201) throw new Error(`world: invite answered ${invited.statusCode}`);
  const otherSupervisor: TestUser = {
    id: randomUUID(),
    practiceId: home.practiceId,
    email: `supervisor2-${randomUUID()}@example.test`,
    role: 'supervisor',
    password: TEST_PASSWORD,
  };
  await insertUserIfNew(ctx.deps.db, {
    ...otherSupervisor,
    displayName: 'Second supervisor',
    status: 'active',
    now: new Date(),
  });
  const message = await ctx.deps.db
    .selectFrom('outbox')
    .select('id')
    .where('practice_id', '=', home.practiceId)
    .executeTakeFirstOrThrow();
  const alertId = await raiseTestAlert(ctx.deps, {
    practiceId: home.practiceId,
    clientId: home.clients[0]!.id,
    at: new Date(),
  });
  const entries = await buildEntriesOfA(ctx, home.clients[0]!);
  return {
    home,
    other,
    entries,
    invitedClientId,
    spareTherapistId: home.therapists[2]!.id,
    otherSupervisor,
    consentVersion: 1,
    outboxMessageId: message.id,
    alertId,
    measures: await buildMeasuresWorld(ctx, home),
    worksheets: await buildWorksheetWorld(ctx, home.clients[0]!),
    goals: await buildGoalWorld(ctx, home.clients[0]!),
    exposure: await buildExposureWorld(ctx, home.clients[0]!),
    activation: await buildActivationWorld(ctx, home.clients[0]!),
    groups: await buildGroupWorld(ctx, home, invitedClientId),
  };
}

async function buildEntriesOfA(ctx: TestContext, clientA: TestUser): Promise<World['entries']> {
  const client = await new TestAgent(ctx.app).actAs(ctx.deps, clientA);
  const ids = {
    sharedCheckInId: randomUUID(),
    privateCheckInId: randomUUID(),
    privateJournalId: randomUUID(),
  };
  for (const [id, visibility] of [
    [ids.sharedCheckInId, 'shared'],
    [ids.privateCheckInId, 'private'],
  ] as const) {
    const made = await client.post('/api/me/check-ins', {
      id,
      occurredAt: new Date().toISOString(),
      mood: 5,
      emotions: [],
      sleepHours: null,
      tags: [],
      note: null,
      visibility,
    });
    if (made.statusCode !== 201) throw new Error(`world: check-in answered ${made.statusCode}`);
  }
  const entry = await client.post('/api/me/journal', {
    id: ids.privateJournalId,
    body: 'Only for me.',
    visibility: 'private',
  });
  if (entry.statusCode !== 201) throw new Error(`world: journal answered ${entry.statusCode}`);
  return ids;
}
