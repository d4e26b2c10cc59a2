import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

export interface ConsentText {
  version: number;
  text: string;
  updatedAt: Date;
}

export async function currentConsent(
  db: Kysely<DB>,
  practiceId: string,
): Promise<ConsentText | undefined> {
  const row = await db
    .selectFrom('consent_versions')
    .select(['version', 'text', 'created_at'])
    .where('practice_id', '=', practiceId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? { version: row.version, text: row.text, updatedAt: row.created_at } : undefined;
}

export async function insertConsentVersion(
  db: Kysely<DB>,
  input: { practiceId: string; version: number; text: string; createdBy: string | null; now: Date },
): Promise<void> {
  await db
    .insertInto('consent_versions')
    .values({
      practice_id: input.practiceId,
      version: input.version,
      text: input.text,
      created_by: input.createdBy,
      created_at: input.now,
    })
    .execute();
}

export async function recordConsentAcceptance(
  db: Kysely<DB>,
  input: { practiceId: string; userId: string; version: number; now: Date },
): Promise<void> {
  await db
    .updateTable('users')
    .set({ consent_version: input.version, consent_accepted_at: input.now, updated_at: input.now })
    .where('practice_id', '=', input.practiceId)
    .where('id', '=', input.userId)
    .execute();
}
