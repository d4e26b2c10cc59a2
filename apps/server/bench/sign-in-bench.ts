import { performance } from 'node:perf_hooks';
import { verifyPassword } from '../src/modules/auth/password.ts';
import { randomToken } from '../src/modules/auth/secrets.ts';
import { ANON_CSRF_COOKIE, SESSION_COOKIE } from '../src/http/cookies.ts';
import type { BenchContext } from './bench-context.ts';
import { BENCH_PASSWORD, THERAPISTS_PER_PRACTICE, therapistEmail } from './bench-ids.ts';
import { ms, summarise, whole } from './latency-stats.ts';
import type { RequestSpec } from './load-job.ts';
import { runLoad } from './run-load.ts';

const WARMUP = 20;
const ALONE = 20;

/** 127.1.0.1, 127.1.0.2, …: all on the loopback interface, each a client address of its own. */
function loopbackAddresses(count: number): string[] {
  return Array.from({ length: count }, (_, k) => `127.1.${Math.floor(k / 254)}.${(k % 254) + 1}`);
}

/**
 * Sign-ins of therapists picked at random from every seeded practice, over
 * real HTTP. Each carries the double-submit CSRF pair the sign-in page gets
 * from GET /api/session (cookie and header equal; the server keeps no copy),
 * and comes from its own loopback address, so the per-address limit (50 per
 * 15 minutes) counts it as the separate person it stands for.
 */
export async function benchSignIn(ctx: BenchContext, practices: number): Promise<void> {
  const requests: RequestSpec[] = [];
  for (let p = 1; p <= practices; p++) {
    for (let t = 1; t <= THERAPISTS_PER_PRACTICE; t++) {
      const csrf = randomToken();
      requests.push({
        method: 'POST',
        path: '/api/auth/sign-in',
        headers: {
          'content-type': 'application/json',
          cookie: `${ANON_CSRF_COOKIE}=${csrf}`,
          'x-csrf-token': csrf,
        },
        body: JSON.stringify({ email: therapistEmail(p, t), password: BENCH_PASSWORD }),
      });
    }
  }
  const count = ctx.options.signIns;
  const result = await runLoad({
    host: ctx.host,
    port: ctx.port,
    requests,
    warmup: WARMUP,
    count,
    concurrency: ctx.options.concurrency,
    sourceAddresses: loopbackAddresses(WARMUP + count),
    expect: { status: 200, setsCookie: SESSION_COOKIE },
    sampleLocksUrl: null,
  });
  const summary = summarise(result);

  // The hash alone, one at a time in this process: what each sign-in pays before any database work.
  let aloneMs = 0;
  for (let i = 0; i < ALONE; i++) {
    const started = performance.now();
    if (!(await verifyPassword(ctx.passwordHash, BENCH_PASSWORD))) {
      throw new Error('the seeded hash does not verify');
    }
    aloneMs += performance.now() - started;
  }

  console.log('');
  console.log(
    `Sign-in: POST /api/auth/sign-in (rate limits, argon2id verify, session, audit), real HTTP, a new connection each,`,
  );
  console.log(
    `  concurrency ${ctx.options.concurrency}, ${whole(count)} timed sign-ins after ${WARMUP} warm-up, over ${whole(requests.length)} therapists`,
  );
  console.log(
    `  p50 ${ms(summary.p50Ms)} ms   p99 ${ms(summary.p99Ms)} ms   max ${ms(summary.maxMs)} ms   ${whole(summary.perSecond)} sign-ins/s`,
  );
  console.log(
    `  argon2id verify alone (the app's parameters, ${ALONE} in a row, with none of this benchmark's load running): ${ms(aloneMs / ALONE)} ms each`,
  );
}
