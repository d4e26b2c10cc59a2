import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Closes holes found before clinical data is stored (issue "Trust before
 * clinical data"):
 *
 * - Every tenant table's keys start with `practice_id` (Citus-ready): `users`
 *   and `outbox` were keyed by `id` alone. It also means an id is only ever
 *   looked up inside a practice, so reusing another practice's id is no
 *   longer a conflict that reveals the id exists.
 * - Idempotency keys are scoped to (practice, actor, operation) in a table of
 *   their own, instead of a request hash on the created user.
 * - Audit events record the source address and the session.
 * - Outbox messages know their kind and one-time link, so the admin sees
 *   whether a link was used, replaced or has expired, and may dismiss it; a
 *   password-reset link is never the admin's to read: the links already kept
 *   are withdrawn here and their tokens voided.
 * - A table for sign-in throttling that is claimed atomically.
 */
export const trust: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`
      -- users: (practice_id, id) becomes the primary key; the foreign keys that used the
      -- old unique constraint are re-made against it.
      alter table client_records drop constraint client_records_practice_id_client_id_fkey;
      alter table care_team drop constraint care_team_practice_id_staff_id_fkey;
      alter table supervision drop constraint supervision_practice_id_supervisor_id_fkey;
      alter table supervision drop constraint supervision_practice_id_therapist_id_fkey;
      alter table sessions drop constraint sessions_practice_id_user_id_fkey;
      alter table one_time_tokens drop constraint one_time_tokens_practice_id_user_id_fkey;
      alter table users drop constraint users_pkey;
      alter table users drop constraint users_practice_id_id_key;
      alter table users add constraint users_pkey primary key (practice_id, id);
      alter table client_records add constraint client_records_practice_id_client_id_fkey
        foreign key (practice_id, client_id) references users (practice_id, id);
      alter table care_team add constraint care_team_practice_id_staff_id_fkey
        foreign key (practice_id, staff_id) references users (practice_id, id);
      alter table supervision add constraint supervision_practice_id_supervisor_id_fkey
        foreign key (practice_id, supervisor_id) references users (practice_id, id);
      alter table supervision add constraint supervision_practice_id_therapist_id_fkey
        foreign key (practice_id, therapist_id) references users (practice_id, id);
      alter table sessions add constraint sessions_practice_id_user_id_fkey
        foreign key (practice_id, user_id) references users (practice_id, id);
      alter table one_time_tokens add constraint one_time_tokens_practice_id_user_id_fkey
        foreign key (practice_id, user_id) references users (practice_id, id);
      alter table users drop column create_request_hash;

      -- Idempotent creates: a client-generated submission id, scoped to who sent it and what for.
      create table idempotency_keys (
        practice_id uuid not null,
        actor_id uuid not null,
        operation text not null,
        submission_id uuid not null,
        request_hash text not null,
        created_at timestamptz not null,
        primary key (practice_id, actor_id, operation, submission_id)
      );
      create index idempotency_keys_created_idx on idempotency_keys (created_at);

      -- Audit: where a request came from and which session made it (bulk reads show as such).
      alter table audit_events add column source_address text;
      alter table audit_events add column session_id text;

      -- One-time tokens: a newer link replaces an older one; that is not "used".
      alter table one_time_tokens add column replaced_at timestamptz;

      -- Outbox: keyed by practice; what kind of message, which link it carries, dismissed.
      alter table outbox drop constraint outbox_pkey;
      alter table outbox drop constraint outbox_practice_id_id_key;
      alter table outbox add constraint outbox_pkey primary key (practice_id, id);
      alter table outbox add column kind text not null default 'other'
        check (kind in ('invitation', 'password_reset', 'other'));
      alter table outbox alter column kind drop default;
      alter table outbox add column token_id text references one_time_tokens (id);
      alter table outbox add column dismissed_at timestamptz;
      alter table outbox drop constraint outbox_status_check;
      alter table outbox add constraint outbox_status_check
        check (status in ('pending', 'sent', 'kept', 'failed'));
      update outbox set kind = 'invitation' where subject = 'Your invitation to Tandem';
      update outbox set kind = 'password_reset' where subject = 'Reset your Tandem password';
      update outbox
        set token_id = encode(sha256(convert_to(substring(body from '#token=([A-Za-z0-9_-]+)'), 'UTF8')), 'hex')
        where body ~ '#token=[A-Za-z0-9_-]+'
          and exists (
            select 1 from one_time_tokens t
            where t.id = encode(sha256(convert_to(substring(outbox.body from '#token=([A-Za-z0-9_-]+)'), 'UTF8')), 'hex')
          );
      -- A reset link kept for the admin could be used by the admin: void it and withdraw it.
      update one_time_tokens set replaced_at = now()
        where purpose = 'password_reset' and used_at is null and expires_at > now();
      update outbox
        set body = regexp_replace(body, '\\S*#token=[A-Za-z0-9_-]+', '(link withdrawn)', 'g'),
            status = case when status = 'kept' then 'failed' else status end
        where kind = 'password_reset';

      -- Sign-in throttling per account: failures since the last success, and when the next
      -- attempt may come. Claimed with one atomic statement per attempt.
      create table login_throttle (
        key text primary key,
        failures integer not null,
        next_attempt_at timestamptz not null,
        updated_at timestamptz not null
      );
    `.execute(db);
  },
  down() {
    return Promise.reject(new Error('The trust migration cannot be undone.'));
  },
};
