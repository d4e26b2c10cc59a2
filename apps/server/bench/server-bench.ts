// The server benchmark (`npm run bench -w apps/server`): caseload reads at
// 1x, 10x and 100x data, sign-in throughput, and raw single-row INSERT
// throughput of the same PostgreSQL as the reference. It prints figures and
// asserts nothing about time (two shared cores are noisy); it does fail when
// an answer is wrong, since a figure measured on errors is no figure.
//
//   BENCH_SCALES=1,10,100  BENCH_REQUESTS=2000  BENCH_WARMUP=200  BENCH_CONCURRENCY=8
//   BENCH_SIGN_INS=300  BENCH_AUDIT_EVENTS=2000 (per practice)  BENCH_PGBENCH_SECONDS=10
//   BENCH_RAW_INSERTS=5000 (Node fallback)  BENCH_VERIFY_AUDIT=1
//   DATABASE_URL=postgres://…/postgres  (an admin URL: a scratch database is made and dropped)
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
import { benchCaseload, printCaseload } from './caseload-bench.ts';
import { explainCaseload } from './caseload-explain.ts';
import { ratio, whole } from './latency-stats.ts';
import { QueryRecorder } from './query-recorder.ts';
import { measureRawInserts } from './raw-insert.ts';
import { benchSignIn } from './sign-in-bench.ts';

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
    url: database.url,
    client,
    recorder,
    sessions: [],
    passwordHash: await hashPassword(BENCH_PASSWORD),
  };
  console.log('');
  console.log('Seeding and measuring each scale:');
  const figures = await benchCaseload(ctx);
  printCaseload(ctx, figures);
  const largest = options.scales.at(-1) ?? 1;
  await explainCaseload(ctx, largest);
  await benchSignIn(ctx, largest);

  const raw = await measureRawInserts(database.ownerUrl, {
    concurrency: options.concurrency,
    pgbenchSeconds: options.pgbenchSeconds,
    nodeInserts: options.rawInserts,
  });
  console.log('');
  console.log(`Raw PostgreSQL single-row INSERT (one statement per commit), same server and run:`);
  console.log(`  ${raw.tool}`);
  console.log(
    `  ${whole(raw.insertsPerSecond)} inserts/s (${whole(raw.inserts)} rows${raw.latencyMs === null ? '' : `, average latency ${raw.latencyMs.toFixed(2)} ms`})`,
  );
  console.log(
    '  Caseload req/s as a ratio of raw inserts/s (each caseload read commits one audit append):',
  );
  for (const figure of figures) {
    console.log(`    ${figure.scale}x: ${ratio(figure.latency.perSecond / raw.insertsPerSecond)}`);
  }

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
