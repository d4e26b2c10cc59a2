// Small helpers so that instrument files read like the published form: a list
// of item texts, one option list, and the bands as printed.
import type { AnswerOption, Band, ItemDefinition, ScaleDefinition } from './types.ts';
import { itemScore } from '../scoring/item-score.ts';

export interface NumberedItemsOptions {
  /** 1-based item numbers that are reverse-scored. */
  readonly reverse?: readonly number[];
  /** LOINC item codes in item order (only where verified). */
  readonly loinc?: readonly string[];
  /** Number of the first item (default 1). */
  readonly firstNumber?: number;
}

/** Items numbered "1", "2", … in published order, all with the same options. */
export function numberedItems(
  texts: readonly string[],
  options: readonly AnswerOption[],
  settings: NumberedItemsOptions = {},
): ItemDefinition[] {
  const first = settings.firstNumber ?? 1;
  return texts.map((text, index) => {
    const number = first + index;
    const loinc = settings.loinc?.[index];
    return {
      id: String(number),
      text,
      options,
      reverse: settings.reverse?.includes(number) ?? false,
      scored: true,
      ...(loinc === undefined ? {} : { loinc }),
    };
  });
}

/** Bands from `[id, label, min, max]` rows as printed in the source. */
export function bands(...rows: readonly (readonly [string, string, number, number])[]): Band[] {
  return rows.map(([id, label, min, max]) => ({ id, label, min, max }));
}

export interface ScaleSettings {
  readonly multiplier?: number;
  readonly bands?: readonly Band[];
  readonly source?: string;
}

/** A summed scale over the given item ids; its range follows from the items' options. */
export function sumScale(
  id: string,
  label: string,
  allItems: readonly ItemDefinition[],
  itemIds: readonly string[],
  settings: ScaleSettings = {},
): ScaleDefinition {
  const multiplier = settings.multiplier ?? 1;
  let min = 0;
  let max = 0;
  for (const itemId of itemIds) {
    const item = allItems.find((candidate) => candidate.id === itemId);
    if (item === undefined) throw new Error(`Scale ${id}: unknown item ${itemId}`);
    const scores = item.options.map((option) => itemScore(item, option.value));
    min += Math.min(...scores);
    max += Math.max(...scores);
  }
  return {
    id,
    label,
    items: itemIds,
    multiplier,
    min: min * multiplier,
    max: max * multiplier,
    bands: settings.bands ?? [],
    ...(settings.source === undefined ? {} : { source: settings.source }),
  };
}

/** Ids "from".."to" as strings, for scales over a run of items. */
export function itemRange(from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, index) => String(from + index));
}
