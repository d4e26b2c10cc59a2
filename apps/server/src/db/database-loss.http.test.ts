import Fastify from 'fastify';
import { sql, type Kysely } from 'kysely';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerErrorHandler } from '../http/error-handler.ts';
import { createTestPractice, type TestPractice } from '../testing/builders.ts';
import { createTestApp, type TestContext } from '../testing/test-app.ts';
import { TestAgent } from '../testing/test-agent.ts';
import type { DB } from './schema.ts';

/**
 * Losing the database connection mid-request (a restart, a failover, an
 * operator ending sessions) must cost the callers a 503 they may retry, never
 * the process: an 'error' event on a checked-out `pg` client with no listener
 * would end Node, and every later caller would get "connection refused".
 */
let ctx: TestContext;
let practice: TestPractice;
let admin: Kysely<DB>;

beforeAll(async () => {
  ctx = await createTestApp();
  practice = await createTestPractice(ctx.deps, { therapists: 1, clients: 2 });
  admin = ctx.superuser();
});
afterAll(async () => ctx.close());

/** Ends every connection of the app's pool, as `pg_terminate_backend` by an operator would. */
async function terminateAppConnections(): Promise<number> {
  const result = await sql<{ n: number }>`
    select count(pg_terminate_backend(pid))::int as n from pg_stat_activity
    where datname = current_database() and usename <> current_user`.execute(admin);
  return result.rows[0]?.n ?? 0;
}

async function appBackendsWaitingOnLocks(): Promise<number> {
  const result = await sql<{ n: number }>`
    select count(*)::int as n from pg_stat_activity
    where datname = current_database() and usename <> current_user and wait_event_type = 'Lock'`.execute(
    admin,
  );
  return result.rows[0]?.n ?? 0;
}

function expectRetryableOrOk(response: LightMyRequestResponse): void {
  if (response.statusCode === 200) return;
  expect(response.statusCode, response.body).toBe(503);
  expect(response.json()).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
  expect(response.headers['retry-after']).toBe('5');
}

describe('a lost database connection', () => {
  it('answers the requests in flight with 503 and Retry-After, and the next ones normally', async () => {
    const therapist = await new TestAgent(ctx.app).actAs(ctx.deps, practice.therapists[0]!);
    expect((await therapist.get('/api/clients')).statusCode).toBe(200);

    // Hold the requests mid-transaction: each caseload read appends its audit event in the
    // transaction that reads, and waits there for the lock on the chain's tip. Cut then, the
    // rollback is still on the client when the connection's end arrives: the case that crashed.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const lockTaken = new Promise<void>((resolve) => (locked = resolve));
    const holder = admin.transaction().execute(async (trx) => {
      await sql`lock table audit_heads in access exclusive mode`.execute(trx);
      locked();
      await held;
    });
    await lockTaken;
    const inFlight = Array.from({ length: 4 }, () => therapist.get('/api/clients'));
    const deadline = Date.now() + 10_000;
    while ((await appBackendsWaitingOnLocks()) < 4) {
      if (Date.now() > deadline) throw new Error('the requests never reached the database');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(await terminateAppConnections()).toBeGreaterThanOrEqual(4);
    release();
    await holder;

    const answers = await Promise.all(inFlight);
    for (const answer of answers) {
      expect(answer.statusCode, answer.body).toBe(503);
      expectRetryableOrOk(answer);
    }

    // Between requests too: connections cut while idle in the pool, then straight back to work.
    for (let round = 0; round < 3; round++) {
      await terminateAppConnections();
      const burst = await Promise.all([
        therapist.get('/api/clients'),
        therapist.get(`/api/clients/${practice.clients[0]!.id}`),
        new TestAgent(ctx.app).get('/api/health'),
      ]);
      burst.forEach(expectRetryableOrOk);
    }

    // The pool reconnects: the next requests succeed.
    let next = await therapist.get('/api/clients');
    for (let tries = 0; next.statusCode !== 200 && tries < 5; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      next = await therapist.get('/api/clients');
    }
    expect(next.statusCode).toBe(200);
    expect((await new TestAgent(ctx.app).get('/api/health')).statusCode).toBe(200);
  });
});

describe('the error handler', () => {
  it('answers any database outage with 503 and Retry-After', async () => {
    const app = Fastify({ logger: false });
    registerErrorHandler(app);
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
      code: 'ECONNREFUSED',
    });
    app.get('/refused', () => {
      throw refused;
    });
    app.get('/terminated', () => {
      throw new Error('Connection terminated unexpectedly');
    });
    await app.ready();
    for (const url of ['/refused', '/terminated']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(503);
      expect(response.headers['retry-after'], url).toBe('5');
      expect(response.json(), url).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    }
    await app.close();
  });
});
