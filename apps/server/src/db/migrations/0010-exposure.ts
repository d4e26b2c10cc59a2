import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Exposure work: a client's fear hierarchies and their practices.
 * A hierarchy is a living document the client and their therapist write
 * together: a short name and ordered steps (situation, predicted SUDS 0–100,
 * retired or not), sealed as one JSON value, with a version for optimistic
 * concurrency (a stale save is refused with the current one). A practice of a
 * step is a client entry, private or shared (private by default; read through
 * access/visible-entries.ts): the numbers stay plain for charts (SUDS before,
 * at peak, after, readings during, minutes, how far the feared outcome came
 * true), the words (safety behaviours, what was predicted, what happened) are
 * sealed.
 */
export const exposure: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`
      create table exposure_hierarchies (
        practice_id uuid not null,
        -- Made by the writer's device: a retried create names the same row.
        id uuid not null,
        client_id uuid not null,
        content bytea not null,
        version integer not null check (version >= 1),
        retired boolean not null default false,
        created_at timestamptz not null,
        created_by uuid not null,
        updated_at timestamptz not null,
        updated_by uuid not null,
        primary key (practice_id, id),
        foreign key (practice_id, client_id) references client_records (practice_id, client_id)
      );
      create index exposure_hierarchies_client_idx
        on exposure_hierarchies (practice_id, client_id, created_at);

      create table exposure_practices (
        practice_id uuid not null,
        id uuid not null,
        client_id uuid not null,
        hierarchy_id uuid not null,
        step_id uuid not null,
        practiced_at timestamptz not null,
        recorded_at timestamptz not null,
        suds_before smallint not null check (suds_before between 0 and 100),
        suds_peak smallint not null check (suds_peak between 0 and 100),
        suds_after smallint not null check (suds_after between 0 and 100),
        -- [{ "minute": n, "suds": 0-100 }, …] by minute; numbers only.
        readings jsonb not null default '[]',
        minutes smallint not null check (minutes between 1 and 600),
        outcome_came_true smallint check (outcome_came_true between 0 and 100),
        words bytea,
        visibility text not null check (visibility in ('private','shared')),
        visibility_changed_at timestamptz not null,
        primary key (practice_id, id),
        foreign key (practice_id, client_id) references client_records (practice_id, client_id),
        foreign key (practice_id, hierarchy_id) references exposure_hierarchies (practice_id, id)
      );
      create index exposure_practices_client_idx
        on exposure_practices (practice_id, client_id, practiced_at desc);
    `.execute(db);
  },
  down() {
    return Promise.reject(new Error('The exposure migration cannot be undone.'));
  },
};
