import { expect } from 'vitest';
import { A, careTeamReads, careTeamWrites, clientsOnly, type Case } from './role-matrix.roles.ts';
import { newExposurePractice, newHierarchy } from './role-matrix.exposure.ts';

// Exposure hierarchies and practices in the role matrix.

/** Only client A reaches their own hierarchy or practice; any other client finds none. */
const ownOfA = (status: number): Pick<Case, 'expect' | 'otherwise'> => ({
  expect: { anonymous: 401, clientA: status, clientB: 404, otherPracticeClient: 404 },
  otherwise: 403,
});

const saveBody = () => ({ baseVersion: 1, name: 'Lifts', steps: [], retired: false });

export function exposureCases(): Record<string, Case> {
  return {
    'GET /api/me/exposure/hierarchies': {
      method: 'GET',
      url: () => '/api/me/exposure/hierarchies',
      ...clientsOnly(200),
    },
    'POST /api/me/exposure/hierarchies': {
      method: 'POST',
      url: () => '/api/me/exposure/hierarchies',
      body: newHierarchy,
      ...clientsOnly(201),
    },
    'PUT /api/me/exposure/hierarchies/:hierarchyId': {
      // A stale version with steps dropped: client A reaches it and is told it is stale.
      method: 'PUT',
      url: (w) => `/api/me/exposure/hierarchies/${w.exposure.hierarchyId}`,
      body: () => ({ ...saveBody(), baseVersion: 99 }),
      ...ownOfA(412),
      codes: { 412: 'HIERARCHY_VERSION_STALE' },
    },
    'GET /api/clients/:id/exposure/hierarchies': {
      method: 'GET',
      url: (w) => `/api/clients/${A(w)}/exposure/hierarchies`,
      ...careTeamReads(200),
    },
    'POST /api/clients/:id/exposure/hierarchies': {
      method: 'POST',
      url: (w) => `/api/clients/${A(w)}/exposure/hierarchies`,
      body: newHierarchy,
      ...careTeamWrites(201),
    },
    'PUT /api/clients/:id/exposure/hierarchies/:hierarchyId': {
      method: 'PUT',
      url: (w) => `/api/clients/${A(w)}/exposure/hierarchies/${w.exposure.hierarchyId}`,
      body: () => ({ ...saveBody(), baseVersion: 99 }),
      ...careTeamWrites(412),
      codes: { 412: 'HIERARCHY_VERSION_STALE' },
    },
    'POST /api/me/exposure/practices': {
      // Another client names A's hierarchy: no such hierarchy of theirs.
      method: 'POST',
      url: () => '/api/me/exposure/practices',
      body: (w) => newExposurePractice(w.exposure.hierarchyId, w.exposure.stepId),
      expect: { anonymous: 401, clientA: 201, clientB: 400, otherPracticeClient: 400 },
      otherwise: 403,
      codes: { 400: 'VALIDATION_FAILED' },
    },
    'GET /api/me/exposure/practices': {
      method: 'GET',
      url: () => '/api/me/exposure/practices',
      ...clientsOnly(200),
      check: (body, role, w) => {
        const ids = (body as { practices: { id: string }[] }).practices.map((p) => p.id);
        expect(ids.includes(w.exposure.privatePracticeId), role).toBe(role === 'clientA');
      },
    },
    'PUT /api/me/exposure/practices/:id/visibility': {
      method: 'PUT',
      url: (w) => `/api/me/exposure/practices/${w.exposure.sharedPracticeId}/visibility`,
      body: () => ({ visibility: 'shared' }),
      ...ownOfA(200),
    },
    'GET /api/clients/:id/exposure/practices': {
      method: 'GET',
      url: (w) => `/api/clients/${A(w)}/exposure/practices`,
      ...careTeamReads(200),
      check: (body, role, w) => {
        const ids = (body as { practices: { id: string }[] }).practices.map((p) => p.id);
        expect(ids, role).toContain(w.exposure.sharedPracticeId);
        expect(ids, role).not.toContain(w.exposure.privatePracticeId);
      },
    },
  };
}
