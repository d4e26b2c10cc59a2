import { sql, type Kysely, type Migration } from 'kysely';

/**
 * The durable job runner's one table (ADR 0010, `jobs/README.md`).
 *
 * - `practice_id` leads the primary key and the dedupe key (Citus-ready, like
 *   every tenant table). Installation-level work (housekeeping, the outbox
 *   sweep, audit checkpoints) runs under the nil UUID, as the installation's
 *   audit chain does; so there is no foreign key to `practices`.
 * - `(practice_id, kind, dedupe_key)` is unique: enqueueing is
 *   `insert … on conflict do nothing`, so a second enqueue of the same work is
 *   a no-op, and finished rows are kept a while so that it stays one.
 * - A row is `pending` until it is `done` or has `failed` for good. A pending
 *   row with `locked_until` in the future is leased by `locked_by`; when that
 *   runner dies, the lease runs out and another runner takes the job.
 * - `last_error_code` and the payload's size are constrained so that neither
 *   can become a place for clinical text: payloads carry ids, errors a code.
 */
export const jobs: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`
      create table jobs (
        practice_id uuid not null,
        id uuid not null,
        kind text not null check (kind ~ '^[a-z][a-z0-9-]{0,62}$'),
        dedupe_key text not null check (length(dedupe_key) between 1 and 200),
        payload jsonb not null check (octet_length(payload::text) <= 4096),
        run_at timestamptz not null,
        attempts integer not null default 0 check (attempts >= 0),
        max_attempts integer not null check (max_attempts between 1 and 100),
        locked_until timestamptz,
        locked_by text,
        last_error_code text check (last_error_code ~ '^[A-Za-z0-9_.:-]{1,64}$'),
        state text not null check (state in ('pending', 'done', 'failed')),
        -- The enqueuing transaction's time: bookkeeping only, so no clock is passed for it.
        created_at timestamptz not null default now(),
        primary key (practice_id, id),
        unique (practice_id, kind, dedupe_key)
      );
      -- The runners' claim (pending and due, oldest first) and the pruning of finished rows.
      create index jobs_state_run_at_idx on jobs (state, run_at);
    `.execute(db);
  },
  down() {
    return Promise.reject(new Error('The jobs migration cannot be undone.'));
  },
};
