import type { Deps } from '../../deps.ts';
import { column } from '../../crypto/encrypted-columns.ts';
import type { EntryVisibility } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { requireClientAccess, requireOwnEntries } from '../access/require-access.ts';
import { appendAuditEvent } from '../audit/audit.repo.ts';
import { auditedBy } from '../audit/audited-by.ts';
import { checkEntryTime } from '../client-entries/entry-time.ts';
import { changeOwnEntryVisibility, createOwnEntry } from '../client-entries/own-entry.ts';
import { emotions, suggestedTags, tagKinds } from './check-in-vocabulary.ts';
import { checkInView, type CheckInView } from './check-in-view.ts';
import { checkInById, checkInsOf, insertCheckIn, tagsUsedBy } from './check-ins.repo.ts';
import type { NewCheckIn } from './check-ins.schemas.ts';

type ServiceDeps = Pick<Deps, 'db' | 'clock' | 'cipher'>;

/** What "my check-ins" lists: plenty for a year of daily check-ins. */
const LIST_LIMIT = 400;

/** The emotion list, tag kinds and tag suggestions: built-in ones and the client's own. */
export async function checkInOptions(deps: ServiceDeps, actor: Actor) {
  const scope = await requireClientAccess(deps, actor, 'client.entries.read', actor.userId);
  const own = await tagsUsedBy(deps.db, scope, 60);
  const seen = new Set(own.map((tag) => `${tag.kind}\u0000${tag.label.toLowerCase()}`));
  const builtIn = suggestedTags.filter(
    (tag) => !seen.has(`${tag.kind}\u0000${tag.label.toLowerCase()}`),
  );
  return {
    emotions: emotions.map((e) => ({ key: e.key, label: e.label })),
    tagKinds: tagKinds.map((k) => ({ key: k.key, label: k.label })),
    suggestedTags: [...own, ...builtIn],
  };
}

/**
 * A client records a check-in, made on their device (perhaps offline, sent
 * later). The id was made with the check-in: a replay answers the stored one
 * and creates nothing; the same id with other content is SUBMISSION_ID_REUSED.
 */
export async function createCheckIn(
  deps: ServiceDeps,
  actor: Actor,
  input: NewCheckIn,
): Promise<{ created: boolean; checkIn: CheckInView }> {
  const scopes = await requireOwnEntries(deps, actor);
  const now = deps.clock();
  const occurredAt = new Date(input.occurredAt);
  checkEntryTime(occurredAt, now, 'occurredAt', 'A check-in');
  const note = input.note === null || input.note.trim() === '' ? null : input.note;
  const { created, row } = await createOwnEntry(deps, actor, scopes, {
    id: input.id,
    operation: 'check-in.create',
    resourceType: 'check-in',
    request: { ...input, occurredAt: occurredAt.toISOString(), note },
    insert: (trx) =>
      insertCheckIn(trx, scopes.write, {
        id: input.id,
        occurredAt,
        recordedAt: now,
        mood: input.mood,
        emotions: input.emotions,
        sleepHours: input.sleepHours,
        tags: input.tags,
        note:
          note === null
            ? null
            : deps.cipher.seal(note, { column: column.checkInNote, rowId: input.id }),
        visibility: input.visibility,
      }),
    read: (trx) => checkInById(trx, scopes.read, input.id),
  });
  return { created, checkIn: checkInView(deps.cipher, row) };
}

export async function myCheckIns(deps: ServiceDeps, actor: Actor): Promise<CheckInView[]> {
  const scope = await requireClientAccess(deps, actor, 'client.entries.read', actor.userId);
  return deps.db.transaction().execute(async (trx) => {
    const rows = await checkInsOf(trx, scope, { limit: LIST_LIMIT });
    await appendAuditEvent(
      trx,
      {
        ...auditedBy(actor),
        action: 'check-ins.list',
        resourceType: 'check-in',
        clientId: scope.clientId,
        outcome: 'allowed',
        detail: { count: rows.length },
      },
      deps.clock(),
    );
    return rows.map((row) => checkInView(deps.cipher, row));
  });
}

/** Private hides it from the care team at once: every read of entries goes through the scope. */
export async function setMyCheckInVisibility(
  deps: ServiceDeps,
  actor: Actor,
  id: string,
  visibility: EntryVisibility,
): Promise<CheckInView> {
  const scopes = await requireOwnEntries(deps, actor);
  const row = await changeOwnEntryVisibility(deps, actor, scopes, {
    table: 'check_ins',
    id,
    visibility,
    action: 'check-in.visibility',
    resourceType: 'check-in',
    read: (trx) => checkInById(trx, scopes.read, id),
  });
  return checkInView(deps.cipher, row);
}
