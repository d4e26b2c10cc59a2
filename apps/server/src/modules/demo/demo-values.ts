import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { FieldCipher } from '../../crypto/field-cipher.ts';
import type { DB, EntryVisibility } from '../../db/schema.ts';
import {
  strengthKeys,
  valueCardKeys,
  type StrengthKey,
  type ValueCardKey,
  type ValuePile,
} from '../values/value-cards.ts';
import type { DemoPeople } from './demo-history.ts';

const DAY_MS = 86_400_000;

interface DemoValues {
  cards: [ValueCardKey, ValuePile][];
  own: [string, ValuePile][];
  strengths: StrengthKey[];
  ownStrengths: string[];
  /** Alex and Jordan share both; Riley keeps their strengths to themself. */
  strengthsVisibility: EntryVisibility;
}

function valuesOf(people: DemoPeople): [string, DemoValues][] {
  return [
    [
      people.improving,
      {
        cards: [
          ['health', 'very-important'],
          ['independence', 'very-important'],
          ['nature', 'important'],
          ['friendship', 'important'],
          ['order', 'not-so-important'],
          ['adventure', 'not-so-important'],
        ],
        own: [['Being outdoors before work', 'very-important']],
        strengths: ['determination', 'practical', 'humour'],
        ownStrengths: ['I can fix most things on a bike'],
        strengthsVisibility: 'shared',
      },
    ],
    [
      people.notOnTrack,
      {
        cards: [
          ['friendship', 'very-important'],
          ['belonging', 'very-important'],
          ['kindness', 'important'],
          ['achievement', 'not-so-important'],
        ],
        own: [],
        strengths: ['listening', 'loyalty', 'caring'],
        ownStrengths: [],
        strengthsVisibility: 'shared',
      },
    ],
    [
      people.atRisk,
      {
        cards: [
          ['family', 'very-important'],
          ['calm', 'very-important'],
          ['security', 'important'],
          ['fun', 'important'],
        ],
        own: [],
        strengths: ['patience', 'noticing'],
        ownStrengths: ['Good with my niece and nephew'],
        strengthsVisibility: 'private',
      },
    ],
  ];
}

async function insertKind(
  trx: Transaction<DB>,
  cipher: FieldCipher,
  people: DemoPeople,
  clientId: string,
  kind: 'values' | 'strengths',
  content: unknown,
  visibility: EntryVisibility,
  at: Date,
): Promise<void> {
  const id = randomUUID();
  await trx
    .insertInto('client_values')
    .values({
      practice_id: people.practiceId,
      id,
      client_id: clientId,
      kind,
      content: cipher.seal(JSON.stringify(content), {
        column: { table: 'client_values', column: 'content' },
        rowId: id,
      }),
      version: 1,
      created_at: at,
      updated_at: at,
      visibility,
      visibility_changed_at: at,
    })
    .execute();
}

/**
 * Each demo client's card sort (shared) and strengths, sorted a few weeks
 * ago, so the therapist's page shows what their goals are for.
 */
export async function seedDemoValues(
  trx: Transaction<DB>,
  people: DemoPeople,
  now: Date,
  cipher: FieldCipher,
): Promise<void> {
  const at = new Date(now.getTime() - 58 * DAY_MS);
  for (const [clientId, values] of valuesOf(people)) {
    await insertKind(
      trx,
      cipher,
      people,
      clientId,
      'values',
      {
        // Stored in catalogue order, as the service stores a sort.
        cards: [...values.cards]
          .sort(([a], [b]) => valueCardKeys.indexOf(a) - valueCardKeys.indexOf(b))
          .map(([key, pile]) => ({ key, pile })),
        own: values.own.map(([name, pile]) => ({ id: randomUUID(), name, pile })),
      },
      'shared',
      at,
    );
    await insertKind(
      trx,
      cipher,
      people,
      clientId,
      'strengths',
      {
        picked: [...values.strengths].sort(
          (a, b) => strengthKeys.indexOf(a) - strengthKeys.indexOf(b),
        ),
        own: values.ownStrengths.map((text) => ({ id: randomUUID(), text })),
      },
      values.strengthsVisibility,
      at,
    );
  }
}
