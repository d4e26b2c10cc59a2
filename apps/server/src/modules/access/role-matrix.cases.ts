import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { entryCases } from './role-matrix.entry-cases.ts';
import { exposureCases } from './role-matrix.exposure-cases.ts';
import { goalCases } from './role-matrix.goals-cases.ts';
import { homeworkCases } from './role-matrix.homework-cases.ts';
import { reviewCases } from './role-matrix.review-cases.ts';
import { activationCases } from './role-matrix.activation-cases.ts';
import { measureCases } from './role-matrix.measure-cases.ts';
import { practiceCases } from './role-matrix.practice-cases.ts';
import { worksheetCases } from './role-matrix.worksheet-cases.ts';
import { groupCases } from './role-matrix.group-cases.ts';
import { A, adminsOnly, everyone, signedIn, userFor, type Case } from './role-matrix.roles.ts';

export {
  roleNames,
  userFor,
  usualCodes,
  type Case,
  type RoleName,
  type World,
} from './role-matrix.roles.ts';

/**
 * Every API route against every role, through the real app on a real
 * database. The table of expectations is written from the brief's
 * who-sees-what table; a route that is added without a row here fails the
 * "covers every route" test. Each answer is checked for its status and, for
 * a refusal, its error code (a 404 that is really a 401 would otherwise pass);
 * some answers are checked for what they say, too.
 */

export const cases: Record<string, Case> = {
  'GET /api/health': { method: 'GET', url: () => '/api/health', ...everyone(200) },
  'GET /api/openapi.json': { method: 'GET', url: () => '/api/openapi.json', ...everyone(200) },
  'GET /api/session': {
    method: 'GET',
    url: () => '/api/session',
    ...everyone(200),
    check: (body, role, w) => {
      const user = (body as { user: { id: string } | null }).user;
      expect(user?.id ?? null).toBe(userFor(role, w)?.id ?? null);
    },
  },
  'GET /api/instance': { method: 'GET', url: () => '/api/instance', ...everyone(200) },
  'GET /api/crisis-resources': {
    method: 'GET',
    url: () => '/api/crisis-resources',
    ...everyone(200),
  },
  'POST /api/auth/sign-in': {
    method: 'POST',
    url: () => '/api/auth/sign-in',
    // A new unknown address each time: the same one would soon be rate limited.
    body: () => ({ email: `nobody-${randomUUID()}@example.test`, password: 'wrong' }),
    ...everyone(401),
    codes: { 401: 'INVALID_CREDENTIALS' },
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
  'POST /api/auth/switch-practice': {
    method: 'POST',
    url: () => '/api/auth/switch-practice',
    // Members of the home practice may open it (again); nobody else belongs to it.
    body: (w) => ({ practiceId: w.home.practiceId }),
    expect: {
      anonymous: 401,
      otherPracticeClient: 404,
      otherPracticeTherapist: 404,
      otherPracticeAdmin: 404,
    },
    otherwise: 200,
    check: (body, _role, w) => {
      const { user } = body as { user: { practiceId: string } };
      if (user.practiceId !== w.home.practiceId) throw new Error('switched to the wrong practice');
    },
  },
  'POST /api/auth/change-password': {
    method: 'POST',
    url: () => '/api/auth/change-password',
    body: () => ({ currentPassword: 'wrong', newPassword: 'a brand new password' }),
    // Signed-in people reach the use case, which refuses the wrong current password.
    ...signedIn(401),
    codes: { 401: 'INVALID_CREDENTIALS', anonymous: 'AUTHENTICATION_REQUIRED' },
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
    codes: { 400: 'TOKEN_INVALID' },
  },
  'POST /api/invitations/inspect': {
    method: 'POST',
    url: () => '/api/invitations/inspect',
    body: () => ({ token: 'x'.repeat(43) }),
    ...everyone(400),
    codes: { 400: 'TOKEN_INVALID' },
  },
  'POST /api/invitations/accept': {
    method: 'POST',
    url: () => '/api/invitations/accept',
    body: () => ({ token: 'x'.repeat(43), account: 'new', password: 'a brand new password' }),
    ...everyone(400),
    codes: { 400: 'TOKEN_INVALID' },
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
    expect: {
      anonymous: 401,
      clientA: 403,
      clientB: 403,
      otherPracticeClient: 403,
      admin: 403,
      otherPracticeAdmin: 403,
    },
    otherwise: 200,
    check: (body, role, w) => {
      const ids = (body as { clients: { id: string }[] }).clients.map((c) => c.id);
      const seesA = role === 'therapistOfA' || role === 'supervisorOfA';
      expect(ids.includes(A(w)), role).toBe(seesA);
    },
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
    check: (body, _role, w) => expect((body as { client: { id: string } }).client.id).toBe(A(w)),
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
    // Client A's record was archived by the case above: until restored, A has no access at all.
    expect: {
      anonymous: 401,
      clientA: 401,
      therapistOfA: 200,
      otherTherapist: 404,
      otherPracticeTherapist: 404,
    },
    otherwise: 403,
    codes: { clientA: 'SESSION_EXPIRED' },
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
    expect: { anonymous: 401, clientA: 200, clientB: 200, otherPracticeClient: 200 },
    otherwise: 403,
    check: (body, role, w) => {
      const ids = (body as { therapists: { id: string }[] }).therapists.map((t) => t.id);
      expect(ids.includes(w.home.therapists[0]!.id), role).toBe(role === 'clientA');
    },
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
  'POST /api/admin/outbox/:id/dismiss': {
    method: 'POST',
    url: (w) => `/api/admin/outbox/${w.outboxMessageId}/dismiss`,
    body: () => ({}),
    // The home admin dismisses it; another practice's admin finds no such message.
    expect: { anonymous: 401, admin: 204, otherPracticeAdmin: 404 },
    otherwise: 403,
  },
  'GET /api/admin/clients': {
    method: 'GET',
    url: () => '/api/admin/clients',
    ...adminsOnly(200),
    check: (body, role, w) => {
      const clients = (body as { clients: Record<string, unknown>[] }).clients;
      expect(
        clients.some((c) => c.id === A(w)),
        role,
      ).toBe(role === 'admin');
      // Names, contact, status and therapists: nothing clinical.
      for (const c of clients) {
        expect(Object.keys(c).sort()).toEqual(
          ['displayName', 'email', 'id', 'invitedAt', 'joinedAt', 'status', 'therapists'].sort(),
        );
      }
    },
  },
  'PUT /api/admin/clients/:id/care-team': {
    method: 'PUT',
    url: (w) => `/api/admin/clients/${A(w)}/care-team`,
    body: (w) => ({ therapistIds: [w.home.therapists[0]!.id] }),
    expect: { anonymous: 401, admin: 200, otherPracticeAdmin: 404 },
    otherwise: 403,
  },
  ...practiceCases(),
  ...measureCases(),
  ...entryCases(),
  ...goalCases(),
  ...exposureCases(),
  ...worksheetCases(),
  ...homeworkCases(),
  ...reviewCases(),
  ...activationCases(),
  ...groupCases(),
};
