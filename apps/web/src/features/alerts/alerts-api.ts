import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../shared/api/api-context.ts';
import type { AlertList, NotificationPreferences } from './alert-types.ts';

const alertsKey = ['alerts'] as const;

/** Open (new and acknowledged) or resolved alerts, newest first. */
export function useAlerts(list: AlertList) {
  const api = useApi();
  return useQuery({
    queryKey: [...alertsKey, list],
    // The state is not personal data: it may sit in the query string.
    queryFn: () => api.GET('/api/alerts', { query: { state: list } }),
  });
}

/** How many alerts nobody has acknowledged yet, for the navigation; checked every minute. */
export function useNewAlertCount(): number | null {
  const api = useApi();
  const open = useQuery({
    queryKey: [...alertsKey, 'open'],
    queryFn: () => api.GET('/api/alerts', { query: { state: 'open' } }),
    refetchInterval: 60_000,
  });
  return open.data ? open.data.alerts.filter((alert) => alert.state === 'new').length : null;
}

/** Caseload notices told to the signed-in staff member (not on track, overdue); checked every minute. */
export function useMyNotices() {
  const api = useApi();
  return useQuery({
    queryKey: ['notices'],
    queryFn: () => api.GET('/api/me/notices'),
    refetchInterval: 60_000,
  });
}

function useInvalidateAlerts() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: alertsKey }),
      queryClient.invalidateQueries({ queryKey: ['caseload'] }),
    ]);
}

export function useAcknowledgeAlert() {
  const api = useApi();
  const invalidate = useInvalidateAlerts();
  return useMutation({
    mutationFn: (alertId: string) =>
      api.POST('/api/alerts/{id}/acknowledge', { path: { id: alertId } }),
    onSuccess: invalidate,
  });
}

export function useResolveAlert() {
  const api = useApi();
  const invalidate = useInvalidateAlerts();
  return useMutation({
    mutationFn: ({ alertId, note }: { alertId: string; note: string }) =>
      api.POST('/api/alerts/{id}/resolve', { path: { id: alertId }, body: { note } }),
    onSuccess: invalidate,
  });
}

/** Supervisors: how fast alerts were acknowledged (the server's default period). */
export function useResponseTimes() {
  const api = useApi();
  return useQuery({
    queryKey: [...alertsKey, 'response-times'],
    queryFn: () => api.GET('/api/alerts/response-times'),
  });
}

const preferencesKey = ['me', 'notification-preferences'] as const;

/** How each kind of alert reaches the signed-in staff member: at once, or in a summary. */
export function useNotificationPreferences() {
  const api = useApi();
  return useQuery({
    queryKey: preferencesKey,
    queryFn: () => api.GET('/api/me/notification-preferences'),
  });
}

export function useSaveNotificationPreferences() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NotificationPreferences) =>
      api.PUT('/api/me/notification-preferences', { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: preferencesKey }),
  });
}
