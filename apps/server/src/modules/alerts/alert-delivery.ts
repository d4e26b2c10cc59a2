import type { AlertDelivery } from '../../db/schema.ts';

export interface CareTeamMember {
  staffId: string;
  /** The member's choice for critical-item alerts (the default when they never chose). */
  preferred: AlertDelivery;
}

export interface PlannedRecipient {
  staffId: string;
  reason: 'care-team' | 'fallback';
  delivery: AlertDelivery;
}

/**
 * Who is told about a new critical-item alert, and how. The rule: a critical
 * alert always reaches someone at once.
 *
 * - Each care-team member gets it as they chose (at once, or in their digest).
 * - If every member chose the digest, the choice is overridden and the whole
 *   care team gets it at once: a digest may wait hours, and a risk answer must
 *   not wait on nobody.
 * - With nobody on the care team (the therapist left, nobody took over) the
 *   practice's fallback contact gets it at once instead.
 * - With neither, nobody is told here; the alert still shows in the inbox of
 *   the fallback contact once one is set, and the caller logs the gap.
 *
 * Pure, so the rule is tested without a database.
 */
export function planRecipients(
  careTeam: readonly CareTeamMember[],
  fallbackStaffId: string | null,
): PlannedRecipient[] {
  if (careTeam.length === 0) {
    return fallbackStaffId
      ? [{ staffId: fallbackStaffId, reason: 'fallback', delivery: 'immediate' }]
      : [];
  }
  const someoneAtOnce = careTeam.some((member) => member.preferred === 'immediate');
  return careTeam.map((member) => ({
    staffId: member.staffId,
    reason: 'care-team',
    delivery: someoneAtOnce ? member.preferred : 'immediate',
  }));
}
