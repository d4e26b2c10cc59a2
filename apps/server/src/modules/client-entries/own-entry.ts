import { AppError, isUuid } from '@tandem/core';
import type { Transaction } from 'kysely';
import type { Deps } from '../../deps.ts';
import type { DB, EntryVisibility } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import type { ClientScope } from '../access/require-access.ts';
import { setEntryVisibility, type EntryTable } from '../access/visible-entries.ts';
import type { AuditAction } from '../audit/audit-actions.ts';
import { appendAuditEvent } from '../audit/audit.repo.ts';
import { auditedBy } from '../audit/audited-by.ts';
import { claimSubmission, type IdempotentOperation } from '../idempotency/claim-submission.ts';

type OwnScopes = {
  write: ClientScope<'client.entries.write'>;
  read: ClientScope<'client.entries.read'>;
};

/**
 * How every client entry is created (check-ins, journal, worksheets, skill
 * practices, shared insights): the id was made on the device when the entry
 * was made. In one transaction: claim the id; store the entry if the claim is
 * new (an id already taken by anyone's entry is SUBMISSION_ID_REUSED, never
 * overwritten or revealed); read it back through the visibility filter; audit.
 * A replay answers the stored entry and creates nothing.
 */
export async function createOwnEntry<Row extends { visibility: EntryVisibility }>(
  deps: Pick<Deps, 'db' | 'clock'>,
  actor: Actor,
  scopes: OwnScopes,
  entry: {
    id: string;
    operation: IdempotentOperation & AuditAction;
    resourceType: string;
    /** What the claim compares a replay with (the request, normalised). */
    request: Record<string, unknown>;
    insert: (trx: Transaction<DB>) => Promise<boolean>;
    read: (trx: Transaction<DB>) => Promise<Row | undefined>;
    /** More for the audit event than replay and visibility (never free text). */
    auditDetail?: (row: Row) => Record<string, unknown>;
  },
): Promise<{ created: boolean; row: Row }> {
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const claim = await claimSubmission(
      trx,
      {
        practiceId: scopes.write.practiceId,
        actorId: actor.userId,
        operation: entry.operation,
        submissionId: entry.id,
      },
      entry.request,
      now,
    );
    if (claim === 'new' && !(await entry.insert(trx))) {
      throw new AppError('SUBMISSION_ID_REUSED', { path: 'id' });
    }
    const row = await entry.read(trx);
    if (!row) throw new AppError('SUBMISSION_ID_REUSED', { path: 'id' });
    await appendAuditEvent(
      trx,
      {
        ...auditedBy(actor),
        action: entry.operation,
        resourceType: entry.resourceType,
        resourceId: entry.id,
        clientId: scopes.write.clientId,
        outcome: 'allowed',
        detail: {
          replay: claim === 'replay',
          ...entry.auditDetail?.(row),
          visibility: row.visibility,
        },
      },
      now,
    );
    return { created: claim === 'new', row };
  });
}

/**
 * The client makes one of their entries private or shared (private hides it
 * from the care team at the next read), then reads it back. A malformed or
 * unknown id is 404, as an id out of reach.
 */
export async function changeOwnEntryVisibility<Row>(
  deps: Pick<Deps, 'db' | 'clock'>,
  actor: Actor,
  scopes: OwnScopes,
  entry: {
    table: EntryTable;
    id: string;
    visibility: EntryVisibility;
    action: AuditAction;
    resourceType: string;
    read: (trx: Transaction<DB>) => Promise<Row | undefined>;
  },
): Promise<Row> {
  if (!isUuid(entry.id)) throw new AppError('NOT_FOUND');
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const changed = await setEntryVisibility(
      trx,
      entry.table,
      scopes.write,
      entry.id,
      entry.visibility,
      now,
    );
    const row = changed ? await entry.read(trx) : undefined;
    if (!row) throw new AppError('NOT_FOUND');
    await appendAuditEvent(
      trx,
      {
        ...auditedBy(actor),
        action: entry.action,
        resourceType: entry.resourceType,
        resourceId: entry.id,
        clientId: scopes.write.clientId,
        outcome: 'allowed',
        detail: { visibility: entry.visibility },
      },
      now,
    );
    return row;
  });
}
