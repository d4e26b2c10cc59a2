import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import pg from 'pg';
import { postgresCpuMs } from './postgres-cpu.ts';

const run = promisify(execFile);

/** Debian's postgresql-client; the versioned path first (the wrapper picks by cluster). */
const PGBENCH_PATHS = ['/usr/lib/postgresql/15/bin/pgbench', '/usr/bin/pgbench'];

export interface RawInsertFigure {
  /** What measured it, e.g. "pgbench 15.20, 8 clients, 2 threads, 10 s". */
  tool: string;
  insertsPerSecond: number;
  inserts: number;
  latencyMs: number | null;
  /** CPU of every PostgreSQL process per insert (embedded server only), or null. */
  postgresCpuMsPerInsert: number | null;
}

const TABLE = 'bench_raw_insert';
/** One row, one statement, one commit: the cheapest durable write the server can do. */
const INSERT = `insert into ${TABLE} (practice_id, payload) values ('2f1d3c4b-5a69-4788-9a0b-1c2d3e4f5a6b', 'x')`;

async function createTable(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`create table ${TABLE} (
      id bigint generated always as identity primary key,
      practice_id uuid not null,
      created_at timestamptz not null default now(),
      payload text not null)`);
  } finally {
    await client.end();
  }
}

async function countRows(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ n: number }>(`select count(*)::int as n from ${TABLE}`);
    return result.rows[0]?.n ?? 0;
  } finally {
    await client.end();
  }
}

/** The URL's parts as libpq environment variables: the password never shows in the process list. */
function libpqEnvironment(url: string): NodeJS.ProcessEnv {
  const parsed = new URL(url);
  return {
    ...process.env,
    PGHOST: parsed.hostname,
    PGPORT: parsed.port || '5432',
    PGUSER: decodeURIComponent(parsed.username),
    PGPASSWORD: decodeURIComponent(parsed.password),
    PGDATABASE: decodeURIComponent(parsed.pathname.slice(1)),
    ...(parsed.searchParams.get('sslmode')
      ? { PGSSLMODE: parsed.searchParams.get('sslmode') ?? '' }
      : {}),
  };
}

async function withPgbench(
  pgbench: string,
  url: string,
  concurrency: number,
  seconds: number,
): Promise<RawInsertFigure> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tandem-bench-pgbench-'));
  try {
    const script = path.join(dir, 'insert.sql');
    await writeFile(script, `${INSERT};\n`);
    const threads = Math.min(concurrency, os.cpus().length);
    const version = (await run(pgbench, ['--version'])).stdout
      .trim()
      .replace(/^pgbench \(PostgreSQL\) /, '');
    const { stdout } = await run(
      pgbench,
      ['-n', '-c', String(concurrency), '-j', String(threads), '-T', String(seconds), '-f', script],
      { env: libpqEnvironment(url) },
    );
    const tps = /tps = ([\d.]+) \(without initial connection time\)/.exec(stdout)?.[1];
    const processed = /number of transactions actually processed: (\d+)/.exec(stdout)?.[1];
    const latency = /latency average = ([\d.]+) ms/.exec(stdout)?.[1];
    if (tps === undefined || processed === undefined) {
      throw new Error(`pgbench printed no tps:\n${stdout}`);
    }
    const rows = await countRows(url);
    if (rows !== Number(processed)) {
      throw new Error(`pgbench reports ${processed} inserts but the table holds ${rows} rows`);
    }
    return {
      tool: `pgbench ${version} (${pgbench}), ${concurrency} clients, ${threads} threads, ${seconds} s`,
      insertsPerSecond: Number(tps),
      inserts: rows,
      latencyMs: latency === undefined ? null : Number(latency),
      postgresCpuMsPerInsert: null,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function withNodeLoop(
  url: string,
  concurrency: number,
  total: number,
): Promise<RawInsertFigure> {
  const pool = new pg.Pool({ connectionString: url, max: concurrency });
  try {
    // Connections open before the clock starts, as pgbench's figure excludes them too.
    const clients = await Promise.all(Array.from({ length: concurrency }, () => pool.connect()));
    clients.forEach((client) => client.release());
    let issued = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        const client = await pool.connect();
        try {
          while (issued < total) {
            issued += 1;
            await client.query(INSERT);
          }
        } finally {
          client.release();
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const rows = await countRows(url);
    if (rows !== total) throw new Error(`${total} inserts made but the table holds ${rows} rows`);
    return {
      tool: `Node loop over pg (no pgbench found at ${PGBENCH_PATHS.join(' or ')}), ${concurrency} connections, ${total} inserts`,
      insertsPerSecond: total / seconds,
      inserts: total,
      latencyMs: (seconds * 1000 * concurrency) / total,
      postgresCpuMsPerInsert: null,
    };
  } finally {
    await pool.end();
  }
}

/**
 * Single-row INSERT throughput on the benchmark's own server and database,
 * one statement per transaction at the benchmark's concurrency: pgbench when
 * Debian's postgresql-client is installed, else a Node loop over pg.
 */
export async function measureRawInserts(
  url: string,
  options: {
    concurrency: number;
    pgbenchSeconds: number;
    nodeInserts: number;
    postmasterPid: number | null;
  },
): Promise<RawInsertFigure> {
  await createTable(url);
  const pgbench = PGBENCH_PATHS.find((candidate) => existsSync(candidate));
  const postmaster = options.postmasterPid;
  const before = postmaster === null ? null : await postgresCpuMs(postmaster);
  const figure = await (pgbench
    ? withPgbench(pgbench, url, options.concurrency, options.pgbenchSeconds)
    : withNodeLoop(url, options.concurrency, options.nodeInserts));
  if (postmaster === null || before === null) return figure;
  // The table's creation and final count fall in the window too: a few statements among thousands.
  const used = (await postgresCpuMs(postmaster)) - before;
  return { ...figure, postgresCpuMsPerInsert: used / figure.inserts };
}
