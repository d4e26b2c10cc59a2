import { getInstrument, type BandRef } from '@tandem/instruments';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../http/actor.ts';
import { requireCaseloadAccess } from '../access/require-access.ts';
import { appendAuditEvent } from '../audit/audit.repo.ts';
import { auditedBy } from '../audit/audited-by.ts';
import { clientsOfStaff, type ClientSummary } from '../clients/clients.repo.ts';
import { attentionOf, byAttention, type Attention } from './attention.ts';
import { measureStatuses, openAlertCounts, overdueCounts } from './caseload.repo.ts';
import { changeLabel, type ChangeLabel } from './measure-series.ts';
import { bandOf } from './result-meaning.ts';

type ServiceDeps = Pick<Deps, 'db' | 'clock'>;

export type CaseloadFilter = 'all' | 'alerts' | 'deteriorated' | 'not-on-track' | 'overdue';

export interface CaseloadQuery {
  status: 'active' | 'archived';
  search: string;
  filter: CaseloadFilter;
}

export interface CaseloadMeasure {
  instrumentId: string;
  shortTitle: string;
  latest: { total: number; band: BandRef | null; at: Date };
  change: ChangeLabel | null;
  notOnTrack: { status: 'on-track' | 'not-on-track' | 'not-enough-data'; reason: string } | null;
}

export interface CaseloadRow extends ClientSummary {
  openAlerts: number;
  overdue: number;
  attention: Attention;
  measures: CaseloadMeasure[];
}

const changeCategories = new Set(['recovered', 'improved', 'unchanged', 'deteriorated']);

function matches(row: CaseloadRow, query: CaseloadQuery): boolean {
  const needle = query.search.trim().toLocaleLowerCase();
  if (
    needle !== '' &&
    !row.displayName.toLocaleLowerCase().includes(needle) &&
    !row.email.toLocaleLowerCase().includes(needle)
  ) {
    return false;
  }
  switch (query.filter) {
    case 'all':
      return true;
    case 'alerts':
      return row.openAlerts > 0;
    case 'deteriorated':
      return row.measures.some((m) => m.change?.category === 'deteriorated');
    case 'not-on-track':
      return row.measures.some((m) => m.notOnTrack?.status === 'not-on-track');
    case 'overdue':
      return row.overdue > 0;
  }
}

/**
 * The therapist's home: every client with their latest score and band per
 * measure, change since baseline, overdue measures and open alerts, in
 * "needs attention" order. Reads the standing kept per client and measure
 * (three index lookups), never the whole series. One audit event names
 * every client returned.
 */
export async function caseloadWithMeasures(
  deps: ServiceDeps,
  actor: Actor,
  query: CaseloadQuery,
): Promise<CaseloadRow[]> {
  const scope = await requireCaseloadAccess(deps, actor);
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const clients = await clientsOfStaff(trx, scope, query.status === 'archived');
    const ids = clients.map((client) => client.id);
    const [statuses, alerts, overdue] = await Promise.all([
      measureStatuses(trx, scope, ids),
      openAlertCounts(trx, scope, ids),
      overdueCounts(trx, scope, ids, now),
    ]);
    const byClient = new Map<string, CaseloadMeasure[]>();
    for (const status of statuses) {
      const definition = getInstrument(status.instrumentId);
      if (!definition) continue;
      const list = byClient.get(status.clientId) ?? [];
      list.push({
        instrumentId: status.instrumentId,
        shortTitle: definition.shortTitle,
        latest: {
          total: status.latestTotal,
          band: bandOf(definition, status.latestBand),
          at: status.latestAt,
        },
        change:
          status.changeCategory !== null && changeCategories.has(status.changeCategory)
            ? changeLabel(status.changeCategory as ChangeLabel['category'])
            : null,
        notOnTrack:
          status.notOnTrack === null
            ? null
            : { status: status.notOnTrack, reason: status.notOnTrackReason ?? '' },
      });
      byClient.set(status.clientId, list);
    }
    const rows = clients
      .map((client) => {
        const measures = byClient.get(client.id) ?? [];
        const openAlerts = alerts.get(client.id) ?? 0;
        const late = overdue.get(client.id) ?? 0;
        return {
          ...client,
          openAlerts,
          overdue: late,
          measures,
          attention: attentionOf({
            displayName: client.displayName,
            openAlerts,
            overdue: late,
            measures: measures.map((m) => ({
              shortTitle: m.shortTitle,
              changeCategory: m.change?.category ?? null,
              notOnTrack: m.notOnTrack?.status ?? null,
              notOnTrackReason: m.notOnTrack?.reason ?? null,
            })),
          }),
        };
      })
      .filter((row) => matches(row, query))
      .sort(byAttention);
    await appendAuditEvent(
      trx,
      {
        ...auditedBy(actor),
        action: 'caseload.read',
        resourceType: 'client-list',
        outcome: 'allowed',
        detail: { clientIds: rows.map((row) => row.id), status: query.status, withMeasures: true },
      },
      now,
    );
    return rows;
  });
}
