import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../../shared/api/api-client.ts';
import { useApi } from '../../../shared/api/api-context.ts';
import type { ApiAnswer, ApiBody } from '../../../shared/api/api-paths.ts';

export type ValuesAnswer = ApiAnswer<'get', '/api/me/values'>;
export type ValueCard = ValuesAnswer['cards'][number];
export type SavedValues = NonNullable<ValuesAnswer['values']>;
export type SavedStrengths = NonNullable<ValuesAnswer['strengths']>;
export type ValuePile = SavedValues['cards'][number]['pile'];
export type SaveValues = ApiBody<'put', '/api/me/values'>;
export type SaveStrengths = ApiBody<'put', '/api/me/strengths'>;
export type Visibility = SaveValues['visibility'];

export const myValuesKey = ['my-values'] as const;

/** Read ahead by the page's route (app/route-preloads.ts) while its code downloads. */
export function myValuesQueryOptions(api: ApiClient) {
  return queryOptions({ queryKey: myValuesKey, queryFn: () => api.GET('/api/me/values', {}) });
}

export function useMyValues() {
  return useQuery(myValuesQueryOptions(useApi()));
}

/** The care team's view: only what the client shared. */
export function useClientValues(clientId: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['client-values', clientId],
    queryFn: () => api.GET('/api/clients/{id}/values', { path: { id: clientId } }),
  });
}

export function useSetMyValues() {
  const queryClient = useQueryClient();
  return (answer: ValuesAnswer) => queryClient.setQueryData(myValuesKey, answer);
}

/** The three piles, most important first, in the words the screens use. */
export const piles: readonly { value: ValuePile; label: string }[] = [
  { value: 'very-important', label: 'Very important' },
  { value: 'important', label: 'Important' },
  { value: 'not-so-important', label: 'Not so important' },
];

/** The names in one pile: the cards' (in card order) and then the client's own. */
export function namesIn(
  cards: readonly ValueCard[],
  saved: Pick<SavedValues, 'cards' | 'own'>,
  pile: ValuePile,
): string[] {
  const chosen = new Set(saved.cards.filter((card) => card.pile === pile).map((c) => c.key));
  return [
    ...cards.filter((card) => chosen.has(card.key)).map((card) => card.name),
    ...saved.own.filter((value) => value.pile === pile).map((value) => value.name),
  ];
}
