import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../testing/test-app.ts';
import { TestAgent } from '../../testing/test-agent.ts';
import { createTestPractice, type TestPractice } from '../../testing/builders.ts';

/** Reads of client data that are easy to forget: each leaves an event naming whose data it was. */
let ctx: TestContext;
let practice: TestPractice;

beforeAll(async () => {
  ctx = await createTestApp();
  practice = await createTestPractice(ctx.deps, { therapists: 1, clients: 1 });
});
afterAll(async () => ctx.close());

async function lastEvent(action: string) {
  const events = await ctx.deps.db
    .selectFrom('audit_events')
    .selectAll()
    .where('practice_id', '=', practice.practiceId)
    .where('action', '=', action)
    .orderBy('seq', 'desc')
    .limit(1)
    .execute();
  return events[0];
}

describe('audited reads', () => {
  it('an invitation link opened: the invited client read their own name and address', async () => {
    const therapist = await new TestAgent(ctx.app).actAs(ctx.deps, practice.therapists[0]!);
    const id = randomUUID();
    await therapist.post('/api/clients/invite', {
      id,
      email: `audited-${id}@example.test`,
      displayName: 'Audited',
    });
    const mail = await ctx.deps.db
      .selectFrom('outbox')
      .select('body')
      .where('to_address', '=', `audited-${id}@example.test`)
      .executeTakeFirstOrThrow();
    const token = /#token=([\w-]+)/.exec(mail.body)?.[1] ?? '';
    const visitor = new TestAgent(ctx.app);
    await visitor.fetchCsrf();
    expect((await visitor.post('/api/invitations/inspect', { token })).statusCode).toBe(200);
    expect(await lastEvent('invitation.inspect')).toMatchObject({
      actor_id: id,
      client_id: id,
      outcome: 'allowed',
    });
  });

  it('a replayed invitation answers the stored client, and that read is recorded', async () => {
    const therapist = await new TestAgent(ctx.app).actAs(ctx.deps, practice.therapists[0]!);
    const body = { id: randomUUID(), email: `replay-${Date.now()}@example.test`, displayName: 'R' };
    expect((await therapist.post('/api/clients/invite', body)).statusCode).toBe(201);
    expect((await therapist.post('/api/clients/invite', body)).statusCode).toBe(200);
    expect(await lastEvent('client.read')).toMatchObject({
      actor_id: practice.therapists[0]!.id,
      client_id: body.id,
    });
  });

  it("a client's look at their care team", async () => {
    const client = await new TestAgent(ctx.app).actAs(ctx.deps, practice.clients[0]!);
    expect((await client.get('/api/me/care-team')).statusCode).toBe(200);
    const event = await lastEvent('careTeam.read');
    expect(event).toMatchObject({
      actor_id: practice.clients[0]!.id,
      client_id: practice.clients[0]!.id,
    });
    expect(event?.detail).toEqual({ staffIds: [practice.therapists[0]!.id] });
  });

  it("the admin's outbox, whose messages name the people they went to", async () => {
    const admin = await new TestAgent(ctx.app).actAs(ctx.deps, practice.admin);
    const outbox = await admin.get('/api/admin/outbox');
    expect(outbox.statusCode).toBe(200);
    const ids = outbox.json<{ messages: { id: string }[] }>().messages.map((m) => m.id);
    expect(ids.length).toBeGreaterThan(0);
    const event = await lastEvent('outbox.read');
    expect(event).toMatchObject({ actor_id: practice.admin.id });
    expect(event?.detail).toEqual({ messageIds: ids });
  });
});
