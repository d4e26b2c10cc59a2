import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Notices to a client's care team that are not alerts: a client newly not on
 * track on a measure, and a measure occasion that closed unanswered. Each
 * notice is made once (its dedupe key is unique: the not-on-track episode or
 * the occasion), with who is told, how (their choice: at once or in the
 * digest) and when they were told. measure_status learns since when a client
 * has been not on track, so an episode is told of once, not at every answer.
 */
export const staffNotices: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`
      -- Set when the standing becomes not-on-track, kept while it stays so, cleared otherwise.
      alter table measure_status add column not_on_track_since timestamptz;
      -- Episodes already going on began no later than their last update: not told again.
      update measure_status set not_on_track_since = updated_at where not_on_track = 'not-on-track';

      create table staff_notices (
        practice_id uuid not null,
        id uuid not null,
        kind text not null check (kind in ('not-on-track','overdue')),
        client_id uuid not null,
        instrument_id text not null,
        -- not-on-track: client, measure and the episode's start; overdue: the occasion.
        dedupe_key text not null,
        created_at timestamptz not null,
        primary key (practice_id, id),
        unique (practice_id, kind, dedupe_key),
        foreign key (practice_id, client_id) references client_records (practice_id, client_id)
      );

      create table staff_notice_recipients (
        practice_id uuid not null,
        notice_id uuid not null,
        staff_id uuid not null,
        delivery text not null check (delivery in ('immediate','digest')),
        notified_at timestamptz,
        created_at timestamptz not null,
        primary key (practice_id, notice_id, staff_id),
        foreign key (practice_id, notice_id) references staff_notices (practice_id, id)
      );
      create index staff_notice_recipients_pending_idx
        on staff_notice_recipients (practice_id, staff_id) where notified_at is null;
    `.execute(db);
  },
  down() {
    return Promise.reject(new Error('The staff notices migration cannot be undone.'));
  },
};
