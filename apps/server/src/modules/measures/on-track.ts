import {
  defaultNotOnTrackRule,
  notOnTrack,
  validateNotOnTrackRule,
  type InstrumentDefinition,
  type NotOnTrackRule,
} from '@tandem/instruments';

export interface OnTrackStanding {
  status: 'on-track' | 'not-on-track' | 'not-enough-data';
  reason: string;
}

/**
 * The rule in force for a measure: the practice's own parameters for it
 * (stored per instrument id in practices.not_on_track_rule), else the
 * library's documented default, or null when the measure has neither.
 */
export function ruleInForce(
  definition: InstrumentDefinition,
  practiceRules: unknown,
): NotOnTrackRule | null {
  const own =
    typeof practiceRules === 'object' && practiceRules !== null
      ? (practiceRules as Record<string, unknown>)[definition.id]
      : undefined;
  if (own !== undefined) {
    const checked = validateNotOnTrackRule(definition, own);
    if (checked.ok) return checked.value;
  }
  return defaultNotOnTrackRule(definition.id);
}

/**
 * Whether a client is on track on a measure, by the rule in force; null
 * when the measure has no rule. Dates are the client's calendar dates. The
 * rule itself lives in the instrument library (pure, cited, golden cases).
 */
export function standingOnTrack(
  definition: InstrumentDefinition,
  scores: readonly { date: string; total: number }[],
  practiceRules: unknown,
): OnTrackStanding | null {
  const rule = ruleInForce(definition, practiceRules);
  if (rule === null) return null;
  const result = notOnTrack(definition, scores, rule);
  if (!result.ok) return null;
  return { status: result.value.status, reason: result.value.reason };
}
