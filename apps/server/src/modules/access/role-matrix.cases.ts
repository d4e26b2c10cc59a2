import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { TestPractice, TestUser } from '../../testing/builders.ts';
import { gad7Answers, type MeasuresWorld } from './role-matrix.measures.ts';

/**
 * Every API route against every role, through the real app on a real
 * database. The table of expectations is written from the brief's
 * who-sees-what table; a route that is added without a row here fails the
 * "covers every route" test. Each answer is checked for its status and, for
 * a refusal, its error code (a 404 that is really a 401 would otherwise pass);
 * some answers are checked for what they say, too.
 */
export const roleNames = [
  'anonymous',
  'clientA',
  'clientB',
  'therapistOfA',
  'otherTherapist',
  'supervisorOfA',
  'otherSupervisor',
  'admin',
  'otherPracticeClient',
  'otherPracticeTherapist',
  'otherPracticeAdmin',
] as const;
export type RoleName = (typeof roleNames)[number];

export interface World {
  home: TestPractice;
  other: TestPractice;
  /** An invited (not yet active) client of therapistOfA, for resend-invitation. */
  invitedClientId: string;
  /** A therapist the admin can deactivate and reactivate. */
  spareTherapistId: string;
  /** A supervisor in the home practice who supervises nobody. */
  otherSupervisor: TestUser;
  /** The home practice's consent version, kept current before each case. */
  consentVersion: number;
  /** A message in the home practice's outbox (the invitation above), for dismissal. */
  outboxMessageId: string;
  /** A critical-item alert of client A (PHQ-9 item 9). */
  alertId: string;
  measures: MeasuresWorld;
}

export interface Case {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH';
  url: (w: World) => string;
  body?: (w: World) => unknown;
  /** Expected status per role; roles not listed expect `otherwise`. */
  expect: Partial<Record<RoleName, number>>;
  otherwise: number;
  /**
   * Error code by role, else by status, where it is not the usual one
   * (401 AUTHENTICATION_REQUIRED, 403 FORBIDDEN, 404 NOT_FOUND).
   */
  codes?: Partial<Record<number | RoleName, string>>;
  /** What a successful answer must say, per role (throws when it does not). */
  check?: (body: unknown, role: RoleName, w: World) => void;
}

export const usualCodes: Record<number, string> = {
  401: 'AUTHENTICATION_REQUIRED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
};

/** A Questionnaire with a url of its own each time, so every role's import is a new one. */
const smallQuestionnaire = () => ({
  resourceType: 'Questionnaire',
  url: `https://example.org/Questionnaire/${randomUUID()}`,
  version: '1',
  title: 'Sleep',
  status: 'active',
  item: [{ linkId: 'hours', type: 'integer', text: 'Hours slept' }],
});

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
/** Therapists and supervisors of any practice may use the route; clients and admins may not. */
const staffOnly = (status: number): Pick<Case, 'expect' | 'otherwise'> => ({
  expect: {
    anonymous: 401,
    clientA: 403,
    clientB: 403,
    otherPracticeClient: 403,
    admin: 403,
    otherPracticeAdmin: 403,
  },
  otherwise: status,
});
/** An alert of client A: its care team and their supervisor; other staff find nothing. */
const alertOfA = (status: number): Pick<Case, 'expect' | 'otherwise'> => ({
  expect: {
    ...staffOnly(404).expect,
    therapistOfA: status,
    supervisorOfA: status,
  },
  otherwise: 404,
});

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
  'GET /api/alerts': {
    method: 'GET',
    url: () => '/api/alerts',
    ...staffOnly(200),
    check: (body, role, w) => {
      const ids = (body as { alerts: { id: string }[] }).alerts.map((a) => a.id);
      const seesA = role === 'therapistOfA' || role === 'supervisorOfA';
      expect(ids.includes(w.alertId), role).toBe(seesA);
    },
  },
  'GET /api/alerts/response-times': {
    method: 'GET',
    url: () => '/api/alerts/response-times',
    ...staffOnly(200),
  },
  'GET /api/alerts/:id': {
    method: 'GET',
    url: (w) => `/api/alerts/${w.alertId}`,
    ...alertOfA(200),
    check: (body, _role, w) => expect((body as { alert: { id: string } }).alert.id).toBe(w.alertId),
  },
  'POST /api/alerts/:id/acknowledge': {
    method: 'POST',
    url: (w) => `/api/alerts/${w.alertId}/acknowledge`,
    body: () => ({}),
    ...alertOfA(200),
  },
  'POST /api/alerts/:id/resolve': {
    method: 'POST',
    url: (w) => `/api/alerts/${w.alertId}/resolve`,
    body: () => ({ note: 'Phoned the client; safety plan reviewed.' }),
    ...alertOfA(200),
  },
  'GET /api/me/notification-preferences': {
    method: 'GET',
    url: () => '/api/me/notification-preferences',
    ...staffOnly(200),
  },
  'PUT /api/me/notification-preferences': {
    method: 'PUT',
    url: () => '/api/me/notification-preferences',
    body: () => ({ preferences: [{ kind: 'overdue', delivery: 'digest' }] }),
    ...staffOnly(200),
  },
  'GET /api/admin/practice-settings': {
    method: 'GET',
    url: () => '/api/admin/practice-settings',
    ...adminsOnly(200),
    check: (body) => {
      // Settings and staff names: nothing about any client.
      expect(Object.keys(body as object).sort()).toEqual(
        ['alertFallbackStaffId', 'country', 'escalationMinutes', 'staff', 'timeZone'].sort(),
      );
    },
  },
  'PUT /api/admin/practice-settings': {
    method: 'PUT',
    url: () => '/api/admin/practice-settings',
    body: (w) => ({
      timeZone: 'Europe/London',
      country: 'GB',
      alertFallbackStaffId: w.home.supervisor.id,
      escalationMinutes: 240,
    }),
    // Another practice's admin cannot name a home supervisor as their fallback contact.
    expect: { anonymous: 401, admin: 200, otherPracticeAdmin: 400 },
    otherwise: 403,
    codes: { 400: 'VALIDATION_FAILED' },
  },
  'GET /api/me/notices': {
    method: 'GET',
    url: () => '/api/me/notices',
    ...staffOnly(200),
  },
  'GET /api/practice/not-on-track-rules': {
    method: 'GET',
    url: () => '/api/practice/not-on-track-rules',
    // Every staff member of any practice reads their own practice's rule; clients do not.
    expect: { anonymous: 401, clientA: 403, clientB: 403, otherPracticeClient: 403 },
    otherwise: 200,
    check: (body) => {
      const rules = (body as { rules: { instrumentId: string }[] }).rules;
      expect(rules.map((r) => r.instrumentId).sort()).toEqual(['gad-7', 'phq-9']);
    },
  },
  'PUT /api/admin/not-on-track-rules/:instrumentId': {
    method: 'PUT',
    url: () => '/api/admin/not-on-track-rules/gad-7',
    body: () => ({
      rule: {
        reliableDeterioration: { enabled: true, points: 4 },
        caseness: 8,
        minimumFollowUps: 2,
        earlyNonResponse: { enabled: true, fromWeek: 4, minimumImprovement: 4 },
        inadequateResponse: { enabled: true, fromWeek: 10, minimumReductionPercent: 50 },
        cutPoints: { enabled: false, points: [] },
      },
    }),
    // Each admin sets their own practice's rule.
    ...adminsOnly(200),
  },
  'POST /api/admin/instruments/:id/accept-licence': {
    method: 'POST',
    url: () => '/api/admin/instruments/k10/accept-licence',
    body: () => ({}),
    ...adminsOnly(200),
  },
  'POST /api/admin/practice-instruments/preview': {
    method: 'POST',
    url: () => '/api/admin/practice-instruments/preview',
    body: () => ({ questionnaire: smallQuestionnaire() }),
    ...adminsOnly(200),
  },
  'POST /api/admin/practice-instruments': {
    method: 'POST',
    url: () => '/api/admin/practice-instruments',
    body: () => ({ id: randomUUID(), questionnaire: smallQuestionnaire() }),
    ...adminsOnly(201),
  },
  'GET /api/practice-instruments': {
    method: 'GET',
    url: () => '/api/practice-instruments',
    expect: { anonymous: 401, clientA: 403, clientB: 403, otherPracticeClient: 403 },
    otherwise: 200,
  },
  'POST /api/admin/practice-instruments/:id/retire': {
    method: 'POST',
    // No such instrument: the admins are let through to find nothing; everyone else is stopped first.
    url: () => `/api/admin/practice-instruments/${randomUUID()}/retire`,
    body: () => ({}),
    ...adminsOnly(404),
  },
  ...measureCases(),
};

/** Client A's care team writes; the care team and supervisor read; staff elsewhere find nothing. */
function careTeamReads(status: number): Pick<Case, 'expect' | 'otherwise'> {
  return {
    expect: {
      anonymous: 401,
      therapistOfA: status,
      supervisorOfA: status,
      otherTherapist: 404,
      otherSupervisor: 404,
      otherPracticeTherapist: 404,
    },
    otherwise: 403,
  };
}
function careTeamWrites(status: number): Pick<Case, 'expect' | 'otherwise'> {
  return {
    expect: {
      anonymous: 401,
      therapistOfA: status,
      otherTherapist: 404,
      otherPracticeTherapist: 404,
    },
    otherwise: 403,
  };
}
function clientsOnly(status: number): Pick<Case, 'expect' | 'otherwise'> {
  return {
    expect: { anonymous: 401, clientA: status, clientB: status, otherPracticeClient: status },
    otherwise: 403,
  };
}
function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function measureCases(): Record<string, Case> {
  return {
    'GET /api/instruments': {
      method: 'GET',
      url: () => '/api/instruments',
      expect: { anonymous: 401, clientA: 403, clientB: 403, otherPracticeClient: 403 },
      otherwise: 200,
    },
    'GET /api/instruments/:id/questionnaire': {
      method: 'GET',
      url: () => '/api/instruments/phq-9/questionnaire',
      expect: { anonymous: 401 },
      otherwise: 200,
    },
    'POST /api/clients/:id/assignments': {
      method: 'POST',
      url: (w) => `/api/clients/${A(w)}/assignments`,
      body: () => ({
        id: randomUUID(),
        instrumentId: 'gad-7',
        schedule: { kind: 'once' },
        startsOn: today(),
      }),
      ...careTeamWrites(201),
    },
    'GET /api/clients/:id/assignments': {
      method: 'GET',
      url: (w) => `/api/clients/${A(w)}/assignments`,
      ...careTeamReads(200),
    },
    'PATCH /api/clients/:id/assignments/:assignmentId': {
      method: 'PATCH',
      url: (w) => `/api/clients/${A(w)}/assignments/${w.measures.assignmentId}`,
      body: (w) => ({ version: w.measures.assignmentVersion, reminders: true }),
      ...careTeamWrites(200),
      check: (body, _role, w) => {
        w.measures.assignmentVersion = (
          body as { assignment: { version: number } }
        ).assignment.version;
      },
    },
    'POST /api/assignments/bulk': {
      method: 'POST',
      url: () => '/api/assignments/bulk',
      body: (w) => ({
        id: randomUUID(),
        clientIds: [A(w)],
        instrumentIds: ['gad-7'],
        schedule: { kind: 'once' },
        startsOn: today(),
      }),
      ...careTeamWrites(201),
    },
    'GET /api/clients/:id/measures': {
      method: 'GET',
      url: (w) => `/api/clients/${A(w)}/measures`,
      ...careTeamReads(200),
      check: (body, role) => {
        const measures = (body as { measures: { instrumentId: string }[] }).measures;
        expect(
          measures.some((m) => m.instrumentId === 'gad-7'),
          role,
        ).toBe(true);
      },
    },
    'GET /api/clients/:id/responses/:responseId': {
      method: 'GET',
      url: (w) => `/api/clients/${A(w)}/responses/${w.measures.responseId}`,
      ...careTeamReads(200),
    },
    'POST /api/caseload': {
      method: 'POST',
      url: () => '/api/caseload',
      body: () => ({}),
      expect: {
        anonymous: 401,
        therapistOfA: 200,
        otherTherapist: 200,
        supervisorOfA: 200,
        otherSupervisor: 200,
        otherPracticeTherapist: 200,
      },
      otherwise: 403,
      check: (body, role, w) => {
        const ids = (body as { clients: { id: string }[] }).clients.map((c) => c.id);
        expect(ids.includes(A(w)), role).toBe(role === 'therapistOfA' || role === 'supervisorOfA');
      },
    },
    'GET /api/me/measures/todo': {
      method: 'GET',
      url: () => '/api/me/measures/todo',
      ...clientsOnly(200),
    },
    'PUT /api/me/measures/occasions/:id/draft': {
      method: 'PUT',
      url: (w) => `/api/me/measures/occasions/${w.measures.openOccasionId}/draft`,
      body: () => ({ answers: { '1': 1 } }),
      // Someone else's occasion is "not open" to them, exactly like one that does not exist.
      expect: { anonymous: 401, clientA: 204, clientB: 409, otherPracticeClient: 409 },
      otherwise: 403,
      codes: { 409: 'MEASURE_NOT_OPEN' },
    },
    'POST /api/me/measures/responses': {
      method: 'POST',
      url: () => '/api/me/measures/responses',
      body: () => ({
        id: randomUUID(),
        occasionId: null,
        instrumentId: 'gad-7',
        answers: gad7Answers(1),
      }),
      expect: { anonymous: 401, clientA: 201, clientB: 409, otherPracticeClient: 409 },
      otherwise: 403,
      codes: { 409: 'MEASURE_NOT_OPEN' },
    },
    'GET /api/me/measures': {
      method: 'GET',
      url: () => '/api/me/measures',
      ...clientsOnly(200),
      check: (body, role) => {
        const measures = (body as { measures: { instrumentId: string }[] }).measures;
        expect(measures.length > 0, role).toBe(role === 'clientA');
      },
    },
  };
}

export function userFor(role: RoleName, w: World): TestUser | null {
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
    case 'otherSupervisor':
      return w.otherSupervisor;
    case 'admin':
      return w.home.admin;
    case 'otherPracticeClient':
      return w.other.clients[0]!;
    case 'otherPracticeTherapist':
      return w.other.therapists[0]!;
    case 'otherPracticeAdmin':
      return w.other.admin;
  }
}
