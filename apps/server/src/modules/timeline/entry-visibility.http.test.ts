import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPractice, type TestPractice, type TestUser } from '../../testing/builders.ts';
import { createTestApp, type TestContext } from '../../testing/test-app.ts';
import { TestAgent } from '../../testing/test-agent.ts';

/**
 * Who sees a client's entries, as a matrix over readers and entry states.
 * A private entry reaches the client alone: in no list, item, count or
 * summary of anyone else. Sharing shows it to the care team (and their
 * supervisor) at once; taking it back hides it at once.
 */
let ctx: TestContext;
let home: TestPractice;
let other: TestPractice;
beforeAll(async () => {
  ctx = await createTestApp();
  // Supervisor supervises therapists[0] (builders.ts); client[0] is on therapists[0]'s care team.
  home = await createTestPractice(ctx.deps, { therapists: 2, clients: 2 });
  other = await createTestPractice(ctx.deps, { therapists: 1, clients: 1 });
});
afterAll(async () => ctx.close());

const as = (user: TestUser) => new TestAgent(ctx.app).actAs(ctx.deps, user);

type Reader =
  | 'client'
  | 'otherClient'
  | 'therapist'
  | 'otherTherapist'
  | 'supervisor'
  | 'admin'
  | 'otherPractice';
const readers: Reader[] = [
  'client',
  'otherClient',
  'therapist',
  'otherTherapist',
  'supervisor',
  'admin',
  'otherPractice',
];

function userOf(reader: Reader): TestUser {
  switch (reader) {
    case 'client':
      return home.clients[0]!;
    case 'otherClient':
      return home.clients[1]!;
    case 'therapist':
      return home.therapists[0]!;
    case 'otherTherapist':
      return home.therapists[1]!;
    case 'supervisor':
      return home.supervisor;
    case 'admin':
      return home.admin;
    case 'otherPractice':
      return other.therapists[0]!;
  }
}

/** Every id of the client's entries the reader can find, by every route they may use. */
async function idsSeenBy(reader: Reader): Promise<{ ids: Set<string>; counted: number }> {
  const agent = await as(userOf(reader));
  const ids = new Set<string>();
  let counted = 0;
  if (reader === 'client' || reader === 'otherClient') {
    for (const c of (await agent.get('/api/me/check-ins')).json().checkIns as { id: string }[])
      ids.add(c.id);
    for (const e of (await agent.get('/api/me/journal')).json().entries as { id: string }[])
      ids.add(e.id);
    return { ids, counted };
  }
  const answer = await agent.get(`/api/clients/${home.clients[0]!.id}/timeline`);
  if (answer.statusCode !== 200) {
    expect([403, 404], reader).toContain(answer.statusCode);
    return { ids, counted };
  }
  const timeline = answer.json();
  for (const item of timeline.items as { checkIn?: { id: string }; entry?: { id: string } }[]) {
    const id = item.checkIn?.id ?? item.entry?.id;
    if (id) ids.add(id);
  }
  counted = timeline.summary.checkIns.count + timeline.summary.sharedJournalEntries;
  return { ids, counted };
}

const mayReadShared: Record<Reader, boolean> = {
  client: true,
  otherClient: false,
  therapist: true,
  otherTherapist: false,
  supervisor: true,
  admin: false,
  otherPractice: false,
};

describe('entry visibility', () => {
  it('follows the matrix of readers and entry states, lists and counts alike', async () => {
    const client = await as(home.clients[0]!);
    const make = async (kind: 'check-in' | 'journal', visibility: 'private' | 'shared') => {
      const id = randomUUID();
      const answer =
        kind === 'check-in'
          ? await client.post('/api/me/check-ins', {
              id,
              occurredAt: new Date().toISOString(),
              mood: 3,
              emotions: [],
              sleepHours: null,
              tags: [],
              note: 'canary-free note',
              visibility,
            })
          : await client.post('/api/me/journal', { id, body: 'An entry.', visibility });
      expect(answer.statusCode).toBe(201);
      return id;
    };
    const privateCheckIn = await make('check-in', 'private');
    const sharedCheckIn = await make('check-in', 'shared');
    const privateEntry = await make('journal', 'private');
    const sharedEntry = await make('journal', 'shared');

    for (const reader of readers) {
      const { ids, counted } = await idsSeenBy(reader);
      const own = reader === 'client';
      expect(ids.has(privateCheckIn), `${reader}: private check-in`).toBe(own);
      expect(ids.has(privateEntry), `${reader}: private journal entry`).toBe(own);
      expect(ids.has(sharedCheckIn), `${reader}: shared check-in`).toBe(mayReadShared[reader]);
      expect(ids.has(sharedEntry), `${reader}: shared journal entry`).toBe(mayReadShared[reader]);
      // The summary counts only what was shared: one check-in and one journal entry.
      if (reader === 'therapist' || reader === 'supervisor') expect(counted, reader).toBe(2);
    }

    // Taking a shared entry back hides it at once; sharing a private one shows it at once.
    expect(
      (await client.put(`/api/me/check-ins/${sharedCheckIn}/visibility`, { visibility: 'private' }))
        .statusCode,
    ).toBe(200);
    expect(
      (
        await client.put(`/api/me/journal/${privateEntry}`, {
          body: 'An entry, now shared.',
          visibility: 'shared',
        })
      ).statusCode,
    ).toBe(200);
    for (const reader of ['therapist', 'supervisor'] as const) {
      const { ids, counted } = await idsSeenBy(reader);
      expect(ids.has(sharedCheckIn), reader).toBe(false);
      expect(ids.has(privateEntry), reader).toBe(true);
      expect(counted, reader).toBe(2);
    }
  });

  it('no one but the client may write or re-share their entries', async () => {
    const id = randomUUID();
    const client = await as(home.clients[0]!);
    await client.post('/api/me/journal', { id, body: 'Mine.', visibility: 'private' });
    for (const reader of ['otherClient', 'therapist', 'admin'] as const) {
      const agent = await as(userOf(reader));
      const answer = await agent.put(`/api/me/journal/${id}`, {
        body: 'Theirs now',
        visibility: 'shared',
      });
      expect(answer.statusCode, reader).toBe(reader === 'otherClient' ? 404 : 403);
    }
    const mine = (await client.get('/api/me/journal'))
      .json()
      .entries.find((e: { id: string }) => e.id === id);
    expect(mine).toMatchObject({ body: 'Mine.', visibility: 'private' });
  });
});
