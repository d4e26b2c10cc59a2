import type pg from 'pg';
import { randomToken, sha256Hex } from '../src/modules/auth/secrets.ts';
import { SESSION_COOKIE } from '../src/http/cookies.ts';
import { benchUuid, practiceSeed, THERAPISTS_PER_PRACTICE, therapistSeed } from './bench-ids.ts';

/** A signed-in therapist, as the load client presents them: the Cookie header a browser would send. */
export interface TherapistSession {
  practice: number;
  cookie: string;
}

/**
 * A session for every therapist of the practices in the range, stored as the
 * app stores them (the SHA-256 of a random cookie token), so caseload
 * requests skip nothing of the real session check. Signing 1,000 therapists
 * in over HTTP would only measure argon2 again (see the sign-in figure).
 */
export async function seedTherapistSessions(
  client: pg.Client,
  range: { from: number; to: number },
  now: Date,
  maxHours: number,
): Promise<TherapistSession[]> {
  const sessions: TherapistSession[] = [];
  const rows: { id: string; practiceId: string; userId: string; csrf: string }[] = [];
  for (let p = range.from; p <= range.to; p++) {
    for (let t = 1; t <= THERAPISTS_PER_PRACTICE; t++) {
      const token = randomToken();
      rows.push({
        id: sha256Hex(token),
        practiceId: benchUuid(practiceSeed(p)),
        userId: benchUuid(therapistSeed(p, t)),
        csrf: randomToken(),
      });
      sessions.push({ practice: p, cookie: `${SESSION_COOKIE}=${token}` });
    }
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
