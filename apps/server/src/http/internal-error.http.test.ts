import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../testing/test-app.ts';
import { TestAgent } from '../testing/test-agent.ts';
import { createTestPractice, type TestPractice } from '../testing/builders.ts';

/**
 * When something does break underneath (here: the database goes away mid-flight),
 * the answer is a coded error with a plain message: no stack trace, no SQL.
 */
let ctx: TestContext;
let practice: TestPractice;
beforeAll(async () => {
  ctx = await createTestApp();
  practice = await createTestPractice(ctx.deps, { therapists: 1, clients: 1 });
});
afterAll(async () => ctx.close());

describe('failures underneath', () => {
  it('answer SERVICE_UNAVAILABLE without internals when the database is gone', async () => {
    const agent = await new TestAgent(ctx.app).actAs(ctx.deps, practice.therapists[0]!);
    await ctx.deps.db.destroy();
    const caseload = await agent.get('/api/clients');
    expect(caseload.statusCode).toBe(503);
    expect(caseload.json()).toEqual({
      code: 'SERVICE_UNAVAILABLE',
      message: 'Tandem is busy or starting. Please try again in a moment.',
    });
    const health = await agent.get('/api/health');
    expect(health.statusCode).toBe(503);
    expect(health.json().code).toBe('SERVICE_UNAVAILABLE');
    for (const body of [caseload.body, health.body]) {
      expect(body).not.toMatch(/at .*\.ts:\d+|select |pool|kysely/i);
    }
  });
});
