import { ephemeralCipher } from '../crypto/ephemeral-cipher.ts';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import pino from 'pino';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { createBackgroundTasks } from '../jobs/background-tasks.ts';
import type { DB } from '../db/schema.ts';
import { appVersion } from '../version.ts';

/**
 * The OpenAPI document, generated from the route schemas. Building the app
 * needs no database: the pool below is never connected (pg pools connect lazily).
 */
export async function generateOpenApiDocument(): Promise<string> {
  const pool = new pg.Pool({ max: 1 });
  const app = await buildApp(
    {
      db: new Kysely<DB>({ dialect: new PostgresDialect({ pool }) }),
      config: { ...loadConfig({}), webDist: null },
      log: pino({ level: 'silent' }),
      clock: () => new Date(),
      databaseKind: 'embedded',
      background: createBackgroundTasks(pino({ level: 'silent' })),
      version: appVersion,
      cipher: ephemeralCipher(),
    },
    { logger: false, serveWeb: false },
  );
  try {
    return `${JSON.stringify(app.swagger(), null, 2)}\n`;
  } finally {
    await app.close();
    await pool.end();
  }
}
