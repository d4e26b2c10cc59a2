import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../testing/test-app.ts';
import { TestAgent } from '../../testing/test-agent.ts';
import { createTestPractice, type TestPractice, type TestUser } from '../../testing/builders.ts';

/**
 * Every API route against every role, through the real app on a real
 * database. The table of expectations is written from the brief's
 * who-sees-what table; a route that is added without a row here fails the
 * "covers every route" test.
 */
const roleNames = [
  'anonymous',
  'clientA',
  'clientB',
  'therapistOfA',
  'otherTherapist',
  'supervisorOfA',
  'admin',
  'otherPracticeTherapist',
  'otherPracticeAdmin',
] as const;
type RoleName = (typeof roleNames)[number];

interface World {
  home: TestPractice;
  other: TestPractice;
  /** An invited (not yet active) client of therapistOfA, for resend-invitation. */
  invitedClientId: string;
  /** A therapist the admin can deactivate and reactivate. */
  spareTherapistId: string;
  /** The home practice's consent version, kept current before each case. */
  consentVersion: number;
}

interface Case {
  method: 'GET' | 'POST' | 'PUT';
  url: (w: World) => string;
  body?: (w: World) => unknown;
  /** Expected status per role; roles not listed expect `otherwise`. */
  expect: Partial<Record<RoleName, number>>;
  otherwise: number;
}

const everyone = (status: number): Pick<Case, 'expect' | 'otherwise'> => ({
  expect: {},
  otherwise: status,
});
const signedIn = (status: number): Pick<Case, 'expect' | 'otherwise'> => ({
  expect: { anonymous: 401 },
  otherwise: status,
});
const adminsOnly = (status: number): Pick<Case, 'expect' | 'otherwise'> => ({
  expect: { anonymous: 401, admin: status, otherPracticeAdmin: status },
  otherwise: 403,
});
const A = (w: World) => w.home.clients[0]!.id;

const cases: Record<string, Case> = {
  'GET /api/health': { method: 'GET', url: () => '/api/health', ...everyone(200) },
  'GET /api/openapi.json': { method: 'GET', url: () => '/api/openapi.json', ...everyone(200) },
  'GET /api/session': { method: 'GET', url: () => '/api/session', ...everyone(200) },
  'GET /api/crisis-resources': {
    method: 'GET',
    url: () => '/api/crisis-resources',
    ...everyone(200),
  },
  'POST /api/auth/sign-in': {
    method: 'POST',
    url: () => '/api/auth/sign-in',
    body: () => ({ email: 'nobody@example.test', password: 'wrong' }),
    ...everyone(401),
  },
  'POST /api/auth/sign-out': {
    method: 'POST',
    url: () => '/api/auth/sign-out',
    body: () => ({}),
    ...signedIn(200),
  },
  'POST /api/auth/sign-out-everywhere': {
    method: 'POST',
    url: () => '/api/auth/sign-out-everywhere',
    body: () => ({}),
    ...signedIn(200),
  },
  'POST /api/auth/change-password': {
    method: 'POST',
    url: () => '/api/auth/change-password',
    body: () => ({ currentPassword: 'wrong', newPassword: 'a brand new password' }),
    // Signed-in people reach the use case, which refuses the wrong current password.
    ...signedIn(401),
  },
  'POST /api/auth/password-reset/request': {
    method: 'POST',
    url: () => '/api/auth/password-reset/request',
    body: () => ({ email: 'nobody@example.test' }),
    ...everyone(202),
  },
  'POST /api/auth/password-reset/complete': {
    method: 'POST',
    url: () => '/api/auth/password-reset/complete',
    body: () => ({ token: 'x'.repeat(43), newPassword: 'a brand new password' }),
    ...everyone(400),
  },
  'POST /api/invitations/inspect': {
    method: 'POST',
    url: () => '/api/invitations/inspect',
    body: () => ({ token: 'x'.repeat(43) }),
    ...everyone(400),
  },
  'POST /api/invitations/accept': {
    method: 'POST',
    url: () => '/api/invitations/accept',
    body: () => ({ token: 'x'.repeat(43), password: 'a brand new password' }),
    ...everyone(400),
  },
  'GET /api/consent': { method: 'GET', url: () => '/api/consent', ...signedIn(200) },
  'POST /api/consent/accept': {
    method: 'POST',
    url: () => '/api/consent/accept',
    body: (w) => ({ version: w.consentVersion }),
    // The other practice is still at version 1, so its people get CONSENT_VERSION_STALE when home moved on.
    expect: { anonymous: 401 },
    otherwise: 204,
  },
  'GET /api/admin/consent': { method: 'GET', url: () => '/api/admin/consent', ...adminsOnly(200) },
  'PUT /api/admin/consent': {
    method: 'PUT',
    url: () => '/api/admin/consent',
    body: () => ({
      text: 'A consent text long enough to be accepted by the validation of this field.',
    }),
    ...adminsOnly(200),
  },
  'GET /api/clients': {
    method: 'GET',
    url: () => '/api/clients',
    expect: { anonymous: 401, clientA: 403, clientB: 403, admin: 403, otherPracticeAdmin: 403 },
    otherwise: 200,
  },
  'POST /api/clients/invite': {
    method: 'POST',
    url: () => '/api/clients/invite',
    body: () => ({
      id: randomUUID(),
      email: `new-${randomUUID()}@example.test`,
      displayName: 'New client',
    }),
    expect: { anonymous: 401, therapistOfA: 201, otherTherapist: 201, otherPracticeTherapist: 201 },
    otherwise: 403,
  },
  'GET /api/clients/:id': {
    method: 'GET',
    url: (w) => `/api/clients/${A(w)}`,
    expect: { anonymous: 401, clientA: 200, therapistOfA: 200, supervisorOfA: 200, admin: 200 },
    otherwise: 404,
  },
  'POST /api/clients/:id/archive': {
    method: 'POST',
    url: (w) => `/api/clients/${A(w)}/archive`,
    body: () => ({}),
    expect: { anonymous: 401, therapistOfA: 200, otherTherapist: 404, otherPracticeTherapist: 404 },
    otherwise: 403,
  },
  'POST /api/clients/:id/restore': {
    method: 'POST',
    url: (w) => `/api/clients/${A(w)}/restore`,
    body: () => ({}),
    expect: { anonymous: 401, therapistOfA: 200, otherTherapist: 404, otherPracticeTherapist: 404 },
    otherwise: 403,
  },
  'POST /api/clients/:id/resend-invitation': {
    method: 'POST',
    url: (w) => `/api/clients/${w.invitedClientId}/resend-invitation`,
    body: () => ({}),
    expect: { anonymous: 401, therapistOfA: 204, otherTherapist: 404, otherPracticeTherapist: 404 },
    otherwise: 403,
  },
  'GET /api/me/care-team': {
    method: 'GET',
    url: () => '/api/me/care-team',
    expect: { anonymous: 401, clientA: 200, clientB: 200 },
    otherwise: 403,
  },
  'GET /api/admin/users': { method: 'GET', url: () => '/api/admin/users', ...adminsOnly(200) },
  'POST /api/admin/users': {
    method: 'POST',
    url: () => '/api/admin/users',
    body: () => ({
      id: randomUUID(),
      email: `staff-${randomUUID()}@example.test`,
      displayName: 'New staff',
      role: 'therapist',
    }),
    ...adminsOnly(201),
  },
  'POST /api/admin/users/:id/deactivate': {
    method: 'POST',
    url: (w) => `/api/admin/users/${w.spareTherapistId}/deactivate`,
    body: () => ({}),
    ...adminsOnly(200),
    expect: { anonymous: 401, admin: 200, otherPracticeAdmin: 404 },
  },
  'POST /api/admin/users/:id/reactivate': {
    method: 'POST',
    url: (w) => `/api/admin/users/${w.spareTherapistId}/reactivate`,
    body: () => ({}),
    otherwise: 403,
    expect: { anonymous: 401, admin: 200, otherPracticeAdmin: 404 },
  },
  'PUT /api/admin/supervision': {
    method: 'PUT',
    url: () => '/api/admin/supervision',
    body: (w) => ({ therapistId: w.home.therapists[0]!.id, supervisorIds: [w.home.supervisor.id] }),
    otherwise: 403,
    expect: { anonymous: 401, admin: 200, otherPracticeAdmin: 404 },
  },
  'GET /api/admin/outbox': { method: 'GET', url: () => '/api/admin/outbox', ...adminsOnly(200) },
};

let ctx: TestContext;
let world: World;

function userFor(role: RoleName, w: World): TestUser | null {
  switch (role) {
    case 'anonymous':
      return null;
    case 'clientA':
      return w.home.clients[0]!;
    case 'clientB':
      return w.home.clients[1]!;
    case 'therapistOfA':
      return w.home.therapists[0]!;
    case 'otherTherapist':
      return w.home.therapists[1]!;
    case 'supervisorOfA':
      return w.home.supervisor;
    case 'admin':
      return w.home.admin;
    case 'otherPracticeTherapist':
      return w.other.therapists[0]!;
    case 'otherPracticeAdmin':
      return w.other.admin;
  }
}

beforeAll(async () => {
  ctx = await createTestApp();
  const home = await createTestPractice(ctx.deps, { therapists: 3, clients: 2 });
  const other = await createTestPractice(ctx.deps, { therapists: 1, clients: 1 });
  const invitedClientId = randomUUID();
  const therapist = await new TestAgent(ctx.app).actAs(ctx.deps, home.therapists[0]!);
  const invited = await therapist.post('/api/clients/invite', {
    id: invitedClientId,
    email: `invited-${invitedClientId}@example.test`,
    displayName: 'Invited',
  });
  expect(invited.statusCode).toBe(201);
  world = {
    home,
    other,
    invitedClientId,
    spareTherapistId: home.therapists[2]!.id,
    consentVersion: 1,
  };
});

/** An admin case may publish a new consent version; clients accept it so later cases test access, not consent. */
async function keepConsentCurrent(): Promise<void> {
  const row = await ctx.deps.db
    .selectFrom('consent_versions')
    .select((eb) => eb.fn.max('version').as('v'))
    .where('practice_id', '=', world.home.practiceId)
    .executeTakeFirstOrThrow();
  world.consentVersion = row.v;
  await ctx.deps.db
    .updateTable('users')
    .set({ consent_version: row.v })
    .where('practice_id', '=', world.home.practiceId)
    .where('role', '=', 'client')
    .execute();
}
afterAll(async () => ctx.close());

describe('role matrix', () => {
  it('covers every API route', () => {
    const routes = ctx.app.routeTable
      .filter((r) => r.url.startsWith('/api/'))
      .map((r) => `${r.method} ${r.url}`)
      .sort();
    expect(routes).toEqual(Object.keys(cases).sort());
  });

  for (const [route, c] of Object.entries(cases)) {
    it(`${route}: each role gets what the policy allows`, async () => {
      await keepConsentCurrent();
      const got: Record<string, number> = {};
      const want: Record<string, number> = {};
      for (const role of roleNames) {
        const agent = new TestAgent(ctx.app);
        const user = userFor(role, world);
        if (user) await agent.actAs(ctx.deps, user);
        else await agent.fetchCsrf();
        const response = await agent.request(c.method, c.url(world), c.body?.(world));
        got[role] = response.statusCode;
        want[role] = c.expect[role] ?? c.otherwise;
        expect(response.statusCode).toBeLessThan(500);
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
