import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

/** A practice instrument as stored: definitions only, never anyone's answers. */
export interface PracticeInstrumentRow {
  id: string;
  url: string;
  version: string;
  title: string;
  recognisedAs: string | null;
  importedBy: string;
  importedByName: string | null;
  importedAt: Date;
  retiredAt: Date | null;
}

export interface NewPracticeInstrument {
  practiceId: string;
  id: string;
  url: string;
  version: string;
  title: string;
  questionnaire: object;
  recognisedAs: string | null;
  importedBy: string;
}

function listQuery(db: Kysely<DB>, practiceId: string) {
  return db
    .selectFrom('practice_instruments as pi')
    .leftJoin('users as u', (join) =>
      join.onRef('u.practice_id', '=', 'pi.practice_id').onRef('u.id', '=', 'pi.imported_by'),
    )
    .select([
      'pi.id',
      'pi.url',
      'pi.version',
      'pi.title',
      'pi.recognised_as as recognisedAs',
      'pi.imported_by as importedBy',
      'u.display_name as importedByName',
      'pi.imported_at as importedAt',
      'pi.retired_at as retiredAt',
    ])
    .where('pi.practice_id', '=', practiceId);
}

/** Stores a new row; false when its id or its url and version are already the practice's. */
export async function insertPracticeInstrument(
  db: Kysely<DB>,
  row: NewPracticeInstrument,
  now: Date,
): Promise<boolean> {
  const inserted = await db
    .insertInto('practice_instruments')
    .values({
      practice_id: row.practiceId,
      id: row.id,
      url: row.url,
      version: row.version,
      title: row.title,
      questionnaire: JSON.stringify(row.questionnaire),
      recognised_as: row.recognisedAs,
      imported_by: row.importedBy,
      imported_at: now,
    })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function practiceInstrumentByUrlVersion(
  db: Kysely<DB>,
  practiceId: string,
  url: string,
  version: string,
): Promise<{ id: string } | undefined> {
  return db
    .selectFrom('practice_instruments')
    .select('id')
    .where('practice_id', '=', practiceId)
    .where('url', '=', url)
    .where('version', '=', version)
    .executeTakeFirst();
}

export async function practiceInstrumentRows(
  db: Kysely<DB>,
  practiceId: string,
): Promise<PracticeInstrumentRow[]> {
  return listQuery(db, practiceId).orderBy('pi.title').orderBy('pi.imported_at').execute();
}

export async function practiceInstrumentRow(
  db: Kysely<DB>,
  practiceId: string,
  id: string,
): Promise<PracticeInstrumentRow | undefined> {
  return listQuery(db, practiceId).where('pi.id', '=', id).executeTakeFirst();
}

/** What a practice instrument is called and whether it is retired (not its JSON). */
export async function practiceInstrumentMeta(
  db: Kysely<DB>,
  practiceId: string,
  id: string,
): Promise<{ retiredAt: Date | null; url: string; version: string; title: string } | undefined> {
  return db
    .selectFrom('practice_instruments')
    .select(['retired_at as retiredAt', 'url', 'version', 'title'])
    .where('practice_id', '=', practiceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The stored Questionnaire JSON (never changes for a row). */
export async function practiceQuestionnaireJson(
  db: Kysely<DB>,
  practiceId: string,
  id: string,
): Promise<unknown> {
  const row = await db
    .selectFrom('practice_instruments')
    .select('questionnaire')
    .where('practice_id', '=', practiceId)
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return row.questionnaire;
}

/** Titles of the given practice instruments, for read paths that name a measure. */
export async function practiceInstrumentTitles(
  db: Kysely<DB>,
  practiceId: string,
  ids: readonly string[],
): Promise<Map<string, { title: string; version: string; recognisedAs: string | null }>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('practice_instruments')
    .select(['id', 'title', 'version', 'recognised_as as recognisedAs'])
    .where('practice_id', '=', practiceId)
    .where('id', 'in', [...ids])
    .execute();
  return new Map(rows.map((row) => [row.id, row]));
}

/** Sets retired_at once; answers whether this call did. */
export async function retirePracticeInstrument(
  db: Kysely<DB>,
  practiceId: string,
  id: string,
  now: Date,
): Promise<boolean> {
  const updated = await db
    .updateTable('practice_instruments')
    .set({ retired_at: now })
    .where('practice_id', '=', practiceId)
    .where('id', '=', id)
    .where('retired_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return updated !== undefined;
}
