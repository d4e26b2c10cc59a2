import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../shared/api/api-client.ts';
import { useApi } from '../../shared/api/api-context.ts';
import type { ApiAnswer, ApiBody } from '../../shared/api/api-paths.ts';

export type GoalsAnswer = ApiAnswer<'get', '/api/me/goals'>;
export type Goal = GoalsAnswer['goals'][number];
export type GoalStep = Goal['steps'][number];
export type ScaleLevels = Goal['scales'][number]['levels'];
export type NewGoal = ApiBody<'post', '/api/me/goals'>;
export type GoalUpdate = ApiBody<'put', '/api/me/goals/{goalId}'>;

export const myGoalsKey = ['my-goals'] as const;

/** Read ahead by the page's route (app/route-preloads.ts) while its code downloads. */
export function myGoalsQueryOptions(api: ApiClient) {
  return queryOptions({ queryKey: myGoalsKey, queryFn: () => api.GET('/api/me/goals', {}) });
}

export function useMyGoals() {
  return useQuery(myGoalsQueryOptions(useApi()));
}

/** The care team's view: the same goals, scales and ratings. */
export function useClientGoals(clientId: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['client-goals', clientId],
    queryFn: () => api.GET('/api/clients/{id}/goals', { path: { id: clientId } }),
  });
}

export function useRefreshMyGoals() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: myGoalsKey });
}

/** The goal's words and steps as an update body (to change one part of it). */
export function updateOf(goal: Goal, change: Partial<GoalUpdate> = {}): GoalUpdate {
  return {
    baseUpdatedAt: goal.updatedAt,
    content: goal.content,
    steps: goal.steps,
    weight: goal.weight,
    status: goal.status,
    ...change,
  };
}
