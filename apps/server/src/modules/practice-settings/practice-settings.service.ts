import { AppError } from '@tandem/core';
import { listInstruments } from '@tandem/instruments';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../http/actor.ts';
import { requirePracticeAccess } from '../access/require-access.ts';
import { appendAuditEvent } from '../audit/audit.repo.ts';
import { auditedBy } from '../audit/audited-by.ts';
import {
  fallbackCandidates,
  readPracticeSettings,
  riskBearingAssignmentsActive,
  writePracticeSettings,
  type FallbackCandidate,
  type PracticeSettings,
} from './practice-settings.repo.ts';

type ServiceDeps = Pick<Deps, 'db' | 'clock'>;

export interface PracticeSettingsView extends PracticeSettings {
  /** Who may be named the fallback contact. */
  staff: FallbackCandidate[];
}

/** The admin's view: settings and staff names, never a client or an answer. */
export async function practiceSettings(
  deps: ServiceDeps,
  actor: Actor,
): Promise<PracticeSettingsView> {
  const scope = await requirePracticeAccess(deps, actor, 'practice.settings');
  const [settings, staff] = await Promise.all([
    readPracticeSettings(deps.db, scope),
    fallbackCandidates(deps.db, scope),
  ]);
  return { ...settings, staff };
}

/**
 * The zone and country are checked at the edge (a known IANA zone, a country
 * with crisis lines); here, what needs the database: the fallback contact must
 * be an active therapist or supervisor of this practice, and cannot be
 * removed while measures with a risk question are being sent (an alert nobody
 * acknowledged would then reach nobody).
 */
export async function updatePracticeSettings(
  deps: ServiceDeps,
  actor: Actor,
  input: PracticeSettings,
): Promise<PracticeSettingsView> {
  const scope = await requirePracticeAccess(deps, actor, 'practice.settings');
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const staff = await fallbackCandidates(trx, scope);
    if (
      input.alertFallbackStaffId !== null &&
      !staff.some((s) => s.id === input.alertFallbackStaffId)
    ) {
      throw new AppError('VALIDATION_FAILED', {
        message: 'Choose an active therapist or supervisor of this practice.',
        path: 'alertFallbackStaffId',
      });
    }
    const before = await readPracticeSettings(trx, scope);
    if (
      input.alertFallbackStaffId === null &&
      before.alertFallbackStaffId !== null &&
      (await riskBearingAssignmentsActive(trx, scope, riskBearingInstrumentIds()))
    ) {
      throw new AppError('ALERT_FALLBACK_REQUIRED', {
        message:
          'Measures that ask about risk are being sent. Name another fallback contact instead of nobody.',
        path: 'alertFallbackStaffId',
      });
    }
    await writePracticeSettings(trx, scope, input);
    await appendAuditEvent(
      trx,
      {
        ...auditedBy(actor),
        action: 'practice.settings.update',
        resourceType: 'practice',
        resourceId: scope.practiceId,
        outcome: 'allowed',
        detail: { before, after: input },
      },
      now,
    );
    return { ...input, staff };
  });
}

function riskBearingInstrumentIds(): string[] {
  return listInstruments()
    .filter((d) => d.criticalItems.length > 0)
    .map((d) => d.id);
}
