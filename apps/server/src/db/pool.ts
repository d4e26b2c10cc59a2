import pg from 'pg';
import type { Logger } from 'pino';
import { prepareStatementsOn } from './prepared-statements.ts';
import { tandemTypeParsers } from './type-parsers.ts';

export interface PoolOptions {
  poolSize?: number;
  /** Named prepared statements on each connection (the app's pool; never the migrating one). */
  preparedStatements?: boolean;
}

/** One driver for both kinds of database: a `pg` pool with Tandem's type parsers. */
export function createDatabasePool(
  url: string,
  log: Pick<Logger, 'warn'>,
  { poolSize = 10, preparedStatements = false }: PoolOptions = {},
): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    types: tandemTypeParsers,
    max: poolSize,
    connectionTimeoutMillis: 10_000,
    application_name: 'tandem',
    // Server-side date arithmetic in UTC on every server; time zones are the application's job.
    options: '-c TimeZone=UTC',
  });
  // An idle connection that breaks (server restart, network) must not crash the process.
  // Once the pool is ending, a server shutting down its last connections is expected:
  // pool.end() does not wait for them to close, so the embedded server may stop first.
  pool.on('error', (error) => {
    if (!pool.ending) log.warn(`A database connection failed while idle: ${error.message}`);
  });
  // A connection lost while checked out (mid-query, or held by a transaction) makes
  // its client emit 'error' with no pool listener attached: unheard, that event ends
  // the process. The query in flight rejects with the same error (the request answers
  // 503) and the pool drops the broken client on release, so hearing it is enough.
  pool.on('connect', (client) => {
    client.on('error', () => undefined);
    if (preparedStatements) prepareStatementsOn(client);
  });
  return pool;
}
