import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { column } from '../../crypto/encrypted-columns.ts';
import type { FieldCipher } from '../../crypto/field-cipher.ts';
import type { DB, EntryVisibility, LivingDocumentKind } from '../../db/schema.ts';
import { planSections } from '../plans/plan-sections.ts';
import type { DemoPeople } from './demo-history.ts';

/**
 * Six weeks of check-ins, a few journal entries and the plans of the demo
 * clients, so the therapist's timeline and the client's own pages show a real
 * story: Alex's mood lifts on days with exercise or time outside and dips after
 * poor sleep; Jordan's stays low and flat, mostly kept private; Riley made a
 * safety plan with their therapist. Deterministic (a seeded generator), so the
 * demo reads the same on every machine.
 */
const DAYS = 42;

/** A small seeded generator (mulberry32): the same demo everywhere. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface ClientStory {
  clientId: string;
  seed: number;
  /** Mood at the start and at the end of the six weeks (a straight trend, plus the day's factors). */
  moodFrom: number;
  moodTo: number;
  /** Chance that a given day has a check-in. */
  daily: number;
  shareChance: number;
  notes: readonly string[];
}

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

async function seedCheckIns(
  trx: Transaction<DB>,
  practiceId: string,
  story: ClientStory,
  now: Date,
  cipher: FieldCipher,
): Promise<void> {
  const random = seeded(story.seed);
  for (let day = DAYS; day >= 1; day -= 1) {
    if (random() > story.daily) continue;
    const exercise = random() < 0.4;
    const outdoors = random() < 0.35;
    const poorSleep = random() < 0.25;
    const family = random() < 0.3;
    const trend = story.moodFrom + ((story.moodTo - story.moodFrom) * (DAYS - day)) / DAYS;
    const mood = Math.round(
      clamp(
        trend +
          (exercise ? 1.2 : 0) +
          (outdoors ? 0.8 : 0) -
          (poorSleep ? 1.5 : 0) +
          (random() - 0.5) * 1.5,
        0,
        10,
      ),
    );
    const sleepHours = poorSleep
      ? 4.5 + Math.round(random() * 2) * 0.5
      : 6.5 + Math.round(random() * 4) * 0.5;
    const tags = [
      ...(exercise ? [{ kind: 'activity', label: 'Exercise' }] : []),
      ...(outdoors ? [{ kind: 'place', label: 'Outdoors' }] : []),
      ...(poorSleep ? [{ kind: 'trigger', label: 'Poor sleep' }] : []),
      ...(family ? [{ kind: 'people', label: 'Family' }] : []),
      { kind: 'place', label: random() < 0.6 ? 'Home' : 'Work or school' },
    ];
    const emotions =
      mood >= 6
        ? [{ key: random() < 0.5 ? 'calm' : 'content', intensity: 4 + Math.round(random() * 4) }]
        : [
            { key: random() < 0.5 ? 'anxious' : 'sad', intensity: 5 + Math.round(random() * 4) },
            ...(poorSleep ? [{ key: 'tired', intensity: 7 }] : []),
          ];
    const occurredAt = new Date(
      now.getTime() - day * 86_400_000 + Math.round(random() * 10) * 3_600_000,
    );
    const id = randomUUID();
    const noteText =
      random() < 0.3 ? story.notes[Math.floor(random() * story.notes.length)] : undefined;
    const visibility: EntryVisibility = random() < story.shareChance ? 'shared' : 'private';
    await trx
      .insertInto('check_ins')
      .values({
        practice_id: practiceId,
        id,
        client_id: story.clientId,
        occurred_at: occurredAt,
        recorded_at: occurredAt,
        mood,
        sleep_hours: sleepHours,
        emotions: JSON.stringify(emotions),
        tags: JSON.stringify(tags),
        note:
          noteText === undefined
            ? null
            : cipher.seal(noteText, { column: column.checkInNote, rowId: id }),
        visibility,
        visibility_changed_at: occurredAt,
      })
      .execute();
  }
}

async function seedJournal(
  trx: Transaction<DB>,
  practiceId: string,
  clientId: string,
  entries: readonly { daysAgo: number; body: string; visibility: EntryVisibility }[],
  now: Date,
  cipher: FieldCipher,
): Promise<void> {
  for (const entry of entries) {
    const id = randomUUID();
    const at = new Date(now.getTime() - entry.daysAgo * 86_400_000);
    await trx
      .insertInto('journal_entries')
      .values({
        practice_id: practiceId,
        id,
        client_id: clientId,
        created_at: at,
        updated_at: at,
        body: cipher.seal(entry.body, { column: column.journalBody, rowId: id }),
        visibility: entry.visibility,
        visibility_changed_at: at,
      })
      .execute();
  }
}

type Content = Record<string, { text: string; phone: string | null }[]>;

/** A plan with its versions (each by the person who wrote it), the newest current. */
async function seedPlan(
  trx: Transaction<DB>,
  practiceId: string,
  clientId: string,
  kind: LivingDocumentKind,
  versions: readonly { daysAgo: number; by: string; content: Content }[],
  now: Date,
  cipher: FieldCipher,
): Promise<void> {
  const documentId = randomUUID();
  const full = (content: Content) =>
    JSON.stringify(
      Object.fromEntries(planSections[kind].map((s) => [s.key, content[s.key] ?? []])),
    );
  const latest = versions.at(-1);
  if (!latest) return;
  await trx
    .insertInto('living_documents')
    .values({
      practice_id: practiceId,
      id: documentId,
      client_id: clientId,
      kind,
      version: versions.length,
      content: cipher.seal(full(latest.content), {
        column: column.livingDocument,
        rowId: documentId,
      }),
      updated_at: new Date(now.getTime() - latest.daysAgo * 86_400_000),
      updated_by: latest.by,
    })
    .execute();
  for (const [index, version] of versions.entries()) {
    const id = randomUUID();
    await trx
      .insertInto('living_document_versions')
      .values({
        practice_id: practiceId,
        id,
        document_id: documentId,
        version: index + 1,
        content: cipher.seal(full(version.content), {
          column: column.livingDocumentVersion,
          rowId: id,
        }),
        edited_at: new Date(now.getTime() - version.daysAgo * 86_400_000),
        edited_by: version.by,
      })
      .execute();
  }
}

const line = (text: string, phone: string | null = null) => ({ text, phone });

export async function seedDemoEntries(
  trx: Transaction<DB>,
  people: DemoPeople,
  now: Date,
  cipher: FieldCipher,
): Promise<void> {
  const { practiceId } = people;
  const stories: ClientStory[] = [
    {
      clientId: people.improving,
      seed: 11,
      moodFrom: 3.5,
      moodTo: 6.5,
      daily: 0.85,
      shareChance: 0.8,
      notes: [
        'Walked to work, felt clearer.',
        'Hard start, better by the evening.',
        'Called my brother.',
      ],
    },
    {
      clientId: people.notOnTrack,
      seed: 23,
      moodFrom: 3.5,
      moodTo: 3.5,
      daily: 0.6,
      shareChance: 0.35,
      notes: ['Did not leave the flat.', 'Work was a lot today.', 'Could not switch off.'],
    },
    {
      clientId: people.atRisk,
      seed: 37,
      moodFrom: 4.5,
      moodTo: 3,
      daily: 0.5,
      shareChance: 0.6,
      notes: ['Everything feels heavy.', 'Talked to my friend, it helped a bit.'],
    },
  ];
  for (const story of stories) await seedCheckIns(trx, practiceId, story, now, cipher);

  // Weekly sessions, the latest five days ago: the therapist's summary reads "since last session".
  for (const clientId of [people.improving, people.notOnTrack, people.atRisk]) {
    for (const daysAgo of [26, 19, 12, 5]) {
      await trx
        .insertInto('therapy_sessions')
        .values({
          practice_id: practiceId,
          id: randomUUID(),
          client_id: clientId,
          held_on: new Date(now.getTime() - daysAgo * 86_400_000).toISOString().slice(0, 10),
          recorded_by: people.therapistId,
          recorded_at: new Date(now.getTime() - daysAgo * 86_400_000),
        })
        .execute();
    }
  }

  await seedJournal(
    trx,
    practiceId,
    people.improving,
    [
      {
        daysAgo: 20,
        body: 'I noticed I avoid the phone when I am low. Today I answered it anyway.',
        visibility: 'shared',
      },
      {
        daysAgo: 9,
        body: 'Some things I am not ready to talk about yet. Writing them here helps.',
        visibility: 'private',
      },
      {
        daysAgo: 3,
        body: 'The walk before work is becoming a habit. I want to keep it.',
        visibility: 'shared',
      },
    ],
    now,
    cipher,
  );
  await seedJournal(
    trx,
    practiceId,
    people.notOnTrack,
    [
      {
        daysAgo: 5,
        body: 'Not sure therapy is working. Maybe I should say so next time.',
        visibility: 'shared',
      },
    ],
    now,
    cipher,
  );

  await seedPlan(
    trx,
    practiceId,
    people.atRisk,
    'safety-plan',
    [
      {
        daysAgo: 12,
        by: people.therapistId,
        content: {
          warningSigns: [
            line('Not answering messages'),
            line('Thinking nobody would notice if I was gone'),
          ],
          internalCoping: [line('Shower, then music on loud'), line('Walk round the block')],
          professionals: [line('My therapist, weekdays', null)],
        },
      },
      {
        daysAgo: 4,
        by: people.atRisk,
        content: {
          warningSigns: [
            line('Not answering messages'),
            line('Thinking nobody would notice if I was gone'),
          ],
          internalCoping: [line('Shower, then music on loud'), line('Walk round the block')],
          distractions: [line('Sit in the library café')],
          helpContacts: [line('Sam (friend)', '555 0142')],
          professionals: [line('My therapist, weekdays', null)],
          saferEnvironment: [line('Ask Sam to keep my spare medication')],
          reasonsForLiving: [line('My niece'), line('Finishing my course')],
        },
      },
    ],
    now,
    cipher,
  );
  await seedPlan(
    trx,
    practiceId,
    people.improving,
    'coping-plan',
    [
      {
        daysAgo: 15,
        by: people.therapistId,
        content: {
          triggers: [line('Sunday evenings'), line('Unanswered e-mails piling up')],
          warningSigns: [line('Skipping meals'), line('Staying up late on my phone')],
          whatHelps: [line('A walk before work'), line('Ringing my brother', '555 0117')],
        },
      },
    ],
    now,
    cipher,
  );
}
