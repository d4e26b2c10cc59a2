import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import {
  A,
  careTeamReads,
  careTeamWrites,
  clientsOnly,
  today,
  type Case,
} from './role-matrix.roles.ts';

/**
 * Homework (modules/homework). The assign case runs first and stores one
 * homework of client A under this id (a retry by the same therapist answers
 * it again), which the change and answer cases then reach.
 */
const homeworkOfA = randomUUID();

export const newHomework = (id: string = randomUUID(), dueOn: string = today()) => ({
  id,
  tool: { kind: 'skill', key: 'paced-breathing' },
  dueOn,
  note: 'Twice this week, before bed.',
});

export function homeworkCases(): Record<string, Case> {
  return {
    'POST /api/clients/:id/homework': {
      method: 'POST',
      url: (w) => `/api/clients/${A(w)}/homework`,
      // The same request each time: the therapist of A stores it once.
      body: () => newHomework(homeworkOfA, '2999-01-01'),
      ...careTeamWrites(201),
    },
    'GET /api/clients/:id/homework': {
      method: 'GET',
      url: (w) => `/api/clients/${A(w)}/homework`,
      ...careTeamReads(200),
      check: (body, role) => {
        const ids = (body as { homework: { id: string }[] }).homework.map((h) => h.id);
        expect(ids, role).toContain(homeworkOfA);
      },
    },
    'PATCH /api/clients/:id/homework/:homeworkId': {
      method: 'PATCH',
      url: (w) => `/api/clients/${A(w)}/homework/${homeworkOfA}`,
      body: () => ({ note: 'Once is enough.' }),
      ...careTeamWrites(200),
    },
    'GET /api/me/homework': {
      method: 'GET',
      url: () => '/api/me/homework',
      ...clientsOnly(200),
      check: (body, role) => {
        const ids = (body as { homework: { id: string }[] }).homework.map((h) => h.id);
        expect(ids.includes(homeworkOfA), role).toBe(role === 'clientA');
      },
    },
    'PUT /api/me/homework/:id/answer': {
      method: 'PUT',
      url: () => `/api/me/homework/${homeworkOfA}/answer`,
      body: () => ({ outcome: 'done', helpfulness: 4, note: null, entry: null }),
      expect: { anonymous: 401, clientA: 200, clientB: 404, otherPracticeClient: 404 },
      otherwise: 403,
    },
  };
}
