import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../shared/api/api-client.ts';
import { useApi } from '../../shared/api/api-context.ts';
import type { ApiAnswer, ApiBody } from '../../shared/api/api-paths.ts';

export type GroupList = ApiAnswer<'get', '/api/client-groups'>;
export type GroupSummary = GroupList['groups'][number];
export type GroupView = ApiAnswer<'get', '/api/client-groups/{groupId}'>;
export type GroupMember = GroupView['members'][number];
export type GroupHomeworkBatch = GroupView['homework'][number];
export type NewGroup = ApiBody<'post', '/api/client-groups'>;
export type GroupChange = ApiBody<'patch', '/api/client-groups/{groupId}'>;
export type NewGroupHomework = ApiBody<'post', '/api/client-groups/{groupId}/homework'>;
export type MyGroups = ApiAnswer<'get', '/api/me/groups'>;
export type MyGroup = MyGroups['groups'][number];
export type SafetyCheckBody = ApiBody<'post', '/api/me/groups/{groupId}/safety-check'>;
export type SafetyAnswer = SafetyCheckBody['answers'][keyof SafetyCheckBody['answers']];
export type JointWork = GroupView['jointWork'];

const groupsKey = ['client-groups'] as const;
const groupKey = (groupId: string) => [...groupsKey, groupId] as const;
export const myGroupsKey = ['my-groups'] as const;

export function useGroups() {
  const api = useApi();
  return useQuery({ queryKey: groupsKey, queryFn: () => api.GET('/api/client-groups', {}) });
}

export function useGroup(groupId: string) {
  const api = useApi();
  return useQuery({
    queryKey: groupKey(groupId),
    queryFn: () => api.GET('/api/client-groups/{groupId}', { path: { groupId } }),
  });
}

/** Every change answers the whole combined view: it replaces the cached one. */
function useGroupChange<Input>(
  groupId: string,
  send: (api: ReturnType<typeof useApi>, input: Input) => Promise<GroupView>,
) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input) => send(api, input),
    onSuccess: async (view) => {
      queryClient.setQueryData(groupKey(groupId), view);
      await queryClient.invalidateQueries({ queryKey: groupsKey, exact: true });
    },
  });
}

export function useCreateGroup() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewGroup) => api.POST('/api/client-groups', { body }),
    onSuccess: async (view) => {
      queryClient.setQueryData(groupKey(view.id), view);
      await queryClient.invalidateQueries({ queryKey: groupsKey, exact: true });
    },
  });
}

export function useChangeGroup(groupId: string) {
  return useGroupChange(groupId, (api, body: GroupChange) =>
    api.PATCH('/api/client-groups/{groupId}', { path: { groupId }, body }),
  );
}

export function useAskSafetyCheck(groupId: string) {
  return useGroupChange(groupId, (api, memberIds: string[]) =>
    api.POST('/api/client-groups/{groupId}/safety-checks', {
      path: { groupId },
      body: { memberIds },
    }),
  );
}

export function useNotePrivateConversation(groupId: string) {
  return useGroupChange(groupId, (api, clientId: string) =>
    api.POST('/api/client-groups/{groupId}/private-conversations', {
      path: { groupId },
      body: { clientId },
    }),
  );
}

export function useAssignGroupHomework(groupId: string) {
  return useGroupChange(groupId, (api, body: NewGroupHomework) =>
    api.POST('/api/client-groups/{groupId}/homework', { path: { groupId }, body }),
  );
}

/** Read ahead by the home page's route (app/route-preloads.ts) while its code downloads. */
export function myGroupsQueryOptions(api: ApiClient) {
  return queryOptions({ queryKey: myGroupsKey, queryFn: () => api.GET('/api/me/groups', {}) });
}

export function useMyGroups() {
  return useQuery(myGroupsQueryOptions(useApi()));
}

export function useSaveOwnGoal(groupId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ApiBody<'put', '/api/me/groups/{groupId}/own-goal'>) =>
      api.PUT('/api/me/groups/{groupId}/own-goal', { path: { groupId }, body }),
    onSuccess: (answer) => queryClient.setQueryData(myGroupsKey, answer),
  });
}

export function useAnswerSafetyCheck(groupId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SafetyCheckBody) =>
      api.POST('/api/me/groups/{groupId}/safety-check', { path: { groupId }, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: myGroupsKey }),
  });
}
