import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { A, careTeamReads, careTeamWrites, type Case } from './role-matrix.roles.ts';

/**
 * The closed loop and session reviews (modules/session-review): staff only.
 * The record case stores one review of client A under this id (a retry by the
 * same therapist answers it again), which the read case then finds.
 */
const reviewOfA = randomUUID();
const twoDaysAgo = () => new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);

export function reviewCases(): Record<string, Case> {
  return {
    'POST /api/clients/:id/session-reviews': {
      method: 'POST',
      url: (w) => `/api/clients/${A(w)}/session-reviews`,
      body: () => ({ id: reviewOfA, heldOn: twoDaysAgo(), decision: 'Keep going as planned.' }),
      ...careTeamWrites(201),
    },
    'GET /api/clients/:id/session-review': {
      method: 'GET',
      url: (w) => `/api/clients/${A(w)}/session-review`,
      ...careTeamReads(200),
      check: (body, role) => {
        const ids = (body as { reviews: { id: string }[] }).reviews.map((r) => r.id);
        expect(ids, role).toContain(reviewOfA);
      },
    },
    'PUT /api/clients/:id/goals/:goalId/measures': {
      method: 'PUT',
      url: (w) => `/api/clients/${A(w)}/goals/${w.goals.goalId}/measures`,
      body: () => ({ instrumentIds: ['phq-9'] }),
      ...careTeamWrites(200),
    },
  };
}
