import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../shared/api/api-client.ts';
import { useApi } from '../../shared/api/api-context.ts';
import type { ApiAnswer } from '../../shared/api/api-paths.ts';
import { readThroughDevice } from '../../shared/offline/saved-copies.ts';
import { parseQuestionnaire } from '../questionnaire/questionnaire-model.ts';

export type WorksheetEntry = ApiAnswer<'get', '/api/me/worksheets/{id}'>['entry'];
export type Visibility = WorksheetEntry['visibility'];

export const myWorksheetsKey = ['my-worksheets'] as const;

/**
 * A worksheet's questions, parsed for the one renderer. A copy is kept on the
 * device (it holds no one's answers), so a thought record can be started offline.
 */
export function worksheetModelOptions(api: ApiClient, key: string) {
  return queryOptions({
    queryKey: ['worksheet-definition', key],
    queryFn: async () => {
      const read = await readThroughDevice(`worksheet:${key}`, () =>
        api.GET('/api/worksheets/{key}', { path: { key } }),
      );
      return parseQuestionnaire(read.value.questionnaire);
    },
    staleTime: 60 * 60_000,
  });
}

export function useWorksheetModel(key: string) {
  return useQuery(worksheetModelOptions(useApi(), key));
}

export function useMyWorksheets() {
  const api = useApi();
  return useQuery({
    queryKey: myWorksheetsKey,
    queryFn: () => api.GET('/api/me/worksheets', {}),
  });
}

export function useSetWorksheetVisibility() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, visibility }: { id: string; visibility: Visibility }) =>
      api.PUT('/api/me/worksheets/{id}/visibility', { path: { id }, body: { visibility } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: myWorksheetsKey }),
  });
}
