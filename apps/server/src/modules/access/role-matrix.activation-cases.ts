import { expect } from 'vitest';
import { doneOutcome, newActivity } from './role-matrix.activation.ts';
import { clientsOnly, type Case } from './role-matrix.roles.ts';

// Behavioural activation (modules/activation) in the role matrix.

/** Only client A answers their own activity; any other client finds no such activity. */
const ownActivityOfA = (status: number): Pick<Case, 'expect' | 'otherwise'> => ({
  expect: { anonymous: 401, clientA: status, clientB: 404, otherPracticeClient: 404 },
  otherwise: 403,
});

export function activationCases(): Record<string, Case> {
  return {
    'POST /api/me/activities': {
      method: 'POST',
      url: () => '/api/me/activities',
      body: () => newActivity(),
      ...clientsOnly(201),
    },
    'GET /api/me/activities': {
      method: 'GET',
      url: () => '/api/me/activities',
      ...clientsOnly(200),
      check: (body, role, w) => {
        const ids = (body as { activities: { id: string }[] }).activities.map((a) => a.id);
        // Their own, private and shared; nobody else's.
        expect(ids.includes(w.activation.sharedActivityId), role).toBe(role === 'clientA');
        expect(ids.includes(w.activation.privateActivityId), role).toBe(role === 'clientA');
      },
    },
    'GET /api/me/activities/mood': {
      method: 'GET',
      url: () => '/api/me/activities/mood',
      ...clientsOnly(200),
    },
    'PUT /api/me/activities/:id/outcome': {
      method: 'PUT',
      url: (w) => `/api/me/activities/${w.activation.sharedActivityId}/outcome`,
      body: doneOutcome,
      ...ownActivityOfA(200),
    },
    'PUT /api/me/activities/:id/visibility': {
      method: 'PUT',
      url: (w) => `/api/me/activities/${w.activation.sharedActivityId}/visibility`,
      body: () => ({ visibility: 'shared' }),
      ...ownActivityOfA(200),
    },
  };
}
