import type { Deps } from '../../deps.ts';
import type { Actor } from '../../http/actor.ts';
import { requirePracticeAccess } from '../access/require-access.ts';
import { appendAuditEvent } from '../audit/audit.repo.ts';
import { auditedBy } from '../audit/audited-by.ts';
import { GAS_RHO } from './gas-series.ts';
import { practiceGasRho, writePracticeGasRho } from './gas-settings.repo.ts';

type ServiceDeps = Pick<Deps, 'db' | 'clock'>;

export interface GasSettingsView {
  /** The ρ the practice's GAS T-scores use. */
  rho: number;
  /** The published default (Kiresuk & Sherman 1968), shown beside the setting. */
  defaultRho: number;
}

/** The admin's view of the GAS setting: a number, never a client or a goal. */
export async function gasSettings(deps: ServiceDeps, actor: Actor): Promise<GasSettingsView> {
  const scope = await requirePracticeAccess(deps, actor, 'practice.settings');
  return { rho: (await practiceGasRho(deps.db, scope)) ?? GAS_RHO, defaultRho: GAS_RHO };
}

/**
 * Sets the practice's ρ for the GAS T-score (checked at the edge: 0 ≤ ρ < 1,
 * three decimals). Setting the value already in force writes nothing, so a
 * retried save is harmless; every save is audited with the value before and
 * after.
 */
export async function updateGasSettings(
  deps: ServiceDeps,
  actor: Actor,
  input: { rho: number },
): Promise<GasSettingsView> {
  const scope = await requirePracticeAccess(deps, actor, 'practice.settings');
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const before = (await practiceGasRho(trx, scope)) ?? GAS_RHO;
    const changed = before !== input.rho;
    if (changed) await writePracticeGasRho(trx, scope, input.rho, now);
    await appendAuditEvent(
      trx,
      {
        ...auditedBy(actor),
        action: 'practice.gas-settings.update',
        resourceType: 'practice',
        resourceId: scope.practiceId,
        outcome: 'allowed',
        detail: { before: { rho: before }, after: { rho: input.rho }, changed },
      },
      now,
    );
    return { rho: input.rho, defaultRho: GAS_RHO };
  });
}
