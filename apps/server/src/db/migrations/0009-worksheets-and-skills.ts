import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Worksheets (the CBT thought record first) and the skills practice log.
 * A worksheet entry keeps every answer as one sealed QuestionnaireResponse
 * (bytea, crypto/field-cipher.ts) and, beside it, only the numbers a summary
 * needs: the ratings before and after (e.g. each emotion's intensity), with no
 * words. A skill practice is a time series: which skill, when, distress (SUDS
 * 0–100) before and after, an optional sealed note. Both are 'private' (the
 * client alone) or 'shared' (also the care team), private by default; every
 * read starts from access/visible-entries.ts.
 */
export const worksheetsAndSkills: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`
      create table worksheet_entries (
        practice_id uuid not null,
        -- Made by the client's device when the worksheet was started: a replay names the same row.
        id uuid not null,
        client_id uuid not null,
        worksheet_key text not null,
        worksheet_version text not null,
        recorded_at timestamptz not null,
        answers bytea not null,
        -- [{ "before": 0-100, "after": 0-100 | null }, …] in the definition's order; numbers only.
        ratings jsonb not null default '[]',
        visibility text not null check (visibility in ('private','shared')),
        visibility_changed_at timestamptz not null,
        primary key (practice_id, id),
        foreign key (practice_id, client_id) references client_records (practice_id, client_id)
      );
      create index worksheet_entries_client_idx
        on worksheet_entries (practice_id, client_id, recorded_at desc);

      create table skill_practices (
        practice_id uuid not null,
        id uuid not null,
        client_id uuid not null,
        skill_key text not null,
        practiced_at timestamptz not null,
        recorded_at timestamptz not null,
        suds_before smallint not null check (suds_before between 0 and 100),
        suds_after smallint not null check (suds_after between 0 and 100),
        note bytea,
        visibility text not null check (visibility in ('private','shared')),
        visibility_changed_at timestamptz not null,
        primary key (practice_id, id),
        foreign key (practice_id, client_id) references client_records (practice_id, client_id)
      );
      create index skill_practices_client_idx
        on skill_practices (practice_id, client_id, practiced_at desc);
    `.execute(db);
  },
  down() {
    return Promise.reject(new Error('The worksheets and skills migration cannot be undone.'));
  },
};
