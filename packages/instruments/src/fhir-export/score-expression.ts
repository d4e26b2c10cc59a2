import type { InstrumentDefinition, ScaleDefinition } from '../definition/types.ts';

/** An SDC `variable` on a calculated item: FHIRPath, evaluated before the item's expression. */
export interface ScoreVariable {
  readonly name: string;
  readonly expression: string;
}

export interface ScoreExpression {
  /** In evaluation order; each may use the ones before it. */
  readonly variables: readonly ScoreVariable[];
  readonly expression: string;
}

/**
 * FHIRPath over a QuestionnaireResponse that recomputes a scale from the
 * answers' scores (SDC `weight()`; evaluate with %questionnaire set to the
 * exported Questionnaire). It mirrors the built-in scorer: empty when too
 * many items are missing; mean substitution written as sum × n / answered.
 *
 * The scale's item scores are gathered once, in item variables, rather than
 * once per use in the expression: `%items` is the scale's linkIds and
 * `%scores` the scores of the answers to those items.
 *
 * @example
 * scoreExpression(phq9, phq9.total).expression
 * // "iif(%scores.count() >= 7, %scores.sum() * 9 / %scores.count(), {})"
 */
export function scoreExpression(
  definition: InstrumentDefinition,
  scale: ScaleDefinition,
): ScoreExpression {
  const variables = [
    { name: 'items', expression: scale.items.map((id) => `'${id}'`).join(' | ') },
    {
      name: 'scores',
      expression: '%resource.item.where(linkId in %items).answer.weight()',
    },
  ];
  const n = scale.items.length;
  const times = scale.multiplier === 1 ? '' : ` * ${scale.multiplier}`;
  const rule = definition.missingItems;
  if (scale.id === 'total' && rule.kind === 'mean-substitution') {
    return {
      variables,
      expression: `iif(%scores.count() >= ${n - rule.maxMissing}, %scores.sum() * ${n} / %scores.count()${times}, {})`,
    };
  }
  return { variables, expression: `iif(%scores.count() = ${n}, %scores.sum()${times}, {})` };
}
