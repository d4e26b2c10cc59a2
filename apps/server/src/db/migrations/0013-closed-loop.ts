import { sql, type Kysely, type Migration } from 'kysely';

/**
 * The closed loop: goals, the homework set for them and the measures that
 * should move, looked at together in a session review.
 *
 * `homework.goal_id`: the goal a homework was set for (optional; the same
 * client's goal, checked by the service and held by the foreign key).
 *
 * `goal_measures`: the measures (instrument ids, built-in or the practice's
 * own) the care team expects a goal to move. A set, replaced whole.
 *
 * `session_reviews`: what the therapist and client decided when they looked
 * at the loop, dated by the session (the client's calendar). Staff-only
 * notes: the care team writes, supervisors read, the client and admins never.
 * The decision is sealed bytea (crypto/field-cipher.ts).
 */
export const closedLoop: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`
      alter table homework add column goal_id uuid;
      alter table homework add constraint homework_goal_fk
        foreign key (practice_id, goal_id) references goals (practice_id, id);
      create index homework_goal_idx on homework (practice_id, goal_id) where goal_id is not null;

      create table goal_measures (
        practice_id uuid not null,
        goal_id uuid not null,
        instrument_id text not null,
        created_at timestamptz not null,
        created_by uuid not null,
        primary key (practice_id, goal_id, instrument_id),
        foreign key (practice_id, goal_id) references goals (practice_id, id)
      );

      create table session_reviews (
        practice_id uuid not null,
        -- Made by the therapist's device: a retried save names the same row.
        id uuid not null,
        client_id uuid not null,
        held_on date not null,
        decision bytea not null,
        created_by uuid not null,
        created_at timestamptz not null,
        primary key (practice_id, id),
        foreign key (practice_id, client_id) references client_records (practice_id, client_id)
      );
      create index session_reviews_client_idx on session_reviews (practice_id, client_id, held_on desc);
    `.execute(db);
  },
  down() {
    return Promise.reject(new Error('The closed loop migration cannot be undone.'));
  },
};
