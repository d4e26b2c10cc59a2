import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { A, careTeamReads, careTeamWrites, clientsOnly, type Case } from './role-matrix.roles.ts';

/** One safety plan for every save in the matrix: a save of what is there already answers 200. */
const safetyPlan = {
  baseVersion: 0,
  content: {
    warningSigns: [{ text: 'Not sleeping', phone: null }],
    internalCoping: [],
    distractions: [],
    helpContacts: [{ text: 'My sister', phone: '555 0100' }],
    professionals: [],
    saferEnvironment: [],
    reasonsForLiving: [],
  },
};

const checkIn = () => ({
  id: randomUUID(),
  occurredAt: new Date().toISOString(),
  mood: 6,
  emotions: [{ key: 'calm', intensity: 4 }],
  sleepHours: 7.5,
  tags: [{ kind: 'activity', label: 'Walk' }],
  note: 'A quiet day.',
  visibility: 'private',
});

/** Only client A writes their own entries; any other client finds no such entry. */
const ownEntryOfA = (status: number): Pick<Case, 'expect' | 'otherwise'> => ({
  expect: { anonymous: 401, clientA: status, clientB: 404, otherPracticeClient: 404 },
  otherwise: 403,
});

/** Check-ins, journal, the plans and the care team's timeline (issue 8). */
export function entryCases(): Record<string, Case> {
  return {
    'GET /api/me/check-in-options': {
      method: 'GET',
      url: () => '/api/me/check-in-options',
      ...clientsOnly(200),
    },
    'POST /api/me/check-ins': {
      method: 'POST',
      url: () => '/api/me/check-ins',
      body: checkIn,
      ...clientsOnly(201),
    },
    'GET /api/me/check-ins': {
      method: 'GET',
      url: () => '/api/me/check-ins',
      ...clientsOnly(200),
      check: (body, role, w) => {
        const ids = (body as { checkIns: { id: string }[] }).checkIns.map((c) => c.id);
        // Their own, private and shared; nobody else's.
        expect(ids.includes(w.entries.privateCheckInId), role).toBe(role === 'clientA');
        expect(ids.includes(w.entries.sharedCheckInId), role).toBe(role === 'clientA');
      },
    },
    'PUT /api/me/check-ins/:id/visibility': {
      method: 'PUT',
      url: (w) => `/api/me/check-ins/${w.entries.sharedCheckInId}/visibility`,
      body: () => ({ visibility: 'shared' }),
      ...ownEntryOfA(200),
    },
    'POST /api/me/journal': {
      method: 'POST',
      url: () => '/api/me/journal',
      body: () => ({
        id: randomUUID(),
        body: 'Today went better than I feared.',
        visibility: 'private',
      }),
      ...clientsOnly(201),
    },
    'GET /api/me/journal': {
      method: 'GET',
      url: () => '/api/me/journal',
      ...clientsOnly(200),
      check: (body, role, w) => {
        const ids = (body as { entries: { id: string }[] }).entries.map((e) => e.id);
        expect(ids.includes(w.entries.privateJournalId), role).toBe(role === 'clientA');
      },
    },
    'PUT /api/me/journal/:id': {
      method: 'PUT',
      url: (w) => `/api/me/journal/${w.entries.privateJournalId}`,
      body: () => ({ body: 'Private thoughts, kept private.', visibility: 'private' }),
      ...ownEntryOfA(200),
    },
    'GET /api/me/plans/:kind': {
      method: 'GET',
      url: () => '/api/me/plans/safety-plan',
      ...clientsOnly(200),
    },
    'PUT /api/me/plans/:kind': {
      method: 'PUT',
      url: () => '/api/me/plans/safety-plan',
      body: () => safetyPlan,
      ...clientsOnly(200),
    },
    'GET /api/me/plans/:kind/versions': {
      method: 'GET',
      url: () => '/api/me/plans/coping-plan/versions',
      ...clientsOnly(200),
    },
    'GET /api/clients/:id/plans/:kind': {
      method: 'GET',
      url: (w) => `/api/clients/${A(w)}/plans/safety-plan`,
      ...careTeamReads(200),
    },
    'PUT /api/clients/:id/plans/:kind': {
      method: 'PUT',
      url: (w) => `/api/clients/${A(w)}/plans/safety-plan`,
      body: () => safetyPlan,
      ...careTeamWrites(200),
    },
    'GET /api/clients/:id/plans/:kind/versions': {
      method: 'GET',
      url: (w) => `/api/clients/${A(w)}/plans/safety-plan/versions`,
      ...careTeamReads(200),
    },
    'GET /api/me/insights': {
      method: 'GET',
      url: () => '/api/me/insights',
      ...clientsOnly(200),
    },
    'POST /api/me/insights/shares': {
      method: 'POST',
      url: () => '/api/me/insights/shares',
      // The world's clients have too few check-ins for any insight: refused, naming the field.
      body: () => ({ id: randomUUID(), factorId: 'sleep' }),
      ...clientsOnly(400),
      codes: { 400: 'VALIDATION_FAILED' },
    },
    'PUT /api/me/insights/shares/:id/visibility': {
      method: 'PUT',
      url: () => `/api/me/insights/shares/${randomUUID()}/visibility`,
      body: () => ({ visibility: 'private' }),
      ...clientsOnly(404),
    },
    'POST /api/clients/:id/therapy-sessions': {
      method: 'POST',
      url: (w) => `/api/clients/${A(w)}/therapy-sessions`,
      // A past day of its own each time: a date already recorded answers 200 instead.
      body: () => ({
        id: randomUUID(),
        heldOn: new Date(Date.now() - (1 + Math.floor(Math.random() * 300)) * 86_400_000)
          .toISOString()
          .slice(0, 10),
      }),
      ...careTeamWrites(201),
    },
    'GET /api/clients/:id/timeline': {
      method: 'GET',
      url: (w) => `/api/clients/${A(w)}/timeline`,
      ...careTeamReads(200),
      check: (body, role, w) => {
        const items = (
          body as { items: { type: string; checkIn?: { id: string }; entry?: { id: string } }[] }
        ).items;
        const ids = items.map((item) => item.checkIn?.id ?? item.entry?.id);
        // What client A shared, and nothing they kept private.
        expect(ids, role).toContain(w.entries.sharedCheckInId);
        expect(ids, role).not.toContain(w.entries.privateCheckInId);
        expect(ids, role).not.toContain(w.entries.privateJournalId);
      },
    },
  };
}
