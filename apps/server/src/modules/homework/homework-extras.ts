import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../http/actor.ts';
import { requireClientAccess } from '../access/require-access.ts';
import { openOccasionsOfClient } from '../measures/occasions.repo.ts';
import { measureNames } from '../practice-instruments/practice-measure.ts';
import { entryKindOf } from './homework-tools.ts';
import type { HomeworkViewExtras } from './homework-view.ts';
import { entriesMadeSince, type HomeworkRow } from './homework.repo.ts';

/** How many of their recent entries a client is offered to link. */
const ENTRIES_OFFERED = 5;

/**
 * What a homework view needs beyond its row: a measure's name (practice
 * measures are named in the database), and for the client alone, their own
 * entries of the tool's kind made since it was set (to link, and share, when
 * done) and a measure's questionnaire open now. Staff get neither: the entries
 * may be private, and the occasion is the client's to answer.
 */
export async function extrasFor(
  deps: Pick<Deps, 'db' | 'clock'>,
  db: Kysely<DB>,
  actor: Actor,
  clientId: string,
  rows: readonly HomeworkRow[],
): Promise<Map<string, HomeworkViewExtras>> {
  const extras = new Map<string, HomeworkViewExtras>(rows.map((row) => [row.id, {}]));
  const measures = rows.filter((row) => row.toolKind === 'measure' && row.toolKey !== null);
  if (measures.length > 0) {
    const names = await measureNames(
      db,
      actor.practiceId,
      measures.map((row) => row.toolKey ?? ''),
    );
    for (const row of measures) {
      extras.get(row.id)!.measureName = names.get(row.toolKey ?? '')?.title;
    }
  }
  const isTheClient = actor.role === 'client' && actor.userId === clientId;
  const waiting = rows.filter((row) => row.status === 'waiting');
  if (!isTheClient || waiting.length === 0) return extras;

  const read = await requireClientAccess(deps, actor, 'client.entries.read', clientId);
  for (const row of waiting) {
    const kind = entryKindOf(row.toolKind);
    if (kind === null) continue;
    const made = await entriesMadeSince(db, read, kind, {
      since: row.createdAt,
      key: row.toolKey,
      limit: ENTRIES_OFFERED,
    });
    extras.get(row.id)!.entriesMade = made.map((entry) => ({
      kind,
      id: entry.id,
      at: entry.at.toISOString(),
      visibility: entry.visibility,
    }));
  }
  if (waiting.some((row) => row.toolKind === 'measure')) {
    const respond = await requireClientAccess(deps, actor, 'client.measures.respond', clientId);
    const open = await openOccasionsOfClient(db, respond, deps.clock());
    for (const row of waiting) {
      const occasion = open.find((o) => o.assignmentId === row.id);
      if (occasion) extras.get(row.id)!.occasionId = occasion.id;
    }
  }
  return extras;
}
