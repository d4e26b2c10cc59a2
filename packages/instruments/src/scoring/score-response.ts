import type {
  Answers,
  InstrumentDefinition,
  ScaleResult,
  ScoreContext,
  ScoreResult,
} from '../definition/types.ts';
import {
  compiled,
  scoreOf,
  type CompiledDefinition,
  type CompiledScale,
} from './compiled-definition.ts';
import { evaluateCaseness, evaluateIndications } from './indications.ts';
import { bandFor } from './thresholds.ts';
import { validateAnswers } from './validate-answers.ts';

/**
 * Scores one response with the definition's published rules. Never throws for
 * bad input: malformed answers or too many missing items give `valid: false`
 * with a reason. Critical items are reported whenever they were answered,
 * even when the response as a whole cannot be scored.
 *
 * @example
 * scoreResponse(getInstrument('phq-9')!, { '1': 2, '2': 1, … }).total
 */
export function scoreResponse(
  definition: InstrumentDefinition,
  answers: Answers,
  context: ScoreContext = {},
): ScoreResult {
  const compiledDefinition = compiled(definition);
  const { items } = compiledDefinition;
  // Answer values and item scores by item position; NaN = unanswered or malformed.
  const { values, scores } = compiledDefinition.scratch;
  let keysSeen = 0;
  let malformed = false;
  for (let position = 0; position < items.length; position++) {
    const item = items[position] as (typeof items)[number];
    values[position] = Number.NaN;
    scores[position] = Number.NaN;
    // Own properties only, as validateAnswers reads them: an answer inherited
    // from a prototype is no answer.
    if (!Object.hasOwn(answers, item.id)) continue;
    keysSeen++;
    const value: unknown = answers[item.id];
    if (value === undefined) continue;
    if (value === null) continue;
    const score = typeof value === 'number' ? scoreOf(item, value) : Number.NaN;
    if (Number.isNaN(score)) {
      malformed = true;
      continue;
    }
    values[position] = value as number;
    scores[position] = score;
  }

  const critical: string[] = [];
  for (const { rule, position } of compiledDefinition.critical) {
    if ((values[position] as number) >= rule.atLeast) critical.push(rule.itemId);
  }
  const missing: string[] = [];
  for (const position of compiledDefinition.scoredPositions) {
    if (Number.isNaN(scores[position])) missing.push((items[position] as { id: string }).id);
  }

  // Only a malformed value or a key that is no item id needs the full check,
  // which names every problem.
  if (malformed || keysSeen !== Object.keys(answers).length) {
    const errors = validateAnswers(definition, answers);
    const reason = errors.map((error) => error.message).join('; ');
    // Malformed input is not scored at all, not even its subscales.
    return notScorable(compiledDefinition, reason, null, critical, missing);
  }

  const total = compiledDefinition.total;
  let sum = 0;
  let answered = 0;
  for (const position of total.positions) {
    const score = scores[position] as number;
    if (!Number.isNaN(score)) {
      sum += score;
      answered++;
    }
  }
  const missingFromTotal = total.positions.length - answered;
  let value: number;
  if (missingFromTotal === 0) {
    value = sum * total.multiplier;
  } else {
    const rule = definition.missingItems;
    const unanswered = missingIds(compiledDefinition, total, scores);
    if (rule.kind === 'none') {
      const reason = `${describeMissing(unanswered)}; ${definition.shortTitle} is only scored when every item is answered (${rule.note})`;
      return notScorable(compiledDefinition, reason, scores, critical, missing);
    }
    if (missingFromTotal > rule.maxMissing) {
      const reason = `${describeMissing(unanswered)}; ${definition.shortTitle} can be scored with at most ${rule.maxMissing} missing`;
      return notScorable(compiledDefinition, reason, scores, critical, missing);
    }
    // Mean substitution written as sum × n / answered (algebraically the same
    // as adding the mean once per missing item) so that the exported FHIRPath,
    // which uses this form, gives the same floating-point value.
    value = ((sum * total.positions.length) / answered) * total.multiplier;
  }

  const subscales = subscaleResults(compiledDefinition, scores);
  return {
    instrument: definition.id,
    total: value,
    band: bandFor(total.bands, value),
    prorated: missingFromTotal > 0,
    valid: true,
    reason: null,
    subscales,
    critical,
    caseness: evaluateCaseness(compiledDefinition, value, subscales, context),
    indications: evaluateIndications(compiledDefinition, value, subscales, scores),
    missing,
  };
}

function missingIds(
  compiledDefinition: CompiledDefinition,
  scale: CompiledScale,
  scores: Float64Array,
): string[] {
  const ids: string[] = [];
  for (const position of scale.positions) {
    if (Number.isNaN(scores[position])) ids.push(compiledDefinition.items[position]?.id ?? '');
  }
  return ids;
}

function describeMissing(ids: readonly string[]): string {
  const list = ids.map((id) => `"${id}"`).join(', ');
  return ids.length === 1 ? `item ${list} is unanswered` : `items ${list} are unanswered`;
}

/**
 * Subscales from the answers alone: a subscale with any item unanswered has
 * no score (missing-item rules are published for totals), exactly as the
 * exported FHIRPath computes it.
 */
function subscaleResults(
  compiledDefinition: CompiledDefinition,
  scores: Float64Array,
): Record<string, ScaleResult> {
  const results: Record<string, ScaleResult> = {};
  for (const scale of compiledDefinition.subscales) {
    let sum = 0;
    let complete = true;
    for (const position of scale.positions) {
      const score = scores[position] as number;
      if (Number.isNaN(score)) {
        complete = false;
        break;
      }
      sum += score;
    }
    const total = complete ? sum * scale.multiplier : null;
    results[scale.id] = { total, band: total === null ? null : bandFor(scale.bands, total) };
  }
  return results;
}

function notScorable(
  compiledDefinition: CompiledDefinition,
  reason: string,
  scores: Float64Array | null,
  critical: string[],
  missing: string[],
): ScoreResult {
  const { definition } = compiledDefinition;
  // Subscales whose own items are all answered are still reported: a DASS-21
  // with one depression item missing still has exact anxiety and stress scores.
  const subscales = subscaleResults(
    compiledDefinition,
    scores ?? new Float64Array(compiledDefinition.items.length).fill(Number.NaN),
  );
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
    critical,
    caseness: null,
    indications,
    missing,
  };
}
