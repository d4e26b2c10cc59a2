import { AppError, isUuid } from '@tandem/core';
import type { Deps } from '../../deps.ts';
import { column } from '../../crypto/encrypted-columns.ts';
import type { EntryVisibility } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { requireClientAccess } from '../access/require-access.ts';
import { appendAuditEvent } from '../audit/audit.repo.ts';
import { auditedBy } from '../audit/audited-by.ts';
import { claimSubmission } from '../idempotency/claim-submission.ts';
import { emotions, suggestedTags, tagKinds } from './check-in-vocabulary.ts';
import { checkInView, type CheckInView } from './check-in-view.ts';
import {
  checkInById,
  checkInsOf,
  insertCheckIn,
  setCheckInVisibility,
  tagsUsedBy,
} from './check-ins.repo.ts';
import type { NewCheckIn } from './check-ins.schemas.ts';

type ServiceDeps = Pick<Deps, 'db' | 'clock' | 'cipher'>;

/** How far ahead of the server's clock a device's "now" may be (clocks drift). */
const FUTURE_SLACK_MS = 5 * 60_000;
/** A missed day may be filled in afterwards, within a year. */
const BACKFILL_DAYS = 366;
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

function checkWhen(occurredAt: Date, now: Date): void {
  if (occurredAt.getTime() > now.getTime() + FUTURE_SLACK_MS) {
    throw new AppError('VALIDATION_FAILED', {
      path: 'occurredAt',
      message: 'A check-in cannot be in the future.',
    });
  }
  if (occurredAt.getTime() < now.getTime() - BACKFILL_DAYS * 86_400_000) {
    throw new AppError('VALIDATION_FAILED', {
      path: 'occurredAt',
      message: 'A check-in can be filled in up to a year afterwards.',
    });
  }
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
  const scope = await requireClientAccess(deps, actor, 'client.entries.write', actor.userId);
  const readScope = await requireClientAccess(deps, actor, 'client.entries.read', actor.userId);
  const now = deps.clock();
  const occurredAt = new Date(input.occurredAt);
  checkWhen(occurredAt, now);
  const note = input.note === null || input.note.trim() === '' ? null : input.note;
  return deps.db.transaction().execute(async (trx) => {
    const claim = await claimSubmission(
      trx,
      {
        practiceId: scope.practiceId,
        actorId: actor.userId,
        operation: 'check-in.create',
        submissionId: input.id,
      },
      { ...input, occurredAt: occurredAt.toISOString(), note },
      now,
    );
    if (claim === 'new') {
      const inserted = await insertCheckIn(trx, scope, {
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
      });
      // Another person's entry already has this id: never theirs to overwrite or learn about.
      if (!inserted) throw new AppError('SUBMISSION_ID_REUSED', { path: 'id' });
    }
    const stored = await checkInById(trx, readScope, input.id);
    if (!stored) throw new AppError('SUBMISSION_ID_REUSED', { path: 'id' });
    await appendAuditEvent(
      trx,
      {
        ...auditedBy(actor),
        action: 'check-in.create',
        resourceType: 'check-in',
        resourceId: input.id,
        clientId: scope.clientId,
        outcome: 'allowed',
        detail: { replay: claim === 'replay', visibility: stored.visibility },
      },
      now,
    );
    return { created: claim === 'new', checkIn: checkInView(deps.cipher, stored) };
  });
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
  const scope = await requireClientAccess(deps, actor, 'client.entries.write', actor.userId);
  const readScope = await requireClientAccess(deps, actor, 'client.entries.read', actor.userId);
  // A malformed id is no one's entry: 404, as an id out of reach.
  if (!isUuid(id)) throw new AppError('NOT_FOUND');
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    if (!(await setCheckInVisibility(trx, scope, id, visibility, now)))
      throw new AppError('NOT_FOUND');
    const stored = await checkInById(trx, readScope, id);
    if (!stored) throw new AppError('NOT_FOUND');
    await appendAuditEvent(
      trx,
      {
        ...auditedBy(actor),
        action: 'check-in.visibility',
        resourceType: 'check-in',
        resourceId: id,
        clientId: scope.clientId,
        outcome: 'allowed',
        detail: { visibility },
      },
      now,
    );
    return checkInView(deps.cipher, stored);
  });
}
