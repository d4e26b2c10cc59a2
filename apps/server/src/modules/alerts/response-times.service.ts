import type { Deps } from '../../deps.ts';
import type { Actor } from '../../http/actor.ts';
import { requireCaseloadAccess, requirePracticeAccess } from '../access/require-access.ts';
import { appendAuditEvent } from '../audit/audit.repo.ts';
import { auditedBy } from '../audit/audited-by.ts';
import { summariseResponseTimes, type ResponseTimeSummary } from './response-times.ts';
import { practiceTimeZone } from '../practices/practice-time-zone.repo.ts';
import { alertTimesByTherapist } from './response-times.repo.ts';

type ServiceDeps = Pick<Deps, 'db' | 'clock'>;

export interface ResponseTimes {
  since: Date;
  timeZone: string;
  summary: ResponseTimeSummary;
  byTherapist: ({ therapistId: string; displayName: string } & ResponseTimeSummary)[];
}

/**
 * Response times over the last `days` days: a supervisor's for the
 * therapists they supervise, a therapist's for themselves. Timings only: no
 * client, item or answer is named in the answer.
 */
export async function responseTimes(
  deps: ServiceDeps,
  actor: Actor,
  days: number,
): Promise<ResponseTimes> {
  await requirePracticeAccess(deps, actor, 'alerts.inbox');
  const scope = await requireCaseloadAccess(deps, actor);
  const now = deps.clock();
  const since = new Date(now.getTime() - days * 86_400_000);
  return deps.db.transaction().execute(async (trx) => {
    const timeZone = await practiceTimeZone(trx, scope.practiceId);
    const rows = await alertTimesByTherapist(trx, scope, since);
    const timed = (r: (typeof rows)[number]) => ({
      createdAt: r.created_at,
      acknowledgedAt: r.acknowledged_at,
    });
    // The summary counts each alert once, however many therapists it counts for.
    const unique = new Map(rows.map((r) => [r.id, timed(r)]));
    const therapists = new Map<string, { displayName: string; rows: typeof rows }>();
    for (const row of rows) {
      const entry = therapists.get(row.staff_id) ?? { displayName: row.display_name, rows: [] };
      entry.rows.push(row);
      therapists.set(row.staff_id, entry);
    }
    await appendAuditEvent(
      trx,
      {
        ...auditedBy(actor),
        action: 'alerts.responseTimes.read',
        resourceType: 'alert-response-times',
        outcome: 'allowed',
        detail: { days, alerts: unique.size, therapistIds: [...therapists.keys()] },
      },
      now,
    );
    return {
      since,
      timeZone,
      summary: summariseResponseTimes([...unique.values()], now, timeZone),
      byTherapist: [...therapists].map(([therapistId, entry]) => ({
        therapistId,
        displayName: entry.displayName,
        ...summariseResponseTimes(entry.rows.map(timed), now, timeZone),
      })),
    };
  });
}
