// The floor: what any HTTP write served by Node can reach on this machine and
// this PostgreSQL, so the submission figures (and the budget "submissions at
// least 0.5 of pgbench") can be read against the cheapest possible server
// rather than against a bare INSERT alone. The floor server is plain
// `node:http` with no framework, no session, no access check, no validation
// schema, no audit chain and no scoring beyond a sum: each POST parses its
// JSON body and writes a response row, a score row and an audit row in ONE
// statement (one round trip, one commit), then answers 201. Tandem's own
// submission does strictly more, so its rate can only be lower than this.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { summarise, type LatencySummary } from './latency-stats.ts';
import { FRESH_ID } from './load-job.ts';
import { postgresCpuMs } from './postgres-cpu.ts';
import { runLoad } from './run-load.ts';

export interface FloorFigures {
  latency: LatencySummary;
  /** This process's CPU per request (the floor server runs in the benchmark's process). */
  serverCpuMsPerRequest: number;
  postgresCpuMsPerRequest: number | null;
}

export interface FloorOptions {
  concurrency: number;
  warmup: number;
  count: number;
  postmasterPid: number | null;
}

const TABLES = ['bench_floor_responses', 'bench_floor_scores', 'bench_floor_audit'] as const;

async function createTables(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`create table bench_floor_responses (
      id uuid primary key, practice_id uuid not null, submitted_at timestamptz not null default now(),
      answers jsonb not null)`);
    await client.query(`create table bench_floor_scores (
      response_id uuid primary key, total int not null)`);
    await client.query(`create table bench_floor_audit (
      id bigint generated always as identity primary key, response_id uuid not null,
      at timestamptz not null default now(), action text not null)`);
  } finally {
    await client.end();
  }
}

async function dropTables(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`drop table if exists ${TABLES.join(', ')}`);
  } finally {
    await client.end();
  }
}

/** Three rows in one statement: autocommit makes it one transaction and one commit. */
const WRITE = {
  name: 'bench-floor-write',
  text: `with r as (insert into bench_floor_responses (id, practice_id, answers) values ($1, $2, $3)
           returning id),
         s as (insert into bench_floor_scores (response_id, total) select id, $4 from r)
         insert into bench_floor_audit (response_id, action) select id, 'measure.submit' from r`,
};

function floorServer(pool: pg.Pool): http.Server {
  return http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        id: string;
        practiceId: string;
        answers: Record<string, number>;
      };
      const total = Object.values(body.answers).reduce((sum, value) => sum + value, 0);
      pool
        .query({ ...WRITE, values: [body.id, body.practiceId, body.answers, total] })
        .then(() => {
          response.writeHead(201, { 'content-type': 'application/json' });
          response.end(JSON.stringify({ id: body.id, total }));
        })
        .catch((error: unknown) => {
          response.writeHead(500, { 'content-type': 'text/plain' });
          response.end(error instanceof Error ? error.message : String(error));
        });
    });
  });
}

/** The floor's rate and latency, driven by the same load client as Tandem's requests. */
export async function measureFloor(url: string, options: FloorOptions): Promise<FloorFigures> {
  await dropTables(url);
  await createTables(url);
  const pool = new pg.Pool({ connectionString: url, max: options.concurrency });
  const server = floorServer(pool);
  try {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const answers = Object.fromEntries(
      Array.from({ length: 9 }, (_, index) => [`phq9-${index + 1}`, index % 4]),
    );
    const body = JSON.stringify({
      id: FRESH_ID,
      practiceId: '2f1d3c4b-5a69-4788-9a0b-1c2d3e4f5a6b',
      answers,
    });
    const postgresBefore =
      options.postmasterPid === null ? null : await postgresCpuMs(options.postmasterPid);
    const cpuBefore = process.cpuUsage();
    const result = await runLoad({
      host: '127.0.0.1',
      port,
      requests: [
        {
          method: 'POST',
          path: '/floor',
          headers: { 'content-type': 'application/json' },
          body,
        },
      ],
      warmup: options.warmup,
      count: options.count,
      concurrency: options.concurrency,
      sourceAddresses: null,
      expect: { status: 201 },
      sampleLocksUrl: null,
    });
    const cpu = process.cpuUsage(cpuBefore);
    const sent = options.warmup + options.count;
    const postgresAfter =
      options.postmasterPid === null ? null : await postgresCpuMs(options.postmasterPid);
    return {
      latency: summarise(result),
      serverCpuMsPerRequest: (cpu.user + cpu.system) / 1000 / sent,
      postgresCpuMsPerRequest:
        postgresBefore === null || postgresAfter === null
          ? null
          : (postgresAfter - postgresBefore) / sent,
    };
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await pool.end();
    await dropTables(url);
  }
}
