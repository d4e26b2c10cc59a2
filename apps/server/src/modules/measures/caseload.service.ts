import type { Kysely } from 'kysely';
import { getInstrument, type BandRef, type InstrumentDefinition } from '@tandem/instruments';
import type { DB } from '../../db/schema.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../http/actor.ts';
import { requireCaseloadAccess } from '../access/require-access.ts';
import { appendAuditEvent } from '../audit/audit.repo.ts';
import { auditedBy } from '../audit/audited-by.ts';
import type { ClientSummary } from '../clients/clients.repo.ts';
import { attentionOf, byAttention, type Attention } from './attention.ts';
import { practiceInstrumentIdOf } from '../practice-instruments/practice-instrument-key.ts';
import { practiceInstrumentTitles } from '../practice-instruments/practice-instruments.repo.ts';
import { caseloadEntries, type StatusRow } from './caseload.repo.ts';
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

/** How the caseload names a measure, and what its bands come from (null: none published). */
export interface MeasureNaming {
  shortTitle: string;
  definition: InstrumentDefinition | null;
}

/**
 * The names of every measure in these standings: built-in ones from the
 * library; the practice's own imported ones (each version its own key) with
 * their title and version, banded as the instrument they are recognised as.
 */
export async function measureNames(
  db: Kysely<DB>,
  practiceId: string,
  statuses: readonly Pick<StatusRow, 'instrumentId'>[],
): Promise<Map<string, MeasureNaming>> {
  const names = new Map<string, MeasureNaming>();
  const practiceIds = new Map<string, string>();
  for (const { instrumentId } of statuses) {
    if (names.has(instrumentId) || practiceIds.has(instrumentId)) continue;
    const practiceId = practiceInstrumentIdOf(instrumentId);
    if (practiceId !== null) {
      practiceIds.set(instrumentId, practiceId);
      continue;
    }
    const definition = getInstrument(instrumentId);
    if (definition) names.set(instrumentId, { shortTitle: definition.shortTitle, definition });
  }
  if (practiceIds.size > 0) {
    const titles = await practiceInstrumentTitles(db, practiceId, [...practiceIds.values()]);
    for (const [key, id] of practiceIds) {
      const found = titles.get(id);
      if (!found) continue;
      const recognised = found.recognisedAs === null ? null : getInstrument(found.recognisedAs);
      names.set(key, {
        shortTitle: `${found.title} (v${found.version})`,
        definition: recognised ?? null,
      });
    }
  }
  return names;
}

/** One standing as the caseload shows it; none for a measure the practice no longer has. */
function caseloadMeasure(status: StatusRow, names: Map<string, MeasureNaming>): CaseloadMeasure[] {
  const naming = names.get(status.instrumentId);
  if (!naming) return [];
  const { definition } = naming;
  return [
    {
      instrumentId: status.instrumentId,
      shortTitle: naming.shortTitle,
      latest: {
        total: status.latestTotal,
        band: definition === null ? null : bandOf(definition, status.latestBand),
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
    },
  ];
}

/**
 * The therapist's home: every client with their latest score and band per
 * measure, change since baseline, overdue measures and open alerts, in
 * "needs attention" order. Reads the standing kept per client and measure,
 * never the whole series, in one statement (caseload.repo.ts). One audit event names
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
    const entries = await caseloadEntries(trx, scope, query.status === 'archived', now);
    const names = await measureNames(
      trx,
      scope.practiceId,
      entries.flatMap((entry) => entry.statuses),
    );
    const rows = entries
      .map(({ client, statuses, openAlerts, overdue }) => {
        const measures = statuses.flatMap((status) => caseloadMeasure(status, names));
        return {
          ...client,
          openAlerts,
          overdue,
          measures,
          attention: attentionOf({
            displayName: client.displayName,
            openAlerts,
            overdue,
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
