import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { buildApp } from './app.ts';
import type { Config } from './config.ts';
import { openKeySource } from './crypto/key-source.ts';
import { openDatabase, type Database } from './db/connect.ts';
import { inspectAppRole } from './db/role-check.ts';
import type { Deps } from './deps.ts';
import { createBackgroundTasks } from './jobs/background-tasks.ts';
import { anchorAuditTips } from './jobs/audit-checkpoints.ts';
import type { JobDeps } from './jobs/job-deps.ts';
import { jobKinds } from './jobs/job-kinds.ts';
import { createJobRunner } from './jobs/job-runner.ts';
import { jobHandlers } from './jobs/handlers.ts';
import { loadOrCreateAnchorKey } from './modules/audit/audit-anchor-file.ts';
import { smtpTransport } from './jobs/outbox-sender.ts';
import { seedDemoPractice, type DemoCredentials } from './modules/demo/demo-practice.ts';
import { StartupError } from './db/startup-error.ts';
import { appVersion } from './version.ts';

export interface RunningTandem {
  url: string;
  database: Database;
  demoCredentials: DemoCredentials[] | null;
  /**
   * Settles (never rejects) if Tandem must stop on its own: its embedded
   * PostgreSQL died and could not be started again. `tandem serve` then
   * stops and exits 1 with this error.
   */
  failed: Promise<StartupError>;
  /** Drains HTTP, stops the jobs, closes the pool and stops the embedded PostgreSQL. */
  stop(): Promise<void>;
}

/** Opens (or starts) the database, migrates it, seeds the demo practice, and serves HTTP and jobs. */
export async function startTandem(config: Config, log: Logger): Promise<RunningTandem> {
  let reportFailure: (error: StartupError) => void = () => undefined;
  const failed = new Promise<StartupError>((resolve) => (reportFailure = resolve));
  const database = await openDatabase(config, log, { onFatal: (error) => reportFailure(error) });
  let keys: Awaited<ReturnType<typeof openKeySource>> | null = null;
  try {
    // After the database started (the embedded one sets up the data folder's permissions)
    // and before anything is written: a keyring that cannot be used stops the start here.
    keys = await openKeySource(config, log, new Date());
    await database.migrate(log);
    await warnAboutAppRole(database, log);
    const demoCredentials = config.demo
      ? await seedDemoPractice(database.db, {
          password: config.demoPassword,
          country: config.defaultCountry,
          now: new Date(),
          cipher: keys.cipher,
        })
      : null;
    const deps: Deps = {
      db: database.db,
      config,
      log,
      clock: () => new Date(),
      databaseKind: database.kind,
      background: createBackgroundTasks(log),
      version: appVersion,
      cipher: keys.cipher,
    };
    const anchorKey = await loadAnchorKeyOrExplain(config.auditKeyFile);
    const transport = config.smtpUrl ? smtpTransport(config.smtpUrl) : null;
    const jobDeps: JobDeps = {
      db: deps.db,
      config,
      log,
      clock: deps.clock,
      mail: transport,
      auditAnchoring: {
        privateKey: anchorKey,
        anchorFile: config.auditAnchorFile,
        intervalMs: config.auditAnchorIntervalSeconds * 1000,
        lastAnchored: new Map(),
      },
    };
    const jobs = createJobRunner(
      jobDeps,
      { kinds: jobKinds, handlers: jobHandlers },
      { pollIntervalMs: config.jobPollMs },
    );
    const app = await buildApp(deps);
    const address = await listenOrExplain(app, config);
    // Housekeeping, the outbox sweep and audit checkpoints are jobs (jobs/handlers.ts); a
    // period missed while Tandem was down is due at once.
    jobs.start();
    return {
      url: address.replace('127.0.0.1', 'localhost'),
      database,
      demoCredentials,
      failed,
      async stop() {
        try {
          await app.close();
          await jobs.stop();
          transport?.close();
          // After HTTP has drained: this instance's last checkpoint holds every event it wrote.
          await anchorAuditTips(jobDeps, deps.clock()).catch((error: unknown) =>
            log.warn({ err: error }, 'audit checkpoint failed'),
          );
        } finally {
          keys?.stop();
          // Whatever failed above, PostgreSQL is stopped: an embedded server must not outlive Tandem.
          await database.close();
        }
      },
    };
  } catch (error) {
    keys?.stop();
    await database.close();
    throw error;
  }
}

/** Listen on PORT and HOST, or close the app and say why not and what to do. */
async function listenOrExplain(
  app: FastifyInstance,
  config: Pick<Config, 'port' | 'host'>,
): Promise<string> {
  try {
    return await app.listen({ port: config.port, host: config.host });
  } catch (cause) {
    await app.close();
    const code = typeof cause === 'object' && cause !== null && 'code' in cause ? cause.code : '';
    const where = `${config.host}:${config.port}`;
    if (code === 'EADDRINUSE') {
      throw new StartupError(
        'HTTP_PORT_IN_USE',
        `Tandem cannot serve HTTP on ${where}: another program (perhaps another Tandem) is listening there.`,
        `Stop that program, or choose another port, e.g. PORT=${config.port === 65535 ? 3000 : config.port + 1}.`,
        { cause },
      );
    }
    if (code === 'EACCES') {
      throw new StartupError(
        'HTTP_LISTEN_FAILED',
        `Tandem may not listen on port ${config.port}: ports below 1024 need special rights.`,
        'Use a port of 1024 or above (PORT=3000) and put a reverse proxy on 80/443 in front of Tandem.',
        { cause },
      );
    }
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
      throw new StartupError(
        'HTTP_LISTEN_FAILED',
        `Tandem cannot listen on the address HOST=${config.host}: this machine has no such address.`,
        'Set HOST to an address of this machine: 127.0.0.1 (this machine only) or 0.0.0.0 (every network).',
        { cause },
      );
    }
    throw new StartupError(
      'HTTP_LISTEN_FAILED',
      `Tandem cannot serve HTTP on ${where} (${cause instanceof Error ? cause.message : String(cause)}).`,
      'Check PORT and HOST.',
      { cause },
    );
  }
}

/** The audit signing key, made on first start; a clear startup error when it cannot be. */
async function loadAnchorKeyOrExplain(file: string) {
  try {
    return await loadOrCreateAnchorKey(file);
  } catch (cause) {
    throw new StartupError(
      'AUDIT_KEY_UNUSABLE',
      `Tandem cannot read or create its audit signing key ${file} (${cause instanceof Error ? cause.message : String(cause)}).`,
      'Let Tandem write that folder, or point TANDEM_AUDIT_KEY_FILE at a readable Ed25519 private key (PEM).',
      { cause },
    );
  }
}

/**
 * A single role that migrates and serves (DATABASE_URL without
 * DATABASE_OWNER_URL), or a superuser, works, and CI and developers use one;
 * but it can rewrite the schema and the audit log, so say so at every start.
 */
async function warnAboutAppRole(database: Database, log: Logger): Promise<void> {
  const report = await inspectAppRole(database.db);
  for (const problem of report.problems) log.warn(problem);
  if (report.problems.length > 0) log.warn(report.fix);
}
