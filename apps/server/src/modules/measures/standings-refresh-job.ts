import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { JobPayload } from '../../jobs/job-kinds.ts';
import { enqueueJob } from '../../jobs/job-queue.ts';
import type { JobHandler } from '../../jobs/job-types.ts';
import { raiseStaffNotice } from '../notifications/raise-staff-notice.ts';
import { clientTimeZone } from './client-time-zone.repo.ts';
import { practiceMeasureSettings } from './instruments.repo.ts';
import { refreshMeasureStatus, type StandingChange } from './measure-status.repo.ts';
import { standingsToRefresh } from './standings-refresh.repo.ts';

/** Clients recomputed per job: short transactions, so a submission never waits long on one. */
export const REFRESH_BATCH = 200;

/**
 * A changed rule re-evaluates standings in the background, not lazily: the
 * caseload sorts and filters on the stored standing (measure_status, ADR
 * 0011), so a standing computed only when a client's page is opened would
 * leave the caseload's order and "not on track" filter wrong for everyone
 * else. Enqueued in the transaction that stores the rule, so it runs if and
 * only if the change committed, a short while later: a submission that read
 * the old rule just before the change and commits just after is recomputed
 * too. Keyed by the change's time, so a retried request enqueues nothing new.
 */
export const REFRESH_SETTLE_MS = 30_000;

export function enqueueStandingsRefresh(
  trx: Transaction<DB>,
  change: { practiceId: string; instrumentId: string },
  now: Date,
): Promise<boolean> {
  return enqueueJob(trx, {
    practiceId: change.practiceId,
    kind: 'not-on-track-refresh',
    dedupeKey: `${change.instrumentId}@${now.toISOString()}`,
    runAt: new Date(now.getTime() + REFRESH_SETTLE_MS),
    payload: { instrumentId: change.instrumentId, afterClientId: null },
  });
}

/**
 * Tells the care team when a write began a not-on-track episode: once per
 * episode (the notice's key is the client, the measure and the episode's
 * start), in the transaction that wrote the standing.
 */
export async function noticeNewEpisode(
  trx: Transaction<DB>,
  key: { practiceId: string; clientId: string; instrumentId: string },
  change: StandingChange,
  now: Date,
): Promise<void> {
  if (!change.newlyNotOnTrack || change.notOnTrackSince === null) return;
  await raiseStaffNotice(
    trx,
    {
      ...key,
      kind: 'not-on-track',
      dedupeKey: `${key.clientId}:${key.instrumentId}@${change.notOnTrackSince.toISOString()}`,
    },
    now,
  );
}

/**
 * 'not-on-track-refresh': recompute the standing of a batch of the practice's
 * clients on one measure by the rule now in force, then enqueue the next
 * batch. A client who becomes not on track by the new rule starts an episode
 * and the care team is told, as after an answer (active clients only).
 */
export const notOnTrackRefreshJob: JobHandler<unknown, JobPayload<'not-on-track-refresh'>> = {
  run: async (_deps, { job, now, trx }) => {
    const { instrumentId, afterClientId } = job.payload;
    const { notOnTrackRule } = await practiceMeasureSettings(trx, job.practiceId);
    const batch = await standingsToRefresh(
      trx,
      job.practiceId,
      instrumentId,
      afterClientId,
      REFRESH_BATCH,
    );
    for (const client of batch) {
      const key = { practiceId: job.practiceId, clientId: client.clientId, instrumentId };
      const change = await refreshMeasureStatus(trx, key, now, {
        timeZone: await clientTimeZone(trx, job.practiceId, client.clientId),
        notOnTrackRules: notOnTrackRule,
      });
      if (client.active) await noticeNewEpisode(trx, key, change, now);
    }
    const last = batch.at(-1);
    if (batch.length === REFRESH_BATCH && last) {
      await enqueueJob(trx, {
        practiceId: job.practiceId,
        kind: 'not-on-track-refresh',
        dedupeKey: `${job.dedupeKey}>${last.clientId}`,
        runAt: now,
        payload: { instrumentId, afterClientId: last.clientId },
      });
    }
  },
};
