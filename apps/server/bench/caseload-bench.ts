import type { BenchContext } from './bench-context.ts';
import { CLIENTS_PER_THERAPIST } from './bench-ids.ts';
import type { RequestSpec } from './load-job.ts';
import { timedRun, type RunFigures } from './timed-run.ts';

/** Events on every chain: the sum of the chain tips (cheap, and exact: a tip is its chain's length). */
export async function auditEvents(ctx: BenchContext): Promise<number> {
  const result = await ctx.client.query<{ n: string }>(
    'select coalesce(sum(seq), 0)::text as n from audit_heads',
  );
  return Number(result.rows[0]?.n ?? 0);
}

/**
 * Audit events of these actions only: background jobs (an alert's notices,
 * digests, reminders) append their own events while a run goes on, and
 * those are no request's doing.
 */
export async function auditEventsOf(
  ctx: BenchContext,
  actions: readonly string[],
): Promise<number> {
  const result = await ctx.client.query<{ n: number }>(
    'select count(*)::int as n from audit_events where action = any($1::text[])',
    [actions],
  );
  return result.rows[0]?.n ?? 0;
}

/** The therapist's home as the web app opens it: POST /api/caseload with the default query. */
export function caseloadRequests(ctx: BenchContext, practices: number): RequestSpec[] {
  return ctx.therapistSessions
    .filter((session) => session.practice <= practices)
    .map((session) => ({
      method: 'POST',
      path: '/api/caseload',
      headers: {
        cookie: session.cookie,
        'x-csrf-token': session.csrf,
        'content-type': 'application/json',
        accept: 'application/json',
      },
      body: '{}',
    }));
}

/**
 * Opens caseloads over real HTTP, each request a therapist of a practice
 * picked at random among the seeded ones. Every answer must list the
 * therapist's 50 clients, and every request must have appended exactly one
 * audit event.
 */
export async function benchCaseload(ctx: BenchContext, scale: number): Promise<RunFigures> {
  const before = await auditEvents(ctx);
  const figures = await timedRun(
    ctx,
    caseloadRequests(ctx, scale),
    { status: 200, clients: CLIENTS_PER_THERAPIST },
    ctx.options.requests,
  );
  const appended = (await auditEvents(ctx)) - before;
  const expected = ctx.options.warmup + ctx.options.requests;
  if (appended !== expected) {
    throw new Error(`${expected} caseload reads appended ${appended} audit events, not one each`);
  }
  return figures;
}
