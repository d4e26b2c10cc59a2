import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { TestContext } from '../../testing/test-app.ts';
import { TestAgent } from '../../testing/test-agent.ts';
import type { TestUser } from '../../testing/builders.ts';
import {
  A,
  adminsOnly,
  careTeamReads,
  careTeamWrites,
  clientsOnly,
  type Case,
} from './role-matrix.roles.ts';

// Goals and Goal Attainment Scaling, values and strengths in the role matrix,
// and the valid requests the goals and values tests share
// (goals/goals.http.test.ts, values/values.http.test.ts).

export const goalContent = () => ({
  title: 'Walk to the shop on my own',
  specific: 'Walk to the corner shop without company.',
  measurable: 'Count the walks in a week.',
  achievable: 'Start with the short way, in daylight.',
  relevant: 'I want to get my own shopping again.',
  timeBound: 'By the end of next month.',
});

export const newGoal = () => ({
  id: randomUUID(),
  content: goalContent(),
  steps: [{ id: randomUUID(), text: 'Walk to the gate', dueOn: null, done: false }],
});

export const scaleLevels = () => ({
  muchLess: 'I do not leave the house',
  less: 'I walk to the gate',
  expected: 'I walk to the shop once a week',
  more: 'I walk to the shop twice a week',
  muchMore: 'I walk to the shop most days',
});

/** The world's goal as it is (a save of what is there answers 200 for every editor). */
export const goalUpdate = () => ({
  baseUpdatedAt: new Date(0).toISOString(),
  content: goalContent(),
  steps: [],
  weight: 1,
  status: 'active',
});

export const newRating = (level = 0) => ({ id: randomUUID(), level });

/** A card sort with the client's own value; the same body saved again changes nothing. */
export const valuesSort = (visibility: 'private' | 'shared' = 'shared') => ({
  baseVersion: 0,
  cards: [
    { key: 'family', pile: 'very-important' },
    { key: 'honesty', pile: 'important' },
    { key: 'order', pile: 'not-so-important' },
  ],
  own: [{ id: '7d3c2f5e-8a41-4b6e-9f0d-2c1a5b7e9d31', name: 'Music', pile: 'very-important' }],
  visibility,
});

export const strengthsList = (visibility: 'private' | 'shared' = 'private') => ({
  baseVersion: 0,
  picked: ['patience', 'humour'],
  own: [{ id: '0b9e4d6a-3c2f-4e71-8a5b-6d1f7c9e2a40', text: 'Good with animals' }],
  visibility,
});

/** Client A's goal, with a scale, for the matrix's goal routes; their values shared, strengths private. */
export async function buildGoalWorld(
  ctx: TestContext,
  clientA: TestUser,
): Promise<{ goalId: string }> {
  const client = await new TestAgent(ctx.app).actAs(ctx.deps, clientA);
  const goal = { ...newGoal(), steps: [] };
  const made = await client.post('/api/me/goals', goal);
  if (made.statusCode !== 201) throw new Error(`world: goal ${made.statusCode}`);
  const scale = await client.put(`/api/me/goals/${goal.id}/scale`, { levels: scaleLevels() });
  if (scale.statusCode !== 200) throw new Error(`world: goal scale ${scale.statusCode}`);
  const values = await client.put('/api/me/values', valuesSort('shared'));
  if (values.statusCode !== 200) throw new Error(`world: values ${values.statusCode}`);
  const strengths = await client.put('/api/me/strengths', strengthsList('private'));
  if (strengths.statusCode !== 200) throw new Error(`world: strengths ${strengths.statusCode}`);
  return { goalId: goal.id };
}

/** Only client A reaches their own goal; any other client finds no such goal. */
const ownGoalOfA = (status: number): Pick<Case, 'expect' | 'otherwise'> => ({
  expect: { anonymous: 401, clientA: status, clientB: 404, otherPracticeClient: 404 },
  otherwise: 403,
});

export function goalCases(): Record<string, Case> {
  return {
    'GET /api/me/goals': { method: 'GET', url: () => '/api/me/goals', ...clientsOnly(200) },
    'POST /api/me/goals': {
      method: 'POST',
      url: () => '/api/me/goals',
      body: newGoal,
      ...clientsOnly(201),
    },
    'PUT /api/me/goals/:goalId': {
      method: 'PUT',
      url: (w) => `/api/me/goals/${w.goals.goalId}`,
      body: goalUpdate,
      ...ownGoalOfA(200),
    },
    'PUT /api/me/goals/:goalId/scale': {
      method: 'PUT',
      url: (w) => `/api/me/goals/${w.goals.goalId}/scale`,
      body: () => ({ levels: scaleLevels() }),
      ...ownGoalOfA(200),
    },
    'POST /api/me/goals/:goalId/ratings': {
      method: 'POST',
      url: (w) => `/api/me/goals/${w.goals.goalId}/ratings`,
      body: () => newRating(1),
      ...ownGoalOfA(201),
    },
    'GET /api/clients/:id/goals': {
      method: 'GET',
      url: (w) => `/api/clients/${A(w)}/goals`,
      ...careTeamReads(200),
    },
    'POST /api/clients/:id/goals': {
      method: 'POST',
      url: (w) => `/api/clients/${A(w)}/goals`,
      body: newGoal,
      ...careTeamWrites(201),
    },
    'PUT /api/clients/:id/goals/:goalId': {
      method: 'PUT',
      url: (w) => `/api/clients/${A(w)}/goals/${w.goals.goalId}`,
      body: goalUpdate,
      ...careTeamWrites(200),
    },
    'PUT /api/clients/:id/goals/:goalId/scale': {
      method: 'PUT',
      url: (w) => `/api/clients/${A(w)}/goals/${w.goals.goalId}/scale`,
      body: () => ({ levels: scaleLevels() }),
      ...careTeamWrites(200),
    },
    'POST /api/clients/:id/goals/:goalId/ratings': {
      method: 'POST',
      url: (w) => `/api/clients/${A(w)}/goals/${w.goals.goalId}/ratings`,
      body: () => newRating(-1),
      ...careTeamWrites(201),
    },
    'GET /api/admin/goal-settings': {
      method: 'GET',
      url: () => '/api/admin/goal-settings',
      ...adminsOnly(200),
      // A number for the practice, nothing about any client.
      check: (body) => expect(Object.keys(body as object).sort()).toEqual(['defaultRho', 'rho']),
    },
    'PUT /api/admin/goal-settings': {
      method: 'PUT',
      url: () => '/api/admin/goal-settings',
      body: () => ({ rho: 0.3 }),
      ...adminsOnly(200),
    },
    'GET /api/me/values': { method: 'GET', url: () => '/api/me/values', ...clientsOnly(200) },
    'PUT /api/me/values': {
      method: 'PUT',
      url: () => '/api/me/values',
      body: () => valuesSort('shared'),
      ...clientsOnly(200),
    },
    'PUT /api/me/strengths': {
      method: 'PUT',
      url: () => '/api/me/strengths',
      body: () => strengthsList('private'),
      ...clientsOnly(200),
    },
    'GET /api/clients/:id/values': {
      method: 'GET',
      url: (w) => `/api/clients/${A(w)}/values`,
      ...careTeamReads(200),
      // The care team sees the shared card sort, never the private strengths.
      check: (body) => {
        const answer = body as { values: unknown; strengths: unknown };
        expect(answer.values).not.toBeNull();
        expect(answer.strengths).toBeNull();
      },
    },
  };
}
