import type {
  Answers,
  InstrumentDefinition,
  ScaleDefinition,
  ScaleResult,
  ScoreContext,
  ScoreResult,
} from '../definition/types.ts';
import { evaluateCaseness, evaluateIndications } from './indications.ts';
import { itemScore } from './item-score.ts';
import { bandFor } from './thresholds.ts';
import { validateAnswers } from './validate-answers.ts';

/**
 * Scores one response with the definition's published rules. Never throws for
 * bad input: malformed answers or too many missing items give `valid: false`
 * with a reason. Critical items are reported whenever they were answered,
 * even when the response as a whole cannot be scored.
 */
export function scoreResponse(
  definition: InstrumentDefinition,
  answers: Answers,
  context: ScoreContext = {},
): ScoreResult {
  const errors = validateAnswers(definition, answers);
  const wellFormed = new Map<string, number>();
  for (const item of definition.items) {
    const value = answers[item.id];
    if (typeof value === 'number' && !errors.some((error) => error.itemId === item.id)) {
      wellFormed.set(item.id, value);
    }
  }
  const critical = definition.criticalItems
    .filter((rule) => (wellFormed.get(rule.itemId) ?? -Infinity) >= rule.atLeast)
    .map((rule) => rule.itemId);

  const itemsById = new Map(definition.items.map((item) => [item.id, item]));
  const scores = new Map<string, number>();
  for (const [itemId, value] of wellFormed) {
    const item = itemsById.get(itemId);
    if (item?.scored) scores.set(itemId, itemScore(item, value));
  }
  const missing = scoredItemIds(definition).filter((id) => !scores.has(id));

  if (errors.length > 0) {
    return notScorable(definition, errors.map((error) => error.message).join('; '), {
      critical,
      missing,
    });
  }

  let prorated = false;
  const totalMissing = definition.total.items.filter((id) => !scores.has(id));
  if (totalMissing.length > 0) {
    const rule = definition.missingItems;
    if (rule.kind === 'none') {
      const reason = `${describeMissing(totalMissing)}; ${definition.shortTitle} is only scored when every item is answered (${rule.note})`;
      return notScorable(definition, reason, { critical, missing, scores });
    }
    if (totalMissing.length > rule.maxMissing) {
      const reason = `${describeMissing(totalMissing)}; ${definition.shortTitle} can be scored with at most ${rule.maxMissing} missing`;
      return notScorable(definition, reason, { critical, missing, scores });
    }
    const answered = definition.total.items.flatMap((id) => scores.get(id) ?? []);
    const mean = answered.reduce((sum, score) => sum + score, 0) / answered.length;
    for (const id of totalMissing) scores.set(id, mean);
    prorated = true;
  }

  const total = prorated
    ? proratedTotal(definition.total, scores, totalMissing)
    : scaleResult(definition.total, scores);
  const subscales = subscaleResults(definition, scores);
  return {
    instrument: definition.id,
    total: total.total,
    band: total.band,
    prorated,
    valid: true,
    reason: null,
    subscales,
    critical,
    caseness: evaluateCaseness(definition, total.total, subscales, context),
    indications: evaluateIndications(definition, total.total, subscales, wellFormed, itemsById),
    missing,
  };
}

function scoredItemIds(definition: InstrumentDefinition): string[] {
  return definition.items.filter((item) => item.scored).map((item) => item.id);
}

function describeMissing(ids: readonly string[]): string {
  const list = ids.map((id) => `"${id}"`).join(', ');
  return ids.length === 1 ? `item ${list} is unanswered` : `items ${list} are unanswered`;
}

function scaleResult(scale: ScaleDefinition, scores: ReadonlyMap<string, number>): ScaleResult {
  let sum = 0;
  for (const id of scale.items) {
    const score = scores.get(id);
    if (score === undefined) return { total: null, band: null };
    sum += score;
  }
  const total = sum * scale.multiplier;
  return { total, band: bandFor(scale.bands, total) };
}

/**
 * Mean substitution written as sum × n / answered (algebraically the same as
 * adding the mean once per missing item) so that the exported FHIRPath, which
 * uses this form, gives the same floating-point value.
 */
function proratedTotal(
  scale: ScaleDefinition,
  scores: ReadonlyMap<string, number>,
  substituted: readonly string[],
): ScaleResult {
  const answered = scale.items.filter((id) => !substituted.includes(id));
  const sum = answered.reduce((acc, id) => acc + (scores.get(id) ?? 0), 0);
  const total = ((sum * scale.items.length) / answered.length) * scale.multiplier;
  return { total, band: bandFor(scale.bands, total) };
}

function subscaleResults(
  definition: InstrumentDefinition,
  scores: ReadonlyMap<string, number>,
): Record<string, ScaleResult> {
  const results: Record<string, ScaleResult> = {};
  for (const scale of definition.subscales) results[scale.id] = scaleResult(scale, scores);
  return results;
}

function notScorable(
  definition: InstrumentDefinition,
  reason: string,
  found: {
    critical: string[];
    missing: string[];
    scores?: ReadonlyMap<string, number>;
  },
): ScoreResult {
  // Subscales whose own items are all answered are still reported: a DASS-21
  // with one depression item missing still has exact anxiety and stress scores.
  const subscales = subscaleResults(definition, found.scores ?? new Map());
  const indications: Record<string, boolean | null> = {};
  for (const rule of definition.indications) indications[rule.id] = null;
  return {
    instrument: definition.id,
    total: null,
    band: null,
    prorated: false,
    valid: false,
    reason,
    subscales,
    critical: found.critical,
    caseness: null,
    indications,
    missing: found.missing,
  };
}
