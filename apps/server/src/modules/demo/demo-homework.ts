import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { localDate } from '@tandem/core';
import type { FieldCipher } from '../../crypto/field-cipher.ts';
import type { DB, HomeworkStatus, HomeworkToolKind } from '../../db/schema.ts';
import { homeworkColumn } from '../homework/homework-view.ts';
import type { DemoPeople } from './demo-history.ts';

/** One demo homework: set `setDaysAgo`, due `dueInDays` from today, answered `answeredDaysAgo`. */
interface DemoHomework {
  tool: HomeworkToolKind;
  key?: string;
  task?: string;
  note: string;
  setDaysAgo: number;
  dueInDays: number;
  status: HomeworkStatus;
  helpfulness?: number;
  answerNote?: string;
  answeredDaysAgo?: number;
}

const DAY_MS = 86_400_000;

/** A calendar date ('YYYY-MM-DD') moved by whole days. */
function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Homework for each demo client, so the therapist's page and "since last
 * session" show how homework went, and each client's To do has one waiting:
 * Alex's helped (planning activities among them); Jordan did some and not the
 * rest, with a reason; Riley tried soothing their senses.
 */
function homeworkOf(people: DemoPeople): [string, DemoHomework[]][] {
  return [
    [
      people.improving,
      [
        {
          tool: 'activities',
          note: 'Plan three small things this week, and guess beforehand how each will feel.',
          setDaysAgo: 22,
          dueInDays: -15,
          status: 'done',
          helpfulness: 4,
          answerNote: 'Most of them went better than I guessed.',
          answeredDaysAgo: 15,
        },
        {
          tool: 'skill',
          key: 'paced-breathing',
          note: 'Try it once a day, even on a calm day, so it is easy when you need it.',
          setDaysAgo: 13,
          dueInDays: -7,
          status: 'done',
          helpfulness: 4,
          answerNote: 'Easier in the evening than in the morning.',
          answeredDaysAgo: 8,
        },
        {
          tool: 'worksheet',
          key: 'thought-record',
          note: 'Pick one moment at work that upset you this week.',
          setDaysAgo: 6,
          dueInDays: -1,
          status: 'done',
          helpfulness: 5,
          answerNote: 'Seeing the evidence written down helped a lot.',
          answeredDaysAgo: 2,
        },
        {
          tool: 'check-in',
          note: 'A check-in on days you exercise and days you do not, so we can compare.',
          setDaysAgo: 1,
          dueInDays: 5,
          status: 'waiting',
        },
      ],
    ],
    [
      people.notOnTrack,
      [
        {
          tool: 'journal',
          note: 'A few lines about what the evenings are like.',
          setDaysAgo: 12,
          dueInDays: -6,
          status: 'not-done',
          answerNote: 'Too tired most evenings.',
          answeredDaysAgo: 6,
        },
        {
          tool: 'skill',
          key: 'grounding-5-4-3-2-1',
          note: 'When the worry gets loud, try this for two minutes.',
          setDaysAgo: 6,
          dueInDays: -1,
          status: 'done',
          helpfulness: 2,
          answerNote: 'Hard to keep my mind on it.',
          answeredDaysAgo: 1,
        },
        {
          tool: 'other',
          task: 'A ten-minute walk after lunch',
          note: 'Any pace is fine. Notice one thing you see on the way.',
          setDaysAgo: 1,
          dueInDays: 6,
          status: 'waiting',
        },
      ],
    ],
    [
      people.atRisk,
      [
        {
          tool: 'skill',
          key: 'self-soothe',
          note: 'Make a small kit of things that calm your senses.',
          setDaysAgo: 9,
          dueInDays: -3,
          status: 'done',
          helpfulness: 3,
          answerNote: 'The music helped; the rest less so.',
          answeredDaysAgo: 3,
        },
        {
          tool: 'skill',
          key: 'paced-breathing',
          note: 'Together with your safety plan: try the breathing when you notice the first warning sign.',
          setDaysAgo: 2,
          dueInDays: 4,
          status: 'waiting',
        },
      ],
    ],
  ];
}

export async function seedDemoHomework(
  trx: Transaction<DB>,
  people: DemoPeople,
  now: Date,
  timeZone: string,
  cipher: FieldCipher,
): Promise<void> {
  const today = localDate(now, timeZone);
  for (const [clientId, list] of homeworkOf(people)) {
    for (const item of list) {
      const id = randomUUID();
      const setAt = new Date(now.getTime() - item.setDaysAgo * DAY_MS);
      const answeredAt =
        item.answeredDaysAgo === undefined
          ? null
          : new Date(now.getTime() - item.answeredDaysAgo * DAY_MS);
      await trx
        .insertInto('homework')
        .values({
          practice_id: people.practiceId,
          id,
          client_id: clientId,
          assigned_by: people.therapistId,
          tool_kind: item.tool,
          tool_key: item.key ?? null,
          other_task:
            item.task === undefined
              ? null
              : cipher.seal(item.task, { column: homeworkColumn.otherTask, rowId: id }),
          due_on: addDays(today, item.dueInDays),
          note: cipher.seal(item.note, { column: homeworkColumn.note, rowId: id }),
          status: item.status,
          helpfulness: item.helpfulness ?? null,
          answer_note:
            item.answerNote === undefined
              ? null
              : cipher.seal(item.answerNote, { column: homeworkColumn.answerNote, rowId: id }),
          created_at: setAt,
          updated_at: answeredAt ?? setAt,
          answered_at: answeredAt,
        })
        .execute();
    }
  }
}
