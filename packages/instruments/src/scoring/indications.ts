import type { ScaleResult, ScoreContext, Threshold } from '../definition/types.ts';
import type { CompiledDefinition } from './compiled-definition.ts';
import { meetsThreshold } from './thresholds.ts';

function scaleValue(
  scale: string,
  total: number | null,
  subscales: Readonly<Record<string, ScaleResult>>,
): number | null {
  return scale === 'total' ? total : (subscales[scale]?.total ?? null);
}

function check(
  threshold: Threshold,
  total: number | null,
  subscales: Readonly<Record<string, ScaleResult>>,
): boolean | null {
  const value = scaleValue(threshold.scale, total, subscales);
  return value === null ? null : meetsThreshold(threshold, value);
}

/** Caseness by the published cut-off; null when the sex-specific cut-off needs a sex. */
export function evaluateCaseness(
  compiledDefinition: CompiledDefinition,
  total: number | null,
  subscales: Readonly<Record<string, ScaleResult>>,
  context: ScoreContext,
): boolean | null {
  const rule = compiledDefinition.definition.caseness;
  if (rule === null) return null;
  switch (rule.kind) {
    case 'threshold':
      return check(rule.threshold, total, subscales);
    case 'by-sex':
      return context.sex === undefined
        ? null
        : check(rule.thresholds[context.sex], total, subscales);
  }
}

/**
 * Screening indications. Cluster patterns look at the answers themselves (an
 * item is endorsed when its score reaches the published level), never at
 * substituted values, and are null when any item of a cluster is unanswered.
 *
 * @param scores item scores by item position; NaN where unanswered
 */
export function evaluateIndications(
  compiledDefinition: CompiledDefinition,
  total: number | null,
  subscales: Readonly<Record<string, ScaleResult>>,
  scores: Float64Array,
): Record<string, boolean | null> {
  const results: Record<string, boolean | null> = {};
  for (const rule of compiledDefinition.definition.indications) {
    switch (rule.kind) {
      case 'threshold':
        results[rule.id] = check(rule.threshold, total, subscales);
        break;
      case 'cluster-pattern': {
        let met: boolean | null = true;
        for (const cluster of rule.clusters) {
          const scale = compiledDefinition.scaleById.get(cluster.scale);
          if (scale === undefined) throw new Error(`Unknown cluster ${cluster.scale}`);
          let endorsed = 0;
          for (const position of scale.positions) {
            const score = scores[position] as number;
            if (Number.isNaN(score)) {
              met = null;
              break;
            }
            if (score >= rule.endorsedAtLeast) endorsed += 1;
          }
          if (met === null) break;
          if (endorsed < cluster.minEndorsed) met = false;
        }
        results[rule.id] = met;
        break;
      }
    }
  }
  return results;
}
