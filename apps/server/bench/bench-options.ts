/**
 * What a benchmark run does, read from the environment so that a quicker or
 * bigger run needs no code change. Every value is checked here, at start, so
 * a typo fails before the database is created.
 */
export interface BenchOptions {
  /** Multiples of the 1x practice, ascending; the data grows from one to the next. */
  scales: number[];
  /** Timed caseload requests per scale (after the warm-up). */
  requests: number;
  /** Timed measure submissions per scale (after the warm-up). */
  submits: number;
  /** Untimed requests before each timed run (caseload and submissions alike). */
  warmup: number;
  /** Requests in flight at once, for every HTTP measurement and the raw inserts. */
  concurrency: number;
  /** Timed sign-ins (each one an argon2id verification). */
  signIns: number;
  /** Audit events seeded per practice before any request runs. */
  auditEventsPerPractice: number;
  /** How long pgbench inserts for. */
  pgbenchSeconds: number;
  /** Single-row inserts of the Node fallback when pgbench is not installed. */
  rawInserts: number;
  /** Walk every audit chain at the end (its seeded history and every event the run appended). */
  verifyAudit: boolean;
  /** Connections that seed the measures at once (one practice each at a time). */
  seedConnections: number;
  /** CPU-profile the app (in this process) over extra caseload and submission requests at the largest scale. */
  profile: boolean;
  /** Requests of each kind in the profiled runs. */
  profileRequests: number;
  /** Where to write the .cpuprofile files (open them in Chrome DevTools or speedscope), or null. */
  profileDir: string | null;
  /** An external PostgreSQL's admin URL (a scratch database is created on it), or null for the embedded one. */
  databaseUrl: string | null;
}

type Env = Record<string, string | undefined>;

function wholeNumber(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function scalesFrom(raw: string | undefined): number[] {
  if (raw === undefined || raw === '') return [1, 10, 100];
  const scales = raw.split(',').map((part) => Number(part.trim()));
  const valid =
    scales.length > 0 &&
    scales.every((scale) => Number.isInteger(scale) && scale >= 1 && scale <= 1000) &&
    scales.every((scale, index) => index === 0 || scale > (scales[index - 1] ?? 0));
  if (!valid) {
    throw new Error(
      `BENCH_SCALES must list ascending whole numbers from 1 to 1000, e.g. 1,10,100; got "${raw}"`,
    );
  }
  return scales;
}

function flag(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw === '1' || raw === 'true') return true;
  if (raw === '0' || raw === 'false') return false;
  throw new Error(`${name} must be 1 or 0, got "${raw}"`);
}

export function benchOptionsFrom(env: Env): BenchOptions {
  return {
    scales: scalesFrom(env.BENCH_SCALES),
    requests: wholeNumber(env, 'BENCH_REQUESTS', 2000, 10, 1_000_000),
    submits: wholeNumber(env, 'BENCH_SUBMITS', 2000, 10, 1_000_000),
    warmup: wholeNumber(env, 'BENCH_WARMUP', 200, 0, 100_000),
    concurrency: wholeNumber(env, 'BENCH_CONCURRENCY', 8, 1, 256),
    signIns: wholeNumber(env, 'BENCH_SIGN_INS', 300, 10, 100_000),
    auditEventsPerPractice: wholeNumber(env, 'BENCH_AUDIT_EVENTS', 2000, 0, 1_000_000),
    pgbenchSeconds: wholeNumber(env, 'BENCH_PGBENCH_SECONDS', 10, 1, 600),
    rawInserts: wholeNumber(env, 'BENCH_RAW_INSERTS', 5000, 100, 10_000_000),
    verifyAudit: flag(env, 'BENCH_VERIFY_AUDIT', true),
    seedConnections: wholeNumber(env, 'BENCH_SEED_CONNECTIONS', 2, 1, 32),
    profile: flag(env, 'BENCH_PROFILE', true),
    profileRequests: wholeNumber(env, 'BENCH_PROFILE_REQUESTS', 1000, 10, 1_000_000),
    profileDir:
      env.BENCH_PROFILE_DIR && env.BENCH_PROFILE_DIR !== '' ? env.BENCH_PROFILE_DIR : null,
    databaseUrl: env.DATABASE_URL && env.DATABASE_URL !== '' ? env.DATABASE_URL : null,
  };
}
