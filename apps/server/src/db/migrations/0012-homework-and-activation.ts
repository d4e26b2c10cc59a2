import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Homework from any tool, and behavioural activation.
 *
 * Homework: a therapist on the care team asks a client to use one of their
 * tools (a check-in, the journal, a worksheet or a skill by key, an exposure
 * practice, a goal rating, the activity schedule, a measure by instrument id,
 * or another task in words) by a date in the client's calendar, with a note.
 * A measure set as homework is also a measure assignment under the same id
 * (modules/measures), so its licence and alert rules apply. The client answers
 * done (with how helpful it was, 1–5, and a note) or not done this time (with
 * an optional reason), and may link the entry they made.
 *
 * Activities: the client's activity schedule. Each activity is planned on a
 * day of the client's calendar (optionally at a time) with the mastery and
 * pleasure they expect, 0–10, then answered: done (on which day, with the
 * mastery and pleasure it actually gave) or not done this time. A
 * client-authored entry: 'private' (the client alone) or 'shared' (also the
 * care team), read through access/visible-entries.ts.
 *
 * Words are sealed bytea (crypto/field-cipher.ts).
 */
export const homeworkAndActivation: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`
      create table homework (
        practice_id uuid not null,
        -- Made by the therapist's device: a retried assign names the same row.
        id uuid not null,
        client_id uuid not null,
        assigned_by uuid not null,
        tool_kind text not null
          check (tool_kind in ('check-in','journal','worksheet','skill','exposure-practice',
                               'goal-rating','activities','measure','other')),
        tool_key text,
        other_task bytea,
        due_on date not null,
        note bytea,
        status text not null default 'waiting'
          check (status in ('waiting','done','not-done','cancelled')),
        helpfulness smallint check (helpfulness between 1 and 5),
        answer_note bytea,
        linked_entry_kind text
          check (linked_entry_kind in ('check-in','journal','worksheet','skill-practice',
                                       'exposure-practice','activity')),
        linked_entry_id uuid,
        created_at timestamptz not null,
        updated_at timestamptz not null,
        answered_at timestamptz,
        primary key (practice_id, id),
        foreign key (practice_id, client_id) references client_records (practice_id, client_id),
        check ((tool_kind in ('worksheet','skill','measure')) = (tool_key is not null)),
        check ((tool_kind = 'other') = (other_task is not null)),
        check (status = 'done' or helpfulness is null),
        check ((linked_entry_kind is null) = (linked_entry_id is null))
      );
      create index homework_client_idx on homework (practice_id, client_id, due_on desc);

      create table activities (
        practice_id uuid not null,
        -- Made by the client's device when the activity is planned: a retry names the same row.
        id uuid not null,
        client_id uuid not null,
        title bytea not null,
        planned_on date not null,
        planned_time text check (planned_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
        predicted_mastery smallint not null check (predicted_mastery between 0 and 10),
        predicted_pleasure smallint not null check (predicted_pleasure between 0 and 10),
        status text not null default 'planned'
          check (status in ('planned','done','not-done')),
        done_on date,
        actual_mastery smallint check (actual_mastery between 0 and 10),
        actual_pleasure smallint check (actual_pleasure between 0 and 10),
        after_note bytea,
        created_at timestamptz not null,
        updated_at timestamptz not null,
        rated_at timestamptz,
        visibility text not null check (visibility in ('private','shared')),
        visibility_changed_at timestamptz not null,
        primary key (practice_id, id),
        foreign key (practice_id, client_id) references client_records (practice_id, client_id),
        check ((status = 'done') = (done_on is not null)),
        check ((status = 'done') = (actual_mastery is not null)),
        check ((status = 'done') = (actual_pleasure is not null)),
        check ((status = 'planned') = (rated_at is null)),
        check (status <> 'planned' or after_note is null)
      );
      create index activities_client_idx on activities (practice_id, client_id, planned_on desc);
    `.execute(db);
  },
  down() {
    return Promise.reject(new Error('The homework and activation migration cannot be undone.'));
  },
};
