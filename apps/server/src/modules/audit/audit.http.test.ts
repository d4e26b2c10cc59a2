import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../testing/test-app.ts';
import { TestAgent } from '../../testing/test-agent.ts';
import { createTestPractice, type TestPractice } from '../../testing/builders.ts';
import { verifyAuditChains } from './audit-verify.ts';

let ctx: TestContext;
let practice: TestPractice;

beforeAll(async () => {
  ctx = await createTestApp();
  practice = await createTestPractice(ctx.deps, { therapists: 2, clients: 3 });
});
afterAll(async () => ctx.close());

const eventsOf = (practiceId: string) =>
  ctx.deps.db
    .selectFrom('audit_events')
    .selectAll()
    .where('practice_id', '=', practiceId)
    .orderBy('seq')
    .execute();

describe('audit', () => {
  it('records a caseload read as one event naming the ids read', async () => {
    const therapist = await new TestAgent(ctx.app).actAs(ctx.deps, practice.therapists[0]!);
    const listed = (await therapist.get('/api/clients')).json<{ clients: { id: string }[] }>();
    const events = await eventsOf(practice.practiceId);
    const read = events.filter((e) => e.action === 'caseload.read');
    expect(read).toHaveLength(1);
    expect(read[0]).toMatchObject({ actor_id: practice.therapists[0]!.id, outcome: 'allowed' });
    expect((read[0]!.detail as { clientIds: string[] }).clientIds.sort()).toEqual(
      listed.clients.map((c) => c.id).sort(),
    );
  });

  it('records a denial, with the actor and the client, when an out-of-scope id is asked for', async () => {
    const other = await new TestAgent(ctx.app).actAs(ctx.deps, practice.therapists[1]!);
    const clientOfFirst = practice.clients[0]!.id;
    expect((await other.get(`/api/clients/${clientOfFirst}`)).statusCode).toBe(404);
    const denied = (await eventsOf(practice.practiceId)).filter((e) => e.outcome === 'denied');
    expect(denied.at(-1)).toMatchObject({
      actor_id: practice.therapists[1]!.id,
      action: 'client.profile.read',
      client_id: clientOfFirst,
    });
  });

  it('refuses to update, delete or truncate audit rows', async () => {
    // The app's role may not even try (ADR 0007); behind that, the trigger refuses anyone.
    for (const db of [ctx.deps.db, ctx.superuser()]) {
      const refused = db === ctx.deps.db ? /permission denied/ : /append-only/;
      await expect(sql`update audit_events set action = 'x'`.execute(db)).rejects.toThrow(refused);
      await expect(sql`delete from audit_events`.execute(db)).rejects.toThrow(refused);
      await expect(sql`truncate audit_events`.execute(db)).rejects.toThrow(refused);
    }
  });

  it('records a signed-in person trying a route their role may not use', async () => {
    const client = await new TestAgent(ctx.app).actAs(ctx.deps, practice.clients[0]!);
    expect((await client.get('/api/clients')).statusCode).toBe(403);
    const denied = (await eventsOf(practice.practiceId)).filter((e) => e.action === 'route.denied');
    expect(denied.at(-1)).toMatchObject({
      actor_id: practice.clients[0]!.id,
      actor_role: 'client',
      resource_id: 'GET /api/clients',
      outcome: 'denied',
    });
  });

  it('keeps one unbroken chain per practice under many concurrent writers', async () => {
    const other = await createTestPractice(ctx.deps, { therapists: 1, clients: 1 });
    const agents = await Promise.all(
      [practice.therapists[0]!, practice.therapists[1]!, other.therapists[0]!].map((t) =>
        new TestAgent(ctx.app).actAs(ctx.deps, t),
      ),
    );
    const before = (await eventsOf(practice.practiceId)).length;
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) => agents[i % agents.length]!.get('/api/clients')),
    );
    expect(answers.every((a) => a.statusCode === 200)).toBe(true);
    const events = await eventsOf(practice.practiceId);
    expect(events.length - before).toBe(20);
    expect(events.map((e) => Number(e.seq))).toEqual(events.map((_, i) => i + 1));
    expect(
      (await eventsOf(other.practiceId)).filter((e) => e.action === 'caseload.read'),
    ).toHaveLength(10);
    expect((await verifyAuditChains(ctx.deps.db)).problems).toEqual([]);
  });

  it('verifies an intact chain, then detects a changed row and a removed row', async () => {
    const admin = await new TestAgent(ctx.app).actAs(ctx.deps, practice.admin);
    await admin.get(`/api/clients/${practice.clients[1]!.id}`);
    await admin.get(`/api/clients/${practice.clients[2]!.id}`);
    const intact = await verifyAuditChains(ctx.deps.db);
    expect(intact.problems).toEqual([]);
    expect(intact.events).toBeGreaterThanOrEqual(4);

    // Tampering needs the trigger out of the way, as an attacker with superuser access would do.
    const attacker = ctx.superuser();
    await sql`alter table audit_events disable trigger audit_events_no_update`.execute(attacker);
    try {
      const events = await eventsOf(practice.practiceId);
      const target = events[1]!;
      await sql`update audit_events set actor_id = ${practice.admin.id} where practice_id = ${target.practice_id} and seq = ${target.seq}`.execute(
        attacker,
      );
      const changed = await verifyAuditChains(ctx.deps.db);
      expect(changed.problems).toContainEqual(
        expect.objectContaining({
          practiceId: practice.practiceId,
          seq: Number(target.seq),
          problem: 'changed',
        }),
      );

      const removed = events[2]!;
      await sql`delete from audit_events where practice_id = ${removed.practice_id} and seq = ${removed.seq}`.execute(
        attacker,
      );
      const afterDelete = await verifyAuditChains(ctx.deps.db);
      expect(afterDelete.problems).toContainEqual(
        expect.objectContaining({ seq: Number(removed.seq), problem: 'missing' }),
      );

      const last = events.at(-1)!;
      await sql`delete from audit_events where practice_id = ${last.practice_id} and seq = ${last.seq}`.execute(
        attacker,
      );
      const afterTail = await verifyAuditChains(ctx.deps.db);
      expect(afterTail.problems).toContainEqual(
        expect.objectContaining({ problem: 'tip-mismatch' }),
      );

      // Removing the recorded tip as well does not take the chain out of verification.
      await sql`delete from audit_heads where practice_id = ${practice.practiceId}`.execute(
        attacker,
      );
      const headless = await verifyAuditChains(ctx.deps.db);
      expect(headless.problems).toContainEqual(
        expect.objectContaining({ practiceId: practice.practiceId, problem: 'tip-mismatch' }),
      );
      expect(headless.problems).toContainEqual(
        expect.objectContaining({ practiceId: practice.practiceId, problem: 'missing' }),
      );
    } finally {
      await sql`alter table audit_events enable trigger audit_events_no_update`.execute(attacker);
    }
  });
});
