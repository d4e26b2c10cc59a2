import { performance } from 'node:perf_hooks';
import type { BenchContext } from './bench-context.ts';
import { CLIENTS_PER_THERAPIST } from './bench-ids.ts';
import { ms, ratio, summarise, table, whole, type LatencySummary } from './latency-stats.ts';
import type { RequestSpec } from './load-job.ts';
import { runLoad } from './run-load.ts';
import { seedAuditHistory } from './seed-audit.ts';
import { seedPractices } from './seed-practices.ts';
import { seedTherapistSessions } from './seed-sessions.ts';

export interface ScaleFigures {
  scale: number;
  practices: number;
  users: number;
  auditEvents: number;
  databaseMb: number;
  seedSeconds: number;
  latency: LatencySummary;
  /** CPU time of the app's process (not PostgreSQL's, not the load client's) per timed request. */
  serverCpuMsPerRequest: number;
}

async function countOne(ctx: BenchContext, sqlText: string): Promise<number> {
  const result = await ctx.client.query<{ n: string }>(sqlText);
  return Number(result.rows[0]?.n ?? 0);
}

/** Events on every chain: the sum of the chain tips (cheap, and exact: a tip is its chain's length). */
const auditEvents = (ctx: BenchContext) =>
  countOne(ctx, 'select coalesce(sum(seq), 0)::text as n from audit_heads');

/** Grows the data to `scale` practices (from `seeded`), then lets autovacuum's work happen now. */
async function growTo(ctx: BenchContext, seeded: number, scale: number): Promise<number> {
  const started = performance.now();
  const range = { from: seeded + 1, to: scale };
  const now = ctx.deps.clock();
  await seedPractices(ctx.client, range, ctx.passwordHash, now);
  await seedAuditHistory(ctx.client, range, ctx.options.auditEventsPerPractice, now);
  ctx.sessions.push(
    ...(await seedTherapistSessions(ctx.client, range, now, ctx.deps.config.sessionMaxHours)),
  );
  // Fresh statistics and visibility map, as a running installation has after autovacuum.
  await ctx.client.query('vacuum analyze');
  return (performance.now() - started) / 1000;
}

export function caseloadRequests(ctx: BenchContext, practices: number): RequestSpec[] {
  return ctx.sessions
    .filter((session) => session.practice <= practices)
    .map((session) => ({
      method: 'GET',
      path: '/api/clients',
      headers: { cookie: session.cookie, accept: 'application/json' },
    }));
}

/**
 * For each scale: grow the data, then open caseloads over real HTTP, each
 * request a therapist of a practice picked at random among the seeded ones.
 * Every answer must list the therapist's 50 clients, and every request must
 * have appended exactly one audit event.
 */
export async function benchCaseload(ctx: BenchContext): Promise<ScaleFigures[]> {
  const figures: ScaleFigures[] = [];
  let seeded = 0;
  for (const scale of ctx.options.scales) {
    const seedSeconds = await growTo(ctx, seeded, scale);
    seeded = scale;
    const before = await auditEvents(ctx);
    const cpuBefore = process.cpuUsage();
    const result = await runLoad({
      host: ctx.host,
      port: ctx.port,
      requests: caseloadRequests(ctx, scale),
      warmup: ctx.options.warmup,
      count: ctx.options.requests,
      concurrency: ctx.options.concurrency,
      sourceAddresses: null,
      expect: { status: 200, clients: CLIENTS_PER_THERAPIST },
    });
    const cpu = process.cpuUsage(cpuBefore);
    const appended = (await auditEvents(ctx)) - before;
    const expected = ctx.options.warmup + ctx.options.requests;
    if (appended !== expected) {
      throw new Error(`${expected} caseload reads appended ${appended} audit events, not one each`);
    }
    const figure: ScaleFigures = {
      scale,
      practices: await countOne(ctx, 'select count(*)::text as n from practices'),
      users: await countOne(ctx, 'select count(*)::text as n from users'),
      auditEvents: await auditEvents(ctx),
      databaseMb:
        (await countOne(ctx, 'select pg_database_size(current_database())::text as n')) / 1048576,
      seedSeconds,
      latency: summarise(result),
      // The warm-up ran in the same window: its requests count too.
      serverCpuMsPerRequest: (cpu.user + cpu.system) / 1000 / expected,
    };
    figures.push(figure);
    console.log(
      `  ${figure.scale}x: seeded in ${figure.seedSeconds.toFixed(1)} s; p50 ${ms(figure.latency.p50Ms)} ms, ${whole(figure.latency.perSecond)} req/s`,
    );
  }
  return figures;
}

export function printCaseload(ctx: BenchContext, figures: ScaleFigures[]): void {
  const { options } = ctx;
  console.log('');
  console.log(
    `Caseload: GET /api/clients (a therapist's ${CLIENTS_PER_THERAPIST} clients with their care teams, plus one audit append), real HTTP on loopback,`,
  );
  console.log(
    `  keep-alive, concurrency ${options.concurrency}, ${whole(options.requests)} timed requests per scale after ${whole(options.warmup)} warm-up`,
  );
  const rows = [
    [
      'scale',
      'practices',
      'users',
      'audit events',
      'db MB',
      'p50 ms',
      'p99 ms',
      'max ms',
      'req/s',
      'app CPU ms/req',
    ],
    ...figures.map((f) => [
      `${f.scale}x`,
      whole(f.practices),
      whole(f.users),
      whole(f.auditEvents),
      whole(f.databaseMb),
      ms(f.latency.p50Ms),
      ms(f.latency.p99Ms),
      ms(f.latency.maxMs),
      whole(f.latency.perSecond),
      ms(f.serverCpuMsPerRequest),
    ]),
  ];
  console.log(table(rows));
  const first = figures[0];
  const last = figures.at(-1);
  if (first && last && last !== first) {
    console.log(
      `  p50 ${last.scale}x/${first.scale}x: ${ratio(last.latency.p50Ms / first.latency.p50Ms)}` +
        `   p99 ${last.scale}x/${first.scale}x: ${ratio(last.latency.p99Ms / first.latency.p99Ms)}` +
        `   req/s ${last.scale}x/${first.scale}x: ${ratio(last.latency.perSecond / first.latency.perSecond)}` +
        '   (1.00 is a flat curve)',
    );
  }
  if (first?.scale === 1) {
    console.log(
      '  At 1x every request appends to the same practice audit chain, whose tip row each append locks until',
    );
    console.log(
      "  its commit: one practice's caseload reads queue on one another. At 10x and 100x they spread over chains.",
    );
  }
}
