import { createContext, useContext } from 'react';
import type { ApiClient } from './api-client.ts';

export const ApiContext = createContext<ApiClient | null>(null);

/** The API client wired once in src/app (see app/create-app.ts). */
export function useApi(): ApiClient {
  const api = useContext(ApiContext);
  if (api === null) throw new Error('useApi must be used inside <ApiContext.Provider>');
  return api;
}
