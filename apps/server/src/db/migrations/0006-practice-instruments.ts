import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Questionnaires a practice admin imports (FHIR R4 JSON) to assign like the
 * built-in instruments. One row per url and version: a new version is a new
 * row, so a response stays tied to exactly the Questionnaire it answered (its
 * assignment, occasion and response carry `practice:<id>` as instrument id;
 * ADR 0012). The JSON never changes after import; retiring stops new
 * assignments only. Definitions only: no client data here.
 */
export const practiceInstruments: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`
      create table practice_instruments (
        practice_id uuid not null references practices(id),
        id uuid not null,
        url text not null,
        version text not null,
        title text not null,
        questionnaire jsonb not null,
        -- The built-in instrument it was recognised as by its LOINC codes, else null.
        recognised_as text,
        imported_by uuid not null,
        imported_at timestamptz not null,
        retired_at timestamptz,
        primary key (practice_id, id),
        unique (practice_id, url, version)
      );
    `.execute(db);
  },
  down() {
    return Promise.reject(new Error('The practice instruments migration cannot be undone.'));
  },
};
