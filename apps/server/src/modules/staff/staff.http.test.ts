import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../testing/test-app.ts';
import { TestAgent } from '../../testing/test-agent.ts';
import { createTestPractice, TEST_PASSWORD, type TestPractice } from '../../testing/builders.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx.close());

const admin = (practice: TestPractice) => new TestAgent(ctx.app).actAs(ctx.deps, practice.admin);

async function teamOf(practice: TestPractice, clientId: string): Promise<string[]> {
  const agent = await admin(practice);
  const clients = (await agent.get('/api/admin/clients')).json<{
    clients: { id: string; therapists: { id: string }[] }[];
  }>().clients;
  return (clients.find((c) => c.id === clientId)?.therapists ?? []).map((t) => t.id).sort();
}

describe('creating staff', () => {
  it('answers the same id with any field changed with SUBMISSION_ID_REUSED, creating nothing', async () => {
    const practice = await createTestPractice(ctx.deps, { therapists: 0, clients: 0 });
    const agent = await admin(practice);
    const body = {
      id: randomUUID(),
      email: `staff-${randomUUID()}@example.test`,
      displayName: 'New colleague',
      role: 'therapist',
    };
    expect((await agent.post('/api/admin/users', body)).statusCode).toBe(201);
    expect((await agent.post('/api/admin/users', body)).statusCode).toBe(200);
    for (const changed of [
      { ...body, email: `other-${randomUUID()}@example.test` },
      { ...body, displayName: 'Another colleague' },
      { ...body, role: 'supervisor' },
    ]) {
      const answer = await agent.post('/api/admin/users', changed);
      expect(answer.statusCode, JSON.stringify(changed)).toBe(409);
      expect(answer.json()).toMatchObject({ code: 'SUBMISSION_ID_REUSED', path: 'id' });
    }
    const staff = (await agent.get('/api/admin/users')).json<{
      users: { id: string; role: string }[];
    }>();
    expect(staff.users.filter((u) => u.id === body.id)).toEqual([
      expect.objectContaining({ role: 'therapist' }),
    ]);
  });
});

describe('deactivating a therapist', () => {
  it('asks who takes over clients who would have no therapist, and hands them all over', async () => {
    const practice = await createTestPractice(ctx.deps, { therapists: 3, clients: 4 });
    // clients[0] and [3] belong to therapists[0], [1] to therapists[1], [2] to therapists[2].
    const [leaving, staying, third] = practice.therapists as [
      (typeof practice.therapists)[0],
      (typeof practice.therapists)[0],
      (typeof practice.therapists)[0],
    ];
    const agent = await admin(practice);
    const refused = await agent.post(`/api/admin/users/${leaving.id}/deactivate`, {});
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'CLIENTS_NEED_THERAPIST', path: 'handOverTo' });
    expect(refused.json<{ message: string }>().message).toMatch(
      /^2 clients have no other therapist/,
    );
    // Nothing changed: still active, still on both teams.
    expect(await teamOf(practice, practice.clients[0]!.id)).toEqual([leaving.id]);

    for (const unsuitable of [leaving.id, practice.supervisor.id, randomUUID()]) {
      const answer = await agent.post(`/api/admin/users/${leaving.id}/deactivate`, {
        handOverTo: unsuitable,
      });
      expect(answer.json(), unsuitable).toMatchObject({
        code: 'VALIDATION_FAILED',
        path: 'handOverTo',
      });
    }

    const done = await agent.post(`/api/admin/users/${leaving.id}/deactivate`, {
      handOverTo: third.id,
    });
    expect(done.statusCode).toBe(200);
    expect(done.json().user).toMatchObject({ status: 'deactivated' });
    expect(await teamOf(practice, practice.clients[0]!.id)).toEqual([third.id]);
    expect(await teamOf(practice, practice.clients[3]!.id)).toEqual([third.id]);
    expect(await teamOf(practice, practice.clients[1]!.id)).toEqual([staying.id]);
    // The clients see their new therapist, and the new therapist sees them.
    const client = await new TestAgent(ctx.app).actAs(ctx.deps, practice.clients[0]!);
    expect((await client.get('/api/me/care-team')).json().therapists).toEqual([
      expect.objectContaining({ id: third.id }),
    ]);
    const newTherapist = await new TestAgent(ctx.app).actAs(ctx.deps, third);
    const caseload = (await newTherapist.get('/api/clients')).json<{ clients: { id: string }[] }>();
    expect(caseload.clients.map((c) => c.id).sort()).toEqual(
      [practice.clients[0]!.id, practice.clients[2]!.id, practice.clients[3]!.id].sort(),
    );
  });

  it('needs no one when every client has another therapist: the leaving one just leaves the teams', async () => {
    const practice = await createTestPractice(ctx.deps, { therapists: 2, clients: 1 });
    const [first, second] = practice.therapists as [
      (typeof practice.therapists)[0],
      (typeof practice.therapists)[0],
    ];
    const agent = await admin(practice);
    const client = practice.clients[0]!.id;
    expect(
      (
        await agent.put(`/api/admin/clients/${client}/care-team`, {
          therapistIds: [first.id, second.id],
        })
      ).statusCode,
    ).toBe(200);
    expect((await agent.post(`/api/admin/users/${first.id}/deactivate`, {})).statusCode).toBe(200);
    expect(await teamOf(practice, client)).toEqual([second.id]);
  });

  it('deactivates a therapist with no clients at once, and reactivates them', async () => {
    const practice = await createTestPractice(ctx.deps, { therapists: 2, clients: 1 });
    const spare = practice.therapists[1]!;
    const session = new TestAgent(ctx.app);
    expect((await session.signIn(spare.email, TEST_PASSWORD)).statusCode).toBe(200);
    const agent = await admin(practice);
    expect((await agent.post(`/api/admin/users/${spare.id}/deactivate`, {})).statusCode).toBe(200);
    expect((await session.get('/api/clients')).statusCode).toBe(401);
    const back = await agent.post(`/api/admin/users/${spare.id}/reactivate`, {});
    expect(back.json().user).toMatchObject({ status: 'active' });
  });
});

describe('the admin’s client list and care teams', () => {
  it('lists every client with status and therapists, and changes a care team', async () => {
    const practice = await createTestPractice(ctx.deps, { therapists: 2, clients: 2 });
    const agent = await admin(practice);
    const list = (await agent.get('/api/admin/clients')).json<{
      clients: { id: string; status: string; therapists: { id: string }[] }[];
    }>();
    expect(list.clients.map((c) => c.id).sort()).toEqual(practice.clients.map((c) => c.id).sort());
    const client = practice.clients[0]!.id;
    const moved = await agent.put(`/api/admin/clients/${client}/care-team`, {
      therapistIds: [practice.therapists[1]!.id],
    });
    expect(moved.json().client.therapists).toEqual([
      expect.objectContaining({ id: practice.therapists[1]!.id }),
    ]);
    // The former therapist no longer reaches the client; the new one does.
    const former = await new TestAgent(ctx.app).actAs(ctx.deps, practice.therapists[0]!);
    expect((await former.get(`/api/clients/${client}`)).statusCode).toBe(404);
    const current = await new TestAgent(ctx.app).actAs(ctx.deps, practice.therapists[1]!);
    expect((await current.get(`/api/clients/${client}`)).statusCode).toBe(200);
  });

  it('refuses an empty team, a supervisor, a deactivated therapist and someone of another practice', async () => {
    const practice = await createTestPractice(ctx.deps, { therapists: 2, clients: 1 });
    const elsewhere = await createTestPractice(ctx.deps, { therapists: 1, clients: 0 });
    const agent = await admin(practice);
    const client = practice.clients[0]!.id;
    await agent.post(`/api/admin/users/${practice.therapists[1]!.id}/deactivate`, {});
    const empty = await agent.put(`/api/admin/clients/${client}/care-team`, { therapistIds: [] });
    expect(empty.json()).toMatchObject({ code: 'VALIDATION_FAILED', path: 'therapistIds' });
    for (const wrong of [
      practice.supervisor.id,
      practice.therapists[1]!.id,
      elsewhere.therapists[0]!.id,
    ]) {
      const answer = await agent.put(`/api/admin/clients/${client}/care-team`, {
        therapistIds: [practice.therapists[0]!.id, wrong],
      });
      expect(answer.json(), wrong).toMatchObject({
        code: 'VALIDATION_FAILED',
        path: 'therapistIds.1',
      });
    }
    expect(await teamOf(practice, client)).toEqual([practice.therapists[0]!.id]);
  });
});
