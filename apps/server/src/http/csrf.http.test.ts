import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../testing/test-app.ts';
import { TestAgent } from '../testing/test-agent.ts';
import { createTestPractice, TEST_PASSWORD, type TestPractice } from '../testing/builders.ts';
import { cases, roleNames, userFor, type World } from '../modules/access/role-matrix.cases.ts';
import { buildWorld } from '../modules/access/role-matrix.world.ts';

/**
 * Attempts to get a state-changing request past the CSRF check, as a hostile
 * page or a crafted URL would try it. Each must be refused before anything
 * changes.
 */
let ctx: TestContext;
let practice: TestPractice;
let world: World;

beforeAll(async () => {
  ctx = await createTestApp();
  practice = await createTestPractice(ctx.deps, { therapists: 1, clients: 1 });
  world = await buildWorld(ctx);
});
afterAll(async () => ctx.close());

const therapist = () => practice.therapists[0]!;
const writeRoutes = () =>
  ctx.app.routeTable.filter((r) => r.url.startsWith('/api/') && r.method !== 'GET');

describe('CSRF', () => {
  it('every state-changing API route refuses a request without the token, signed in or not', async () => {
    expect(writeRoutes().length).toBeGreaterThan(10);
    const byRole = {
      admin: await new TestAgent(ctx.app).actAs(ctx.deps, practice.admin),
      therapist: await new TestAgent(ctx.app).actAs(ctx.deps, therapist()),
      supervisor: await new TestAgent(ctx.app).actAs(ctx.deps, practice.supervisor),
      client: await new TestAgent(ctx.app).actAs(ctx.deps, practice.clients[0]!),
    };
    const anonymous = new TestAgent(ctx.app);
    await anonymous.fetchCsrf();
    for (const route of writeRoutes()) {
      const url = route.url.replace(':id', practice.clients[0]!.id);
      const access = route.access;
      // Someone the route's rule lets in, so that only the missing token stands in the way.
      const agent =
        access?.kind === 'roles'
          ? byRole[access.roles[0]!]
          : access?.kind === 'public'
            ? anonymous
            : byRole.therapist;
      const response = await agent.request(
        route.method as 'POST' | 'PUT',
        url,
        {},
        {
          'x-csrf-token': '',
        },
      );
      expect(response.statusCode, `${route.method} ${url}`).toBe(403);
      expect(response.json(), `${route.method} ${url}`).toMatchObject({
        code: 'CSRF_TOKEN_INVALID',
      });
    }
  });

  it('every write refuses a valid request from someone it allows, when the token is missing or wrong', async () => {
    const writes = Object.entries(cases).filter(([, c]) => c.method !== 'GET');
    expect(writes.length).toBeGreaterThan(15);
    for (const [route, c] of writes) {
      // The first role the matrix lets through: only the token stands in the way.
      const role = roleNames.find((r) => (c.expect[r] ?? c.otherwise) < 300);
      if (role === undefined) continue;
      const user = userFor(role, world);
      const agent = new TestAgent(ctx.app);
      if (user) await agent.actAs(ctx.deps, user);
      else await agent.fetchCsrf();
      const token = agent.csrfToken;
      // No header at all.
      agent.csrfToken = null;
      const missing = await agent.request(c.method, c.url(world), c.body?.(world));
      expect(missing.statusCode, `${route} as ${role}, no token`).toBe(403);
      expect(missing.json(), route).toMatchObject({ code: 'CSRF_TOKEN_INVALID' });
      agent.csrfToken = `${token ?? ''}x`;
      const wrong = await agent.request(c.method, c.url(world), c.body?.(world));
      expect(wrong.statusCode, `${route} as ${role}, wrong token`).toBe(403);
    }
  });

  it('refuses a wrong token, the token of another session and the anonymous token of a signed-in browser', async () => {
    const victim = await new TestAgent(ctx.app).actAs(ctx.deps, therapist());
    const attacker = await new TestAgent(ctx.app).actAs(ctx.deps, therapist());
    const anonymousToken = await new TestAgent(ctx.app).fetchCsrf();
    for (const token of ['forged', attacker.csrfToken ?? '', anonymousToken]) {
      const response = await victim.request(
        'POST',
        '/api/auth/sign-out',
        {},
        {
          'x-csrf-token': token,
        },
      );
      expect(response.statusCode).toBe(403);
      expect(response.json()).toMatchObject({ code: 'CSRF_TOKEN_INVALID' });
    }
    expect((await victim.get('/api/clients')).statusCode).toBe(200);
  });

  it('cannot be skipped by spelling the path differently', async () => {
    const anonymous = new TestAgent(ctx.app);
    const body = { email: therapist().email, password: TEST_PASSWORD };
    // The router decodes %61 to "a": the access rule and the CSRF check must apply all the same.
    for (const url of ['/%61pi/auth/sign-in', '/api/%61uth/sign-in', '/api/auth/sign-in/']) {
      const response = await anonymous.request('POST', url, body, { 'x-csrf-token': '' });
      expect(response.statusCode, url).toBe(403);
      expect(response.json(), url).toMatchObject({ code: 'CSRF_TOKEN_INVALID' });
    }
    expect(anonymous.hasSessionCookie()).toBe(false);

    const signedIn = await new TestAgent(ctx.app).actAs(ctx.deps, therapist());
    const sneaky = await signedIn.request(
      'POST',
      '/%61pi/auth/sign-out-everywhere',
      {},
      {
        'x-csrf-token': '',
      },
    );
    expect(sneaky.json()).toMatchObject({ code: 'CSRF_TOKEN_INVALID' });
    expect((await signedIn.get('/%61pi/clients')).statusCode).toBe(200);
    const client = await new TestAgent(ctx.app).actAs(ctx.deps, practice.clients[0]!);
    expect((await client.get('/%61pi/clients')).json()).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('accepts no form-encoded or plain-text body, which a cross-site form could send without a preflight', async () => {
    const agent = await new TestAgent(ctx.app).actAs(ctx.deps, therapist());
    for (const type of [
      'application/x-www-form-urlencoded',
      'text/plain',
      'multipart/form-data; boundary=x',
    ]) {
      const response = await agent.request('POST', '/api/auth/sign-out', undefined, {
        'content-type': type,
        'x-csrf-token': agent.csrfToken ?? '',
      });
      expect(response.statusCode, type).toBe(415);
      expect(response.json()).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });
    }
    expect((await agent.get('/api/clients')).statusCode).toBe(200);
  });

  it('has no state-changing GET: writes answer 404 to GET', async () => {
    const agent = await new TestAgent(ctx.app).actAs(ctx.deps, therapist());
    for (const route of writeRoutes()) {
      if (ctx.app.routeTable.some((r) => r.url === route.url && r.method === 'GET')) continue;
      const response = await agent.get(route.url.replace(':id', practice.clients[0]!.id));
      expect(response.statusCode, route.url).toBe(404);
    }
    expect((await agent.get('/api/clients')).statusCode).toBe(200);
  });

  it('answers a URL that is not valid percent-encoding with a coded 400', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/clients/%ZZ' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      code: 'MALFORMED_REQUEST',
      message: 'The request could not be read.',
    });
  });
});
