import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Goals and what matters to the client.
 *
 * Goals: SMART goals the client and their therapist write together, each with
 * action steps (inside the sealed content) and a weight for the Goal
 * Attainment Scaling T-score. A goal's attainment scale describes five levels
 * (−2 … +2) in the client's words; the expected level (0) is written before
 * any rating. Changing the levels adds a new scale version: the old one stays,
 * with the ratings made on it. Ratings are dated (back-dating is limited by
 * the service) and never deleted.
 *
 * Values and strengths (`client_values`): the client's own card sort and
 * strengths list, one living row of each kind per client, private or shared
 * like any client entry (read through access/visible-entries.ts), with a
 * version for optimistic concurrency.
 *
 * `practice_gas_settings`: the practice's ρ for the GAS T-score (absent means
 * the published default 0.3; Kiresuk & Sherman 1968).
 *
 * Words are sealed bytea (crypto/field-cipher.ts).
 */
export const goalsAndValues: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`
      create table goals (
        practice_id uuid not null,
        -- Made by the writer's device: a retried create names the same row.
        id uuid not null,
        client_id uuid not null,
        created_by uuid not null,
        content bytea not null,
        weight smallint not null default 1 check (weight between 1 and 10),
        status text not null default 'active'
          check (status in ('active','achieved','set-aside')),
        created_at timestamptz not null,
        updated_at timestamptz not null,
        updated_by uuid not null,
        primary key (practice_id, id),
        foreign key (practice_id, client_id) references client_records (practice_id, client_id)
      );
      create index goals_client_idx on goals (practice_id, client_id, created_at);

      create table goal_scales (
        practice_id uuid not null,
        id uuid not null,
        goal_id uuid not null,
        version integer not null check (version >= 1),
        levels bytea not null,
        created_at timestamptz not null,
        created_by uuid not null,
        primary key (practice_id, id),
        unique (practice_id, goal_id, version),
        foreign key (practice_id, goal_id) references goals (practice_id, id)
      );

      create table goal_ratings (
        practice_id uuid not null,
        -- Made by the rater's device: a retried rating names the same row.
        id uuid not null,
        goal_id uuid not null,
        scale_id uuid not null,
        level smallint not null check (level between -2 and 2),
        rated_at timestamptz not null,
        rated_by uuid not null,
        created_at timestamptz not null,
        primary key (practice_id, id),
        foreign key (practice_id, goal_id) references goals (practice_id, id),
        foreign key (practice_id, scale_id) references goal_scales (practice_id, id)
      );
      create index goal_ratings_goal_idx on goal_ratings (practice_id, goal_id, rated_at);

      create table client_values (
        practice_id uuid not null,
        id uuid not null,
        client_id uuid not null,
        kind text not null check (kind in ('values','strengths')),
        content bytea not null,
        version integer not null check (version >= 1),
        created_at timestamptz not null,
        updated_at timestamptz not null,
        visibility text not null check (visibility in ('private','shared')),
        visibility_changed_at timestamptz not null,
        primary key (practice_id, id),
        unique (practice_id, client_id, kind),
        foreign key (practice_id, client_id) references client_records (practice_id, client_id)
      );

      create table practice_gas_settings (
        practice_id uuid primary key references practices (id),
        rho numeric(4,3) not null check (rho >= 0 and rho < 1),
        updated_at timestamptz not null,
        updated_by uuid not null
      );
    `.execute(db);
  },
  down() {
    return Promise.reject(new Error('The goals and values migration cannot be undone.'));
  },
};
