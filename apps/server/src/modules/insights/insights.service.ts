import { AppError } from '@tandem/core';
import type { Deps } from '../../deps.ts';
import type { EntryVisibility } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { requireClientAccess, requireOwnEntries } from '../access/require-access.ts';
import { appendAuditEvent } from '../audit/audit.repo.ts';
import { auditedBy } from '../audit/audited-by.ts';
import { checkInsOf } from '../check-ins/check-ins.repo.ts';
import { changeOwnEntryVisibility, createOwnEntry } from '../client-entries/own-entry.ts';
import { clientTimeZone } from '../measures/client-time-zone.repo.ts';
import { skillName } from '../skills/skill-catalogue.ts';
import { skillPracticesOf } from '../skills/skills.repo.ts';
import { moodInsights, type InsightsAnswer } from './mood-insights.ts';
import {
  insertSharedInsight,
  sharedInsightsOf,
  type SharedInsightRow,
} from './shared-insights.repo.ts';

type ServiceDeps = Pick<Deps, 'db' | 'clock'>;

/** Insights look back this far: long enough for patterns, recent enough to be about now. */
const WINDOW_DAYS = 180;
const MAX_CHECK_INS = 2000;

export interface SharedInsightView {
  id: string;
  factorId: string;
  createdAt: string;
  visibility: EntryVisibility;
  insight: SharedInsightRow['snapshot'];
}

export function sharedInsightView(row: SharedInsightRow): SharedInsightView {
  return {
    id: row.id,
    factorId: row.factorId,
    createdAt: row.createdAt.toISOString(),
    visibility: row.visibility,
    insight: row.snapshot,
  };
}

async function computeInsights(
  deps: ServiceDeps,
  scope: Awaited<ReturnType<typeof requireClientAccess<'client.entries.read'>>>,
): Promise<InsightsAnswer> {
  const since = new Date(deps.clock().getTime() - WINDOW_DAYS * 86_400_000);
  // The client's own insights are made from every check-in of theirs, private ones too.
  const checkIns = await checkInsOf(deps.db, scope, { limit: MAX_CHECK_INS, since });
  const practices = await skillPracticesOf(deps.db, scope, { limit: MAX_CHECK_INS, since });
  const timeZone = await clientTimeZone(deps.db, scope.practiceId, scope.clientId);
  return moodInsights(
    checkIns,
    timeZone,
    practices.map((p) => ({
      practicedAt: p.practicedAt,
      skillKey: p.skillKey,
      skillName: skillName(p.skillKey),
    })),
  );
}

/** What goes together with the client's mood, and which insights they showed their care team. */
export async function myInsights(deps: ServiceDeps, actor: Actor) {
  const scope = await requireClientAccess(deps, actor, 'client.entries.read', actor.userId);
  const answer = await computeInsights(deps, scope);
  return deps.db.transaction().execute(async (trx) => {
    const shared = await sharedInsightsOf(trx, scope);
    await appendAuditEvent(
      trx,
      {
        ...auditedBy(actor),
        action: 'insights.read',
        resourceType: 'insight',
        clientId: scope.clientId,
        outcome: 'allowed',
        detail: { insights: answer.insights.length },
      },
      deps.clock(),
    );
    return { ...answer, shared: shared.map(sharedInsightView) };
  });
}

/**
 * The client shows one insight to their care team: a snapshot of it as it is
 * now (it does not change as more check-ins come in). Idempotent by its id.
 */
export async function shareInsight(
  deps: ServiceDeps,
  actor: Actor,
  input: { id: string; factorId: string },
): Promise<{ created: boolean; shared: SharedInsightView }> {
  const scopes = await requireOwnEntries(deps, actor);
  const insight = (await computeInsights(deps, scopes.read)).insights.find(
    (i) => i.id === input.factorId,
  );
  const now = deps.clock();
  const { created, row } = await createOwnEntry(deps, actor, scopes, {
    id: input.id,
    operation: 'insight.share',
    resourceType: 'insight',
    request: { factorId: input.factorId },
    insert: (trx) => {
      if (!insight) {
        throw new AppError('VALIDATION_FAILED', {
          path: 'factorId',
          message: 'There is no insight about this yet: it needs more check-ins.',
        });
      }
      const { id: _factor, ...snapshot } = insight;
      return insertSharedInsight(trx, scopes.write, {
        id: input.id,
        factorId: input.factorId,
        snapshot,
        now,
      });
    },
    read: async (trx) => (await sharedInsightsOf(trx, scopes.read, { id: input.id }))[0],
  });
  return { created, shared: sharedInsightView(row) };
}

/** Taking a shared insight back hides it from the care team at once. */
export async function setSharedInsightVisibilityOf(
  deps: ServiceDeps,
  actor: Actor,
  id: string,
  visibility: EntryVisibility,
): Promise<SharedInsightView> {
  const scopes = await requireOwnEntries(deps, actor);
  const row = await changeOwnEntryVisibility(deps, actor, scopes, {
    table: 'shared_insights',
    id,
    visibility,
    action: 'insight.visibility',
    resourceType: 'insight',
    read: async (trx) => (await sharedInsightsOf(trx, scopes.read, { id }))[0],
  });
  return sharedInsightView(row);
}
