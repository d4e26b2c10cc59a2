import type pg from 'pg';
import { randomToken, sha256Hex } from '../src/modules/auth/secrets.ts';
import { SESSION_COOKIE } from '../src/http/cookies.ts';
import {
  benchUuid,
  CLIENTS_PER_PRACTICE,
  clientSeed,
  practiceSeed,
  SUBMITTER_EVERY,
  THERAPISTS_PER_PRACTICE,
  therapistSeed,
} from './bench-ids.ts';

/** A signed-in person, as the load client presents them: what a browser would send. */
export interface BenchSession {
  practice: number;
  /** The Cookie header. */
  cookie: string;
  /** The x-csrf-token header every write needs. */
  csrf: string;
}

interface Person {
  practice: number;
  userSeed: string;
}

/**
 * A session for each person, stored as the app stores them (the SHA-256 of a
 * random cookie token, and a CSRF token), so requests skip nothing of the
 * real session check. Signing thousands in over HTTP would only measure
 * argon2 again (see the sign-in figure).
 */
async function seedSessions(
  client: pg.Client,
  people: Person[],
  now: Date,
  maxHours: number,
): Promise<BenchSession[]> {
  const sessions: BenchSession[] = [];
  const rows: { id: string; practiceId: string; userId: string; csrf: string }[] = [];
  for (const person of people) {
    const token = randomToken();
    const csrf = randomToken();
    rows.push({
      id: sha256Hex(token),
      practiceId: benchUuid(practiceSeed(person.practice)),
      userId: benchUuid(person.userSeed),
      csrf,
    });
    sessions.push({ practice: person.practice, cookie: `${SESSION_COOKIE}=${token}`, csrf });
  }
  await client.query(
    `insert into sessions (id, practice_id, user_id, csrf_token, created_at, last_seen_at, expires_at)
     select id, practice_id, user_id, csrf, $5, $5, $6
       from unnest($1::text[], $2::uuid[], $3::uuid[], $4::text[]) as s(id, practice_id, user_id, csrf)`,
    [
      rows.map((r) => r.id),
      rows.map((r) => r.practiceId),
      rows.map((r) => r.userId),
      rows.map((r) => r.csrf),
      now,
      new Date(now.getTime() + maxHours * 3_600_000),
    ],
  );
  return sessions;
}

function practicesOf(range: { from: number; to: number }): number[] {
  return Array.from({ length: range.to - range.from + 1 }, (_, k) => range.from + k);
}

/** Every therapist of the practices in the range (they open caseloads). */
export function seedTherapistSessions(
  client: pg.Client,
  range: { from: number; to: number },
  now: Date,
  maxHours: number,
): Promise<BenchSession[]> {
  const people = practicesOf(range).flatMap((p) =>
    Array.from({ length: THERAPISTS_PER_PRACTICE }, (_, k) => ({
      practice: p,
      userSeed: therapistSeed(p, k + 1),
    })),
  );
  return seedSessions(client, people, now, maxHours);
}

/** Every tenth client of the practices in the range (they submit measures), five per care team. */
export function seedClientSessions(
  client: pg.Client,
  range: { from: number; to: number },
  now: Date,
  maxHours: number,
): Promise<BenchSession[]> {
  const people = practicesOf(range).flatMap((p) =>
    Array.from({ length: CLIENTS_PER_PRACTICE / SUBMITTER_EVERY }, (_, k) => ({
      practice: p,
      userSeed: clientSeed(p, k * SUBMITTER_EVERY + 1),
    })),
  );
  return seedSessions(client, people, now, maxHours);
}

/**
 * Seeding a large scale takes longer than the idle timeout: every benchmark
 * session is marked as just used before a measurement, as if each person had
 * just clicked (a request's own touch then happens at most once a minute, as
 * in real use).
 */
export async function touchBenchSessions(client: pg.Client, now: Date): Promise<void> {
  await client.query('update sessions set last_seen_at = $1', [now]);
}
