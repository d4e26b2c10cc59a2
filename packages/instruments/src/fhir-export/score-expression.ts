import type { InstrumentDefinition, ScaleDefinition } from '../definition/types.ts';

/**
 * FHIRPath over a QuestionnaireResponse that recomputes a scale from the
 * answers' ordinalValues (evaluate with %questionnaire set to the exported
 * Questionnaire). It mirrors the built-in scorer: empty when too many items
 * are missing; mean substitution written as sum × n / answered.
 */
export function scoreExpression(definition: InstrumentDefinition, scale: ScaleDefinition): string {
  const ids = scale.items.map((id) => `'${id}'`).join(' | ');
  const ordinals = `%resource.item.where(linkId in (${ids})).answer.value.ordinal()`;
  const n = scale.items.length;
  const times = scale.multiplier === 1 ? '' : ` * ${scale.multiplier}`;
  const rule = definition.missingItems;
  if (scale.id === 'total' && rule.kind === 'mean-substitution') {
    return `iif(${ordinals}.count() >= ${n - rule.maxMissing}, ${ordinals}.sum() * ${n} / ${ordinals}.count()${times}, {})`;
  }
  return `iif(${ordinals}.count() = ${n}, ${ordinals}.sum()${times}, {})`;
}
