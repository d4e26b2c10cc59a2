import type pg from 'pg';
import {
  CLIENTS_PER_PRACTICE,
  CLIENTS_PER_THERAPIST,
  EMAIL_DOMAIN,
  THERAPISTS_PER_PRACTICE,
} from './bench-ids.ts';

/**
 * Practices `from`..`to` (numbered from 1), set-based, straight into the
 * current schema (migrations 0001 and 0002): each with consent version 1,
 * 10 therapists, a supervisor of all of them, an admin and 500 active
 * clients who accepted consent, 50 on each therapist's care team. Everyone
 * has an account (same id as the membership, as migration 0002 does) with
 * the one shared argon2id hash. One transaction: a failure leaves nothing.
 *
 * `client` must have run benchUuidSql (pg_temp.bench_uuid).
 */
export async function seedPractices(
  client: pg.Client,
  range: { from: number; to: number },
  passwordHash: string,
  now: Date,
): Promise<void> {
  const { from, to } = range;
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 1 || to < from) {
    throw new Error(`bad practice range ${from}..${to}`);
  }
  const joined = new Date(now.getTime() - 365 * 86_400_000);
  await client.query('begin');
  try {
    // The range is two checked integers: inlined, since CREATE TABLE AS takes no parameters.
    await client.query(`
      create temp table bench_people on commit drop as
      with practice as (
        select p, pg_temp.bench_uuid('practice-' || p) as practice_id
          from generate_series(${from}, ${to}) p
      )
      select practice_id, pg_temp.bench_uuid('therapist-' || p || '-' || t) as id, 'therapist' as role,
             'therapist-' || p || '-' || t || '@${EMAIL_DOMAIN}' as email,
             'Therapist ' || p || '-' || lpad(t::text, 2, '0') as display_name
        from practice, generate_series(1, ${THERAPISTS_PER_PRACTICE}) t
      union all
      select practice_id, pg_temp.bench_uuid('supervisor-' || p), 'supervisor',
             'supervisor-' || p || '@${EMAIL_DOMAIN}', 'Supervisor ' || p
        from practice
      union all
      select practice_id, pg_temp.bench_uuid('admin-' || p), 'admin',
             'admin-' || p || '@${EMAIL_DOMAIN}', 'Admin ' || p
        from practice
      union all
      select practice_id, pg_temp.bench_uuid('client-' || p || '-' || c), 'client',
             'client-' || p || '-' || c || '@${EMAIL_DOMAIN}',
             'Client ' || p || '-' || lpad(c::text, 3, '0')
        from practice, generate_series(1, ${CLIENTS_PER_PRACTICE}) c`);

    await client.query(
      `insert into practices (id, name, demo, country, created_at)
       select pg_temp.bench_uuid('practice-' || p), 'Bench practice ' || p, false, 'US', $1
         from generate_series($2::int, $3::int) p`,
      [joined, from, to],
    );
    await client.query(
      `insert into consent_versions (practice_id, version, text, created_by, created_at)
       select pg_temp.bench_uuid('practice-' || p), 1, 'Benchmark consent text.', null, $1
         from generate_series($2::int, $3::int) p`,
      [joined, from, to],
    );
    await client.query(
      `insert into accounts (id, email, password_hash, created_at, updated_at)
       select id, email, $1, $2, $2 from bench_people`,
      [passwordHash, joined],
    );
    await client.query(
      `insert into users (id, practice_id, account_id, display_name, role, status, accepted_at,
                          consent_version, consent_accepted_at, created_at, updated_at)
       select id, practice_id, id, display_name, role, 'active', $1,
              case when role = 'client' then 1 end, case when role = 'client' then $1::timestamptz end,
              $1, $1
         from bench_people`,
      [joined],
    );
    await client.query(
      `insert into client_records (practice_id, client_id, archived_at, created_by, created_at)
       select pg_temp.bench_uuid('practice-' || p), pg_temp.bench_uuid('client-' || p || '-' || c), null,
              pg_temp.bench_uuid('therapist-' || p || '-' || ((c - 1) / $1::int + 1)), $2
         from generate_series($3::int, $4::int) p, generate_series(1, $5::int) c`,
      [CLIENTS_PER_THERAPIST, joined, from, to, CLIENTS_PER_PRACTICE],
    );
    await client.query(
      `insert into care_team (practice_id, client_id, staff_id, created_at)
       select practice_id, client_id, created_by, created_at from client_records
        where practice_id in (select pg_temp.bench_uuid('practice-' || p) from generate_series($1::int, $2::int) p)`,
      [from, to],
    );
    await client.query(
      `insert into supervision (practice_id, supervisor_id, therapist_id, created_at)
       select pg_temp.bench_uuid('practice-' || p), pg_temp.bench_uuid('supervisor-' || p),
              pg_temp.bench_uuid('therapist-' || p || '-' || t), $1
         from generate_series($2::int, $3::int) p, generate_series(1, $4::int) t`,
      [joined, from, to, THERAPISTS_PER_PRACTICE],
    );
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw error;
  }
}
