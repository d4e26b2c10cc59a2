import type { Kysely } from 'kysely';
import { newId } from '@tandem/core';
import type { DB } from '../../db/schema.ts';
import { defaultConsentText } from '../consent/default-consent.ts';
import { insertConsentVersion } from '../consent/consent.repo.ts';

/** A new practice starts with version 1 of the default consent text, which its admin can edit. */
export async function createPractice(
  db: Kysely<DB>,
  input: { name: string; demo: boolean; country: string; now: Date },
): Promise<string> {
  const id = newId();
  await db
    .insertInto('practices')
    .values({
      id,
      name: input.name,
      demo: input.demo,
      country: input.country,
      created_at: input.now,
    })
    .execute();
  await insertConsentVersion(db, {
    practiceId: id,
    version: 1,
    text: defaultConsentText(input.name),
    createdBy: null,
    now: input.now,
  });
  return id;
}

export async function countPractices(db: Kysely<DB>): Promise<number> {
  const row = await db
    .selectFrom('practices')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
