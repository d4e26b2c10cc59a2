import type { Deps } from '../../deps.ts';
import type { LivingDocumentKind } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { localDate, startOfLocalDay } from '@tandem/core';
import { requireClientAccess, type ClientScope } from '../access/require-access.ts';
import { clientTimeZone } from '../measures/client-time-zone.repo.ts';
import { sessionsOf } from '../therapy-sessions/therapy-sessions.repo.ts';
import { appendAuditEvent } from '../audit/audit.repo.ts';
import { auditedBy } from '../audit/audited-by.ts';
import { checkInView, type CheckInView } from '../check-ins/check-in-view.ts';
import { checkInsOf, moodSummary } from '../check-ins/check-ins.repo.ts';
import { journalEntryView, type JournalEntryView } from '../journal/journal-view.ts';
import { journalEntriesOf } from '../journal/journal.repo.ts';
import { planChangesSince, type Editor } from '../plans/plans.repo.ts';
import { sharedInsightView, type SharedInsightView } from '../insights/insights.service.ts';
import { sharedInsightsOf } from '../insights/shared-insights.repo.ts';
import { skillPracticeView, type SkillPracticeView } from '../skills/skill-practice-view.ts';
import { skillPracticesOf } from '../skills/skills.repo.ts';
import { worksheetEntryView, type WorksheetEntryView } from '../worksheets/worksheet-view.ts';
import { worksheetEntriesOf } from '../worksheets/worksheets.repo.ts';
import { homeworkAnsweredSince } from '../homework/homework.service.ts';
import type { HomeworkView } from '../homework/homework-view.ts';
import { exposureTimelineItems, type ExposureTimelineItem } from '../exposure/exposure-timeline.ts';
import {
  activityTimelineItems,
  type ActivityTimelineItem,
} from '../activation/activation-timeline.ts';

type ServiceDeps = Pick<Deps, 'db' | 'clock' | 'cipher'>;

/**
 * Where "since last session" starts: the morning of the latest recorded
 * session in the client's time zone, else a week ago; never further back than
 * the timeline itself, so every count covers what the timeline lists.
 */
async function summaryStart(
  deps: ServiceDeps,
  scope: ClientScope<'client.entries.read'>,
  now: Date,
  timelineStart: Date,
  timeZone: string,
): Promise<{ summarySince: Date; lastSessionOn: string | null }> {
  const [last] = await sessionsOf(deps.db, scope, 1);
  if (!last)
    return { summarySince: new Date(now.getTime() - SUMMARY_DAYS * DAY_MS), lastSessionOn: null };
  const start = startOfLocalDay(last.heldOn, timeZone);
  return {
    summarySince: start > timelineStart ? start : timelineStart,
    lastSessionOn: last.heldOn,
  };
}

const DAY_MS = 86_400_000;
/** How far back the timeline reaches. */
const TIMELINE_DAYS = 90;
/**
 * Homework answered in the summary's window: how much was done, and how helpful the client
 * found it. How it went predicts outcome more than how much was done (Kazantzis et al., 2016),
 * so the mean rating travels with the count.
 */
function homeworkSummary(answered: readonly { status: string; helpfulness: number | null }[]) {
  const ratings = answered.flatMap((view) =>
    view.status === 'done' && view.helpfulness !== null ? [view.helpfulness] : [],
  );
  return {
    done: answered.filter((view) => view.status === 'done').length,
    notDone: answered.filter((view) => view.status === 'not-done').length,
    helpfulnessAverage:
      ratings.length === 0 ? null : ratings.reduce((sum, r) => sum + r, 0) / ratings.length,
  };
}

/** The summary's window when no session has been recorded ("since last session" otherwise). */
const SUMMARY_DAYS = 7;
const ITEM_LIMIT = 300;

export type TimelineItem =
  | { type: 'check-in'; at: string; checkIn: CheckInView }
  | { type: 'journal'; at: string; entry: JournalEntryView }
  | { type: 'plan'; at: string; kind: LivingDocumentKind; version: number; editedBy: Editor }
  | { type: 'insight'; at: string; shared: SharedInsightView }
  | { type: 'worksheet'; at: string; worksheet: WorksheetEntryView }
  | { type: 'skill-practice'; at: string; practice: SkillPracticeView }
  | { type: 'homework'; at: string; homework: HomeworkView }
  | ExposureTimelineItem
  | ActivityTimelineItem;

/**
 * What the client chose to share, for their care team: shared check-ins and
 * journal entries and every change to the plans, newest first, with a short
 * summary of the last week beside the week before. The scope decides what is
 * shared (access/visible-entries.ts): a private entry is in no item and no count.
 */
export async function clientTimeline(deps: ServiceDeps, actor: Actor, clientId: string) {
  const scope = await requireClientAccess(deps, actor, 'client.entries.read', clientId);
  const planScope = await requireClientAccess(deps, actor, 'client.plans.read', clientId);
  const homeworkScope = await requireClientAccess(deps, actor, 'client.homework.read', clientId);
  const exposureScope = await requireClientAccess(deps, actor, 'client.exposure.read', clientId);
  const now = deps.clock();
  const since = new Date(now.getTime() - TIMELINE_DAYS * DAY_MS);
  const timeZone = await clientTimeZone(deps.db, scope.practiceId, scope.clientId);
  const { summarySince, lastSessionOn } = await summaryStart(deps, scope, now, since, timeZone);
  // The period before, as long as this one: is the mood moving?
  const weekBefore = new Date(summarySince.getTime() - (now.getTime() - summarySince.getTime()));
  return deps.db.transaction().execute(async (trx) => {
    const [checkIns, entries, planChanges, thisWeek, lastWeek] = [
      await checkInsOf(trx, scope, { limit: ITEM_LIMIT, since }),
      await journalEntriesOf(trx, scope, { limit: ITEM_LIMIT, since }),
      await planChangesSince(trx, planScope, since),
      await moodSummary(trx, scope, summarySince, new Date(now.getTime() + DAY_MS)),
      await moodSummary(trx, scope, weekBefore, summarySince),
    ];
    const worksheets = await worksheetEntriesOf(trx, scope, { limit: ITEM_LIMIT, since });
    const practices = await skillPracticesOf(trx, scope, { limit: ITEM_LIMIT, since });
    const insights = await sharedInsightsOf(trx, scope, { since });
    const exposure = await exposureTimelineItems(
      trx,
      deps.cipher,
      { entries: scope, hierarchies: exposureScope },
      { limit: ITEM_LIMIT, since },
    );
    // Shared activities of the schedule, planned or answered (behavioural activation).
    const activities = await activityTimelineItems(trx, deps.cipher, scope, {
      limit: ITEM_LIMIT,
      since,
    });
    // Homework the client answered (done and how helpful, or not this time).
    const homework = await homeworkAnsweredSince(
      deps,
      trx,
      actor,
      homeworkScope,
      since,
      ITEM_LIMIT,
    );
    const items: TimelineItem[] = [
      ...insights.map((row) => ({
        type: 'insight' as const,
        at: row.createdAt.toISOString(),
        shared: sharedInsightView(row),
      })),
      ...checkIns.map((row) => ({
        type: 'check-in' as const,
        at: row.occurredAt.toISOString(),
        checkIn: checkInView(deps.cipher, row),
      })),
      ...entries.map((row) => ({
        type: 'journal' as const,
        at: row.createdAt.toISOString(),
        entry: journalEntryView(deps.cipher, row),
      })),
      ...planChanges.map((change) => ({
        type: 'plan' as const,
        at: change.at.toISOString(),
        kind: change.kind,
        version: change.version,
        editedBy: change.editedBy,
      })),
      ...worksheets.map((row) => ({
        type: 'worksheet' as const,
        at: row.recordedAt.toISOString(),
        worksheet: worksheetEntryView(deps.cipher, row),
      })),
      ...practices.map((row) => ({
        type: 'skill-practice' as const,
        at: row.practicedAt.toISOString(),
        practice: skillPracticeView(deps.cipher, row),
      })),
      ...exposure,
      ...activities,
      ...homework.map((view) => ({
        type: 'homework' as const,
        at: view.answeredAt ?? view.assignedAt,
        homework: view,
      })),
    ].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
    await appendAuditEvent(
      trx,
      {
        ...auditedBy(actor),
        action: 'client.timeline.read',
        resourceType: 'client',
        resourceId: scope.clientId,
        clientId: scope.clientId,
        outcome: 'allowed',
        detail: { items: items.length },
      },
      now,
    );
    return {
      // The client's calendar date now: the default date of a session recorded today.
      clientToday: localDate(now, timeZone),
      items: items.slice(0, ITEM_LIMIT),
      summary: {
        since: summarySince.toISOString(),
        lastSessionOn,
        checkIns: {
          count: thisWeek.count,
          moodAverage: thisWeek.moodAverage,
          previousMoodAverage: lastWeek.moodAverage,
        },
        sharedJournalEntries: entries.filter((row) => row.createdAt >= summarySince).length,
        sharedWorksheets: worksheets.filter((row) => row.recordedAt >= summarySince).length,
        sharedSkillPractices: practices.filter((row) => row.practicedAt >= summarySince).length,
        sharedExposurePractices: exposure.filter((item) => new Date(item.at) >= summarySince)
          .length,
        homework: homeworkSummary(
          homework.filter(
            (view) => view.answeredAt !== null && new Date(view.answeredAt) >= summarySince,
          ),
        ),
        planChanges: planChanges
          .filter((change) => change.at >= summarySince)
          .map((change) => ({
            kind: change.kind,
            version: change.version,
            at: change.at.toISOString(),
          })),
      },
    };
  });
}
