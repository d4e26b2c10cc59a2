import { sql, type Kysely, type Migration } from 'kysely';

/**
 * The foundation: practices, people, care teams, sessions, tokens, consent,
 * the e-mail outbox and the hash-chained audit log. Plain SQL so that what
 * runs is exactly what a reviewer reads (PostgreSQL 15).
 */
export const foundation: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`
      create table practices (
        id uuid primary key,
        name text not null,
        demo boolean not null default false,
        -- ISO 3166 code: which crisis lines the practice's clients see.
        country text not null default 'US',
        created_at timestamptz not null default now()
      );

      create table users (
        id uuid primary key,
        practice_id uuid not null references practices(id),
        email text not null,
        display_name text not null,
        role text not null check (role in ('admin','therapist','supervisor','client')),
        status text not null check (status in ('invited','active','deactivated')),
        password_hash text,
        consent_version integer,
        consent_accepted_at timestamptz,
        create_request_hash text,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        unique (practice_id, id)
      );
      -- Sign-in finds the practice by the address, so an address is unique in the installation.
      create unique index users_email_key on users (email);
      create index users_practice_role_idx on users (practice_id, role);

      create table client_records (
        practice_id uuid not null,
        client_id uuid not null,
        archived_at timestamptz,
        created_by uuid not null,
        created_at timestamptz not null default now(),
        primary key (practice_id, client_id),
        foreign key (practice_id, client_id) references users (practice_id, id)
      );

      create table care_team (
        practice_id uuid not null,
        client_id uuid not null,
        staff_id uuid not null,
        created_at timestamptz not null default now(),
        primary key (practice_id, client_id, staff_id),
        foreign key (practice_id, client_id) references client_records (practice_id, client_id),
        foreign key (practice_id, staff_id) references users (practice_id, id)
      );
      create index care_team_staff_idx on care_team (practice_id, staff_id);

      create table supervision (
        practice_id uuid not null,
        supervisor_id uuid not null,
        therapist_id uuid not null,
        created_at timestamptz not null default now(),
        primary key (practice_id, supervisor_id, therapist_id),
        foreign key (practice_id, supervisor_id) references users (practice_id, id),
        foreign key (practice_id, therapist_id) references users (practice_id, id)
      );
      create index supervision_therapist_idx on supervision (practice_id, therapist_id);

      create table sessions (
        id text primary key,
        practice_id uuid not null,
        user_id uuid not null,
        csrf_token text not null,
        created_at timestamptz not null default now(),
        last_seen_at timestamptz not null default now(),
        expires_at timestamptz not null,
        foreign key (practice_id, user_id) references users (practice_id, id)
      );
      create index sessions_user_idx on sessions (practice_id, user_id);
      create index sessions_expires_idx on sessions (expires_at);

      create table one_time_tokens (
        id text primary key,
        practice_id uuid not null,
        user_id uuid not null,
        purpose text not null check (purpose in ('invitation','password_reset')),
        expires_at timestamptz not null,
        used_at timestamptz,
        created_at timestamptz not null default now(),
        foreign key (practice_id, user_id) references users (practice_id, id)
      );
      create index one_time_tokens_user_idx on one_time_tokens (practice_id, user_id, purpose);

      create table rate_limits (
        key text primary key,
        window_start timestamptz not null,
        hits integer not null
      );

      create table consent_versions (
        practice_id uuid not null references practices(id),
        version integer not null,
        text text not null,
        created_by uuid,
        created_at timestamptz not null default now(),
        primary key (practice_id, version)
      );

      create table outbox (
        id uuid primary key,
        practice_id uuid not null references practices(id),
        to_address text not null,
        subject text not null,
        body text not null,
        status text not null check (status in ('pending','sent','kept')),
        attempts integer not null default 0,
        last_error text,
        next_attempt_at timestamptz not null default now(),
        sent_at timestamptz,
        created_at timestamptz not null default now(),
        unique (practice_id, id)
      );
      create index outbox_pending_idx on outbox (next_attempt_at) where status = 'pending';
      create index outbox_practice_idx on outbox (practice_id, created_at desc);

      -- Audit: append-only, one hash chain per practice (audit_heads holds each chain's tip,
      -- locked by the writer so that writers in different practices never queue on each other).
      create table audit_events (
        practice_id uuid not null,
        seq bigint not null,
        id uuid not null,
        occurred_at timestamptz not null,
        actor_id uuid,
        actor_role text,
        action text not null,
        resource_type text not null,
        resource_id text,
        client_id uuid,
        outcome text not null check (outcome in ('allowed','denied')),
        detail jsonb not null,
        prev_hash text not null,
        hash text not null,
        primary key (practice_id, seq)
      );
      create index audit_events_client_idx on audit_events (practice_id, client_id, occurred_at desc) where client_id is not null;

      create table audit_heads (
        practice_id uuid primary key,
        seq bigint not null,
        hash text not null
      );

      create function audit_events_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'audit_events is append-only';
      end $$;
      create trigger audit_events_no_update before update or delete or truncate on audit_events
        for each statement execute function audit_events_append_only();
    `.execute(db);
  },
  down() {
    return Promise.reject(new Error('The foundation migration cannot be undone.'));
  },
};
