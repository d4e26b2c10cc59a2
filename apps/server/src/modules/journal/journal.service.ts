import { AppError, isUuid } from '@tandem/core';
import type { Deps } from '../../deps.ts';
import { column } from '../../crypto/encrypted-columns.ts';
import type { Actor } from '../../http/actor.ts';
import { requireClientAccess, requireOwnEntries } from '../access/require-access.ts';
import { createOwnEntry } from '../client-entries/own-entry.ts';
import { appendAuditEvent } from '../audit/audit.repo.ts';
import { auditedBy } from '../audit/audited-by.ts';
import { journalEntryView, type JournalEntryView } from './journal-view.ts';
import {
  insertJournalEntry,
  journalEntriesOf,
  journalEntryById,
  updateJournalEntry,
} from './journal.repo.ts';
import type { NewJournalEntry } from './journal.schemas.ts';

type ServiceDeps = Pick<Deps, 'db' | 'clock' | 'cipher'>;

const LIST_LIMIT = 500;

/** A journal entry, private unless the client shares it; written on the device, perhaps sent later. */
export async function createJournalEntry(
  deps: ServiceDeps,
  actor: Actor,
  input: NewJournalEntry,
): Promise<{ created: boolean; entry: JournalEntryView }> {
  const scopes = await requireOwnEntries(deps, actor);
  const now = deps.clock();
  const { created, row } = await createOwnEntry(deps, actor, scopes, {
    id: input.id,
    operation: 'journal.create',
    resourceType: 'journal-entry',
    request: { body: input.body, visibility: input.visibility },
    insert: (trx) =>
      insertJournalEntry(trx, scopes.write, {
        id: input.id,
        body: deps.cipher.seal(input.body, { column: column.journalBody, rowId: input.id }),
        visibility: input.visibility,
        now,
      }),
    read: (trx) => journalEntryById(trx, scopes.read, input.id),
  });
  return { created, entry: journalEntryView(deps.cipher, row) };
}

export async function myJournal(deps: ServiceDeps, actor: Actor): Promise<JournalEntryView[]> {
  const scope = await requireClientAccess(deps, actor, 'client.entries.read', actor.userId);
  return deps.db.transaction().execute(async (trx) => {
    const rows = await journalEntriesOf(trx, scope, { limit: LIST_LIMIT });
    await appendAuditEvent(
      trx,
      {
        ...auditedBy(actor),
        action: 'journal.list',
        resourceType: 'journal-entry',
        clientId: scope.clientId,
        outcome: 'allowed',
        detail: { count: rows.length },
      },
      deps.clock(),
    );
    return rows.map((row) => journalEntryView(deps.cipher, row));
  });
}

/** The client rewrites an entry or changes who sees it; making it private hides it at once. */
export async function editJournalEntry(
  deps: ServiceDeps,
  actor: Actor,
  id: string,
  change: { body: string; visibility: 'private' | 'shared' },
): Promise<JournalEntryView> {
  const { write: scope, read: readScope } = await requireOwnEntries(deps, actor);
  // A malformed id is no one's entry: 404, as an id out of reach.
  if (!isUuid(id)) throw new AppError('NOT_FOUND');
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const before = await journalEntryById(trx, readScope, id);
    if (!before) throw new AppError('NOT_FOUND');
    await updateJournalEntry(trx, scope, id, {
      body: deps.cipher.seal(change.body, { column: column.journalBody, rowId: id }),
      visibility: change.visibility,
      visibilityChanged: before.visibility !== change.visibility,
      now,
    });
    const after = await journalEntryById(trx, readScope, id);
    if (!after) throw new AppError('NOT_FOUND');
    await appendAuditEvent(
      trx,
      {
        ...auditedBy(actor),
        action: 'journal.update',
        resourceType: 'journal-entry',
        resourceId: id,
        clientId: scope.clientId,
        outcome: 'allowed',
        detail: { visibility: change.visibility },
      },
      now,
    );
    return journalEntryView(deps.cipher, after);
  });
}
