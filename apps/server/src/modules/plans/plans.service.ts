import { randomUUID } from 'node:crypto';
import { AppError } from '@tandem/core';
import type { Deps } from '../../deps.ts';
import { column } from '../../crypto/encrypted-columns.ts';
import type { LivingDocumentKind } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { requireClientAccess } from '../access/require-access.ts';
import { appendAuditEvent } from '../audit/audit.repo.ts';
import { auditedBy } from '../audit/audited-by.ts';
import { normalisePlanContent } from './plan-content.ts';
import { planSections, type PlanSection } from './plan-sections.ts';
import {
  documentOf,
  insertDocument,
  insertVersion,
  updateDocument,
  versionsOf,
  type DocumentRow,
  type Editor,
} from './plans.repo.ts';
import type { PlanContent } from './plans.schemas.ts';

type ServiceDeps = Pick<Deps, 'db' | 'clock' | 'cipher'>;

export interface PlanView {
  kind: LivingDocumentKind;
  version: number;
  updatedAt: string;
  updatedBy: Editor;
  content: PlanContent;
}

function openContent(
  deps: ServiceDeps,
  sealed: Buffer,
  place: { table: 'document' | 'version'; rowId: string },
): PlanContent {
  const plain = deps.cipher.open(sealed, {
    column: place.table === 'document' ? column.livingDocument : column.livingDocumentVersion,
    rowId: place.rowId,
  });
  return JSON.parse(plain) as PlanContent;
}

function planView(deps: ServiceDeps, kind: LivingDocumentKind, row: DocumentRow): PlanView {
  return {
    kind,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
    content: openContent(deps, row.content, { table: 'document', rowId: row.id }),
  };
}

/** The client's own plan (clientId = null) or a client's, as their care team sees it. */
function whoseClient(actor: Actor, clientId: string | null): string {
  return clientId ?? actor.userId;
}

export async function readPlan(
  deps: ServiceDeps,
  actor: Actor,
  clientId: string | null,
  kind: LivingDocumentKind,
): Promise<{ plan: PlanView | null; sections: PlanSection[] }> {
  const scope = await requireClientAccess(
    deps,
    actor,
    'client.plans.read',
    whoseClient(actor, clientId),
  );
  return deps.db.transaction().execute(async (trx) => {
    const row = await documentOf(trx, scope, kind);
    await appendAuditEvent(
      trx,
      {
        ...auditedBy(actor),
        action: 'plan.read',
        resourceType: kind,
        resourceId: row?.id ?? null,
        clientId: scope.clientId,
        outcome: 'allowed',
        detail: { version: row?.version ?? null },
      },
      deps.clock(),
    );
    return { plan: row ? planView(deps, kind, row) : null, sections: [...planSections[kind]] };
  });
}

/**
 * Saves a new version made by the client or their therapist. Optimistic: the
 * save names the version it started from, and a save from a stale version is
 * refused (412, PLAN_VERSION_STALE) with the current one, so nobody's words
 * are overwritten unseen. Saving what is already there makes no new version
 * (a replayed save changes nothing).
 */
export async function savePlan(
  deps: ServiceDeps,
  actor: Actor,
  clientId: string | null,
  kind: LivingDocumentKind,
  input: { baseVersion: number; content: PlanContent },
): Promise<PlanView> {
  const scope = await requireClientAccess(
    deps,
    actor,
    'client.plans.edit',
    whoseClient(actor, clientId),
  );
  const content = normalisePlanContent(kind, input.content);
  const plain = JSON.stringify(content);
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const current = await documentOf(trx, scope, kind, true);
    const currentView = current ? planView(deps, kind, current) : null;
    if (currentView && JSON.stringify(currentView.content) === plain) return currentView;
    if ((current?.version ?? 0) !== input.baseVersion) {
      throw new AppError('PLAN_VERSION_STALE', { path: 'baseVersion', current: currentView });
    }
    const documentId = current?.id ?? randomUUID();
    const version = (current?.version ?? 0) + 1;
    const sealed = deps.cipher.seal(plain, { column: column.livingDocument, rowId: documentId });
    if (current) {
      await updateDocument(trx, scope, documentId, { version, content: sealed, now });
    } else if (
      !(await insertDocument(trx, scope, { id: documentId, kind, content: sealed, now }))
    ) {
      // Someone made the first version a moment ago: theirs is current now.
      const theirs = await documentOf(trx, scope, kind);
      throw new AppError('PLAN_VERSION_STALE', {
        path: 'baseVersion',
        current: theirs ? planView(deps, kind, theirs) : null,
      });
    }
    const versionId = randomUUID();
    await insertVersion(trx, scope, {
      id: versionId,
      documentId,
      version,
      content: deps.cipher.seal(plain, { column: column.livingDocumentVersion, rowId: versionId }),
      now,
    });
    await appendAuditEvent(
      trx,
      {
        ...auditedBy(actor),
        action: 'plan.save',
        resourceType: kind,
        resourceId: documentId,
        clientId: scope.clientId,
        outcome: 'allowed',
        detail: { version },
      },
      now,
    );
    const saved = await documentOf(trx, scope, kind);
    if (!saved) throw new Error('plans: the saved plan was not read back');
    return planView(deps, kind, saved);
  });
}

export async function planHistory(
  deps: ServiceDeps,
  actor: Actor,
  clientId: string | null,
  kind: LivingDocumentKind,
) {
  const scope = await requireClientAccess(
    deps,
    actor,
    'client.plans.read',
    whoseClient(actor, clientId),
  );
  return deps.db.transaction().execute(async (trx) => {
    const rows = await versionsOf(trx, scope, kind);
    await appendAuditEvent(
      trx,
      {
        ...auditedBy(actor),
        action: 'plan.versions.read',
        resourceType: kind,
        clientId: scope.clientId,
        outcome: 'allowed',
        detail: { count: rows.length },
      },
      deps.clock(),
    );
    return rows.map((row) => ({
      version: row.version,
      editedAt: row.editedAt.toISOString(),
      editedBy: row.editedBy,
      content: openContent(deps, row.content, { table: 'version', rowId: row.id }),
    }));
  });
}
