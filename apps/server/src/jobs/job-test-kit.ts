import { sql, type Kysely } from 'kysely';
import pino, { type Logger } from 'pino';
import type { DB } from '../db/schema.ts';
import type { TestDatabase } from '../testing/test-database.ts';

/** For the job tests only: a clock the test moves, a log it reads, a table handlers write to. */

export interface ManualClock {
  now: () => Date;
  advance(ms: number): void;
}

export function manualClock(startIso: string): ManualClock {
  let time = new Date(startIso).getTime();
  return {
    now: () => new Date(time),
    advance: (ms) => {
      time += ms;
    },
  };
}

/** A pino logger whose lines the test can read (pino writes to a plain object synchronously). */
export function capturingLog(): { log: Logger; lines: () => Record<string, unknown>[] } {
  const written: string[] = [];
  const log = pino({ level: 'debug' }, { write: (line: string) => written.push(line) });
  return {
    log,
    lines: () => written.map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

/**
 * `job_runs`: one row per committed run, written by test handlers in the job's
 * transaction. Made by the superuser (the app role cannot create tables) and
 * granted to the app role, as a migration's table would be.
 */
export async function createJobRunsTable(database: TestDatabase): Promise<void> {
  const role = await sql<{ name: string }>`select current_user as name`.execute(database.db);
  const app = role.rows[0]?.name ?? '';
  await sql`create table job_runs (job_id uuid not null, runner text not null, note text)`.execute(
    database.superuser(),
  );
  await sql`grant select, insert, delete on job_runs to ${sql.id(app)}`.execute(
    database.superuser(),
  );
}

export async function recordJobRun(
  trx: Kysely<DB>,
  run: { jobId: string; runner: string; note?: string },
): Promise<void> {
  await sql`insert into job_runs (job_id, runner, note) values (${run.jobId}, ${run.runner}, ${run.note ?? null})`.execute(
    trx,
  );
}

export async function jobRuns(
  db: Kysely<DB>,
): Promise<{ job_id: string; runner: string; note: string | null }[]> {
  const result = await sql<{
    job_id: string;
    runner: string;
    note: string | null;
  }>`select job_id, runner, note from job_runs order by job_id`.execute(db);
  return result.rows;
}
