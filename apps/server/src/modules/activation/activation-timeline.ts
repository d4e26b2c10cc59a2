import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { FieldCipher } from '../../crypto/field-cipher.ts';
import type { DB } from '../../db/schema.ts';
import type { ClientScope } from '../access/require-access.ts';
import { activitiesChangedSince } from './activation.repo.ts';
import { activitySchema } from './activation.schemas.ts';
import { activityView, type ActivityView } from './activity-view.ts';

export interface ActivityTimelineItem {
  type: 'activity';
  /** When it was answered (done or not), else when it was planned. */
  at: string;
  activity: ActivityView;
}

export const activityTimelineItemSchema = z.object({
  type: z.literal('activity'),
  at: z.string(),
  activity: activitySchema,
});

/**
 * The shared activities planned or answered in the timeline's window. The
 * entries scope decides what is shared: a private activity is in no item.
 */
export async function activityTimelineItems(
  db: Kysely<DB>,
  cipher: FieldCipher,
  scope: ClientScope<'client.entries.read'>,
  options: { limit: number; since: Date },
): Promise<ActivityTimelineItem[]> {
  const rows = await activitiesChangedSince(db, scope, options);
  return rows.map((row) => ({
    type: 'activity' as const,
    at: (row.ratedAt ?? row.createdAt).toISOString(),
    activity: activityView(cipher, row),
  }));
}
