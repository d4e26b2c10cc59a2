import { AppError } from '@tandem/core';
import { getInstrument } from '@tandem/instruments';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../http/actor.ts';
import { requirePracticeAccess } from '../access/require-access.ts';
import { appendAuditEvent } from '../audit/audit.repo.ts';
import { auditedBy } from '../audit/audited-by.ts';
import { practiceInstruments, type InstrumentSummary } from '../measures/instruments.service.ts';
import { recordLicenceAcceptance } from './instrument-licence.repo.ts';

type ServiceDeps = Pick<Deps, 'db' | 'clock'>;

/**
 * The admin accepts, for the practice, the licence of an instrument that is
 * off until someone does (the same test as measures/instrument-availability.ts:
 * not enabled by default). A free instrument has nothing to accept. Accepting
 * twice answers the instrument as it is.
 */
export async function acceptInstrumentLicence(
  deps: ServiceDeps,
  actor: Actor,
  instrumentId: string,
): Promise<InstrumentSummary> {
  const scope = await requirePracticeAccess(deps, actor, 'instruments.licence');
  const definition = getInstrument(instrumentId);
  if (!definition) throw new AppError('NOT_FOUND');
  if (definition.enabledByDefault) {
    throw new AppError('VALIDATION_FAILED', {
      message: 'This measure is free to use; there is no licence to accept.',
      path: 'id',
    });
  }
  const now = deps.clock();
  await deps.db.transaction().execute(async (trx) => {
    const accepted = await recordLicenceAcceptance(trx, scope, definition.id, now);
    if (!accepted) return;
    await appendAuditEvent(
      trx,
      {
        ...auditedBy(actor),
        action: 'instrument.licence.accept',
        resourceType: 'instrument',
        resourceId: definition.id,
        outcome: 'allowed',
        detail: { version: definition.version, licence: definition.licence.kind },
      },
      now,
    );
  });
  const summary = (await practiceInstruments(deps, actor)).find(
    (i) => i.definition.id === definition.id,
  );
  if (!summary) throw new Error(`instrument ${definition.id} missing from the practice's library`);
  return summary;
}
