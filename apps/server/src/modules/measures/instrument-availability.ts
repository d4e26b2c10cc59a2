import type { InstrumentDefinition } from '@tandem/instruments';

export type NotAssignableReason = 'licence' | 'fallback-contact';

/**
 * Whether a practice may assign an instrument, and why not: an instrument
 * that needs a licence waits until the admin accepts it; one with critical
 * items (a risk question) waits until the practice has an alert fallback
 * contact, so that an alert nobody acknowledges still reaches someone.
 */
export function whyNotAssignable(
  definition: InstrumentDefinition,
  licenceAccepted: boolean,
  fallbackContactSet: boolean,
): NotAssignableReason | null {
  if (!definition.enabledByDefault && !licenceAccepted) return 'licence';
  if (definition.criticalItems.length > 0 && !fallbackContactSet) return 'fallback-contact';
  return null;
}

export function isRiskBearing(definition: InstrumentDefinition): boolean {
  return definition.criticalItems.length > 0;
}
