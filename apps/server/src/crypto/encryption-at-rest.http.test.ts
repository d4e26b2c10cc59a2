import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPractice, type TestPractice } from '../testing/builders.ts';
import { createTestApp, type TestContext } from '../testing/test-app.ts';
import { TestAgent } from '../testing/test-agent.ts';

/**
 * Free text written through the API is in the database only sealed: a canary
 * string appears in no row of any table, as text or as the hex of its bytes.
 */
let ctx: TestContext;
let practice: TestPractice;
beforeAll(async () => {
  ctx = await createTestApp();
  practice = await createTestPractice(ctx.deps, { therapists: 1, clients: 1 });
});
afterAll(async () => ctx.close());

async function tablesHolding(needle: string): Promise<string[]> {
  const db = ctx.superuser();
  const tables = await sql<{ name: string }>`
    select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind = 'r' order by 1`.execute(db);
  const hex = Buffer.from(needle, 'utf8').toString('hex');
  const found: string[] = [];
  for (const { name } of tables.rows) {
    const hit = await sql<{ n: number }>`
      select count(*)::int as n from ${sql.table(name)} t
      where position(${needle} in t::text) > 0 or position(${hex} in t::text) > 0`.execute(db);
    if ((hit.rows[0]?.n ?? 0) > 0) found.push(name);
  }
  return found;
}

describe('free text at rest', () => {
  it('holds no plain text of what a client wrote in a check-in note, the journal or a plan', async () => {
    const canary = `canary-${randomUUID()}`;
    const client = await new TestAgent(ctx.app).actAs(ctx.deps, practice.clients[0]!);
    const checkIn = await client.post('/api/me/check-ins', {
      id: randomUUID(),
      occurredAt: new Date().toISOString(),
      mood: 5,
      emotions: [],
      sleepHours: null,
      tags: [],
      note: `note ${canary}`,
      visibility: 'shared',
    });
    expect(checkIn.statusCode).toBe(201);
    const entry = await client.post('/api/me/journal', {
      id: randomUUID(),
      body: `journal ${canary}`,
      visibility: 'shared',
    });
    expect(entry.statusCode).toBe(201);
    const plan = await client.put('/api/me/plans/safety-plan', {
      baseVersion: 0,
      content: {
        warningSigns: [{ text: `plan ${canary}`, phone: null }],
        internalCoping: [],
        distractions: [],
        helpContacts: [],
        professionals: [],
        saferEnvironment: [],
        reasonsForLiving: [],
      },
    });
    expect(plan.statusCode).toBe(200);

    // The API gives the words back to those who may read them...
    const therapist = await new TestAgent(ctx.app).actAs(ctx.deps, practice.therapists[0]!);
    const timeline = await therapist.get(`/api/clients/${practice.clients[0]!.id}/timeline`);
    expect(timeline.body).toContain(`note ${canary}`);
    expect(timeline.body).toContain(`journal ${canary}`);
    // ...while no table holds them in the clear (nor the search would find the marker itself).
    expect(await tablesHolding(canary)).toEqual([]);
    expect(await tablesHolding('canary-')).toEqual([]);
  });
});
