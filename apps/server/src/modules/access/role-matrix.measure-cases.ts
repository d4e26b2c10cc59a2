import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { gad7Answers } from './role-matrix.measures.ts';
import {
  A,
  careTeamReads,
  careTeamWrites,
  clientsOnly,
  today,
  type Case,
} from './role-matrix.roles.ts';

/** The measurement routes' rows of the role matrix (assignments, responses, caseload, alerts' sources). */
export function measureCases(): Record<string, Case> {
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
