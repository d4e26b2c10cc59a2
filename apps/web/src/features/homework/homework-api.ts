import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../shared/api/api-client.ts';
import { useApi } from '../../shared/api/api-context.ts';
import type { ApiAnswer, ApiBody } from '../../shared/api/api-paths.ts';

export type MyHomeworkList = ApiAnswer<'get', '/api/me/homework'>;
export type Homework = MyHomeworkList['homework'][number];
export type ClientHomeworkList = ApiAnswer<'get', '/api/clients/{id}/homework'>;
export type HomeworkAnswer = ApiBody<'put', '/api/me/homework/{id}/answer'>;
export type NewHomework = ApiBody<'post', '/api/clients/{id}/homework'>;
export type HomeworkChange = ApiBody<'patch', '/api/clients/{id}/homework/{homeworkId}'>;

const myHomeworkKey = ['me', 'homework'] as const;
const clientHomeworkKey = (clientId: string) => ['client-homework', clientId] as const;

/** Read ahead by the home page's route (app/route-preloads.ts) while its code downloads. */
export function myHomeworkQueryOptions(api: ApiClient) {
  return queryOptions({ queryKey: myHomeworkKey, queryFn: () => api.GET('/api/me/homework') });
}

/** A copy this fresh was read for this very showing of To do (by the route's preload). */
const JUST_READ_MS = 5_000;

/**
 * The client's homework, read afresh whenever To do is shown: it offers the
 * entries made for it, which the client has usually just made on another page.
 */
export function useMyHomework() {
  return useQuery({
    ...myHomeworkQueryOptions(useApi()),
    refetchOnMount: (query) =>
      Date.now() - query.state.dataUpdatedAt > JUST_READ_MS ? 'always' : false,
  });
}

export function useAnswerHomework() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, answer }: { id: string; answer: HomeworkAnswer }) =>
      api.PUT('/api/me/homework/{id}/answer', { path: { id }, body: answer }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: myHomeworkKey }),
  });
}

export function useClientHomework(clientId: string) {
  const api = useApi();
  return useQuery({
    queryKey: clientHomeworkKey(clientId),
    queryFn: () => api.GET('/api/clients/{id}/homework', { path: { id: clientId } }),
  });
}

export function useAssignHomework(clientId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewHomework) =>
      api.POST('/api/clients/{id}/homework', { path: { id: clientId }, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clientHomeworkKey(clientId) }),
  });
}

export function useChangeHomework(clientId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, change }: { id: string; change: HomeworkChange }) =>
      api.PATCH('/api/clients/{id}/homework/{homeworkId}', {
        path: { id: clientId, homeworkId: id },
        body: change,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clientHomeworkKey(clientId) }),
  });
}
