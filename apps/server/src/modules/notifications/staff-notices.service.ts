import { getInstrument } from '@tandem/instruments';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../http/actor.ts';
import { requireCaseloadAccess } from '../access/require-access.ts';
import { appendAuditEvent } from '../audit/audit.repo.ts';
import { auditedBy } from '../audit/audited-by.ts';
import { noticesForStaff, type NoticeRow } from './staff-notices.repo.ts';

type ServiceDeps = Pick<Deps, 'db' | 'clock'>;

/** How far back the in-app list of notices goes. */
export const NOTICE_DAYS = 30;

export interface NoticeView extends NoticeRow {
  instrumentTitle: string;
}

/**
 * The in-app side of caseload notices: what the actor was told of (not on
 * track, overdue) in the last 30 days, newest first, for clients still on
 * their caseload. Names clients, so the read is audited with their ids.
 */
export async function myNotices(deps: ServiceDeps, actor: Actor): Promise<NoticeView[]> {
  const scope = await requireCaseloadAccess(deps, actor);
  const now = deps.clock();
  const since = new Date(now.getTime() - NOTICE_DAYS * 86_400_000);
  return deps.db.transaction().execute(async (trx) => {
    const rows = await noticesForStaff(trx, scope, since);
    await appendAuditEvent(
      trx,
      {
        ...auditedBy(actor),
        action: 'staff-notices.list',
        resourceType: 'staff-notice-list',
        outcome: 'allowed',
        detail: {
          noticeIds: rows.map((r) => r.id),
          clientIds: [...new Set(rows.map((r) => r.clientId))],
        },
      },
      now,
    );
    return rows.map((row) => ({
      ...row,
      instrumentTitle: getInstrument(row.instrumentId)?.shortTitle ?? row.instrumentId,
    }));
  });
}
