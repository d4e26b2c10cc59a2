import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import pino from 'pino';
import { buildApp } from '../app.ts';
import { loadConfig, type Config } from '../config.ts';
import type { Deps } from '../deps.ts';
import { createBackgroundTasks } from '../jobs/background-tasks.ts';
import { testCipher } from './test-cipher.ts';
import { createTestDatabase } from './test-database.ts';

export interface TestContext {
  app: FastifyInstance;
  deps: Deps;
  /** Moves the app's clock (idle timeouts, token expiry). */
  advanceClock(ms: number): void;
  /** The app's database as a superuser, for tests that tamper as an attacker would. */
  superuser(): Kysely<DB>;
  close(): Promise<void>;
}

/** The real app on a fresh, migrated database of its own; one per test file. */
export async function createTestApp(overrides: Partial<Config> = {}): Promise<TestContext> {
  const database = await createTestDatabase();
  let offsetMs = 0;
  const log = pino({ level: 'silent' });
  const config: Config = {
    ...loadConfig({ TANDEM_PUBLIC_URL: 'http://tandem.test' }),
    smtpUrl: null,
    webDist: null,
    ...overrides,
  };
  const deps: Deps = {
    db: database.db,
    config,
    log,
    clock: () => new Date(Date.now() + offsetMs),
    databaseKind: database.kind,
    background: createBackgroundTasks(log),
    version: 'test',
    cipher: testCipher(),
  };
  const app = await buildApp(deps, { logger: false, serveWeb: false });
  return {
    app,
    deps,
    advanceClock: (ms) => {
      offsetMs += ms;
    },
    superuser: () => database.superuser(),
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
