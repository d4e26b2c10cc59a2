import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../testing/test-app.ts';
import { TestAgent } from '../../testing/test-agent.ts';
import type { TestUser } from '../../testing/builders.ts';
import { cases, roleNames, userFor, usualCodes, type World } from './role-matrix.cases.ts';
import { buildWorld } from './role-matrix.world.ts';

/** Runs the table in role-matrix.cases.ts through the real app on a real database. */
let ctx: TestContext;
let world: World;

beforeAll(async () => {
  ctx = await createTestApp();
  world = await buildWorld(ctx);
});

/** An admin case may publish a new consent version; clients accept it so later cases test access, not consent. */
async function keepConsentCurrent(): Promise<void> {
  for (const practiceId of [world.home.practiceId, world.other.practiceId]) {
    const row = await ctx.deps.db
      .selectFrom('consent_versions')
      .select((eb) => eb.fn.max('version').as('v'))
      .where('practice_id', '=', practiceId)
      .executeTakeFirstOrThrow();
    if (practiceId === world.home.practiceId) world.consentVersion = row.v;
    await ctx.deps.db
      .updateTable('users')
      .set({ consent_version: row.v })
      .where('practice_id', '=', practiceId)
      .where('role', '=', 'client')
      .execute();
  }
}
afterAll(async () => ctx.close());

function describeAnswer(status: number, body: unknown): string {
  if (status < 400) return `${status}`;
  const code =
    typeof body === 'object' && body !== null && 'code' in body ? body.code : '(no code)';
  return `${status} ${String(code)}`;
}

describe('role matrix', () => {
  it('covers every route the app serves', () => {
    const routes = ctx.app.routeTable.map((r) => `${r.method} ${r.url}`).sort();
    expect(routes).toEqual(Object.keys(cases).sort());
  });

  for (const [route, c] of Object.entries(cases)) {
    it(`${route}: each role gets what the policy allows`, async () => {
      await keepConsentCurrent();
      const got: Record<string, string> = {};
      const want: Record<string, string> = {};
      for (const role of roleNames) {
        const agent = new TestAgent(ctx.app);
        const user = userFor(role, world);
        if (user) await agent.actAs(ctx.deps, user);
        else await agent.fetchCsrf();
        const response = await agent.request(c.method, c.url(world), c.body?.(world));
        const status = c.expect[role] ?? c.otherwise;
        const body: unknown = response.body === '' ? null : response.json();
        got[role] = describeAnswer(response.statusCode, body);
        // Every answer, refusals included, is kept by no cache on the way.
        if (response.headers['cache-control'] !== 'no-store') {
          got[role] += ` (cache-control: ${String(response.headers['cache-control'])})`;
        }
        const code = c.codes?.[role] ?? c.codes?.[status] ?? usualCodes[status];
        want[role] = status >= 400 ? `${status} ${code}` : `${status}`;
        if (response.statusCode < 300 && c.check) c.check(body, role, world);
      }
      expect(got).toEqual(want);
    });
  }

  it('a therapist sees only the clients on their care team; a supervisor those of supervised therapists', async () => {
    const ids = async (user: TestUser) =>
      (await (await new TestAgent(ctx.app).actAs(ctx.deps, user)).get('/api/clients'))
        .json<{ clients: { id: string }[] }>()
        .clients.map((c) => c.id);
    const [a, b] = [world.home.clients[0]!.id, world.home.clients[1]!.id];
    expect(await ids(world.home.therapists[0]!)).toContain(a);
    expect(await ids(world.home.therapists[0]!)).not.toContain(b);
    expect(await ids(world.home.therapists[1]!)).toContain(b);
    expect(await ids(world.home.therapists[1]!)).not.toContain(a);
    expect(await ids(world.home.supervisor)).toContain(a);
    expect(await ids(world.home.supervisor)).not.toContain(b);
    expect(await ids(world.other.therapists[0]!)).not.toContain(a);
  });
});
