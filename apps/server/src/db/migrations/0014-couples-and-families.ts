import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Couples and families: several clients of the practice linked for joint work.
 *
 * Each member stays a client of their own: what they answer is theirs, read
 * through their own scope, so no member can reach another's answers. The
 * group only says who is in it (`client_group_members`, a member removed keeps
 * a `removed_at` so their own work stays theirs) and carries what each member
 * tells the therapist privately for the joint work (`group_member_answers`):
 * their own goal, and the safety check asked before joint sessions. Both are
 * sealed; `needs_private_conversation` is kept beside the sealed answers so
 * the lists can show it without opening them. A member may let the others see
 * their own goal (`shared_with_group`); nothing else of theirs ever reaches them.
 *
 * `group_homework` ties the homework set for every member at once to the group
 * (each member's own homework row; modules/homework).
 */
export const couplesAndFamilies: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`
      create table client_groups (
        practice_id uuid not null,
        -- Made by the therapist's device: a retried create names the same row.
        id uuid not null,
        kind text not null check (kind in ('couple','family')),
        -- Sealed: a name only the care team sees.
        name bytea not null,
        created_by uuid not null,
        created_at timestamptz not null,
        ended_at timestamptz,
        primary key (practice_id, id)
      );

      create table client_group_members (
        practice_id uuid not null,
        group_id uuid not null,
        client_id uuid not null,
        -- The order the therapist listed them in (shown in that order).
        position integer not null,
        added_at timestamptz not null,
        added_by uuid not null,
        removed_at timestamptz,
        safety_check_requested_at timestamptz,
        safety_check_requested_by uuid,
        private_conversation_at timestamptz,
        private_conversation_by uuid,
        primary key (practice_id, group_id, client_id),
        foreign key (practice_id, group_id) references client_groups (practice_id, id),
        foreign key (practice_id, client_id) references client_records (practice_id, client_id)
      );
      create index client_group_members_client_idx
        on client_group_members (practice_id, client_id) where removed_at is null;

      create table group_member_answers (
        practice_id uuid not null,
        -- Made by the member's device: a retried save names the same row.
        id uuid not null,
        group_id uuid not null,
        client_id uuid not null,
        kind text not null check (kind in ('own-goal','safety-check')),
        content bytea not null,
        needs_private_conversation boolean not null default false,
        -- An own goal the member chose to let the other members see (never a safety check).
        shared_with_group boolean not null default false,
        created_at timestamptz not null,
        primary key (practice_id, id),
        foreign key (practice_id, group_id, client_id)
          references client_group_members (practice_id, group_id, client_id)
      );
      create index group_member_answers_latest_idx
        on group_member_answers (practice_id, group_id, client_id, kind, created_at desc);

      create table group_homework (
        practice_id uuid not null,
        group_id uuid not null,
        batch_id uuid not null,
        client_id uuid not null,
        homework_id uuid not null,
        created_at timestamptz not null,
        primary key (practice_id, group_id, batch_id, client_id),
        foreign key (practice_id, group_id) references client_groups (practice_id, id),
        foreign key (practice_id, homework_id) references homework (practice_id, id)
      );
    `.execute(db);
  },
  down() {
    return Promise.reject(new Error('The couples and families migration cannot be undone.'));
  },
};
