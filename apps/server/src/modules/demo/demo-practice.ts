import { randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { newId, type Role } from '@tandem/core';
import type { DB } from '../../db/schema.ts';
import { hashPassword } from '../auth/password.ts';
import { insertClientRecord } from '../clients/clients.repo.ts';
import { recordConsentAcceptance } from '../consent/consent.repo.ts';
import { createPractice } from '../practices/practices.service.ts';
import type { FieldCipher } from '../../crypto/field-cipher.ts';
import { seedDemoActivities } from './demo-activation.ts';
import { seedDemoEntries } from './demo-entries.ts';
import { seedDemoGoals } from './demo-goals.ts';
import { seedDemoValues } from './demo-values.ts';
import { seedDemoWorksheets } from './demo-worksheets.ts';
import { seedDemoHomework } from './demo-homework.ts';
import { seedDemoReview } from './demo-review.ts';
import { seedDemoGroups } from './demo-groups.ts';
import { seedDemoExposure } from './demo-exposure.ts';
import { demoTimeZone, seedDemoHistory } from './demo-history.ts';
import { insertUserIfNew } from '../users/users.repo.ts';

/** The documented demo accounts (README). `.test` is a reserved domain: no mail can ever reach a real person. */
export const demoAccounts: readonly { email: string; displayName: string; role: Role }[] = [
  { email: 'admin@demo.tandem.test', displayName: 'Avery Admin (demo)', role: 'admin' },
  {
    email: 'supervisor@demo.tandem.test',
    displayName: 'Sam Supervisor (demo)',
    role: 'supervisor',
  },
  {
    email: 'therapist@demo.tandem.test',
    displayName: 'Taylor Therapist (demo)',
    role: 'therapist',
  },
  { email: 'alex@demo.tandem.test', displayName: 'Alex Client (demo)', role: 'client' },
  { email: 'jordan@demo.tandem.test', displayName: 'Jordan Client (demo)', role: 'client' },
  { email: 'riley@demo.tandem.test', displayName: 'Riley Client (demo)', role: 'client' },
];

export const DEMO_PRACTICE_NAME = 'Demo practice (sample data)';

export interface DemoCredentials {
  email: string;
  role: Role;
  password: string;
}

/**
 * Creates the clearly labelled demo practice on an empty database. Runs under
 * an advisory lock in one transaction, so instances starting together create
 * it once. Returns the credentials to print once, or null when the database
 * already had a practice.
 */
export async function seedDemoPractice(
  db: Kysely<DB>,
  options: { password: string | null; country: string; now: Date; cipher: FieldCipher },
): Promise<DemoCredentials[] | null> {
  const password = options.password ?? randomBytes(9).toString('base64url');
  const passwordHash = await hashPassword(password);
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(74321002)`.execute(trx);
    const existing = await trx.selectFrom('practices').select('id').limit(1).executeTakeFirst();
    if (existing) return null;
    const practiceId = await createPractice(trx, {
      name: DEMO_PRACTICE_NAME,
      demo: true,
      country: options.country,
      now: options.now,
    });
    const ids = new Map<string, string>();
    for (const account of demoAccounts) {
      const id = newId();
      ids.set(account.email, id);
      await insertUserIfNew(trx, {
        id,
        practiceId,
        email: account.email,
        displayName: account.displayName,
        role: account.role,
        status: 'active',
        passwordHash,
        now: options.now,
      });
    }
    const therapistId = ids.get('therapist@demo.tandem.test') ?? '';
    const supervisorId = ids.get('supervisor@demo.tandem.test') ?? '';
    await trx
      .insertInto('supervision')
      .values({
        practice_id: practiceId,
        supervisor_id: supervisorId,
        therapist_id: therapistId,
        created_at: options.now,
      })
      .execute();
    for (const account of demoAccounts.filter((a) => a.role === 'client')) {
      const clientId = ids.get(account.email) ?? '';
      await insertClientRecord(trx, { practiceId, clientId, therapistId, now: options.now });
      await recordConsentAcceptance(trx, {
        practiceId,
        userId: clientId,
        version: 1,
        now: options.now,
      });
    }
    const people = {
      practiceId,
      therapistId,
      supervisorId,
      improving: ids.get('alex@demo.tandem.test') ?? '',
      notOnTrack: ids.get('jordan@demo.tandem.test') ?? '',
      atRisk: ids.get('riley@demo.tandem.test') ?? '',
    };
    await seedDemoHistory(trx, people, options.now, demoTimeZone(options.country));
    await seedDemoEntries(trx, people, options.now, options.cipher);
    await seedDemoWorksheets(trx, people, options.now, options.cipher);
    await seedDemoGoals(trx, people, options.now, options.cipher);
    await seedDemoValues(trx, people, options.now, options.cipher);
    await seedDemoExposure(trx, people, options.now, options.cipher);
    await seedDemoHomework(trx, people, options.now, demoTimeZone(options.country), options.cipher);
    await seedDemoReview(trx, people, options.now, options.cipher);
    await seedDemoGroups(trx, people, options.now, options.cipher);
    await seedDemoActivities(
      trx,
      people,
      options.now,
      demoTimeZone(options.country),
      options.cipher,
    );
    return demoAccounts.map((a) => ({ email: a.email, role: a.role, password }));
  });
}
