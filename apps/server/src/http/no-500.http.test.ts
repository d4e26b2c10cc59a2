import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../testing/test-app.ts';
import { TestAgent } from '../testing/test-agent.ts';
import { createTestPractice, type TestPractice } from '../testing/builders.ts';

/**
 * Property: whatever JSON arrives at whatever route, from whoever, the answer is
 * a coded 2xx–4xx, never a 500. Bodies, path ids and query strings are random.
 */
let ctx: TestContext;
let practice: TestPractice;
beforeAll(async () => {
  ctx = await createTestApp();
  practice = await createTestPractice(ctx.deps, { therapists: 1, clients: 1 });
});
afterAll(async () => ctx.close());

const json = fc.jsonValue({ maxDepth: 3 });
const fieldLike = fc.record(
  {
    id: fc.oneof(fc.uuid(), fc.string()),
    email: fc.oneof(fc.emailAddress(), fc.string()),
    password: fc.string(),
    displayName: fc.string(),
    token: fc.string(),
    version: fc.oneof(fc.integer(), fc.double(), fc.string()),
    text: fc.string(),
    role: fc.constantFrom('admin', 'therapist', 'supervisor', 'client', 'root'),
    supervisorIds: fc.array(fc.oneof(fc.uuid(), fc.string()), { maxLength: 3 }),
    therapistId: fc.oneof(fc.uuid(), fc.string()),
  },
  { requiredKeys: [] },
);
const pathId = fc.oneof(
  fc.uuid(),
  fc.string({ minLength: 1, maxLength: 70 }).map(encodeURIComponent),
);
const query = fc.oneof(
  fc.constant(''),
  fc.string().map((s) => `?status=${encodeURIComponent(s)}`),
);

describe('no input produces a 500', () => {
  it('for every route, role, body, id and query string', async () => {
    const routes = ctx.app.routeTable.filter(
      (r) => r.url.startsWith('/api/') && r.url !== '/api/openapi.json',
    );
    const agents = [
      new TestAgent(ctx.app),
      await new TestAgent(ctx.app).actAs(ctx.deps, practice.admin),
      await new TestAgent(ctx.app).actAs(ctx.deps, practice.therapists[0]!),
      await new TestAgent(ctx.app).actAs(ctx.deps, practice.clients[0]!),
    ];
    await agents[0]!.fetchCsrf();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        fc.integer({ min: 0, max: agents.length - 1 }),
        fc.oneof(json, fieldLike),
        pathId,
        query,
        async (route, agentIndex, body, id, qs) => {
          const agent = agents[agentIndex]!;
          const url = route.url.replace(':id', id) + (route.method === 'GET' ? qs : '');
          const response = await agent.request(
            route.method as 'GET' | 'POST' | 'PUT',
            url,
            route.method === 'GET' ? undefined : body,
          );
          expect(response.statusCode, `${route.method} ${url}`).toBeLessThan(500);
          if (response.statusCode >= 400) expect(response.json()).toHaveProperty('code');
        },
      ),
      { numRuns: 2000 },
    );
  });
});
