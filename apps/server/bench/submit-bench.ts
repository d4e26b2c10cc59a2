import type { BenchContext } from './bench-context.ts';
import { auditEventsOf } from './caseload-bench.ts';
import { FRESH_ID, type RequestSpec } from './load-job.ts';
import type { InstrumentShape } from './measure-shapes.ts';
import { timedRun, type RunFigures } from './timed-run.ts';

/** Every 20th client's PHQ-9 has item 9 positive (each such submission raises an alert, in its transaction). */
const POSITIVE_EVERY = 20;

/** What a submission appends: its own event, and one per alert it raises. */
const SUBMIT_ACTIONS = ['measure.submit', 'alert.raise'];

/** A valid set of answers: every item answered, the critical item positive only when asked for. */
function answersFor(shape: InstrumentShape, positive: boolean): Record<string, number> {
  const answers: Record<string, number> = {};
  const level = Math.random();
  for (const [index, itemId] of shape.itemIds.entries()) {
    const value = Math.min(
      shape.stride - 1,
      Math.floor(level * shape.stride + Math.random() * 1.5),
    );
    answers[itemId] =
      shape.critical?.pos === index + 1 ? (positive ? shape.critical.atLeast : 0) : value;
  }
  return answers;
}

/**
 * Two requests per signed-in client: their PHQ-9 and their GAD-7 (both
 * assigned, weekly), with answers fixed per request but a new submission id
 * every time it is sent, and no occasion (an extra completion between
 * occasions: the client has an active assignment). One PHQ-9 in twenty has
 * item 9 positive and must answer with the crisis screen.
 */
export function submitRequests(ctx: BenchContext, practices: number): RequestSpec[] {
  return ctx.clientSessions
    .filter((session) => session.practice <= practices)
    .flatMap((session, k) =>
      ctx.shapes.map((shape) => {
        const positive = shape.critical !== null && k % POSITIVE_EVERY === 0;
        return {
          method: 'POST' as const,
          path: '/api/me/measures/responses',
          headers: {
            cookie: session.cookie,
            'x-csrf-token': session.csrf,
            'content-type': 'application/json',
            accept: 'application/json',
          },
          body: JSON.stringify({
            id: FRESH_ID,
            occasionId: null,
            instrumentId: shape.id,
            answers: answersFor(shape, positive),
          }),
          expectCrisis: positive,
        };
      }),
    );
}

async function count(ctx: BenchContext, table: 'measure_responses' | 'alerts'): Promise<number> {
  const result = await ctx.client.query<{ n: number }>(`select count(*)::int as n from ${table}`);
  return result.rows[0]?.n ?? 0;
}

export interface SubmitFigures extends RunFigures {
  /** Alerts the timed and warm-up submissions raised. */
  alertsRaised: number;
}

/**
 * Submits measures over real HTTP as clients spread over every seeded
 * practice. Every answer must be 201 (a new response); afterwards there must
 * be exactly one new response per request, and one audit event per request
 * plus one per alert raised.
 */
export async function benchSubmit(ctx: BenchContext, scale: number): Promise<SubmitFigures> {
  const [responsesBefore, alertsBefore, eventsBefore] = [
    await count(ctx, 'measure_responses'),
    await count(ctx, 'alerts'),
    await auditEventsOf(ctx, SUBMIT_ACTIONS),
  ];
  const figures = await timedRun(
    ctx,
    submitRequests(ctx, scale),
    { status: 201 },
    ctx.options.submits,
  );
  const sent = ctx.options.warmup + ctx.options.submits;
  const responses = (await count(ctx, 'measure_responses')) - responsesBefore;
  const alertsRaised = (await count(ctx, 'alerts')) - alertsBefore;
  const events = (await auditEventsOf(ctx, SUBMIT_ACTIONS)) - eventsBefore;
  if (responses !== sent || events !== sent + alertsRaised) {
    throw new Error(
      `${sent} submissions stored ${responses} responses and appended ${events} audit events (${alertsRaised} alerts)`,
    );
  }
  return { ...figures, alertsRaised };
}
