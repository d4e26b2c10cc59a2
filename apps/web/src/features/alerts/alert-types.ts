import type { ApiAnswer, ApiBody, ApiRequest } from '../../shared/api/api-paths.ts';

/** A critical-item alert as GET /api/alerts answers it (types from the generated API). */
export type Alert = ApiAnswer<'get', '/api/alerts'>['alerts'][number];
export type AlertState = Alert['state'];
export type AlertRecipient = Alert['recipients'][number];

/** Which alerts to list: open (new and acknowledged) or resolved. */
export type AlertList = NonNullable<
  NonNullable<ApiRequest<'get', '/api/alerts'>['query']>['state']
>;

export type ResponseTimesReport = ApiAnswer<'get', '/api/alerts/response-times'>;
export type ResponseTimes = ResponseTimesReport['summary'];
export type TherapistResponseTimes = ResponseTimesReport['byTherapist'][number];

export type NotificationPreferences = ApiBody<'put', '/api/me/notification-preferences'>;
export type NotificationPreference = NotificationPreferences['preferences'][number];
