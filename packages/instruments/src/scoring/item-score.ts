import type { ItemDefinition } from '../definition/types.ts';

/** The score an answer contributes: the option value, mirrored for reverse items. */
export function itemScore(item: ItemDefinition, value: number): number {
  if (!item.reverse) return value;
  const values = item.options.map((option) => option.value);
  return Math.min(...values) + Math.max(...values) - value;
}
