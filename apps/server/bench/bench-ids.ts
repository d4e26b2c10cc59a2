import { createHash } from 'node:crypto';

/**
 * Names and ids of the seeded data, made the same way in SQL (seeding) and
 * here (requests, audit history), so neither side has to read the other's.
 *
 * An id is the MD5 of a seed, stamped as a version-4 UUID (the form the app's
 * isUuid accepts): SQL `benchUuidSql`, TypeScript `benchUuid`.
 */
export const THERAPISTS_PER_PRACTICE = 10;
export const CLIENTS_PER_THERAPIST = 50;
export const CLIENTS_PER_PRACTICE = THERAPISTS_PER_PRACTICE * CLIENTS_PER_THERAPIST;
/** Therapists, one supervisor, one admin and the clients. */
export const PEOPLE_PER_PRACTICE = THERAPISTS_PER_PRACTICE + 2 + CLIENTS_PER_PRACTICE;
/** Synthetic, and `.test` is reserved: no mail could ever reach anyone. */
export const EMAIL_DOMAIN = 'bench.tandem.test';
/** Every seeded account's password (one shared argon2id hash); a scratch database only. */
export const BENCH_PASSWORD = 'bench password, scratch database only';

/** The SQL twin of benchUuid, as a function of the session (pg_temp: nothing stays in the schema). */
export const benchUuidSql = `
  create function pg_temp.bench_uuid(seed text) returns uuid language sql immutable as $$
    select overlay(overlay(md5(seed) placing '4' from 13) placing '8' from 17)::uuid
  $$`;

export function benchUuid(seed: string): string {
  const hex = createHash('md5').update(seed).digest('hex');
  const v4 = `${hex.slice(0, 12)}4${hex.slice(13, 16)}8${hex.slice(17)}`;
  return `${v4.slice(0, 8)}-${v4.slice(8, 12)}-${v4.slice(12, 16)}-${v4.slice(16, 20)}-${v4.slice(20)}`;
}

// Seeds: practice p (from 1), therapist t (1..10), client c (1..500) of practice p.
export const practiceSeed = (p: number) => `practice-${p}`;
export const therapistSeed = (p: number, t: number) => `therapist-${p}-${t}`;
export const clientSeed = (p: number, c: number) => `client-${p}-${c}`;
export const supervisorSeed = (p: number) => `supervisor-${p}`;
export const adminSeed = (p: number) => `admin-${p}`;

export const therapistEmail = (p: number, t: number) => `therapist-${p}-${t}@${EMAIL_DOMAIN}`;

/** The measures every seeded client has, each weekly (measure_assignments), in this order. */
export const BENCH_INSTRUMENTS = ['phq-9', 'gad-7'] as const;
/** Weekly occasions per assignment: a year of them (0..51), and this week's (52), open now. */
export const MEASURE_WEEKS = 52;
/** Every tenth client of a practice (1, 11, 21, …) is signed in and submits during the benchmark. */
export const SUBMITTER_EVERY = 10;
/** The seeded practices' zone: schedules, occasions and "not on track" dates are computed in it. */
export const BENCH_TIME_ZONE = 'America/New_York';

/** Client c of a practice is on the care team of therapist ceil(c / 50). */
export const therapistOfClient = (c: number) => Math.ceil(c / CLIENTS_PER_THERAPIST);
