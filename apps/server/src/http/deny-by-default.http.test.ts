import Fastify from 'fastify';
import fastifyCookie from '@fastify/cookie';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../testing/test-app.ts';
import { TestAgent } from '../testing/test-agent.ts';
import { createTestPractice, type TestPractice } from '../testing/builders.ts';
import { publicRoute, rolesOnly } from './access-rule.ts';
import { registerErrorHandler } from './error-handler.ts';
import { requestContext } from './request-context.ts';
import { collectRouteTable, MissingAccessRuleError } from './route-table.ts';

/**
 * Deny by default holds for every route wherever it is mounted, not only
 * under /api: a FHIR facade or an export gets the same access rule and CSRF
 * check, and a route that declares no rule stops the app from starting.
 * The app is assembled here from the same pieces buildApp uses.
 */
let ctx: TestContext;
let practice: TestPractice;
beforeAll(async () => {
  ctx = await createTestApp();
  practice = await createTestPractice(ctx.deps, { therapists: 1, clients: 1 });
});
afterAll(async () => ctx.close());

async function appWith(register: (app: ReturnType<typeof Fastify>) => void) {
  const app = Fastify();
  collectRouteTable(app);
  registerErrorHandler(app);
  await app.register(fastifyCookie);
  await app.register(requestContext, { deps: ctx.deps });
  register(app);
  await app.ready();
  return app;
}

describe('deny by default', () => {
  it('refuses to start with a route that declares no access rule, wherever it is', async () => {
    await expect(
      appWith((app) => {
        app.get('/fhir/Patient', () => ({ resourceType: 'Bundle' }));
      }),
    ).rejects.toThrow(MissingAccessRuleError);
    await expect(
      appWith((app) => {
        app.post('/export', () => ({}));
      }),
    ).rejects.toThrow(/declares no access rule/);
  });

  it('checks the rule and CSRF on a route outside /api', async () => {
    const app = await appWith((a) => {
      a.get('/fhir/Patient', { config: { access: rolesOnly('therapist') } }, () => ({
        resourceType: 'Bundle',
      }));
      a.post('/export/run', { config: { access: rolesOnly('therapist') } }, () => ({ ok: true }));
      a.get('/fhir/metadata', { config: { access: publicRoute } }, () => ({ ok: true }));
    });
    try {
      const anonymous = await app.inject({ method: 'GET', url: '/fhir/Patient' });
      expect(anonymous.statusCode).toBe(401);
      expect(anonymous.json()).toMatchObject({ code: 'AUTHENTICATION_REQUIRED' });
      const client = await new TestAgent(app).actAs(ctx.deps, practice.clients[0]!);
      expect((await client.get('/fhir/Patient')).json()).toMatchObject({ code: 'FORBIDDEN' });
      const therapist = await new TestAgent(app).actAs(ctx.deps, practice.therapists[0]!);
      expect((await therapist.get('/fhir/Patient')).statusCode).toBe(200);
      const noCsrf = await therapist.request('POST', '/export/run', {}, { 'x-csrf-token': '' });
      expect(noCsrf.json()).toMatchObject({ code: 'CSRF_TOKEN_INVALID' });
      expect((await therapist.post('/export/run', {})).statusCode).toBe(200);
      const open = await app.inject({ method: 'GET', url: '/fhir/metadata' });
      expect(open.statusCode).toBe(200);
      expect(open.headers['cache-control']).toBe('no-store');
    } finally {
      await app.close();
    }
  });
});
