// The server benchmark (`npm run bench -w apps/server`): opening a caseload
// and submitting a measure at 1x, 10x and 100x data (a year of weekly PHQ-9
// and GAD-7 per client, seeded in SQL), a CPU profile of both, sign-in
// throughput, and raw single-row INSERT throughput of the same PostgreSQL
// (pgbench) as the reference, with the budgets printed beside the figures.
// It asserts nothing about time (two shared cores are noisy); it does fail
// when an answer is wrong, since a figure measured on errors is no figure.
//
//   BENCH_SCALES=1,10,100  BENCH_REQUESTS=2000 (caseloads)  BENCH_SUBMITS=2000  BENCH_WARMUP=200
//   BENCH_CONCURRENCY=8  BENCH_SIGN_INS=300  BENCH_AUDIT_EVENTS=2000 (per practice)
//   BENCH_PGBENCH_SECONDS=10  BENCH_RAW_INSERTS=5000 (Node fallback)  BENCH_VERIFY_AUDIT=1
//   BENCH_SEED_CONNECTIONS=2  BENCH_PROFILE=1  BENCH_PROFILE_REQUESTS=1000  BENCH_PROFILE_DIR=(unset)
//   DATABASE_URL=postgres://…/postgres  (an admin URL: a scratch database is made and dropped)
import { ephemeralCipher } from '../src/crypto/ephemeral-cipher.ts';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import pino from 'pino';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import type { Deps } from '../src/deps.ts';
import { createBackgroundTasks } from '../src/jobs/background-tasks.ts';
import { hashPassword } from '../src/modules/auth/password.ts';
import { verifyAuditChains } from '../src/modules/audit/audit-verify.ts';
import type { BenchContext } from './bench-context.ts';
import { openBenchDatabase, type BenchDatabase } from './bench-database.ts';
import { BENCH_PASSWORD, benchUuidSql } from './bench-ids.ts';
import { benchOptionsFrom } from './bench-options.ts';
import { benchCaseload, caseloadRequests } from './caseload-bench.ts';
import { growTo } from './grow-data.ts';
import { ms, ratio, whole } from './latency-stats.ts';
import { benchShapes } from './measure-shapes.ts';
import { printBudgets, printData, printRuns } from './print-figures.ts';
import { profileApp } from './profile-run.ts';
import { QueryRecorder } from './query-recorder.ts';
import { measureRawInserts } from './raw-insert.ts';
import { explainRequest } from './request-explain.ts';
import { measureFloor } from './floor-bench.ts';
import { dataFigures, type ScaleFigures } from './scale-figures.ts';
import { touchBenchSessions } from './seed-sessions.ts';
import { benchSignIn } from './sign-in-bench.ts';
import { benchSubmit, submitRequests } from './submit-bench.ts';

const HOST = '127.0.0.1';
const options = benchOptionsFrom(process.env);
const log = pino({ level: 'warn' });
const startedAt = performance.now();

let bench: BenchDatabase | null = null;
let app: FastifyInstance | null = null;
let client: pg.Client | null = null;
let cleaning: Promise<void> | undefined;

/** Server, pool, embedded PostgreSQL and its folder (or the scratch database): once, whatever happened. */
function cleanUp(): Promise<void> {
  return (cleaning ??= (async () => {
    await client?.end().catch(() => undefined);
    await app?.close().catch(() => undefined);
    await bench?.cleanUp();
  })());
}

// Ctrl-C reaches this process twice (from the terminal, and relayed by tsx): the listener
// stays, so the second signal finds one and cannot end the process half-way through cleaning up.
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\n${signal}: cleaning up the benchmark database before exiting.`);
    void cleanUp().finally(() => process.exit(130));
  });
}

async function serverFacts(pgClient: pg.Client) {
  const result = await pgClient.query<Record<string, string>>(
    `select current_setting('server_version') as version, current_setting('shared_buffers') as shared_buffers,
            current_setting('fsync') as fsync, current_setting('synchronous_commit') as synchronous_commit`,
  );
  return result.rows[0] ?? {};
}

async function main(): Promise<void> {
  const cpus = os.cpus();
  console.log(`Tandem server benchmark: node ${process.version}, ${os.platform()} ${os.arch()}`);
  console.log(
    `  ${cpus.length} CPU (${cpus[0]?.model.trim() ?? '?'}), load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} at start`,
  );
  console.log(
    `  scales ${options.scales.map((s) => `${s}x`).join(', ')}; 1x = 1 practice: 10 therapists, 1 supervisor, 1 admin, 500 clients (50 per care team),`,
  );
  console.log(
    '  each client with weekly PHQ-9 and GAD-7 for a year (occasions, responses, alerts, standings; no daily check-ins yet),',
  );
  console.log(`  ${whole(options.auditEventsPerPractice)} audit events of history per practice`);

  bench = await openBenchDatabase(options.databaseUrl, log);
  const { database } = bench;
  // Seeding, VACUUM and the raw-insert table need the owner; the app itself runs as the app role.
  client = new pg.Client({ connectionString: database.ownerUrl, application_name: 'tandem-bench' });
  await client.connect();
  await client.query(benchUuidSql);
  const facts = await serverFacts(client);
  console.log(
    `  PostgreSQL ${facts.version ?? '?'}: ${bench.where}; shared_buffers ${facts.shared_buffers ?? '?'}, fsync ${facts.fsync ?? '?'}, synchronous_commit ${facts.synchronous_commit ?? '?'}`,
  );

  const recorder = new QueryRecorder();
  const config = {
    ...loadConfig({ TANDEM_PUBLIC_URL: 'http://bench.tandem.test' }),
    smtpUrl: null,
    webDist: null,
    logLevel: 'warn',
  };
  const deps: Deps = {
    db: database.db.withPlugin(recorder),
    config,
    log,
    clock: () => new Date(),
    databaseKind: database.kind,
    background: createBackgroundTasks(log),
    version: 'bench',
    cipher: ephemeralCipher(),
  };
  // The production wiring (app.ts), without request logging: the same as the HTTP tests.
  app = await buildApp(deps, { logger: false, serveWeb: false });
  await app.listen({ host: HOST, port: 0 });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('the app is not listening');

  const ctx: BenchContext = {
    options,
    deps,
    host: HOST,
    port: address.port,
    ownerUrl: database.ownerUrl,
    client,
    recorder,
    postmasterPid: bench.postmasterPid,
    therapistSessions: [],
    clientSessions: [],
    shapes: benchShapes(),
    passwordHash: await hashPassword(BENCH_PASSWORD),
  };
  console.log('');
  console.log('Seeding and measuring each scale:');
  const figures: ScaleFigures[] = [];
  let seeded = 0;
  for (const scale of options.scales) {
    const growth = await growTo(ctx, seeded, scale);
    seeded = scale;
    await touchBenchSessions(client, deps.clock());
    const data = await dataFigures(ctx);
    const caseload = await benchCaseload(ctx, scale);
    const submit = await benchSubmit(ctx, scale);
    figures.push({ scale, data, growth, caseload, submit });
    const seedSeconds = growth.peopleSeconds + growth.measuresSeconds + growth.vacuumSeconds;
    console.log(
      `  ${scale}x: seeded in ${seedSeconds.toFixed(1)} s; caseload p99 ${ms(caseload.latency.p99Ms)} ms, ${whole(caseload.latency.perSecond)} req/s; submit p99 ${ms(submit.latency.p99Ms)} ms, ${whole(submit.latency.perSecond)} req/s`,
    );
  }
  printData(figures);
  printRuns(options, figures);

  const largest = options.scales.at(-1) ?? 1;
  const caseloadSpec = caseloadRequests(ctx, largest)[0];
  const submitSpec = submitRequests(ctx, largest).find((spec) => spec.expectCrisis === false);
  if (!caseloadSpec || !submitSpec) throw new Error('no seeded session to explain a request with');
  await touchBenchSessions(client, deps.clock());
  await explainRequest(ctx, caseloadSpec, `one caseload request at ${largest}x`, [
    'users',
    'care_team',
    'client_records',
    'measure_status',
    'alerts',
    'measure_assignments',
    'measure_occasions',
    'audit_events',
  ]);
  await explainRequest(ctx, submitSpec, `one submission (no alert) at ${largest}x`, [
    'sessions',
    'client_records',
    'idempotency_keys',
    'measure_assignments',
    'measure_responses',
    'measure_status',
    'audit_events',
  ]);
  if (options.profile) await profileApp(ctx, largest);
  await benchSignIn(ctx, largest);

  const raw = await measureRawInserts(database.ownerUrl, {
    concurrency: options.concurrency,
    pgbenchSeconds: options.pgbenchSeconds,
    nodeInserts: options.rawInserts,
    postmasterPid: bench.postmasterPid,
  });
  console.log('');
  console.log(`Raw PostgreSQL single-row INSERT (one statement per commit), same server and run:`);
  console.log(`  ${raw.tool}`);
  console.log(
    `  ${whole(raw.insertsPerSecond)} inserts/s (${whole(raw.inserts)} rows${raw.latencyMs === null ? '' : `, average latency ${raw.latencyMs.toFixed(2)} ms`}${raw.postgresCpuMsPerInsert === null ? '' : `, PostgreSQL CPU ${ms(raw.postgresCpuMsPerInsert)} ms per insert`})`,
  );
  console.log(
    '  As a ratio of raw inserts/s (each request commits one transaction with an audit append):',
  );
  for (const { scale, caseload, submit } of figures) {
    console.log(
      `    ${scale}x: submissions ${ratio(submit.latency.perSecond / raw.insertsPerSecond)}, caseloads ${ratio(caseload.latency.perSecond / raw.insertsPerSecond)}`,
    );
  }
  const floor = await measureFloor(database.ownerUrl, {
    concurrency: options.concurrency,
    warmup: options.warmup,
    count: options.submits,
    postmasterPid: bench.postmasterPid,
  });
  console.log('');
  console.log(
    'The floor: plain node:http, no framework, session, access check, validation, audit chain or scoring;',
  );
  console.log(
    '  each POST parses its JSON and writes three rows (response, score, audit) in ONE statement and commit,',
  );
  console.log(
    `  the same load client, ${options.concurrency} in flight, ${whole(options.submits)} timed after ${whole(options.warmup)} warm-up:`,
  );
  console.log(
    `  p50 ${ms(floor.latency.p50Ms)} ms   p99 ${ms(floor.latency.p99Ms)} ms   ${whole(floor.latency.perSecond)} req/s   server CPU ${ms(floor.serverCpuMsPerRequest)} ms/req${floor.postgresCpuMsPerRequest === null ? '' : `   PG CPU ${ms(floor.postgresCpuMsPerRequest)} ms/req`}`,
  );
  console.log(
    `  ${ratio(floor.latency.perSecond / raw.insertsPerSecond)} of the pgbench rate: the most a submission served over HTTP by Node can reach on this machine.`,
  );
  for (const { scale, submit } of figures) {
    console.log(
      `    ${scale}x: Tandem's submissions are ${ratio(submit.latency.perSecond / floor.latency.perSecond)} of the floor's rate`,
    );
  }
  printBudgets(figures, raw.insertsPerSecond);

  if (options.verifyAudit) {
    const started = performance.now();
    const report = await verifyAuditChains(database.db);
    const seconds = (performance.now() - started) / 1000;
    console.log('');
    console.log(
      `Audit chains after the run: ${whole(report.chains)} chains, ${whole(report.events)} events, ${report.problems.length} problems (verified in ${seconds.toFixed(1)} s)`,
    );
    if (report.problems.length > 0) {
      throw new Error(
        `the audit chains are broken: ${JSON.stringify(report.problems.slice(0, 3))}`,
      );
    }
  }
}

try {
  await main();
} finally {
  await cleanUp();
  console.log('');
  console.log(
    `Done in ${((performance.now() - startedAt) / 1000).toFixed(0)} s; the benchmark database is gone.`,
  );
}
