import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Config } from './config.ts';
import type { FieldCipher } from './crypto/field-cipher.ts';
import type { DB } from './db/schema.ts';
import type { BackgroundTasks } from './jobs/background-tasks.ts';

/**
 * What services may use, wired once in app.ts and passed explicitly (no hidden
 * singletons). Tests build the same object on a real test database.
 */
export interface Deps {
  db: Kysely<DB>;
  config: Config;
  log: Logger;
  clock: () => Date;
  databaseKind: 'embedded' | 'external';
  version: string;
  /** Work started by a request and finished after its answer; the app drains it on close. */
  background: BackgroundTasks;
  /** Seals and opens free text at rest (crypto/field-cipher.ts, ADR 0014). */
  cipher: FieldCipher;
}
