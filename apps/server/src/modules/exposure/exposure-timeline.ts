import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { FieldCipher } from '../../crypto/field-cipher.ts';
import type { DB } from '../../db/schema.ts';
import type { ClientScope } from '../access/require-access.ts';
import { exposurePracticesOf, hierarchiesOf } from './exposure.repo.ts';
import { practiceSchema } from './exposure.schemas.ts';
import {
  exposurePracticeView,
  hierarchyView,
  type ExposurePracticeView,
} from './exposure-views.ts';

export interface ExposureTimelineItem {
  type: 'exposure-practice';
  at: string;
  practice: ExposurePracticeView;
  /** The step and hierarchy practised, as named now. */
  step: { situation: string; predictedSuds: number; hierarchyName: string } | null;
}

export const exposureTimelineItemSchema = z.object({
  type: z.literal('exposure-practice'),
  at: z.string(),
  practice: practiceSchema,
  step: z
    .object({ situation: z.string(), predictedSuds: z.number(), hierarchyName: z.string() })
    .nullable(),
});

/**
 * The shared exposure practices of the timeline's window, with the step each
 * was of. The entries scope decides what is shared: a private practice is in
 * no item.
 */
export async function exposureTimelineItems(
  db: Kysely<DB>,
  cipher: FieldCipher,
  scopes: {
    entries: ClientScope<'client.entries.read'>;
    hierarchies: ClientScope<'client.exposure.read'>;
  },
  options: { limit: number; since: Date },
): Promise<ExposureTimelineItem[]> {
  const rows = await exposurePracticesOf(db, scopes.entries, options);
  if (rows.length === 0) return [];
  const steps = new Map<string, NonNullable<ExposureTimelineItem['step']>>();
  for (const row of await hierarchiesOf(db, scopes.hierarchies)) {
    const view = hierarchyView(cipher, row);
    for (const step of view.steps) {
      steps.set(`${view.id}/${step.id}`, {
        situation: step.situation,
        predictedSuds: step.predictedSuds,
        hierarchyName: view.name,
      });
    }
  }
  return rows.map((row) => ({
    type: 'exposure-practice' as const,
    at: row.practicedAt.toISOString(),
    practice: exposurePracticeView(cipher, row),
    step: steps.get(`${row.hierarchyId}/${row.stepId}`) ?? null,
  }));
}
