import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPractice, type TestPractice } from '../testing/builders.ts';
import { createTestApp, type TestContext } from '../testing/test-app.ts';
import { TestAgent } from '../testing/test-agent.ts';
import {
  newSkillPractice,
  newThoughtRecord,
  thoughtRecordAnswers,
} from '../modules/access/role-matrix.worksheets.ts';

/**
 * What a client writes in a thought record or a skill practice's note is in
 * the database only sealed: a canary appears in no row of any table, as text
 * or as the hex of its bytes (as encryption-at-rest.http.test.ts does for
 * check-ins, the journal and the plans).
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

describe('worksheets and skill notes at rest', () => {
  it('hold no plain text of a thought record or a practice note', async () => {
    const canary = `canary-${randomUUID()}`;
    const client = await new TestAgent(ctx.app).actAs(ctx.deps, practice.clients[0]!);
    const worksheet = await client.post('/api/me/worksheets', {
      ...newThoughtRecord('shared'),
      answers: {
        ...thoughtRecordAnswers(),
        thought: `thought ${canary}`,
        'emotion-1': 'Dread',
        situation: `situation ${canary}`,
      },
    });
    expect(worksheet.statusCode).toBe(201);
    const practiceLog = await client.post('/api/me/skill-practices', {
      ...newSkillPractice('shared'),
      note: `note ${canary}`,
    });
    expect(practiceLog.statusCode).toBe(201);

    const therapist = await new TestAgent(ctx.app).actAs(ctx.deps, practice.therapists[0]!);
    const timeline = await therapist.get(`/api/clients/${practice.clients[0]!.id}/timeline`);
    expect(timeline.body).toContain(`thought ${canary}`);
    expect(timeline.body).toContain(`note ${canary}`);
    expect(await tablesHolding(canary)).toEqual([]);
    expect(await tablesHolding('canary-')).toEqual([]);
    // The emotion's name is words too: sealed, never in a column of its own.
    expect(await tablesHolding('Dread')).toEqual([]);
  });
});
