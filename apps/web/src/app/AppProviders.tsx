import { QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiContext } from '../shared/api/api-context.ts';
import type { TandemApp } from './create-app.ts';

export function AppProviders({ app, children }: { app: TandemApp; children: ReactNode }) {
  return (
    <ApiContext.Provider value={app.api}>
      <QueryClientProvider client={app.queryClient}>{children}</QueryClientProvider>
    </ApiContext.Provider>
  );
}
