import { AppError, isUuid } from '@tandem/core';
import type { Kysely } from 'kysely';
import type { DB, EntryVisibility, HomeworkEntryKind } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { requireClientAccess, type ClientScope } from '../access/require-access.ts';
import { setEntryVisibility, visibleEntries } from '../access/visible-entries.ts';
import { appendAuditEvent } from '../audit/audit.repo.ts';
import { auditedBy } from '../audit/audited-by.ts';
import { homeworkColumn, homeworkView, type HomeworkView } from './homework-view.ts';
import {
  entryTableOf,
  homeworkById,
  updateHomework,
  visibleLinkedEntries,
} from './homework.repo.ts';
import type { HomeworkAnswer } from './homework.schemas.ts';
import { blankToNull, clientToday, type ServiceDeps } from './homework.service.ts';

// The client's answer to their homework (done, with how helpful it was, or not this time).

/**
 * Makes the linked entry shared or private as the client chose, when it is not
 * so already (a repeated answer changes nothing); answers the visibility now.
 */
async function shareLinkedEntry(
  deps: ServiceDeps,
  trx: Kysely<DB>,
  actor: Actor,
  readScope: ClientScope<'client.entries.read'>,
  entry: { kind: HomeworkEntryKind; id: string },
  share: boolean,
  now: Date,
): Promise<EntryVisibility> {
  const visibility: EntryVisibility = share ? 'shared' : 'private';
  const table = entryTableOf[entry.kind];
  const current = await visibleEntries(trx, table, readScope)
    .select('visibility')
    .where('id', '=', entry.id)
    .executeTakeFirst();
  if (current && current.visibility !== visibility) {
    const write = await requireClientAccess(deps, actor, 'client.entries.write', actor.userId);
    await setEntryVisibility(trx, table, write, entry.id, visibility, now);
  }
  return visibility;
}

/**
 * The client says how their homework went: done (how helpful it was, a note,
 * and the entry they made, which must be theirs) or not done this time (an
 * optional reason). Answering again replaces the answer; the same answer
 * again changes nothing. Cancelled homework cannot be answered.
 */
export async function answerMyHomework(
  deps: ServiceDeps,
  actor: Actor,
  homeworkId: string,
  answer: HomeworkAnswer,
): Promise<HomeworkView> {
  const scope = await requireClientAccess(deps, actor, 'client.homework.respond', actor.userId);
  if (!isUuid(homeworkId)) throw new AppError('NOT_FOUND');
  const now = deps.clock();
  const entry = answer.outcome === 'done' ? answer.entry : null;
  const note = blankToNull(answer.note);
  return deps.db.transaction().execute(async (trx) => {
    const current = await homeworkById(trx, scope, homeworkId);
    if (!current) throw new AppError('NOT_FOUND');
    if (current.status === 'cancelled') {
      throw new AppError('HOMEWORK_NOT_OPEN', { path: 'outcome' });
    }
    const readScope = await requireClientAccess(deps, actor, 'client.entries.read', actor.userId);
    if (entry !== null) {
      const mine = await visibleLinkedEntries(trx, readScope, [entry]);
      if (!mine.has(`${entry.kind}:${entry.id}`)) {
        throw new AppError('VALIDATION_FAILED', {
          path: 'entry.id',
          message: 'This is not an entry of yours.',
        });
      }
    }
    const helpfulness = answer.outcome === 'done' ? answer.helpfulness : null;
    const currentNote =
      current.answerNote === null
        ? null
        : deps.cipher.open(current.answerNote, {
            column: homeworkColumn.answerNote,
            rowId: homeworkId,
          });
    const same =
      current.status === answer.outcome &&
      current.helpfulness === helpfulness &&
      currentNote === note &&
      current.linkedEntryKind === (entry?.kind ?? null) &&
      current.linkedEntryId === (entry?.id ?? null);
    // Items made as homework default to shared; the client may keep the entry private.
    const shared =
      entry?.share === undefined
        ? null
        : await shareLinkedEntry(deps, trx, actor, readScope, entry, entry.share, now);
    if (!same) {
      await updateHomework(
        trx,
        scope,
        homeworkId,
        {
          status: answer.outcome,
          helpfulness,
          answerNote:
            note === null
              ? null
              : deps.cipher.seal(note, { column: homeworkColumn.answerNote, rowId: homeworkId }),
          linkedEntryKind: entry?.kind ?? null,
          linkedEntryId: entry?.id ?? null,
          answeredAt: now,
        },
        now,
      );
    }
    await appendAuditEvent(
      trx,
      {
        ...auditedBy(actor),
        action: 'homework.answer',
        resourceType: 'homework',
        resourceId: homeworkId,
        clientId: scope.clientId,
        outcome: 'allowed',
        detail: {
          outcome: answer.outcome,
          helpfulness,
          linked: entry !== null,
          ...(shared === null ? {} : { entryVisibility: shared }),
          replay: same,
        },
      },
      now,
    );
    const row = await homeworkById(trx, scope, homeworkId);
    if (!row) throw new AppError('NOT_FOUND');
    const today = await clientToday(trx, scope, now);
    const visible = await visibleLinkedEntries(trx, readScope, entry === null ? [] : [entry]);
    return homeworkView(deps.cipher, row, today, visible);
  });
}
