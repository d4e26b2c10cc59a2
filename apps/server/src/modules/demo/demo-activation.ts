import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { localDate } from '@tandem/core';
import type { FieldCipher } from '../../crypto/field-cipher.ts';
import type { ActivityStatus, DB, EntryVisibility } from '../../db/schema.ts';
import { activityColumn } from '../activation/activity-view.ts';
import type { DemoPeople } from './demo-history.ts';

/** One demo activity, planned `plannedInDays` from today (negative: in the past). */
interface DemoActivity {
  title: string;
  plannedInDays: number;
  time: string | null;
  predicted: [mastery: number, pleasure: number];
  status: ActivityStatus;
  actual?: [mastery: number, pleasure: number];
  note?: string;
  visibility: EntryVisibility;
}

const DAY_MS = 86_400_000;

/** A calendar date ('YYYY-MM-DD') moved by whole days. */
function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * A few weeks of each demo client's activity schedule, so the activities page
 * and the therapist's timeline show how it goes: Alex plans small things most
 * days and they tend to go better than expected; Jordan plans little, does
 * some and not the rest, and keeps most to themself; Riley has started. Each
 * has something planned for the coming days.
 */
function activitiesOf(people: DemoPeople): [string, DemoActivity[]][] {
  const done = (
    title: string,
    daysAgo: number,
    predicted: [number, number],
    actual: [number, number],
    visibility: EntryVisibility,
    note?: string,
  ): DemoActivity => ({
    title,
    plannedInDays: -daysAgo,
    time: null,
    predicted,
    status: 'done',
    actual,
    visibility,
    ...(note ? { note } : {}),
  });
  return [
    [
      people.improving,
      [
        done('Walk round the park before work', 20, [3, 2], [6, 5], 'shared'),
        done('Call my sister', 17, [2, 3], [4, 7], 'shared', 'We laughed more than I expected.'),
        done('Tidy the kitchen', 14, [4, 1], [7, 3], 'shared'),
        done('Swim at the leisure centre', 10, [3, 3], [6, 6], 'shared'),
        done('Cook a proper dinner', 7, [4, 4], [6, 7], 'private'),
        done('Walk round the park before work', 4, [4, 4], [6, 6], 'shared'),
        done('Read a chapter in the garden', 2, [2, 5], [3, 7], 'shared'),
        {
          title: 'Bike ride with a friend',
          plannedInDays: 2,
          time: '10:00',
          predicted: [4, 5],
          status: 'planned',
          visibility: 'shared',
        },
      ],
    ],
    [
      people.notOnTrack,
      [
        done('Shower and get dressed before noon', 12, [2, 1], [4, 2], 'private'),
        {
          title: 'Go to the shop for bread',
          plannedInDays: -8,
          time: '11:00',
          predicted: [2, 1],
          status: 'not-done',
          note: 'Too tired that day.',
          visibility: 'shared',
        },
        done('Short walk to the corner and back', 5, [2, 1], [3, 3], 'shared'),
        {
          title: 'Text a friend back',
          plannedInDays: 1,
          time: null,
          predicted: [2, 2],
          status: 'planned',
          visibility: 'private',
        },
      ],
    ],
    [
      people.atRisk,
      [
        done('Water the plants', 6, [1, 2], [3, 4], 'shared'),
        done('Listen to a favourite album', 3, [1, 4], [2, 6], 'private'),
        {
          title: 'Sit outside for ten minutes',
          plannedInDays: 1,
          time: '16:00',
          predicted: [1, 3],
          status: 'planned',
          visibility: 'shared',
        },
      ],
    ],
  ];
}

export async function seedDemoActivities(
  trx: Transaction<DB>,
  people: DemoPeople,
  now: Date,
  timeZone: string,
  cipher: FieldCipher,
): Promise<void> {
  const today = localDate(now, timeZone);
  for (const [clientId, activities] of activitiesOf(people)) {
    for (const activity of activities) {
      const id = randomUUID();
      const plannedOn = addDays(today, activity.plannedInDays);
      // Planned two days before the day; answered that evening.
      const createdAt = new Date(now.getTime() + (activity.plannedInDays - 2) * DAY_MS);
      const ratedAt =
        activity.status === 'planned'
          ? null
          : new Date(now.getTime() + activity.plannedInDays * DAY_MS);
      await trx
        .insertInto('activities')
        .values({
          practice_id: people.practiceId,
          id,
          client_id: clientId,
          title: cipher.seal(activity.title, { column: activityColumn.title, rowId: id }),
          planned_on: plannedOn,
          planned_time: activity.time,
          predicted_mastery: activity.predicted[0],
          predicted_pleasure: activity.predicted[1],
          status: activity.status,
          done_on: activity.status === 'done' ? plannedOn : null,
          actual_mastery: activity.actual?.[0] ?? null,
          actual_pleasure: activity.actual?.[1] ?? null,
          after_note:
            activity.note === undefined
              ? null
              : cipher.seal(activity.note, { column: activityColumn.afterNote, rowId: id }),
          created_at: createdAt,
          updated_at: ratedAt ?? createdAt,
          rated_at: ratedAt,
          visibility: activity.visibility,
          visibility_changed_at: createdAt,
        })
        .execute();
    }
  }
}
