import { expect } from 'vitest';
import { A, careTeamReads, clientsOnly, signedIn, type Case } from './role-matrix.roles.ts';
import { newSkillPractice, newThoughtRecord } from './role-matrix.worksheets.ts';

/** Only client A reads or changes their own entry; any other client finds no such entry. */
const ownEntryOfA = (status: number): Pick<Case, 'expect' | 'otherwise'> => ({
  expect: { anonymous: 401, clientA: status, clientB: 404, otherPracticeClient: 404 },
  otherwise: 403,
});

/** Worksheets (the thought record) and the skills practice log (issue 8). */
export function worksheetCases(): Record<string, Case> {
  return {
    'GET /api/worksheets/:key': {
      method: 'GET',
      url: () => '/api/worksheets/thought-record',
      ...signedIn(200),
    },
    'POST /api/me/worksheets': {
      method: 'POST',
      url: () => '/api/me/worksheets',
      body: () => newThoughtRecord(),
      ...clientsOnly(201),
    },
    'GET /api/me/worksheets': {
      method: 'GET',
      url: () => '/api/me/worksheets',
      ...clientsOnly(200),
      check: (body, role, w) => {
        const ids = (body as { entries: { id: string }[] }).entries.map((e) => e.id);
        expect(ids.includes(w.worksheets.privateWorksheetId), role).toBe(role === 'clientA');
        expect(ids.includes(w.worksheets.sharedWorksheetId), role).toBe(role === 'clientA');
      },
    },
    'GET /api/me/worksheets/:id': {
      method: 'GET',
      url: (w) => `/api/me/worksheets/${w.worksheets.privateWorksheetId}`,
      ...ownEntryOfA(200),
    },
    'PUT /api/me/worksheets/:id/visibility': {
      method: 'PUT',
      url: (w) => `/api/me/worksheets/${w.worksheets.sharedWorksheetId}/visibility`,
      body: () => ({ visibility: 'shared' }),
      ...ownEntryOfA(200),
    },
    'PUT /api/me/worksheets/:id/later-answers': {
      // A thought record has nothing to answer later: client A reaches it and is told so.
      method: 'PUT',
      url: (w) => `/api/me/worksheets/${w.worksheets.privateWorksheetId}/later-answers`,
      body: () => ({ answers: {} }),
      ...ownEntryOfA(400),
      codes: { 400: 'VALIDATION_FAILED' },
    },
    'POST /api/me/skill-practices': {
      method: 'POST',
      url: () => '/api/me/skill-practices',
      body: () => newSkillPractice(),
      ...clientsOnly(201),
    },
    'GET /api/me/skill-practices': {
      method: 'GET',
      url: () => '/api/me/skill-practices',
      ...clientsOnly(200),
      check: (body, role, w) => {
        const ids = (body as { practices: { id: string }[] }).practices.map((p) => p.id);
        expect(ids.includes(w.worksheets.privatePracticeId), role).toBe(role === 'clientA');
      },
    },
    'PUT /api/me/skill-practices/:id/visibility': {
      method: 'PUT',
      url: (w) => `/api/me/skill-practices/${w.worksheets.sharedPracticeId}/visibility`,
      body: () => ({ visibility: 'shared' }),
      ...ownEntryOfA(200),
    },
    'GET /api/me/skills/summary': {
      method: 'GET',
      url: () => '/api/me/skills/summary',
      ...clientsOnly(200),
    },
    'GET /api/clients/:id/skills/summary': {
      method: 'GET',
      url: (w) => `/api/clients/${A(w)}/skills/summary`,
      ...careTeamReads(200),
      check: (body, role) => {
        // Only the one shared practice counts; the private one does not.
        expect((body as { practices: number }).practices, role).toBe(1);
      },
    },
  };
}
