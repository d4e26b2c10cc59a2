import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../shared/api/api-client.ts';
import { useApi } from '../../shared/api/api-context.ts';
import type { ApiAnswer } from '../../shared/api/api-paths.ts';
import { readThroughDevice } from '../../shared/offline/saved-copies.ts';
import type { AnswerValue } from '../questionnaire/form-state.ts';
import { parseQuestionnaire } from '../questionnaire/questionnaire-model.ts';
import { readWorksheetSheet } from './worksheet-sheet.ts';
import type { WorksheetSheet } from './worksheet-sheet.ts';

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

export type { WorksheetSheet } from './worksheet-sheet.ts';

/** A worksheet's questions and whether it is marked trauma-informed (same device copy). */
export function useWorksheetSheet(key: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['worksheet-sheet', key],
    queryFn: async (): Promise<WorksheetSheet> => {
      const read = await readThroughDevice(`worksheet:${key}`, () =>
        api.GET('/api/worksheets/{key}', { path: { key } }),
      );
      return readWorksheetSheet(read.value.questionnaire);
    },
    staleTime: 60 * 60_000,
  });
}

/** Read ahead by the page's route (app/route-preloads.ts) while its code downloads. */
export function myWorksheetsQueryOptions(api: ApiClient) {
  return queryOptions({
    queryKey: myWorksheetsKey,
    queryFn: () => api.GET('/api/me/worksheets', {}),
  });
}

export function useMyWorksheets() {
  return useQuery(myWorksheetsQueryOptions(useApi()));
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

export function useMyWorksheet(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: [...myWorksheetsKey, id],
    queryFn: () => api.GET('/api/me/worksheets/{id}', { path: { id } }),
  });
}

type LaterAnswer = string | number | boolean | number[] | null;

function isNumberList(value: AnswerValue): value is readonly number[] {
  return Array.isArray(value);
}

/** Adds the answers to the answer-later questions of a saved entry (the same answers again change nothing). */
export function useAddLaterAnswers() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, answers }: { id: string; answers: Record<string, AnswerValue> }) =>
      api.PUT('/api/me/worksheets/{id}/later-answers', {
        path: { id },
        body: {
          answers: Object.fromEntries(
            Object.entries(answers).map(([linkId, value]): [string, LaterAnswer] => [
              linkId,
              isNumberList(value) ? [...value] : value,
            ]),
          ),
        },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: myWorksheetsKey }),
  });
}
