import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPractice, type TestPractice, type TestUser } from '../../testing/builders.ts';
import { createTestApp, type TestContext } from '../../testing/test-app.ts';
import { TestAgent } from '../../testing/test-agent.ts';
import { newSkillPractice, newThoughtRecord } from '../access/role-matrix.worksheets.ts';

/**
 * Who sees a client's thought records and skill practices: the client all of
 * them; the care team (and their supervisor) only the shared ones, in the
 * timeline, its counts and the skills summary; admins, other staff and other
 * clients nothing. Sharing and taking back act at once.
 */
let ctx: TestContext;
let home: TestPractice;
let other: TestPractice;
beforeAll(async () => {
  ctx = await createTestApp();
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

interface Seen {
  ids: Set<string>;
  /** Timeline counts and the skills summary's number of practices. */
  counts: { worksheets: number; practices: number; summary: number } | null;
}

async function seenBy(reader: Reader): Promise<Seen> {
  const agent = await as(userOf(reader));
  const ids = new Set<string>();
  if (reader === 'client' || reader === 'otherClient') {
    for (const e of (await agent.get('/api/me/worksheets')).json().entries as { id: string }[])
      ids.add(e.id);
    for (const p of (await agent.get('/api/me/skill-practices')).json().practices as {
      id: string;
    }[])
      ids.add(p.id);
    return { ids, counts: null };
  }
  const clientId = home.clients[0]!.id;
  const timeline = await agent.get(`/api/clients/${clientId}/timeline`);
  const summary = await agent.get(`/api/clients/${clientId}/skills/summary`);
  if (timeline.statusCode !== 200) {
    expect([403, 404], reader).toContain(timeline.statusCode);
    expect(summary.statusCode, reader).toBe(timeline.statusCode);
    return { ids, counts: null };
  }
  const body = timeline.json();
  for (const item of body.items as { worksheet?: { id: string }; practice?: { id: string } }[]) {
    const id = item.worksheet?.id ?? item.practice?.id;
    if (id) ids.add(id);
  }
  return {
    ids,
    counts: {
      worksheets: body.summary.sharedWorksheets,
      practices: body.summary.sharedSkillPractices,
      summary: summary.json().practices,
    },
  };
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

describe('thought record and skill practice visibility', () => {
  it('follows the matrix of readers and entry states, lists and counts alike', async () => {
    const client = await as(home.clients[0]!);
    const made: Record<string, string> = {};
    for (const visibility of ['private', 'shared'] as const) {
      const worksheet = await client.post('/api/me/worksheets', newThoughtRecord(visibility));
      expect(worksheet.statusCode).toBe(201);
      made[`${visibility}Worksheet`] = worksheet.json().entry.id;
      const practice = await client.post('/api/me/skill-practices', newSkillPractice(visibility));
      expect(practice.statusCode).toBe(201);
      made[`${visibility}Practice`] = practice.json().practice.id;
    }
    const readers = Object.keys(mayReadShared) as Reader[];
    for (const reader of readers) {
      const { ids, counts } = await seenBy(reader);
      const own = reader === 'client';
      expect(ids.has(made.privateWorksheet!), `${reader}: private worksheet`).toBe(own);
      expect(ids.has(made.privatePractice!), `${reader}: private practice`).toBe(own);
      expect(ids.has(made.sharedWorksheet!), `${reader}: shared worksheet`).toBe(
        mayReadShared[reader],
      );
      expect(ids.has(made.sharedPractice!), `${reader}: shared practice`).toBe(
        mayReadShared[reader],
      );
      if (reader === 'therapist' || reader === 'supervisor') {
        expect(counts, reader).toEqual({ worksheets: 1, practices: 1, summary: 1 });
      }
    }

    // The care team sees the shared thought record with its intensity change.
    const timeline = (
      await (await as(home.therapists[0]!)).get(`/api/clients/${home.clients[0]!.id}/timeline`)
    ).json();
    const shared = timeline.items.find(
      (item: { worksheet?: { id: string } }) => item.worksheet?.id === made.sharedWorksheet,
    );
    expect(shared.type).toBe('worksheet');
    expect(shared.worksheet.ratingChanges[0]).toMatchObject({ label: 'Anxious', change: -40 });

    // Taking back hides at once; sharing shows at once.
    const put = async (path: string, visibility: string) =>
      (await client.put(path, { visibility })).statusCode;
    expect(await put(`/api/me/worksheets/${made.sharedWorksheet}/visibility`, 'private')).toBe(200);
    expect(await put(`/api/me/skill-practices/${made.privatePractice}/visibility`, 'shared')).toBe(
      200,
    );
    for (const reader of ['therapist', 'supervisor'] as const) {
      const { ids, counts } = await seenBy(reader);
      expect(ids.has(made.sharedWorksheet!), reader).toBe(false);
      expect(ids.has(made.privatePractice!), reader).toBe(true);
      expect(counts, reader).toEqual({ worksheets: 0, practices: 2, summary: 2 });
    }
  });

  it('no one but the client may re-share their entries', async () => {
    const client = await as(home.clients[0]!);
    const worksheet = (await client.post('/api/me/worksheets', newThoughtRecord())).json().entry;
    const practice = (await client.post('/api/me/skill-practices', newSkillPractice())).json()
      .practice;
    for (const reader of ['otherClient', 'therapist', 'admin'] as const) {
      const agent = await as(userOf(reader));
      const status = reader === 'otherClient' ? 404 : 403;
      for (const path of [
        `/api/me/worksheets/${worksheet.id}/visibility`,
        `/api/me/skill-practices/${practice.id}/visibility`,
      ]) {
        expect((await agent.put(path, { visibility: 'shared' })).statusCode, reader).toBe(status);
      }
      if (reader === 'otherClient') {
        expect((await agent.get(`/api/me/worksheets/${worksheet.id}`)).statusCode).toBe(404);
      }
    }
    const mine = (await client.get(`/api/me/worksheets/${worksheet.id}`)).json().entry;
    expect(mine.visibility).toBe('private');
  });
});
