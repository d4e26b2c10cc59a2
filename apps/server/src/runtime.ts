import type { Logger } from 'pino';
import { buildApp } from './app.ts';
import type { Config } from './config.ts';
import { openDatabase, type Database } from './db/connect.ts';
import { migrateToLatest } from './db/migrate.ts';
import { migrations } from './db/migrations/index.ts';
import type { Deps } from './deps.ts';
import { startHousekeeping } from './jobs/housekeeping.ts';
import { smtpTransport, startOutboxWorker } from './jobs/outbox-sender.ts';
import { seedDemoPractice, type DemoCredentials } from './modules/demo/demo-practice.ts';
import { appVersion } from './version.ts';

export interface RunningTandem {
  url: string;
  database: Database;
  demoCredentials: DemoCredentials[] | null;
  /** Drains HTTP, stops the jobs, closes the pool and stops the embedded PostgreSQL. */
  stop(): Promise<void>;
}

/** Opens (or starts) the database, migrates it, seeds the demo practice, and serves HTTP and jobs. */
export async function startTandem(config: Config, log: Logger): Promise<RunningTandem> {
  const database = await openDatabase(config, log);
  try {
    await migrateToLatest(database.db, migrations, log);
    const demoCredentials = config.demo
      ? await seedDemoPractice(database.db, {
          password: config.demoPassword,
          country: config.defaultCountry,
          now: new Date(),
        })
      : null;
    const deps: Deps = {
      db: database.db,
      config,
      log,
      clock: () => new Date(),
      databaseKind: database.kind,
      version: appVersion,
    };
    const app = await buildApp(deps);
    const address = await app.listen({ port: config.port, host: config.host });
    const transport = config.smtpUrl ? smtpTransport(config.smtpUrl) : null;
    const outbox = transport
      ? startOutboxWorker(database.db, transport, { from: config.mailFrom, now: deps.clock, log })
      : null;
    const housekeeping = startHousekeeping(deps);
    return {
      url: address.replace('127.0.0.1', 'localhost'),
      database,
      demoCredentials,
      async stop() {
        await app.close();
        await outbox?.stop();
        transport?.close();
        await housekeeping.stop();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
