import { performance } from 'node:perf_hooks';
import type { BenchContext } from './bench-context.ts';
import { checkSeededResponses, checkSeededStatus } from './check-seeded.ts';
import { seedAuditHistory } from './seed-audit.ts';
import { seedMeasures } from './seed-measures.ts';
import { seedPractices } from './seed-practices.ts';
import { seedClientSessions, seedTherapistSessions } from './seed-sessions.ts';

export interface GrowthTimes {
  /** Practices, people, audit history and sessions. */
  peopleSeconds: number;
  /** Assignments, occasions, responses, idempotency keys, alerts and standings. */
  measuresSeconds: number;
  /** VACUUM ANALYZE of the whole database. */
  vacuumSeconds: number;
}

const since = (started: number) => (performance.now() - started) / 1000;

/**
 * Grows the data from `seeded` practices to `scale`: people, audit history,
 * a year of measures, sessions; checks samples of the new data against the
 * app's own code; then lets autovacuum's work happen now (fresh statistics
 * and visibility map, as a running installation has).
 */
export async function growTo(
  ctx: BenchContext,
  seeded: number,
  scale: number,
): Promise<GrowthTimes> {
  const range = { from: seeded + 1, to: scale };
  const now = ctx.deps.clock();
  const maxHours = ctx.deps.config.sessionMaxHours;
  let started = performance.now();
  await seedPractices(ctx.client, range, ctx.passwordHash, now);
  await seedAuditHistory(ctx.client, range, ctx.options.auditEventsPerPractice, now);
  ctx.therapistSessions.push(...(await seedTherapistSessions(ctx.client, range, now, maxHours)));
  ctx.clientSessions.push(...(await seedClientSessions(ctx.client, range, now, maxHours)));
  const peopleSeconds = since(started);

  started = performance.now();
  const total = range.to - range.from + 1;
  let done = 0;
  await seedMeasures(
    ctx.ownerUrl,
    range,
    { shapes: ctx.shapes, now, connections: ctx.options.seedConnections },
    () => {
      done += 1;
      if (total >= 10 && done % Math.ceil(total / 5) === 0 && done < total) {
        console.log(
          `    measures: ${done} of ${total} practices seeded (${since(started).toFixed(0)} s)`,
        );
      }
    },
  );
  await checkSeededResponses(ctx.client, range.to);
  await checkSeededStatus(ctx.deps.db, ctx.client, range.to);
  const measuresSeconds = since(started);

  started = performance.now();
  await ctx.client.query('vacuum analyze');
  return { peopleSeconds, measuresSeconds, vacuumSeconds: since(started) };
}
