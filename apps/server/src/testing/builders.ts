import { newId, type Role } from '@tandem/core';
import type { Deps } from '../deps.ts';
import { hashPassword } from '../modules/auth/password.ts';
import { insertClientRecord } from '../modules/clients/clients.repo.ts';
import { recordConsentAcceptance } from '../modules/consent/consent.repo.ts';
import { createPractice } from '../modules/practices/practices.service.ts';
import { insertUserIfNew } from '../modules/users/users.repo.ts';

export interface TestUser {
  id: string;
  practiceId: string;
  email: string;
  role: Role;
  password: string;
}

export interface TestPractice {
  practiceId: string;
  admin: TestUser;
  supervisor: TestUser;
  therapists: TestUser[];
  /** clients[i] is on the care team of therapists[i % therapists.length]. */
  clients: TestUser[];
}

export const TEST_PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | undefined;
let counter = 0;

/**
 * A practice with people in it, written straight to the database (fast), e.g.
 * `createTestPractice(deps, { therapists: 2, clients: 2 })`. The supervisor
 * supervises therapists[0] only.
 */
export async function createTestPractice(
  deps: Pick<Deps, 'db'>,
  options: { therapists?: number; clients?: number; name?: string } = {},
): Promise<TestPractice> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const hash = await passwordHash;
  const now = new Date();
  const tag = `${Date.now().toString(36)}${(counter += 1)}`;
  const practiceId = await createPractice(deps.db, {
    name: options.name ?? `Practice ${tag}`,
    demo: false,
    country: 'GB',
    now,
  });
  const make = async (role: Role, label: string): Promise<TestUser> => {
    const user = {
      id: newId(),
      practiceId,
      email: `${label}.${tag}@example.test`,
      role,
      password: TEST_PASSWORD,
    };
    await insertUserIfNew(deps.db, {
      ...user,
      displayName: `${label} ${tag}`,
      status: 'active',
      passwordHash: hash,
      now,
    });
    return user;
  };
  const admin = await make('admin', 'admin');
  const supervisor = await make('supervisor', 'supervisor');
  const therapists: TestUser[] = [];
  for (let i = 0; i < (options.therapists ?? 1); i += 1)
    therapists.push(await make('therapist', `therapist${i}`));
  if (therapists[0]) {
    await deps.db
      .insertInto('supervision')
      .values({
        practice_id: practiceId,
        supervisor_id: supervisor.id,
        therapist_id: therapists[0].id,
        created_at: now,
      })
      .execute();
  }
  const clients: TestUser[] = [];
  for (let i = 0; i < (options.clients ?? 1); i += 1) {
    const client = await make('client', `client${i}`);
    const therapist = therapists[i % therapists.length];
    if (therapist)
      await insertClientRecord(deps.db, {
        practiceId,
        clientId: client.id,
        therapistId: therapist.id,
        now,
      });
    await recordConsentAcceptance(deps.db, { practiceId, userId: client.id, version: 1, now });
    clients.push(client);
  }
  return { practiceId, admin, supervisor, therapists, clients };
}
