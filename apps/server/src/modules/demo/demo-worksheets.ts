import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { FieldCipher } from '../../crypto/field-cipher.ts';
import type { DB, EntryVisibility } from '../../db/schema.ts';
import { worksheetDefinition } from '../worksheets/definitions/index.ts';
import type { AnswerInput } from '../worksheets/worksheet-answers.ts';
import { sealedWorksheetEntry } from '../worksheets/sealed-entry.ts';
import type { DemoPeople } from './demo-history.ts';

const DAY_MS = 86_400_000;

interface DemoWorksheet {
  clientId: string;
  key: string;
  daysAgo: number;
  visibility: EntryVisibility;
  answers: Record<string, AnswerInput>;
}

/**
 * A few saved worksheets per demo client, so each growth tool is seen in use:
 * Riley rehearsed a DEAR MAN script and came back to say how it went, and
 * solved a problem; Alex logged the window of tolerance and wrote an ABC
 * worksheet he kept private; Jordan logged a disagreement and planned a
 * boundary. Answers go through the same checks and seal as a client's own.
 */
function demoWorksheets(people: DemoPeople): DemoWorksheet[] {
  return [
    {
      clientId: people.atRisk,
      key: 'dear-man',
      daysAgo: 9,
      visibility: 'shared',
      answers: {
        situation: 'Asking my manager for a week off after the move.',
        'priority-first': 1,
        'priority-second-after-1': 3,
        describe: 'I moved flat last month and I have not had a day off since March.',
        express: 'I feel worn out and I am worried about making mistakes.',
        assert: 'I would like to take the week of the 14th off.',
        reinforce: 'I will come back rested, and I will hand over the orders before I go.',
        mindful: 'If it drifts to other things: "Can we settle the week first?"',
        confident: 'Sit up, keep eye contact, speak slowly.',
        negotiate: 'Three days that week and two later in the month.',
        ready: 7,
        'afterwards-how': 'She said yes to three days now and two later. I did not back down.',
        'afterwards-asked': 7,
        'afterwards-relationship': 8,
        'afterwards-self-respect': 9,
      },
    },
    {
      clientId: people.atRisk,
      key: 'problem-solving',
      daysAgo: 4,
      visibility: 'shared',
      answers: {
        problem: 'The bills pile up and I avoid opening them.',
        goal: 'Every letter opened and sorted by the end of the month.',
        ideas: 'Open two a day; ask my brother to sit with me; set up direct debits.',
        'option-1': 'Open two letters every evening',
        'option-1-pros': 'Small and doable.',
        'option-1-pros-weight': 7,
        'option-1-cons': 'Slow.',
        'option-1-cons-weight': 3,
        'option-2': 'Sort them all with my brother on Saturday',
        'option-2-pros': 'Done in one go, not alone.',
        'option-2-pros-weight': 8,
        'option-2-cons': 'I might cancel if I feel low.',
        'option-2-cons-weight': 6,
        chosen: 'Two letters each evening, and my brother on Saturday for the hard ones.',
        'plan-step-1': 'Put the letters in one box by the door',
        'plan-step-1-when': 'Tonight',
        'plan-step-2': 'Text my brother about Saturday',
        'plan-step-2-when': 'Tomorrow morning',
      },
    },
    {
      clientId: people.improving,
      key: 'window-of-tolerance',
      daysAgo: 6,
      visibility: 'shared',
      answers: {
        zone: 1,
        noticed: 'Heart racing in the lift queue, hands shaking.',
        'what-helped': 'Feet on the floor, five things I could see, slow breaths out.',
      },
    },
    {
      clientId: people.notOnTrack,
      key: 'interaction-log',
      daysAgo: 5,
      visibility: 'shared',
      answers: {
        'what-happened': 'My friend cancelled our plans again by text, an hour before.',
        felt: 'Hurt, then angry.',
        needed: 'To know that I matter to her.',
        'what-i-did': 'I did not reply for two days.',
        'how-it-went': 'She asked if I was upset. We talked a little.',
        'next-time': 'Say that I am disappointed, and suggest another day.',
      },
    },
  ];
}

/** Seeds the demo worksheets; each must be a complete, valid entry of its definition. */
export async function seedDemoWorksheets(
  trx: Transaction<DB>,
  people: DemoPeople,
  now: Date,
  cipher: FieldCipher,
): Promise<void> {
  for (const demo of demoWorksheets(people)) {
    const definition = worksheetDefinition(demo.key);
    if (!definition) throw new Error(`demo: no worksheet ${demo.key}`);
    const recordedAt = new Date(now.getTime() - demo.daysAgo * DAY_MS);
    const { row } = sealedWorksheetEntry(cipher, definition, {
      id: randomUUID(),
      answers: demo.answers,
      recordedAt,
      visibility: demo.visibility,
    });
    await trx
      .insertInto('worksheet_entries')
      .values({
        practice_id: people.practiceId,
        id: row.id,
        client_id: demo.clientId,
        worksheet_key: row.worksheetKey,
        worksheet_version: row.worksheetVersion,
        recorded_at: row.recordedAt,
        answers: row.answers,
        ratings: JSON.stringify(row.ratings),
        visibility: row.visibility,
        visibility_changed_at: row.recordedAt,
      })
      .execute();
  }
}
