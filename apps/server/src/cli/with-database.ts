import pino from 'pino';
import { loadConfig, type Config } from '../config.ts';
import { openDatabase, type Database } from '../db/connect.ts';
import type { CommandIo } from './command.ts';

/** Opens the configured database (starting the embedded one if needed) for one command, then closes it. */
export async function withDatabase<T>(
  io: CommandIo,
  work: (database: Database, config: Config) => Promise<T>,
): Promise<T> {
  const config = loadConfig(io.env ?? process.env);
  const log = pino({ level: process.env.LOG_LEVEL ?? 'warn' });
  // A command may run beside a running `tandem serve`: share its embedded PostgreSQL.
  const database = await openDatabase(config, log, { whenInUse: 'share' });
  try {
    return await work(database, config);
  } finally {
    await database.close();
  }
}
