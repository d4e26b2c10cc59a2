import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPractice, type TestUser } from '../../testing/builders.ts';
import { createTestApp, type TestContext } from '../../testing/test-app.ts';
import { TestAgent } from '../../testing/test-agent.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx.close());

const as = (user: TestUser) => new TestAgent(ctx.app).actAs(ctx.deps, user);

// The shared FHIR fixtures live beside the repository; vitest.config.ts finds them.
const fixtures =
  process.env.TANDEM_FHIR_FIXTURES ??
  new URL('../../../../../../shared/fixtures/fhir/', import.meta.url).pathname;

const fixture = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(`${fixtures}/questionnaires/${name}`, 'utf8')) as Record<string, unknown>;

/** NLM LHC-Forms' PHQ-9 has no url or version of its own: a practice gives it both. */
const lformsPhq9 = (version = '1'): Record<string, unknown> => ({
  ...fixture('lforms-phq9.R4.json'),
  url: `https://example.org/Questionnaire/lforms-phq9-${randomUUID()}`,
  version,
});

/** A small form of our own: nothing Tandem knows, totalled by its own calculatedExpression. */
const sleepDiary = (
  url = `https://example.org/Questionnaire/sleep-${randomUUID()}`,
  version = '1',
) => ({
  resourceType: 'Questionnaire',
  url,
  version,
  title: 'Sleep this week',
  status: 'active',
  item: [
    { linkId: 'intro', type: 'display', text: 'About the last seven nights.' },
    {
      linkId: 'nights',
      type: 'group',
      text: 'Nights',
      item: [
        { linkId: 'bad', type: 'integer', text: 'Nights of poor sleep', required: true },
        { linkId: 'naps', type: 'integer', text: 'Naps taken', required: true },
        { linkId: 'rested', type: 'boolean', text: 'Did you wake rested at least once?' },
        { linkId: 'note', type: 'text', text: 'Anything else?' },
      ],
    },
    {
      linkId: 'total',
      type: 'integer',
      text: 'Total',
      readOnly: true,
      extension: [
        {
          url: 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression',
          valueExpression: {
            language: 'text/fhirpath',
            expression:
              "%resource.item.where(linkId='nights').item.where(linkId='bad' or linkId='naps').answer.value.sum()",
          },
        },
      ],
    },
  ],
});

async function importAs(admin: TestUser, questionnaire: unknown, id = randomUUID()) {
  const agent = await as(admin);
  return agent.post('/api/admin/practice-instruments', { id, questionnaire });
}

/** One client's row of a therapist's caseload. */
async function caseloadRow(
  therapist: TestUser,
  clientId: string,
): Promise<{ measures: Record<string, unknown>[] }> {
  const answer = await (await as(therapist)).post('/api/caseload', {});
  expect(answer.statusCode).toBe(200);
  const rows = answer.json<{ clients: { id: string; measures: Record<string, unknown>[] }[] }>()
    .clients;
  const row = rows.find((candidate) => candidate.id === clientId);
  if (!row) throw new Error('the client is not in the caseload');
  return row;
}

describe('importing a Questionnaire', () => {
  it('recognises the NLM PHQ-9 by its LOINC codes and says what will apply', async () => {
    const practice = await createTestPractice(ctx.deps);
    const answer = await importAs(practice.admin, lformsPhq9());
    expect(answer.statusCode).toBe(201);
    const body = answer.json<{
      instrument: Record<string, unknown>;
      plan: Record<string, unknown>;
    }>();
    expect(body.instrument).toMatchObject({
      recognisedAs: 'phq-9',
      version: '1',
      retiredAt: null,
      importedBy: { id: practice.admin.id },
    });
    expect(body.instrument.instrumentId).toBe(`practice:${String(body.instrument.id)}`);
    expect(body.plan.summary).toBe(
      'Scored as PHQ-9 (recognised by LOINC codes): bands and critical items apply.',
    );
    expect(body.plan.unmappable).toEqual([]);
  });

  it('imports an unknown Questionnaire to be totalled by its own scoring', async () => {
    const practice = await createTestPractice(ctx.deps);
    const admin = await as(practice.admin);
    const preview = await admin.post('/api/admin/practice-instruments/preview', {
      questionnaire: sleepDiary(),
    });
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toMatchObject({
      plan: {
        recognisedAs: null,
        title: 'Sleep this week',
        summary: 'Totalled by its own scoring; no bands, no critical items, no change thresholds.',
      },
    });
    // A preview stores nothing.
    expect((await admin.get('/api/practice-instruments')).json()).toEqual({ instruments: [] });
    expect((await importAs(practice.admin, sleepDiary())).statusCode).toBe(201);
  });

  it('lists unmappable reasons for a Questionnaire with a built-in panel code that does not map', async () => {
    const practice = await createTestPractice(ctx.deps);
    const q = lformsPhq9();
    // Item 9 loses its LOINC code: the panel is claimed but cannot be scored as the PHQ-9.
    const items = q.item as Record<string, unknown>[];
    items[8] = { ...items[8], code: [] };
    const answer = await importAs(practice.admin, q);
    expect(answer.statusCode).toBe(201);
    const { plan } = answer.json<{ plan: { recognisedAs: string | null; unmappable: string[] } }>();
    expect(plan.recognisedAs).toBeNull();
    expect(plan.unmappable.length).toBeGreaterThan(0);
  });

  it.each([
    [
      'not a Questionnaire',
      { resourceType: 'Patient' },
      400,
      'NOT_A_QUESTIONNAIRE',
      'questionnaire.resourceType',
    ],
    [
      'no url',
      { ...sleepDiary(), url: undefined },
      400,
      'QUESTIONNAIRE_IDENTITY_MISSING',
      'questionnaire.url',
    ],
    [
      'no version',
      { ...sleepDiary(), version: undefined },
      400,
      'QUESTIONNAIRE_IDENTITY_MISSING',
      'questionnaire.version',
    ],
    [
      "Tandem's own url",
      { ...sleepDiary('http://tandem.health/fhir/Questionnaire/phq-9', '1.0.0') },
      400,
      'QUESTIONNAIRE_URL_RESERVED',
      'questionnaire.url',
    ],
    [
      'an item the form cannot show',
      {
        ...sleepDiary(),
        item: [
          { linkId: 'a', type: 'group', item: [{ linkId: 'when', type: 'date', text: 'When?' }] },
        ],
      },
      400,
      'QUESTIONNAIRE_ITEM_UNSUPPORTED',
      'questionnaire.item[0].item[0].type',
    ],
    [
      'a choice from a ValueSet',
      {
        ...sleepDiary(),
        item: [{ linkId: 'c', type: 'choice', answerValueSet: 'http://example.org/vs' }],
      },
      400,
      'QUESTIONNAIRE_ITEM_UNSUPPORTED',
      'questionnaire.item[0].answerValueSet',
    ],
    [
      'what the library refuses',
      {
        ...sleepDiary(),
        item: [
          { linkId: 'x', type: 'integer' },
          { linkId: 'x', type: 'integer' },
        ],
      },
      400,
      'QUESTIONNAIRE_NOT_SCORABLE',
      undefined,
    ],
    [
      'too many items',
      {
        ...sleepDiary(),
        item: Array.from({ length: 301 }, (_, i) => ({ linkId: `i${i}`, type: 'integer' })),
      },
      400,
      'QUESTIONNAIRE_TOO_LARGE',
      'questionnaire.item[300]',
    ],
  ])('refuses %s', async (_what, questionnaire, status, code, path) => {
    const practice = await createTestPractice(ctx.deps);
    const answer = await importAs(practice.admin, questionnaire);
    expect(answer.statusCode).toBe(status);
    const body = answer.json<{ code: string; path?: string; message: string }>();
    expect(body.code).toBe(code);
    if (path !== undefined) expect(body.path).toBe(path);
    if (code === 'QUESTIONNAIRE_ITEM_UNSUPPORTED') expect(body.message).toMatch(/Item "/);
    if (code === 'QUESTIONNAIRE_NOT_SCORABLE') expect(body.message).toMatch(/linkId|x/);
  });

  it('refuses a Questionnaire over 256 KB', async () => {
    const practice = await createTestPractice(ctx.deps);
    const answer = await importAs(practice.admin, {
      ...sleepDiary(),
      description: 'z'.repeat(262_144),
    });
    expect(answer.statusCode).toBe(400);
    expect(answer.json()).toMatchObject({ code: 'QUESTIONNAIRE_TOO_LARGE', path: 'questionnaire' });
  });

  it('answers 409 for a url and version already imported, and replays a retry', async () => {
    const practice = await createTestPractice(ctx.deps);
    const q = sleepDiary();
    const id = randomUUID();
    const first = await importAs(practice.admin, q, id);
    expect(first.statusCode).toBe(201);
    const retry = await importAs(practice.admin, q, id);
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toEqual(first.json());
    const again = await importAs(practice.admin, q);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      code: 'QUESTIONNAIRE_ALREADY_IMPORTED',
      path: 'questionnaire.version',
    });
    // The same id with another Questionnaire is not a retry.
    const reused = await importAs(practice.admin, sleepDiary(), id);
    expect(reused.json()).toMatchObject({ code: 'SUBMISSION_ID_REUSED' });
    // A new version of the same url is a new instrument.
    expect((await importAs(practice.admin, { ...q, version: '2' })).statusCode).toBe(201);
    const list = (await (await as(practice.admin)).get('/api/practice-instruments')).json<{
      instruments: { version: string; url: string }[];
    }>().instruments;
    expect(list.map((i) => i.version).sort()).toEqual(['1', '2']);
  });

  it('retires an instrument once; a therapist can no longer assign it', async () => {
    const practice = await createTestPractice(ctx.deps);
    const imported = await importAs(practice.admin, sleepDiary());
    const { instrument } = imported.json<{ instrument: { id: string; instrumentId: string } }>();
    const admin = await as(practice.admin);
    const retired = await admin.post(`/api/admin/practice-instruments/${instrument.id}/retire`, {});
    expect(retired.statusCode).toBe(200);
    expect(
      retired.json<{ instrument: { retiredAt: string | null } }>().instrument.retiredAt,
    ).not.toBeNull();
    const therapist = await as(practice.therapists[0]!);
    const assigned = await therapist.post(`/api/clients/${practice.clients[0]!.id}/assignments`, {
      id: randomUUID(),
      instrumentId: instrument.instrumentId,
      schedule: { kind: 'once' },
      startsOn: ctx.deps.clock().toISOString().slice(0, 10),
    });
    expect(assigned.statusCode).toBe(409);
    expect(assigned.json()).toMatchObject({ code: 'INSTRUMENT_RETIRED', path: 'instrumentId' });
  });

  it("keeps another practice's instruments out of reach", async () => {
    const [home, other] = [await createTestPractice(ctx.deps), await createTestPractice(ctx.deps)];
    const { instrument } = (await importAs(home.admin, sleepDiary())).json<{
      instrument: { id: string };
    }>();
    const otherAdmin = await as(other.admin);
    expect((await otherAdmin.get('/api/practice-instruments')).json()).toEqual({ instruments: [] });
    const retire = await otherAdmin.post(
      `/api/admin/practice-instruments/${instrument.id}/retire`,
      {},
    );
    expect(retire.statusCode).toBe(404);
  });
});

const today = () => ctx.deps.clock().toISOString().slice(0, 10);

async function withFallback(practiceId: string, staffId: string): Promise<void> {
  await ctx.deps.db
    .updateTable('practices')
    .set({ alert_fallback_staff_id: staffId })
    .where('id', '=', practiceId)
    .execute();
}

async function importOk(admin: TestUser, questionnaire: unknown): Promise<string> {
  const answer = await importAs(admin, questionnaire);
  expect(answer.statusCode).toBe(201);
  return answer.json<{ instrument: { instrumentId: string } }>().instrument.instrumentId;
}

async function assignOnce(therapist: TestUser, client: TestUser, instrumentId: string) {
  return (await as(therapist)).post(`/api/clients/${client.id}/assignments`, {
    id: randomUUID(),
    instrumentId,
    schedule: { kind: 'once' },
    startsOn: today(),
  });
}

async function openOccasion(client: TestUser, instrumentId: string) {
  const todo = (await (await as(client)).get('/api/me/measures/todo')).json<{
    todo: { occasionId: string; instrumentId: string; title: string; itemCount: number }[];
  }>().todo;
  const found = todo.find((item) => item.instrumentId === instrumentId);
  if (!found) throw new Error(`${instrumentId} is not on the to-do list`);
  return found;
}

/** Answers to the LHC-Forms PHQ-9: option `rest` on items 1–8, `item9` on item 9. */
function lformsAnswers(questionnaire: Record<string, unknown>, rest: number, item9: number) {
  const items = questionnaire.item as {
    linkId: string;
    type: string;
    answerOption?: { valueCoding: unknown }[];
  }[];
  return items.slice(0, 9).map((item, index) => ({
    linkId: item.linkId,
    answer: [{ valueCoding: item.answerOption![index === 8 ? item9 : rest]!.valueCoding }],
  }));
}

const sleepAnswers = (bad: number, naps: number) => [
  {
    linkId: 'nights',
    item: [
      { linkId: 'bad', answer: [{ valueInteger: bad }] },
      { linkId: 'naps', answer: [{ valueInteger: naps }] },
      { linkId: 'rested', answer: [{ valueBoolean: true }] },
      { linkId: 'note', answer: [{ valueString: 'Slept badly after late coffee.' }] },
    ],
  },
];

describe('assigning and answering a practice instrument', () => {
  it('scores the imported NLM PHQ-9 as the PHQ-9: band, and an alert on item 9 in the same transaction', async () => {
    const practice = await createTestPractice(ctx.deps);
    const [therapist, client] = [practice.therapists[0]!, practice.clients[0]!];
    const q = lformsPhq9();
    const key = await importOk(practice.admin, q);
    // It asks about risk, like the built-in PHQ-9: a fallback contact comes first.
    const refused = await assignOnce(therapist, client, key);
    expect(refused.json()).toMatchObject({ code: 'ALERT_FALLBACK_REQUIRED' });
    await withFallback(practice.practiceId, practice.supervisor.id);
    expect((await assignOnce(therapist, client, key)).statusCode).toBe(201);
    const occasion = await openOccasion(client, key);
    expect(occasion.itemCount).toBeGreaterThanOrEqual(9);
    const form = await (await as(client)).get(`/api/instruments/${key}/questionnaire`);
    expect(form.statusCode).toBe(200);
    expect(form.json()).toMatchObject({ url: q.url, version: '1' });

    const submitted = await (
      await as(client)
    ).post('/api/me/measures/responses', {
      id: randomUUID(),
      occasionId: occasion.occasionId,
      instrumentId: key,
      item: lformsAnswers(q, 1, 2),
    });
    expect(submitted.statusCode).toBe(201);
    const body = submitted.json<{
      response: { total: number; band: { id: string } | null };
      crisis: unknown;
    }>();
    expect(body.response.total).toBe(10);
    expect(body.response.band).not.toBeNull();
    expect(body.crisis).not.toBeNull();
    const alerts = await ctx.deps.db
      .selectFrom('alerts')
      .select(['instrument_id', 'item_id', 'answer_value'])
      .where('client_id', '=', client.id)
      .execute();
    expect(alerts).toEqual([{ instrument_id: 'phq-9', item_id: '9', answer_value: 2 }]);
    const stored = await ctx.deps.db
      .selectFrom('measure_responses')
      .select(['instrument_id', 'instrument_version', 'questionnaire'])
      .where('client_id', '=', client.id)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({
      instrument_id: key,
      instrument_version: '1',
      questionnaire: `${String(q.url)}|1`,
    });
    // The caseload shows it banded as the PHQ-9, named by its own title and version.
    const row = await caseloadRow(therapist, client.id);
    expect(row.measures).toEqual([
      expect.objectContaining({
        instrumentId: key,
        shortTitle: expect.stringContaining('(v1)') as unknown,
        latest: expect.objectContaining({
          total: 10,
          band: expect.anything() as unknown,
        }) as unknown,
      }),
    ]);
  });

  it('keeps a draft of every answer type, checked against the exact version', async () => {
    const practice = await createTestPractice(ctx.deps);
    const [therapist, client] = [practice.therapists[0]!, practice.clients[0]!];
    const key = await importOk(practice.admin, sleepDiary());
    expect((await assignOnce(therapist, client, key)).statusCode).toBe(201);
    const occasion = await openOccasion(client, key);
    const agent = await as(client);
    const path = `/api/me/measures/occasions/${occasion.occasionId}/draft`;
    const draft = { bad: 3, rested: true, note: 'Coffee after 4 pm.', naps: null };
    expect((await agent.put(path, { answers: draft })).statusCode).toBe(204);
    const todo = (await agent.get('/api/me/measures/todo')).json<{
      todo: { occasionId: string; draft: unknown }[];
    }>().todo;
    expect(todo.find((item) => item.occasionId === occasion.occasionId)?.draft).toEqual(draft);

    for (const [answers, field] of [
      [{ bad: 2.5 }, 'answers.bad'],
      [{ rested: 'yes' }, 'answers.rested'],
      [{ note: 4 }, 'answers.note'],
      [{ nights: 1 }, 'answers.nights'],
      [{ elsewhere: 1 }, 'answers.elsewhere'],
    ] as const) {
      const refused = await agent.put(path, { answers });
      expect(refused.statusCode).toBe(400);
      expect(refused.json()).toMatchObject({ code: 'VALIDATION_FAILED', path: field });
    }
    // Nothing refused changed the draft.
    const after = (await agent.get('/api/me/measures/todo')).json<{
      todo: { occasionId: string; draft: unknown }[];
    }>().todo;
    expect(after.find((item) => item.occasionId === occasion.occasionId)?.draft).toEqual(draft);
  });

  it('totals an unrecognised Questionnaire by its own scoring, with no published thresholds', async () => {
    const practice = await createTestPractice(ctx.deps);
    const [therapist, client] = [practice.therapists[0]!, practice.clients[0]!];
    const q = sleepDiary();
    const key = await importOk(practice.admin, q);
    expect((await assignOnce(therapist, client, key)).statusCode).toBe(201);
    const occasion = await openOccasion(client, key);
    expect(occasion).toMatchObject({ title: 'Sleep this week', itemCount: 5 });
    const submitted = await (
      await as(client)
    ).post('/api/me/measures/responses', {
      id: randomUUID(),
      occasionId: occasion.occasionId,
      instrumentId: key,
      item: sleepAnswers(3, 2),
    });
    expect(submitted.statusCode).toBe(201);
    expect(submitted.json()).toMatchObject({
      response: { total: 5, band: null, title: 'Sleep this week' },
      crisis: null,
    });
    const series = (await (await as(therapist)).get(`/api/clients/${client.id}/measures`)).json<{
      measures: {
        instrumentId: string;
        thresholds: string;
        points: { total: number; change: unknown }[];
      }[];
    }>().measures;
    expect(series.find((m) => m.instrumentId === key)).toMatchObject({
      thresholds: 'none',
      points: [{ total: 5, change: null }],
    });
    const responseId = submitted.json<{ response: { id: string } }>().response.id;
    const detail = await (
      await as(therapist)
    ).get(`/api/clients/${client.id}/responses/${responseId}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json<{ response: { items: unknown[] } }>().response.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: 'bad', text: 'Nights of poor sleep', value: 3 }),
        expect.objectContaining({ id: 'rested', label: 'Yes' }),
      ]),
    );
    const own = (await (await as(client)).get('/api/me/measures')).json<{
      measures: { instrumentId: string; bands: unknown[]; points: { total: number }[] }[];
    }>().measures;
    expect(own.find((m) => m.instrumentId === key)).toMatchObject({
      bands: [],
      points: [{ total: 5 }],
    });
    // The caseload shows the total with no band, change or flag: none is published.
    const row = await caseloadRow(therapist, client.id);
    expect(row.measures).toEqual([
      {
        instrumentId: key,
        shortTitle: 'Sleep this week (v1)',
        latest: expect.objectContaining({ total: 5, band: null }) as unknown,
        change: null,
        notOnTrack: null,
      },
    ]);
    // Admins see definitions, never answers.
    const admin = await as(practice.admin);
    expect((await admin.get(`/api/clients/${client.id}/measures`)).statusCode).toBe(403);
    const list = JSON.stringify((await admin.get('/api/practice-instruments')).json());
    expect(list).not.toContain('late coffee');
  });

  it.each([
    [
      'a string for an integer',
      [{ linkId: 'nights', item: [{ linkId: 'bad', answer: [{ valueString: 'three' }] }] }],
    ],
    ['an item the form lacks', [{ linkId: 'nope', answer: [{ valueInteger: 1 }] }]],
    ['an answer in the wrong place', [{ linkId: 'bad', answer: [{ valueInteger: 1 }] }]],
  ])('refuses %s with VALIDATION_FAILED and a path', async (_what, item) => {
    const practice = await createTestPractice(ctx.deps);
    const [therapist, client] = [practice.therapists[0]!, practice.clients[0]!];
    const key = await importOk(practice.admin, sleepDiary());
    await assignOnce(therapist, client, key);
    const occasion = await openOccasion(client, key);
    const answer = await (
      await as(client)
    ).post('/api/me/measures/responses', {
      id: randomUUID(),
      occasionId: occasion.occasionId,
      instrumentId: key,
      item,
    });
    expect(answer.statusCode).toBe(400);
    const body = answer.json<{ code: string; path?: string }>();
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.path).toMatch(/^item/);
  });

  it('keeps an old response tied to its version after a new version is imported and the old retired', async () => {
    const practice = await createTestPractice(ctx.deps);
    const [therapist, client] = [practice.therapists[0]!, practice.clients[0]!];
    const url = `https://example.org/Questionnaire/sleep-${randomUUID()}`;
    const v1 = await importOk(practice.admin, sleepDiary(url, '1'));
    await assignOnce(therapist, client, v1);
    const occasion = await openOccasion(client, v1);
    await (
      await as(client)
    ).post('/api/me/measures/responses', {
      id: randomUUID(),
      occasionId: occasion.occasionId,
      instrumentId: v1,
      item: sleepAnswers(1, 1),
    });
    const v2 = await importOk(practice.admin, sleepDiary(url, '2'));
    expect(v2).not.toBe(v1);
    const admin = await as(practice.admin);
    await admin.post(`/api/admin/practice-instruments/${v1.slice('practice:'.length)}/retire`, {});
    const series = (await (await as(therapist)).get(`/api/clients/${client.id}/measures`)).json<{
      measures: { instrumentId: string; title: string; points: { total: number }[] }[];
    }>().measures;
    expect(series.find((m) => m.instrumentId === v1)).toMatchObject({
      title: 'Sleep this week (v1)',
      points: [{ total: 2 }],
    });
    expect((await assignOnce(therapist, client, v1)).json()).toMatchObject({
      code: 'INSTRUMENT_RETIRED',
    });
    expect((await assignOnce(therapist, client, v2)).statusCode).toBe(201);
  });
});
