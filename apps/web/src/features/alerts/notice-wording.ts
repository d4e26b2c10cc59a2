import type { ApiAnswer } from '../../shared/api/api-paths.ts';

/** A caseload notice as GET /api/me/notices answers it. */
export type StaffNotice = ApiAnswer<'get', '/api/me/notices'>['notices'][number];

/** What the notice says, in words: "Not on track on GAD-7", "GAD-7 not answered in time". */
export function noticeText(notice: Pick<StaffNotice, 'kind' | 'instrumentTitle'>): string {
  return notice.kind === 'not-on-track'
    ? `Newly not on track on ${notice.instrumentTitle}`
    : `${notice.instrumentTitle} not answered in time`;
}

/** How the notice reached them besides the app: "E-mailed", "In the summary", "Summary to come". */
export function noticeDeliveryText(notice: Pick<StaffNotice, 'delivery' | 'notifiedAt'>): string {
  if (notice.delivery === 'immediate') {
    return notice.notifiedAt === null ? 'E-mail on its way' : 'E-mailed at once';
  }
  return notice.notifiedAt === null ? 'In your next summary' : 'Sent in a summary';
}
