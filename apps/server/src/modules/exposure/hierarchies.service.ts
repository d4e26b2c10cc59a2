import { AppError, isUuid } from '@tandem/core';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../http/actor.ts';
import { requireClientAccess } from '../access/require-access.ts';
import { appendAuditEvent } from '../audit/audit.repo.ts';
import { auditedBy } from '../audit/audited-by.ts';
import { claimSubmission } from '../idempotency/claim-submission.ts';
import { hierarchiesOf, hierarchyById, insertHierarchy, updateHierarchy } from './exposure.repo.ts';
import type { HierarchySave, HierarchyStep, NewHierarchy } from './exposure.schemas.ts';
import { hierarchyView, sealHierarchy, type HierarchyView } from './exposure-views.ts';

type ServiceDeps = Pick<Deps, 'db' | 'clock' | 'cipher'>;

/** The client's own hierarchies (clientId = null) or a client's, as their care team sees them. */
function whoseClient(actor: Actor, clientId: string | null): string {
  return clientId ?? actor.userId;
}

/** Two steps with one id would make practices ambiguous. */
function checkStepIds(steps: HierarchyStep[]): void {
  const seen = new Set<string>();
  steps.forEach((step, index) => {
    if (seen.has(step.id)) {
      throw new AppError('VALIDATION_FAILED', {
        path: `steps.${index}.id`,
        message: 'Each step needs its own id.',
      });
    }
    seen.add(step.id);
  });
}

export async function listHierarchies(
  deps: ServiceDeps,
  actor: Actor,
  clientId: string | null,
): Promise<HierarchyView[]> {
  const scope = await requireClientAccess(
    deps,
    actor,
    'client.exposure.read',
    whoseClient(actor, clientId),
  );
  return deps.db.transaction().execute(async (trx) => {
    const rows = await hierarchiesOf(trx, scope);
    await appendAuditEvent(
      trx,
      {
        ...auditedBy(actor),
        action: 'exposure-hierarchies.read',
        resourceType: 'exposure-hierarchy',
        clientId: scope.clientId,
        outcome: 'allowed',
        detail: { count: rows.length },
      },
      deps.clock(),
    );
    return rows.map((row) => hierarchyView(deps.cipher, row));
  });
}

/**
 * The client or their therapist starts a hierarchy for one fear. The id was
 * made on the device: a replay answers the stored hierarchy; the same id with
 * other content (or an id anyone already used) is SUBMISSION_ID_REUSED.
 */
export async function createHierarchy(
  deps: ServiceDeps,
  actor: Actor,
  clientId: string | null,
  input: NewHierarchy,
): Promise<{ created: boolean; hierarchy: HierarchyView }> {
  const scope = await requireClientAccess(
    deps,
    actor,
    'client.exposure.edit',
    whoseClient(actor, clientId),
  );
  checkStepIds(input.steps);
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const claim = await claimSubmission(
      trx,
      {
        practiceId: scope.practiceId,
        actorId: actor.userId,
        operation: 'exposure-hierarchy.create',
        submissionId: input.id,
      },
      { ...input, clientId: scope.clientId },
      now,
    );
    if (claim === 'new') {
      const content = sealHierarchy(deps.cipher, input.id, {
        name: input.name,
        steps: input.steps,
      });
      if (!(await insertHierarchy(trx, scope, { id: input.id, content, now }))) {
        throw new AppError('SUBMISSION_ID_REUSED', { path: 'id' });
      }
    }
    const row = await hierarchyById(trx, scope, input.id);
    if (!row) throw new AppError('SUBMISSION_ID_REUSED', { path: 'id' });
    await appendAuditEvent(
      trx,
      {
        ...auditedBy(actor),
        action: 'exposure-hierarchy.create',
        resourceType: 'exposure-hierarchy',
        resourceId: input.id,
        clientId: scope.clientId,
        outcome: 'allowed',
        detail: { replay: claim === 'replay', steps: input.steps.length },
      },
      now,
    );
    return { created: claim === 'new', hierarchy: hierarchyView(deps.cipher, row) };
  });
}

/**
 * Saves the hierarchy as edited by the client or their therapist: its name,
 * steps added, edited, reordered or retired, or the whole hierarchy retired.
 * Optimistic like the plans: the save names the version it started from, and
 * a save from a stale version is refused (412, HIERARCHY_VERSION_STALE) with
 * the current one, so nobody's change disappears unseen. A step is never
 * removed (practices point at it): it is retired. Saving what is already there
 * changes nothing, so a replayed save is harmless.
 */
export async function saveHierarchy(
  deps: ServiceDeps,
  actor: Actor,
  clientId: string | null,
  hierarchyId: string,
  input: HierarchySave,
): Promise<HierarchyView> {
  const scope = await requireClientAccess(
    deps,
    actor,
    'client.exposure.edit',
    whoseClient(actor, clientId),
  );
  if (!isUuid(hierarchyId)) throw new AppError('NOT_FOUND');
  checkStepIds(input.steps);
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const current = await hierarchyById(trx, scope, hierarchyId, true);
    if (!current) throw new AppError('NOT_FOUND');
    const currentView = hierarchyView(deps.cipher, current);
    const content = { name: input.name, steps: input.steps };
    const same =
      JSON.stringify({ name: currentView.name, steps: currentView.steps }) ===
        JSON.stringify(content) && currentView.retired === input.retired;
    if (same) return currentView;
    if (current.version !== input.baseVersion) {
      throw new AppError('HIERARCHY_VERSION_STALE', {
        path: 'baseVersion',
        current: currentView,
      });
    }
    const kept = new Set(input.steps.map((step) => step.id));
    if (currentView.steps.some((step) => !kept.has(step.id))) {
      throw new AppError('VALIDATION_FAILED', {
        path: 'steps',
        message: 'A step cannot be removed once it is in the hierarchy. Retire it instead.',
      });
    }
    const version = current.version + 1;
    await updateHierarchy(trx, scope, hierarchyId, {
      version,
      content: sealHierarchy(deps.cipher, hierarchyId, content),
      retired: input.retired,
      now,
    });
    await appendAuditEvent(
      trx,
      {
        ...auditedBy(actor),
        action: 'exposure-hierarchy.save',
        resourceType: 'exposure-hierarchy',
        resourceId: hierarchyId,
        clientId: scope.clientId,
        outcome: 'allowed',
        detail: { version, steps: input.steps.length, retired: input.retired },
      },
      now,
    );
    const saved = await hierarchyById(trx, scope, hierarchyId);
    if (!saved) throw new Error('exposure: the saved hierarchy was not read back');
    return hierarchyView(deps.cipher, saved);
  });
}
