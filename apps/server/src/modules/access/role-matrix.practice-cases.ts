import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { adminsOnly, alertOfA, staffOnly, type Case } from './role-matrix.roles.ts';

/** A Questionnaire with a url of its own each time, so every role's import is a new one. */
const smallQuestionnaire = () => ({
  resourceType: 'Questionnaire',
  url: `https://example.org/Questionnaire/${randomUUID()}`,
  version: '1',
  title: 'Sleep',
  status: 'active',
  item: [{ linkId: 'hours', type: 'integer', text: 'Hours slept' }],
});

/** Alerts, notices, notification choices and the practice's set-up (settings, rules, instruments). */
export function practiceCases(): Record<string, Case> {
  return {
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
      check: (body, _role, w) =>
        expect((body as { alert: { id: string } }).alert.id).toBe(w.alertId),
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
  };
}
