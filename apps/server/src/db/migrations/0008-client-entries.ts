import { sql, type Kysely, type Migration } from 'kysely';

/**
 * What clients write between sessions. Check-ins are a time series; journal
 * entries are documents of the client alone; the safety and coping plans are
 * living documents that client and therapist edit together, with every version
 * kept. Free text is sealed (bytea, crypto/field-cipher.ts): the note of a
 * check-in, the journal body and a plan's content. Each client-authored entry
 * is 'private' (the client alone) or 'shared' (also the care team); the access
 * module decides which a reader may see (access/entry-visibility.ts).
 */
export const clientEntries: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`
      create table check_ins (
        practice_id uuid not null,
        -- Made by the client's device when the check-in was made: a replay names the same row.
        id uuid not null,
        client_id uuid not null,
        -- When the mood was felt (a missed day may be filled in afterwards).
        occurred_at timestamptz not null,
        recorded_at timestamptz not null,
        mood smallint not null check (mood between 0 and 10),
        sleep_hours numeric(3,1) check (sleep_hours between 0 and 24),
        emotions jsonb not null default '[]',
        tags jsonb not null default '[]',
        note bytea,
        visibility text not null check (visibility in ('private','shared')),
        visibility_changed_at timestamptz not null,
        primary key (practice_id, id),
        foreign key (practice_id, client_id) references client_records (practice_id, client_id)
      );
      create index check_ins_client_idx on check_ins (practice_id, client_id, occurred_at desc);

      create table journal_entries (
        practice_id uuid not null,
        id uuid not null,
        client_id uuid not null,
        created_at timestamptz not null,
        updated_at timestamptz not null,
        body bytea not null,
        visibility text not null check (visibility in ('private','shared')),
        visibility_changed_at timestamptz not null,
        primary key (practice_id, id),
        foreign key (practice_id, client_id) references client_records (practice_id, client_id)
      );
      create index journal_entries_client_idx
        on journal_entries (practice_id, client_id, created_at desc);

      -- An insight the client chose to show their care team: a snapshot of the estimate as
      -- it was then (numbers and the factor's name, no free text beyond a tag's label).
      create table shared_insights (
        practice_id uuid not null,
        id uuid not null,
        client_id uuid not null,
        factor_id text not null,
        snapshot jsonb not null,
        created_at timestamptz not null,
        visibility text not null check (visibility in ('private','shared')),
        visibility_changed_at timestamptz not null,
        primary key (practice_id, id),
        foreign key (practice_id, client_id) references client_records (practice_id, client_id)
      );
      create index shared_insights_client_idx on shared_insights (practice_id, client_id, created_at desc);

      -- Sessions the therapist recorded as held: "since last session" starts at the latest.
      create table therapy_sessions (
        practice_id uuid not null,
        id uuid not null,
        client_id uuid not null,
        held_on date not null,
        recorded_by uuid not null,
        recorded_at timestamptz not null,
        primary key (practice_id, id),
        unique (practice_id, client_id, held_on),
        foreign key (practice_id, client_id) references client_records (practice_id, client_id)
      );

      create table living_documents (
        practice_id uuid not null,
        id uuid not null,
        client_id uuid not null,
        kind text not null check (kind in ('safety-plan','coping-plan')),
        version integer not null check (version >= 1),
        content bytea not null,
        updated_at timestamptz not null,
        updated_by uuid not null,
        primary key (practice_id, id),
        unique (practice_id, client_id, kind),
        foreign key (practice_id, client_id) references client_records (practice_id, client_id)
      );

      create table living_document_versions (
        practice_id uuid not null,
        id uuid not null,
        document_id uuid not null,
        version integer not null check (version >= 1),
        content bytea not null,
        edited_at timestamptz not null,
        edited_by uuid not null,
        primary key (practice_id, id),
        unique (practice_id, document_id, version),
        foreign key (practice_id, document_id) references living_documents (practice_id, id)
      );
    `.execute(db);
  },
  down() {
    return Promise.reject(new Error('The client entries migration cannot be undone.'));
  },
};
