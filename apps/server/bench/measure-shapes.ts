import { getInstrument, type InstrumentDefinition } from '@tandem/instruments';
import {
  canonicalOf,
  toQuestionnaireResponse,
} from '../src/modules/measures/questionnaire-response.ts';
import { BENCH_INSTRUMENTS } from './bench-ids.ts';

/**
 * What the SQL seeding needs to know of an instrument, taken from its
 * definition and from the app's own QuestionnaireResponse mapping, so that a
 * seeded response is written exactly as the app writes one (checked after
 * seeding, see check-seeded.ts). Positions are 1-based, in definition order.
 */
export interface InstrumentShape {
  id: string;
  version: string;
  canonical: string;
  itemIds: string[];
  /** Each item's options are the values 0..stride-1. */
  stride: number;
  /** fragments[(pos - 1) * stride + value]: the JSON of item `pos` answered `value`, as the app writes it. */
  fragments: string[];
  /** The QuestionnaireResponse's fields other than `authored` and `item` (JSON). */
  base: string;
  /** Scored items other than the critical one: they carry the total, spread evenly. */
  spread: number[];
  /** For each position, its rank among `spread` (0-based), or -1. */
  spreadRank: number[];
  /** The critical item (PHQ-9 item 9), or null. */
  critical: { pos: number; itemId: string; atLeast: number } | null;
  /** Asked but not scored (PHQ-9 item 10, difficulty): answered in step with the total. */
  unscored: number[];
  /** Positions in the order canonicalJson writes the answers' keys (code-unit order of the ids). */
  canonicalOrder: number[];
  bands: { id: string; min: number; max: number }[];
}

/** Why this benchmark cannot generate answers for a definition, or null when it can. */
function unsupported(definition: InstrumentDefinition): string | null {
  const scored = definition.items.filter((item) => item.scored).map((item) => item.id);
  if (definition.total.multiplier !== 1) return 'the total has a multiplier';
  if (definition.items.some((item) => item.reverse)) return 'it has reverse-scored items';
  if (scored.join() !== definition.total.items.join()) return 'its total is not every scored item';
  if (definition.criticalItems.length > 1) return 'it has more than one critical item';
  const stride = definition.items[0]?.options.length ?? 0;
  const sameOptions = definition.items.every(
    (item) =>
      item.options.length === stride && item.options.every((option, v) => option.value === v),
  );
  return sameOptions ? null : 'its items do not all have the options 0..n-1';
}

export function instrumentShape(id: string): InstrumentShape {
  const definition = getInstrument(id);
  if (!definition) throw new Error(`no instrument ${id}`);
  const why = unsupported(definition);
  if (why !== null) throw new Error(`the benchmark cannot seed ${id}: ${why}`);
  const items = definition.items;
  const stride = items[0]?.options.length ?? 0;
  const at = new Date(0);
  const fragments = items.flatMap((item) =>
    item.options.map((option) => {
      const one = toQuestionnaireResponse(definition, { [item.id]: option.value }, at);
      const [entry] = one.item as unknown[];
      return JSON.stringify(entry);
    }),
  );
  const { authored: _authored, item: _item, ...base } = toQuestionnaireResponse(definition, {}, at);
  const rule = definition.criticalItems[0];
  const positionOf = (itemId: string) => items.findIndex((item) => item.id === itemId) + 1;
  const critical = rule
    ? { pos: positionOf(rule.itemId), itemId: rule.itemId, atLeast: rule.atLeast }
    : null;
  const spread = items.flatMap((item, index) =>
    item.scored && item.id !== rule?.itemId ? [index + 1] : [],
  );
  return {
    id: definition.id,
    version: definition.version,
    canonical: canonicalOf(definition),
    itemIds: items.map((item) => item.id),
    stride,
    fragments,
    base: JSON.stringify(base),
    spread,
    spreadRank: items.map((_, index) => spread.indexOf(index + 1)),
    critical,
    unscored: items.flatMap((item, index) => (item.scored ? [] : [index + 1])),
    canonicalOrder: items
      .map((item, index) => ({ id: item.id, pos: index + 1 }))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((entry) => entry.pos),
    bands: definition.total.bands.map((band) => ({ id: band.id, min: band.min, max: band.max })),
  };
}

export const benchShapes = (): InstrumentShape[] => BENCH_INSTRUMENTS.map(instrumentShape);
