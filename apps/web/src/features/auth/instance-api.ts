import { useQuery } from '@tanstack/react-query';
import type { Role } from '@tandem/core';
import { useApi } from '../../shared/api/api-context.ts';

export interface DemoAccount {
  role: Role;
  email: string;
  displayName: string;
}

/** What anyone may know about this Tandem before signing in (GET /api/instance). */
export interface InstanceInfo {
  /** The demo practice's accounts, while this Tandem has one; null otherwise. */
  demo: { accounts: DemoAccount[] } | null;
  /** 'operator': no mail server, so resets are made on the server, never e-mailed. */
  passwordReset: 'email' | 'operator';
}

export function useInstance() {
  const api = useApi();
  return useQuery({
    queryKey: ['instance'],
    queryFn: () => api.get<InstanceInfo>('/api/instance'),
    // Fixed while the server runs.
    staleTime: Infinity,
  });
}
