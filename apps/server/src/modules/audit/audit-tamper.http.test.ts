import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../db/schema.ts';
import { createTestApp, type TestContext } from '../../testing/test-app.ts';
import { TestAgent } from '../../testing/test-agent.ts';
import { createTestPractice, type TestPractice } from '../../testing/builders.ts';
import { verifyAuditChains } from './audit-verify.ts';

/**
 * The audit log played against as an attacker with database access would:
 * every stored column of an event, changed in turn, must be reported by
 * verification (the hash covers it), and an id spelt in capitals in a URL
 * must not plant a false alarm.
 */
let ctx: TestContext;
let practice: TestPractice;
let attacker: Kysely<DB>;

beforeAll(async () => {
  ctx = await createTestApp();
  practice = await createTestPractice(ctx.deps, { therapists: 1, clients: 2 });
  attacker = ctx.superuser();
});
afterAll(async () => ctx.close());

/** Runs `change` with the append-only trigger bypassed, as a superuser can. */
async function tamper(change: (trx: Kysely<DB>) => Promise<unknown>): Promise<void> {
  await attacker.transaction().execute(async (trx) => {
    await sql`set local session_replication_role = replica`.execute(trx);
    await change(trx);
  });
}

describe('every stored column is covered by the hash', () => {
  it('reports a change to any one of them, and is intact again once it is undone', async () => {
    const therapist = await new TestAgent(ctx.app, '203.0.113.5').actAs(
      ctx.deps,
      practice.therapists[0]!,
    );
    await therapist.get(`/api/clients/${practice.clients[0]!.id}`);
    await therapist.get('/api/clients');
    const target = await ctx.deps.db
      .selectFrom('audit_events')
      .selectAll()
      .where('practice_id', '=', practice.practiceId)
      .where('action', '=', 'client.read')
      .executeTakeFirstOrThrow();
    expect(target).toMatchObject({ source_address: '203.0.113.5' });
    expect(target.session_id).toMatch(/^[0-9a-f]{64}$/);
    expect((await verifyAuditChains(ctx.deps.db)).problems).toEqual([]);

    const where = sql`practice_id = ${target.practice_id} and seq = ${target.seq}`;
    const changes: Record<string, ReturnType<typeof sql>> = {
      id: sql`id = gen_random_uuid()`,
      occurred_at: sql`occurred_at = occurred_at + interval '1 second'`,
      actor_id: sql`actor_id = ${practice.clients[1]!.id}`,
      actor_role: sql`actor_role = 'supervisor'`,
      action: sql`action = 'client.archive'`,
      resource_type: sql`resource_type = 'user'`,
      resource_id: sql`resource_id = ${practice.clients[1]!.id}`,
      client_id: sql`client_id = ${practice.clients[1]!.id}`,
      outcome: sql`outcome = 'denied'`,
      detail: sql`detail = '{"note":"edited"}'::jsonb`,
      source_address: sql`source_address = '198.51.100.1'`,
      session_id: sql`session_id = null`,
      prev_hash: sql`prev_hash = ${'1'.repeat(64)}`,
      hash: sql`hash = ${'2'.repeat(64)}`,
    };
    const columns = await sql<{ column_name: string }>`
      select column_name from information_schema.columns
      where table_schema = 'public' and table_name = 'audit_events'
        and column_name not in ('practice_id', 'seq')`.execute(ctx.deps.db);
    // A column added later must be added to this list (and to the hash).
    expect(columns.rows.map((c) => c.column_name).sort()).toEqual(Object.keys(changes).sort());

    for (const [column, change] of Object.entries(changes)) {
      const original = await attacker
        .selectFrom('audit_events')
        .selectAll()
        .where('practice_id', '=', target.practice_id)
        .where('seq', '=', target.seq as never)
        .executeTakeFirstOrThrow();
      await tamper((trx) => sql`update audit_events set ${change} where ${where}`.execute(trx));
      const report = await verifyAuditChains(ctx.deps.db);
      expect(
        report.problems.some((p) => p.practiceId === practice.practiceId),
        `a change to ${column} goes unnoticed`,
      ).toBe(true);
      await tamper((trx) =>
        sql`update audit_events set
              id = ${original.id}, occurred_at = ${original.occurred_at}, actor_id = ${original.actor_id},
              actor_role = ${original.actor_role}, action = ${original.action},
              resource_type = ${original.resource_type}, resource_id = ${original.resource_id},
              client_id = ${original.client_id}, outcome = ${original.outcome},
              detail = ${JSON.stringify(original.detail)}::jsonb, source_address = ${original.source_address},
              session_id = ${original.session_id}, prev_hash = ${original.prev_hash}, hash = ${original.hash}
            where ${where}`.execute(trx),
      );
      expect((await verifyAuditChains(ctx.deps.db)).problems, `after undoing ${column}`).toEqual(
        [],
      );
    }
  });
});

describe('ids in capitals', () => {
  it('are the same id: no false "changed" alarm, and stored in lower case', async () => {
    const therapist = await new TestAgent(ctx.app).actAs(ctx.deps, practice.therapists[0]!);
    const upper = practice.clients[0]!.id.toUpperCase();
    expect((await therapist.get(`/api/clients/${upper}`)).statusCode).toBe(200);
    const outsider = await new TestAgent(ctx.app).actAs(ctx.deps, practice.clients[1]!);
    expect((await outsider.get(`/api/clients/${upper}`)).statusCode).toBe(404);
    expect((await verifyAuditChains(ctx.deps.db)).problems).toEqual([]);
    const events = await ctx.deps.db
      .selectFrom('audit_events')
      .select(['resource_id', 'client_id'])
      .where('practice_id', '=', practice.practiceId)
      .where('resource_id', 'ilike', practice.clients[0]!.id)
      .execute();
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.resource_id === practice.clients[0]!.id)).toBe(true);
  });
});

describe('the app’s own database role', () => {
  it('cannot bypass the append-only rule (least privilege)', async () => {
    if (ctx.superuser() === ctx.deps.db) return expect.fail('the app runs as the superuser');
    await expect(
      ctx.deps.db.transaction().execute(async (trx) => {
        await sql`set local session_replication_role = replica`.execute(trx);
      }),
    ).rejects.toThrow(/permission denied/);
  });
});
